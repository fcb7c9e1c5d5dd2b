import type { KeyPath } from '../diagnostics/diagnostic.js';
import type { RecordSource, Span } from './readRecord.js';
import { SEQUENCE_MARK, stripSequenceMark } from '../zh/punctuation.js';
import { DECISION_VERBS, MEETING_VERB_KEY, verbOfKey } from '../zh/meeting.js';

/**
 * Headings an office gives the parts of a 实施方案 (指导思想, 工作目标, 主要任务, 实施步骤, 组织领导,
 * 保障措施, 工作要求 …, prose.md 实施方案) and of a 总结 (基本情况, 主要做法, 工作成效, 经验体会 …).
 * A secretary copying last year's plan types them as keys at the top of the record; each is then read
 * as one of its 章节, titled by the key as typed.
 */
const HEADINGS = new Set([
  // 实施方案, 实施意见, 工作方案
  '指导思想', '总体要求', '总体思路', '基本原则', '工作原则',
  '工作目标', '目标任务', '总体目标', '主要目标', '工作任务', '主要任务', '重点任务', '工作重点', '工作内容', '主要内容',
  '活动主题', '活动内容', '活动时间', '活动范围', '活动对象', '实施范围', '工作范围', '参加对象', '实施对象',
  '实施步骤', '工作步骤', '方法步骤', '步骤安排', '时间安排', '进度安排', '工作安排', '实施安排',
  '组织领导', '组织机构', '组织保障', '职责分工', '工作职责', '任务分工', '责任分工', '部门职责',
  '工作措施', '主要措施', '具体措施', '保障措施', '工作机制', '考核奖惩', '督查考核', '考核办法', '经费保障',
  '工作要求', '有关要求', '相关要求', '具体要求',
  // 总结
  '基本情况', '工作开展情况', '工作情况', '主要工作', '主要做法', '工作措施', '主要成效', '工作成效', '取得的成效',
  '取得的成绩', '主要成绩', '工作亮点', '主要经验', '经验做法', '经验体会', '工作体会', '主要特点',
]);

/**
 * The heading names as a pattern, for the JSON Schema editors read (src/records/jsonSchema.ts): one, or two joined
 * by 和, 与 or 及, with the number last year's document gave it or not (一、指导思想: is read as 指导思想: below).
 */
export const HEADING_KEY_PATTERN = (() => {
  const one = `(?:${[...HEADINGS].join('|')})`;
  return `^(?:${SEQUENCE_MARK})?${one}(?:[和与及]${one})?$`;
})();

/**
 * Any heading typed as a key with the number last year's document gave it (二、检查范围和重点:, （三）其他事项:): a sequence
 * mark and two to fifteen Chinese characters, no mark among them — the number says it is a heading of the document.
 */
export function isNumberedHeading(key: string): boolean {
  const bare = stripSequenceMark(key);
  return bare !== key && NUMBERED_HEADING_WORDS.test(bare);
}
const NUMBERED_HEADING_WORDS = /^[\u3400-\u9fff]{2,15}$/u;

/** isNumberedHeading as a pattern, for the JSON Schema (src/records/jsonSchema.ts). */
export const NUMBERED_HEADING_PATTERN = `^${SEQUENCE_MARK}[\\u3400-\\u9fff]{2,15}$`;

/** A heading name, or two joined by 和, 与 or 及 (指导思想和工作目标). */
export function isHeadingName(key: string): boolean {
  if (HEADINGS.has(key)) return true;
  const m = /^(.{2,6})[和与及](.{2,6})$/u.exec(key);
  return Boolean(m && HEADINGS.has(m[1]!) && HEADINGS.has(m[2]!));
}

/** The keys of a 章节, of a 阶段 and of a 领导小组 (src/records/schema/common.ts). */
const SECTION_KEYS = new Set(['title', 'runIn', 'numbered', 'sectionsLevel', 'text', 'points', 'unit', 'after', 'steps', 'group', 'phases', 'table', 'sections', 'closing']);
const PHASE_KEYS = new Set(['name', 'from', 'to', 'text']);
const GROUP_KEYS = new Set(['leader', 'deputies', 'members', 'office', 'duties', 'style']);

type Data = Record<string, unknown>;

/** A numbered part's title and its text after a colon, once the sequence mark is taken off (the colon widened as text: textColons.ts). */
const TITLE_AND_TEXT = /^\s*([^：:，,。；;、\s]{2,15})\s*[：:]\s*(\S.*)$/su;

