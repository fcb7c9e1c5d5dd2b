import { z } from 'zod';
import { aliasesOf } from '../records/aliases.js';
import { KEY_DESCRIPTIONS } from '../records/schema/descriptions.js';
import { configSchema, CONFIG_KEY_ALIASES } from './configSchema.js';

type JsonSchema = Record<string, any>;

const CONFIG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  issuer: '发文机关：版头的发文机关标志，如 XX镇人民政府（用于有版头的文种：实施方案）',
  printer: '印发机关：版记的印发机关，如 XX镇党政办公室',
  cc: '抄送：版记的抄送机关，如 县委办、县政府办',
  signature: '落款：发文机关署名，如 XX镇人民政府；成文日期仍写在各记录中',
  dateStyle: KEY_DESCRIPTIONS.dateStyle ?? '日期格式',
  fontProfile: '字体方案：gb2312（仿宋_GB2312 等，默认）或 plain（仿宋 等）',
  output: '输出目录：未给 --output 时 DOCX 和 PDF 写到这里（相对于本配置文件）',
  templates: '模板目录：本单位自己的模板（.hbs），相对于本配置文件',
};

/**
 * The JSON Schema of `gongwen.config.yaml` (`gongwen schema config`), each key offered under its
 * English name and its Chinese names, as the record schemas do (src/records/jsonSchema.ts).
 */
export function configJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as JsonSchema;
  const props = schema.properties as Record<string, JsonSchema>;
  for (const key of Object.keys(props)) {
    const description = `${CONFIG_DESCRIPTIONS[key] ?? key}（${key}）`;
    props[key] = { ...props[key], description };
    const zh = [...aliasesOf(key), ...Object.entries(CONFIG_KEY_ALIASES).filter(([, k]) => k === key).map(([name]) => name)];
    for (const alias of zh) props[alias] = props[key];
  }
  // 落款's 署名 under its Chinese names too
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as JsonSchema;
    if (obj.properties?.organs) for (const alias of aliasesOf('organs')) obj.properties[alias] = obj.properties.organs;
    Object.values(obj).forEach(visit);
  };
  visit(props.signature);
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: 'gongwen.config.yaml (gongwen 项目配置)', ...schema };
}
