import { z } from 'zod';
import { aliasesOf, KIND_ALIASES } from './aliases.js';
import type { KindInfo } from './schema/index.js';
import { HEADING_KEY_PATTERN, MEETING_VERB_KEY_PATTERN, NUMBERED_HEADING_PATTERN } from './headingSections.js';
import { SEQUENCE_MARK } from '../zh/punctuation.js';
import { keysAt } from './validate.js';
import { COUNT_TEXT, amount, count } from './schema/common.js';
import { AMOUNT_TEXT } from '../zh/numerals.js';
import { DATE_KEYS, DATE_PATTERN, KEY_DESCRIPTIONS } from './schema/descriptions.js';

/** A JSON Schema node: its own keys (type, properties, required …) and whatever else zod wrote. */
type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; required?: unknown };

/**
 * The JSON Schema of a kind, for editors with a YAML language server.
 * Every key is offered under its canonical English name and its Chinese aliases.
 */
export function kindJsonSchema(kind: KindInfo): JsonSchema {
  const schema = z.toJSONSchema(kind.schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-7',
    // a count may be typed as gongwen reads it (12, 1,690, 12件, 十二件), so an editor does not underline what validates
    // and so may an amount (6666元, 1.5万元)
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== count && zodSchema !== amount) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      const typed = zodSchema === count ? { type: 'integer', pattern: COUNT_TEXT.source } : { type: 'number', pattern: AMOUNT_TEXT.source };
      Object.assign(jsonSchema, { anyOf: [{ type: typed.type, minimum: 0 }, { type: 'string', pattern: typed.pattern }] });
    },
  }) as JsonSchema;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as JsonSchema;
    if (obj.properties && typeof obj.properties === 'object') {
      const props = obj.properties as Record<string, JsonSchema>;
      for (const key of Object.keys(props)) {
        if (DATE_KEYS.has(key)) props[key] = { type: 'string', pattern: DATE_PATTERN };
        const described = KEY_DESCRIPTIONS[key];
        if (described) props[key] = { ...props[key], description: `${described}（${key}）` };
        for (const alias of aliasesOf(key)) {
          if (!(alias in props)) props[alias] = { ...props[key], description: described ? `${described}（${key}）` : `= ${key}` };
        }
      }
      if (Array.isArray(obj.required)) {
        // a required key may be written under any of its names
        const required = obj.required as string[];
        delete obj.required;
        obj.allOf = required.map((key) => ({ anyOf: [key, ...aliasesOf(key)].map((name) => ({ required: [name] })) }));
      }
    }
    for (const v of Object.values(obj)) visit(v);
  };
  visit(schema);
  const kindNames = [kind.kind, ...Object.entries(KIND_ALIASES).filter(([, k]) => k === kind.kind).map(([zh]) => zh)];
  const props = schema.properties as Record<string, JsonSchema>;
  props.kind = { enum: kindNames, description: KEY_DESCRIPTIONS.kind };
  props['类型'] = props.kind;
  const patterns: Record<string, JsonSchema> = {};
  // a key of the record's own typed with the number last year's document gave it (三、存在的问题:, 四、下步打算:) is that key
  // (canonicalKey, src/records/aliases.ts): accepted, not offered
  for (const key of Object.keys(props)) {
    const names = aliasesOf(key);
    if (names.length) patterns[`^${SEQUENCE_MARK}(?:${names.join('|')})$`] = props[key]!;
  }
  if (keysAt(kind.schema, ['sections', 0]).includes('title')) {
    // a heading typed as a key at the top (指导思想:, 一、主要任务: …) is one of its 章节 (src/records/headingSections.ts): accepted, not offered
    patterns[HEADING_KEY_PATTERN] = { description: '一个章节，项目名就是它的标题（如 指导思想:、主要任务:），下面写它的内容' };
    patterns[NUMBERED_HEADING_PATTERN] = { description: '一个章节，项目名是带序号的标题（如 二、检查范围和重点:），序号由 gongwen 重新编排' };
    // and so is an item of 章节 typed with such a heading as its one key (- 指导思想: …, - 一、工作目标: …; textColons keeps
    // it a key, readHeadingsAsSections reads it): accepted beside the item with 标题:
    allowSectionItem(props, {
      [HEADING_KEY_PATTERN]: { description: '章节的标题作项目名（如 - 指导思想:），下面写它的内容' },
      [NUMBERED_HEADING_PATTERN]: { description: '带序号的章节标题作项目名（如 - 一、工作目标:），序号由 gongwen 重新编排' },
    });
  } else if (keysAt(kind.schema, ['sections', 0]).includes('verb')) {
    // what a meeting did typed as a key at the top (议定事项:, 会议强调: …) is one of a 纪要's 章节 (readVerbKeysAsSections)
    patterns[MEETING_VERB_KEY_PATTERN] = { description: '一个章节：会议议定 / 指出 / 强调 / 要求……，下面写内容或逐条写要点（如 议定事项: 下面 - 同意……）' };
    // and so is an item of 章节 typed with it as its one key (- 强调: …, - 议定事项: and its list; src/records/textColons.ts
    // keeps such a key, readVerbKeysAsSections reads it): accepted beside the item with 动词:
    allowSectionItem(props, {
      [MEETING_VERB_KEY_PATTERN]: {
        description: '会议议定 / 指出 / 强调 / 要求……作项目名，下面写内容或逐条写要点',
        anyOf: [{ type: ['string', 'number'] }, { type: 'array', items: { type: ['string', 'number'] } }],
      },
    });
  }
  schema.patternProperties = patterns;
  signatureAsTyped(props);
  // a 落款 without its 署名 signs with the 发文机关 (src/records/schema/plan.ts): a record that signs — a 落款, or a 成文日期
  // at the top — names its organs under 署名 or gives a 发文机关, which the schema says here (zod's own JSON Schema has
  // 署名 optional): a 发文机关; or a 落款 with its 署名; or neither a 落款 nor a 成文日期
  if (props.issuer && props.signature && props.date) {
    const anyName = (key: string) => ({ anyOf: [key, ...aliasesOf(key)].map((name) => ({ required: [name] })) });
    const withOrgans = { anyOf: [...anyName('organs').anyOf, ...anyName('organ').anyOf], description: '落款里写明署名（没有“发文机关”时必填）' };
    const signsWithOrgans = { allOf: [anyName('signature'), { properties: Object.fromEntries([...new Set(['signature', ...aliasesOf('signature')])].map((name) => [name, withOrgans])) }] };
    const signsNot = { not: { anyOf: [...anyName('signature').anyOf, ...anyName('date').anyOf] } };
    schema.allOf = [...((schema.allOf as unknown[]) ?? []), { anyOf: [anyName('issuer'), signsWithOrgans, signsNot] }];
  }
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: `gongwen ${kind.kind} (${kind.zh}) record`, ...schema };
}