/**
 * A line typed as a numbered part with its text after a colon — (一)环境整治：全面清理…, 1.加强宣传：…, 一、…：
 * — read with zh's own sequence marks (stripSequenceMark), so 2、3月份：… (a range of months) is no part.
 */
function runInLine(item: unknown): { title: string; body: string } | undefined {
  if (typeof item !== 'string') return undefined;
  const bare = stripSequenceMark(item);
  const parts = bare !== item ? TITLE_AND_TEXT.exec(bare) : null;
  return parts ? { title: parts[1]!, body: parts[2]! } : undefined;
}
const isMapping = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where a new section's parts were in the record: a path under ['sections', i] → the path as read. */
type Origin = (rest: KeyPath) => { path: KeyPath; title?: boolean };

/**
 * A heading typed as a key and the part below it, as one section: text on its line or below it
 * (指导思想: …), a list of paragraphs, subsections (- 标题: …, or every line typed - (一)环境整治: 全面清理…,
 * each a run-in subsection: （一）环境整治。全面清理…) and phases (- 名称: …, 起:, 止:),
 * or the keys of a section (内容:, 要点:, 小节:, 领导小组: …) and of a 领导小组 (组长:, 成员: …).
 */
function asSection(key: string, written: string, value: unknown): { section: Data; origin: Origin } {
  // a 领导小组 typed as a list, a key on each line (组织领导: / - 组长: … / - 成员: …): the group's keys
  const groupLines = Array.isArray(value) && value.length > 0 && value.every((item) => isMapping(item) && Object.keys(item).length === 1 && GROUP_KEYS.has(Object.keys(item)[0]!) && !SECTION_KEYS.has(Object.keys(item)[0]!));
  if (groupLines) {
    const line = new Map((value as Data[]).map((item, i) => [Object.keys(item)[0]!, i] as const));
    if (line.size === value.length) {
      const read = asSection(key, written, Object.assign({}, ...(value as Data[])));
      return {
        section: read.section,
        origin: (rest) => {
          const at = read.origin(rest);
          const k = at.path[1];
          return typeof k === 'string' && line.has(k) ? { ...at, path: [key, line.get(k)!, ...at.path.slice(1)] } : at;
        },
      };
    }
  }
  if (Array.isArray(value)) {
    const text: unknown[] = [];
    const sections: unknown[] = [];
    const phases: unknown[] = [];
    // paragraphs typed after the last phase or subsection, printed after them (以上各阶段工作要环环相扣。), not before
    const closing: unknown[] = [];
    const from = { text: [] as number[], sections: [] as number[], phases: [] as number[], closing: [] as number[] };
    // paragraphs typed after a phase or a subsection, not yet known to be followed by another: then they are its last ones
    const pending: number[] = [];
    let last: { part: 'sections' | 'phases'; index: number } | undefined;
    // where the paragraphs moved into a phase or a subsection were typed: `${part}/${index}/${key}/${k}` → the item's index
    const moved = new Map<string, number>();
    /** The paragraphs typed between two phases or subsections, as the last paragraphs of the one before (a phase's text, a subsection's closing). */
    const settle = () => {
      if (!last || !pending.length) return;
      const list = last.part === 'sections' ? sections : phases;
      const before = list[last.index] as Data;
      const key = last.part === 'sections' ? 'closing' : 'text';
      const had = before[key] === undefined ? [] : Array.isArray(before[key]) ? (before[key] as unknown[]) : [before[key]];
      pending.forEach((i, k) => moved.set(`${last!.part}/${last!.index}/${key}/${had.length + k}`, i));
      list[last.index] = { ...before, [key]: [...had, ...pending.map((i) => value[i])] };
      pending.length = 0;
    };
    // lines typed as the numbered parts of the heading ((一)环境整治: 全面清理… under 主要任务:), every one of them: its subsections
    const runIn = value.length > 0 && value.every((item) => runInLine(item) !== undefined);
    // the subsections read from a line (their messages point at the line)
    const fromLine = new Set<number>();
    value.forEach((item, i) => {
      const keys = isMapping(item) ? Object.keys(item) : [];
      // a numbered line after a subsection typed - 标题: … (- 2.强化巡查, - (二)环境整治: 全面清理…) is the next subsection,
      // in the order typed: as a paragraph it would be printed before the subsections
      const afterSection = sections.length > 0 && typeof item === 'string' && stripSequenceMark(item) !== item;
      const line = runIn || afterSection ? runInLine(item) : undefined;
      const phase = isMapping(item) && 'name' in item && !('title' in item) && keys.every((k) => PHASE_KEYS.has(k));
      const paragraph = !isMapping(item) || (keys.length === 1 && keys[0] === 'insert');
      if (!paragraph || line || afterSection) settle();
      if (line) {
        (fromLine.add(sections.length), sections.push({ title: line.title, runIn: true, text: line.body }), from.sections.push(i));
      } else if (afterSection) {
        (fromLine.add(sections.length), sections.push({ title: stripSequenceMark(item as string) }), from.sections.push(i));
      } else if (paragraph && last) pending.push(i);
      else if (paragraph) (text.push(item), from.text.push(i));
      else if (phase) (phases.push(item), from.phases.push(i));
      else (sections.push(item), from.sections.push(i));
      if (!paragraph || line || afterSection) last = { part: phase ? 'phases' : 'sections', index: (phase ? phases : sections).length - 1 };
    });
    // the paragraphs after the last phase or subsection are the heading's own, after them
    for (const i of pending) (closing.push(value[i]), from.closing.push(i));
    const section: Data = { title: written };
    if (text.length) section.text = text;
    if (phases.length) section.phases = phases;
    if (sections.length) section.sections = sections;
    if (closing.length) section.closing = closing;
    return {
      section,
      origin: ([part, index, ...rest]) => {
        if (part === 'title') return { path: [key], title: true };
        const typedAt = moved.get(`${String(part)}/${String(index)}/${String(rest[0])}/${String(rest[1])}`);
        if (typedAt !== undefined) return { path: [key, typedAt, ...rest.slice(2)] };
        const list = part === 'text' || part === 'sections' || part === 'phases' || part === 'closing' ? from[part] : undefined;
        // (a subsection read from a line is that line)
        if (list && typeof index === 'number' && list[index] !== undefined) return { path: part === 'sections' && fromLine.has(index) ? [key, list[index]!] : [key, list[index]!, ...rest] };
        return { path: [key] };
      },
    };
  }
  if (isMapping(value)) {
    const section: Data = { title: written };
    const group: Data = {};
    for (const [k, v] of Object.entries(value)) {
      if (GROUP_KEYS.has(k) && !SECTION_KEYS.has(k)) group[k] = v;
      else section[k] = v;
    }
    const inline = Object.keys(group).length > 0 && !('group' in value);
    if (inline) section.group = group;
    else Object.assign(section, group);
    return {
      section,
      origin: (rest) => {
        if (rest[0] === 'title' && !('title' in value)) return { path: [key], title: true };
        if (inline && rest[0] === 'group') return { path: rest.length > 1 ? [key, ...rest.slice(1)] : [key] };
        return { path: [key, ...rest] };
      },
    };
  }
  return {
    section: { title: written, text: value },
    origin: (rest) => ({ path: [key], title: rest[0] === 'title' }),
  };
}

