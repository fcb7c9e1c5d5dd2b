import { z } from 'zod';
import { dateStyle, names, text } from '../records/schema/common.js';
import { dict } from '../util/dict.js';

/**
 * Chinese names of the keys only a config file has. The keys a record also has (发文机关, 印发机关,
 * 抄送, 落款/署名, 日期格式) take the record's own Chinese names (src/records/aliases.ts).
 */
export const CONFIG_KEY_ALIASES: Readonly<Record<string, string>> = dict({
  字体方案: 'fontProfile', 字体: 'fontProfile',
  输出目录: 'output', 输出文件夹: 'output',
  模板目录: 'templates', 模板文件夹: 'templates',
});

/** The font profiles of the DOCX writer (src/writers/docx/fonts.ts), as `--font-profile` takes them. */
export const FONT_PROFILES = ['gb2312', 'plain'] as const;

/**
 * `gongwen.config.yaml`: what every record of an office shares. The first five are record keys, and
 * a record that has the key keeps its own value; the last three are settings of the command.
 */
export const configSchema = z
  .object({
    /** 发文机关 (版头, GB/T 9704 §7.2.4): records of kinds that have a 版头 (实施方案). */
    issuer: text.optional(),
    /** 印发机关 (版记, §7.4.2). */
    printer: text.optional(),
    /** 抄送机关 (版记, §7.4.1). */
    cc: names.optional(),
    /** 落款: the 发文机关署名 (§7.3.5); the 成文日期 stays the record's own. */
    signature: z
      .union([names.transform((organs) => ({ organs })), z.object({ organs: names }).strict()])
      .optional(),
    /** 日期格式: arabic (2009年1月24日) or chinese (二〇〇九年一月二十四日). */
    dateStyle: dateStyle.optional(),
    /** --font-profile when the command line does not give one. */
    fontProfile: z.enum(FONT_PROFILES).optional(),
    /** Where DOCX and PDF are written when --output is not given, relative to the config file. */
    output: text.optional(),
    /** A folder of the office's own templates, relative to the config file. */
    templates: text.optional(),
  })
  .strict();

export type ProjectConfigData = z.output<typeof configSchema>;

/** The record keys a config file may give defaults for. */
export const RECORD_DEFAULT_KEYS = ['issuer', 'printer', 'cc', 'signature', 'dateStyle'] as const;