/** An item of 章节 (under each of its names in `props`) may also be a mapping of one key, a key of `patterns`. */
function allowSectionItem(props: Record<string, JsonSchema>, patterns: Record<string, JsonSchema>): void {
  const item = { type: 'object', minProperties: 1, maxProperties: 1, patternProperties: patterns, additionalProperties: false };
  for (const name of ['sections', ...aliasesOf('sections')]) {
    const sections = props[name];
    if (sections?.items) sections.items = { anyOf: [sections.items, item] };
  }
}

/**
 * The 落款 as src/records/signature.ts reads it: also one line of text (落款: 青石镇人民政府 2025年7月3日), and its organs
 * also under 单位 or 机关 (落款单位), which are then its 署名 — under every name of 落款 in `props`.
 */
function signatureAsTyped(props: Record<string, JsonSchema>): void {
  const object = props.signature;
  if (!object?.properties?.organs) return;
  const organs = object.properties.organs;
  for (const name of ['organ', ...aliasesOf('organ')]) object.properties[name] = { ...organs, description: '单位 / 机关：落款单位，即署名（organs）' };
  // a 署名 required under any of its names (the schema's own allOf of anyOf required) may be under 单位 too
  for (const all of (object.allOf as JsonSchema[] | undefined) ?? []) {
    const anyOf = all.anyOf as Array<{ required: string[] }> | undefined;
    if (anyOf?.some((r) => r.required?.[0] === 'organs')) anyOf.push(...['organ', ...aliasesOf('organ')].map((name) => ({ required: [name] })));
  }
  const { description, ...shape } = object;
  const typed = {
    description,
    anyOf: [{ type: 'string', description: '落款写成一行：署名，可在空格后写成文日期，如 青石镇人民政府 2025年7月3日' }, shape],
  };
  for (const name of ['signature', ...aliasesOf('signature')]) if (props[name]) props[name] = typed;
}