/**
 * A 实施方案 or 总结 typed with its headings as top-level keys (指导思想:, 主要任务:, 保障措施: …, each
 * with its part below it) is read as the record with those parts as its 章节, in the order typed, among
 * the sections of a 章节 list if it has one: the record's data is rewritten in place, and its positions
 * (locate, locateNearest, writtenPath) answer for the new paths with the places and the keys as typed,
 * so a message about `sections[2].text[0]` points at the line under 主要任务: and names 主要任务[0].
 * `accepted` is the kind's top-level keys; a key it accepts is left as it is, except a 章节 typed under a
 * heading's name (主要做法: in a 总结 is 章节) whose value is text, which is a part under that heading.
 */
export function readHeadingsAsSections(source: RecordSource, accepted: readonly string[]): string[] {
  const data = source.data;
  if (!isMapping(data) || !accepted.includes('sections')) return [];
  // the heading as typed, without the number typed before it (一、指导思想: is 指导思想; gongwen numbers the sections)
  const writtenKey = (key: string) => stripSequenceMark(String(source.writtenPath([key])[0] ?? key));
  const keys = Object.keys(data);
  const otherHeading = (key: string) => !accepted.includes(key) && (isHeadingName(stripSequenceMark(key)) || isNumberedHeading(key));
  const headingKey = (key: string): boolean => {
    if (key === 'sections') {
      const v = data.sections;
      const text = typeof v === 'string' || (Array.isArray(v) && v.some((item) => !isMapping(item)));
      // 主要做法: with its subsections, beside other headings typed as keys (工作成效:, 经验体会:): one part among them, titled
      // 主要做法 — its subsections are not parts of the document beside 工作成效
      return (text || keys.some(otherHeading)) && writtenKey(key) !== key && isHeadingName(writtenKey(key));
    }
    return otherHeading(key);
  };
  // an item of 章节 typed with a heading as its one key (- 指导思想: …, - 一、工作目标: …; textColons keeps it a key): that
  // section, as the key at the top is (a key of a section's own, - 标题: …, is no heading)
  const headingItem = (key: string) => !SECTION_KEYS.has(key) && (isHeadingName(stripSequenceMark(key)) || isNumberedHeading(key));
  const items = Array.isArray(data.sections) ? data.sections : [];
  const itemTyped = items.some((item) => isMapping(item) && Object.keys(item).length === 1 && headingItem(Object.keys(item)[0]!));
  if (!keys.some(headingKey) && !itemTyped) return [];
  // a heading typed after the parts a 总结 prints after its sections (存在的问题, 下一步工作打算) is printed before them
  const closingAt = keys.findIndex((k) => PRINTED_AFTER_SECTIONS.has(k));
  const moved = closingAt < 0 ? [] : keys.slice(closingAt + 1).filter(headingKey);
  rewriteAsSections(
    source,
    (key) => headingKey(key),
    (key, item) => (item ? asSection(key, stripSequenceMark(key), item[key]) : asSection(key, writtenKey(key), data[key])),
    headingItem,
  );
  return moved;
}

