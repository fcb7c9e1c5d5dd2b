/** Messages about gongwen.config.yaml, an office's defaults for its records (src/config). */
import { entry } from './entry.js';

export const configMessages = {
  'config.read-failed': entry<{ reason: string }>({
    zh: (p) => `无法读取配置文件：${p.reason}`,
    en: (p) => `cannot read the config file: ${p.reason}`,
    example: { reason: 'EACCES' },
  }),
  'config.too-large': entry<{ kilobytes: string; limit: number }>({
    zh: (p) => `配置文件有 ${p.kilobytes} KB，最大 ${p.limit} KB`,
    en: (p) => `the config file is ${p.kilobytes} KB; a config file may be at most ${p.limit} KB`,
    example: { kilobytes: '300', limit: 256 },
  }),
  'config.encoding-hint': entry({
    zh: () => '请把文件另存为 UTF-8，再把显示为乱码的文字重新输入',
    en: () => 'save the file again as UTF-8, then retype what is garbled',
    example: {},
  }),
  'config.not-a-mapping': entry({
    zh: () => '配置文件应由“项目: 内容”组成，如 发文机关: XX镇人民政府',
    en: () => 'a config file is a mapping of keys (key: value), such as 发文机关: XX镇人民政府',
    example: {},
  }),
  'config.unknown-key': entry<{ key: string }>({
    zh: (p) => `配置文件中没有“${p.key}”这一项`,
    en: (p) => `unknown key "${p.key}" in the config file`,
    example: { key: '发文单位' },
  }),
} as const;
