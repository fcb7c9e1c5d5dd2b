import { describe, expect, test } from 'vitest';
import { kindJsonSchema } from '../../src/records/jsonSchema.js';
import { KINDS, type KindInfo } from '../../src/records/schema/index.js';
import { count } from '../../src/records/schema/common.js';
import { canonicalKind } from '../../src/records/aliases.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecordText } from '../../src/records/readRecord.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { HEADING_KEY_PATTERN } from '../../src/records/headingSections.js';

const root = join(import.meta.dirname, '../..');

/** A kind's JSON Schema, walked as the editor walks it: any key, any node (kindJsonSchema types only its top). */
const schemaOf = (kind: KindInfo): Record<string, any> => kindJsonSchema(kind);

/** Whether a key at the top of a record passes the schema as an editor checks it: a property, or a key one of its patternProperties matches. */
function allowsTopKey(schema: Record<string, any>, key: string): boolean {
  return key in schema.properties || Object.keys(schema.patternProperties ?? {}).some((p) => new RegExp(p, 'u').test(key));
}

/**
 * Whether an item of 章节 passes the schema of its items as an editor checks an object: one branch of its anyOf (or the
 * node itself) whose properties or patternProperties hold each of its keys, within its minProperties and maxProperties.
 */
function allowsSectionItem(items: Record<string, any>, item: Record<string, unknown>): boolean {
  const keys = Object.keys(item);
  return (items.anyOf ?? [items]).some((branch: Record<string, any>) => {
    if (branch.type !== 'object') return false;
    if (keys.length < (branch.minProperties ?? 0) || keys.length > (branch.maxProperties ?? Infinity)) return false;
    const patterns = Object.keys(branch.patternProperties ?? {}).map((p) => new RegExp(p, 'u'));
    return keys.every((k) => k in (branch.properties ?? {}) || patterns.some((re) => re.test(k)));
  });
}

/** Every property of every object in a schema, with its path. */
function properties(node: unknown, path = ''): Array<[string, Record<string, any>]> {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n) => properties(n, path));
  const obj = node as Record<string, any>;
  const out: Array<[string, Record<string, any>]> = [];
  if (obj.properties) for (const [k, v] of Object.entries(obj.properties)) out.push([`${path}.${k}`, v as Record<string, any>]);
  for (const [k, v] of Object.entries(obj)) out.push(...properties(v, k === 'properties' ? path : path));
  return out;
}