/** The keys of a 总结 its template prints after the sections, whatever the order typed (templates/summary.hbs). */
export const PRINTED_AFTER_SECTIONS: ReadonlySet<string> = new Set(['problems', 'outlook']);

/**
 * The record's data rewritten in place: each top-level key `isPart` names becomes a 章节 (`asPart`), and with `partItem` each
 * item of the 章节 list whose one key it names (read from that item: `asPart(key, item)`), in the
 * order typed, among the items of a 章节 list if the record has one; the positions (locate,
 * locateNearest, writtenPath) then answer for the new paths with the places and the keys as typed.
 */
function rewriteAsSections(
  source: RecordSource,
  isPart: (key: string) => boolean,
  asPart: (key: string, from?: Data) => { section: Data; origin: Origin },
  partItem: ((key: string) => boolean) | false = false,
): void {
  const data = source.data as Data;
  const keys = Object.keys(data);
  const sections: unknown[] = [];
  const origins: Origin[] = [];
  for (const key of keys) {
    if (isPart(key)) {
      const { section, origin } = asPart(key);
      sections.push(section);
      origins.push(origin);
      delete data[key];
    } else if (key === 'sections' && Array.isArray(data.sections)) {
      data.sections.forEach((item, m) => {
        // (with partItem) an item typed with its part as its one key (- 会议强调: …, - 指导思想: …) is that part, as the key
        // would be at the top
        const typed = isMapping(item) && Object.keys(item).length === 1 ? Object.keys(item)[0]! : undefined;
        if (partItem && typed !== undefined && partItem(typed)) {
          const { section, origin } = asPart(typed, item as Data);
          sections.push(section);
          origins.push((rest) => {
            const at = origin(rest);
            return { ...at, path: ['sections', m, ...at.path] };
          });
          return;
        }
        sections.push(item);
        origins.push((rest) => ({ path: ['sections', m, ...rest] }));
      });
    } else if (key === 'sections' && data.sections !== undefined && data.sections !== null) {
      // a 章节 typed without its dash (章节: then 动词: … below it) is one section among the others, read and checked as
      // one, never dropped for the parts the keys became (s8-qa)
      sections.push(data.sections);
      origins.push((rest) => ({ path: ['sections', ...rest] }));
    }
  }
  const firstKey = keys.find((k) => k === 'sections' || isPart(k))!;
  data.sections = sections;

  /** The path as read for a path of the rewritten record. */
  const original = (path: KeyPath): { path: KeyPath; title?: boolean } => {
    if (path[0] !== 'sections') return { path };
    if (path.length === 1) return { path: [firstKey] };
    const origin = typeof path[1] === 'number' ? origins[path[1]] : undefined;
    return origin ? origin(path.slice(2)) : { path: [firstKey] };
  };
  const { locate, locateNearest, writtenPath } = source;
  source.locate = (path) => {
    const at = original(path);
    const loc = locate.call(source, at.path);
    // a heading's title is its key as typed
    return at.title ? loc && { key: loc.key, value: loc.key } : loc;
  };
  source.locateNearest = (path): Span | undefined => {
    const at = original(path);
    const near = locateNearest.call(source, at.path);
    return at.title ? (locate.call(source, at.path)?.key ?? near) : near;
  };
  source.writtenPath = (path) => {
    const at = original(path);
    return writtenPath.call(source, at.title ? [...at.path] : at.path);
  };
}

/** MEETING_VERB_KEY as a pattern for the JSON Schema, with the number a key may be typed with (src/records/jsonSchema.ts). */
export const MEETING_VERB_KEY_PATTERN = `^(?:${SEQUENCE_MARK})?${MEETING_VERB_KEY}$`;

/**
 * An item that is more than one short statement: a sentence ends inside it, or it runs past 60 characters. The
 * sequence mark typed before it (1. 要抓好…) and a decimal point (整改率92.2%) end no sentence.
 */
const SENTENCE_END_INSIDE = /(?:[。!！?？；;]|\.(?!\d)|(?<!\d)\.)\s*\S/u;
const holdsSentences = (item: unknown) =>
  typeof item === 'string' && (SENTENCE_END_INSIDE.test(stripSequenceMark(item.trim())) || [...item].length > 60);

/**
 * A verb section typed as a key and what is below it: text on its line or below it (会议指出: …), a
 * list of points (议定事项: then - 同意…), or the keys of a 纪要's 章节 (内容:, 要点:, 单位: …).
 */
function asVerbSection(key: string, verb: string, value: unknown): { section: Data; origin: Origin } {
  const atKey: Origin = (rest) => ({ path: [key], title: rest[0] === 'verb' });
  if (Array.isArray(value)) {
    // decisions are always its points (一、……); what the meeting said (指出, 强调 …) is points while each item is one
    // short statement (一是……；二是……), its paragraphs when an item holds sentences (会议指出: - 今年以来……。各项……)
    const part = DECISION_VERBS.has(verb) || !value.some(holdsSentences) ? 'points' : 'text';
    return { section: { verb, [part]: value }, origin: (rest) => (rest[0] === part && typeof rest[1] === 'number' ? { path: [key, ...rest.slice(1)] } : atKey(rest)) };
  }
  if (isMapping(value)) return { section: { verb, ...value }, origin: (rest) => (rest[0] === 'verb' && !('verb' in value) ? atKey(rest) : { path: [key, ...rest] }) };
  return { section: { verb, text: value }, origin: atKey };
}

/**
 * A 纪要 typed with what the meeting did as keys at the top (议定事项: and its list, 会议强调: and its
 * text) is read with those parts as its 章节 (- 动词: 议定 / 要点: …), in the order typed, among the
 * sections of a 章节 list if it has one; messages point at the lines as typed (rewriteAsSections).
 */
export function readVerbKeysAsSections(source: RecordSource, accepted: readonly string[]): void {
  const data = source.data;
  if (!isMapping(data) || !accepted.includes('sections')) return;
  // what a 纪要 says a meeting did, typed as a key as the printed 纪要 heads it (议定事项:, 会议强调:, 决定事项: …): its verb
  const verbOf = (key: string) => (accepted.includes(key) ? undefined : verbOfKey(stripSequenceMark(key)));
  // (or as the one key of an item of 章节: - 强调: …, - 议定事项: and its list)
  const verbItem = (item: unknown) => isMapping(item) && Object.keys(item).length === 1 && verbOf(Object.keys(item)[0]!) !== undefined;
  if (!Object.keys(data).some((key) => verbOf(key)) && !(Array.isArray(data.sections) && data.sections.some(verbItem))) return;
  const isVerb = (key: string) => verbOf(key) !== undefined;
  rewriteAsSections(source, isVerb, (key, from = data) => asVerbSection(key, verbOf(key)!, from[key]), isVerb);
}