describe('gongwen schema <kind> (issue 9, point 5)', () => {
  for (const kind of Object.values(KINDS)) {
    test(`${kind.kind}: every property has a description in Chinese`, () => {
      const props = properties(kindJsonSchema(kind));
      expect(props.length).toBeGreaterThan(20);
      const bare = props.filter(([, p]) => typeof p.description !== 'string' || !/[\u4e00-\u9fff]/u.test(p.description)).map(([k]) => k);
      expect(bare).toEqual([]);
    });
  }
  test('dates have a pattern that takes the forms records use and refuses others', () => {
    const schema = schemaOf(KINDS.minutes!);
    const re = new RegExp(schema.properties.date.pattern, 'u');
    for (const ok of ['2024-06-18', '2024年6月18日上午9:00', '二〇二四年六月十八日', '6月18日', '20XX年9月10日']) expect(ok).toMatch(re);
    expect('明天').not.toMatch(re);
    expect(schema.properties['时间'].pattern).toBe(schema.properties.date.pattern);
  });
  test('a count takes in an editor what gongwen takes: 12, 1,690, 12件, 十二件 — not 十几 or 约10', () => {
    const letters = schemaOf(KINDS.summary!).properties.petitions.properties.letters;
    expect(letters.description).toContain('来信');
    const [number, text] = letters.anyOf;
    expect(number).toEqual({ type: 'integer', minimum: 0 });
    const re = new RegExp(text.pattern, 'u');
    for (const typed of ['12', '1,690', '12件', '十二件', '十', '3 人', '十几', '约10', '12.5', '1,69', '-3', '一百二十']) {
      // the editor's pattern and gongwen's own reading agree on every one
      expect(re.test(typed), typed).toBe(count.safeParse(typed).success);
    }
    expect(count.safeParse('十二件').data).toBe(12);
    expect(re.test('十几')).toBe(false);
  });
  test('enums list their Chinese forms', () => {
    const schema = JSON.stringify(schemaOf(KINDS.summary!));
    for (const zh of ['已化解', '正在化解', '未化解', '汉字', '信访统计', '万元']) expect(schema).toContain(`"${zh}"`);
  });
  test('a 实施方案 or 总结 may have its headings as keys (指导思想:), which the schema accepts without offering them; a 纪要 may not', () => {
    for (const kind of [KINDS.plan!, KINDS.summary!]) {
      expect(Object.keys(kindJsonSchema(kind).patternProperties ?? {})).toContain(HEADING_KEY_PATTERN);
      const re = new RegExp(HEADING_KEY_PATTERN, 'u');
      for (const key of ['指导思想', '保障措施', '主要做法', '指导思想和工作目标']) expect(key).toMatch(re);
      for (const key of ['创新举措', '指导思想和', '标题']) expect(key).not.toMatch(re);
    }
    const minutes = Object.keys(schemaOf(KINDS.minutes!).patternProperties ?? {}).map((p) => new RegExp(p, 'u'));
    expect(minutes.some((re) => re.test('指导思想'))).toBe(false);
  });
  test('a key typed with the number last year\'s document gave it (一、指导思想:, 三、存在的问题:) is accepted as the reader accepts it', () => {
    const accepts = (kind: string, key: string) => allowsTopKey(schemaOf(KINDS[kind]!), key);
    for (const key of ['一、指导思想', '（二）工作目标', '3.保障措施', '一、指导思想和工作目标']) expect(accepts('plan', key), key).toBe(true);
    for (const key of ['三、存在的问题', '四、下步打算', '二、主要做法', '一、基本情况']) expect(accepts('summary', key), key).toBe(true);
    // any heading typed with its number is a part of the document (src/records/headingSections.ts isNumberedHeading)
    for (const key of ['二、检查范围和重点', '（三）其他事项']) expect(accepts('plan', key), key).toBe(true);
    for (const key of ['二、检查范围，重点', '一、', '检查范围和重点']) expect(accepts('plan', key), key).toBe(false);
    expect(accepts('minutes', '二、检查范围和重点')).toBe(false);
  });
  test('a 纪要 may have what the meeting did as keys (议定事项:, 会议强调:), as the reader takes them (readVerbKeysAsSections)', () => {
    const accepts = (kind: string, key: string) => allowsTopKey(schemaOf(KINDS[kind]!), key);
    for (const key of ['议定事项', '会议议定事项', '会议议定', '会议强调', '会议要求', '决定事项', '一、会议议定事项']) expect(accepts('minutes', key), key).toBe(true);
    for (const key of ['会议精神', '议定事项和', '指导思想']) expect(accepts('minutes', key), key).toBe(false);
    expect(accepts('plan', '议定事项')).toBe(false);
  });
  test('an item of a 纪要\'s 章节 typed with what the meeting did as its one key (- 强调: …, - 议定事项:) is accepted, as the reader takes it; - 研究: is not', () => {
    const schema = schemaOf(KINDS.minutes!);
    for (const name of ['sections', '章节']) {
      const items = schema.properties[name].items;
      for (const item of [{ 强调: '…' }, { 会议要求: ['…'] }, { 议定事项: ['…'] }, { 动词: '强调', 内容: '…' }]) expect(allowsSectionItem(items, item), `${name}: ${JSON.stringify(item)}`).toBe(true);
      for (const item of [{ 研究: '…' }, { 强调: '…', 内容: '…' }]) expect(allowsSectionItem(items, item), `${name}: ${JSON.stringify(item)}`).toBe(false);
    }
    // a 实施方案's 章节 has headings, not verbs
    expect(allowsSectionItem(schemaOf(KINDS.plan!).properties.sections.items, { 强调: '…' })).toBe(false);
  });
  test('an item of a 实施方案\'s or 总结\'s 章节 typed with a heading as its one key (- 指导思想: …, - 一、工作目标: …) is accepted, as the reader takes it', () => {
    for (const kind of ['plan', 'summary', 'speech']) {
      const items = schemaOf(KINDS[kind]!).properties.章节.items;
      // (the item with 标题: is the $ref beside it, which allowsSectionItem does not follow)
      for (const item of [{ 指导思想: '…' }, { '一、工作目标': '…' }, { 工作要求: ['…'] }]) expect(allowsSectionItem(items, item), `${kind}: ${JSON.stringify(item)}`).toBe(true);
      for (const item of [{ 指导思想: '…', 内容: '…' }, { 会议精神: '…' }]) expect(allowsSectionItem(items, item), `${kind}: ${JSON.stringify(item)}`).toBe(false);
    }
    expect(allowsSectionItem(schemaOf(KINDS.minutes!).properties.章节.items, { 指导思想: '…' })).toBe(false);
  });
  test('every key at the top of every record of the repository that renders is one the schema of its kind allows', () => {
    const dirs = ['examples', 'test/fixtures/records/typed'].map((d) => join(root, d));
    const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.yaml')).map((f) => join(d, f)));
    expect(files.length).toBeGreaterThan(30);
    const flagged: string[] = [];
    for (const file of files) {
      const source = parseRecordText(readFileSync(file, 'utf8'), file, new DiagnosticBag(file))!;
      const record = source.data as Record<string, unknown>;
      const schema = schemaOf(KINDS[canonicalKind(String(record.kind))]!);
      // each key as it is typed in the file (the reader's data holds the canonical key)
      for (const key of Object.keys(record).map((k) => String(source.writtenPath([k])[0]))) if (!allowsTopKey(schema, key)) flagged.push(`${file.slice(root.length + 1)}: ${key}`);
    }
    expect(flagged).toEqual([]);
  });
});
