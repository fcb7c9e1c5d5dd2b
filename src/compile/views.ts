import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag, KeyPath } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import type { SectionInput } from '../records/schema/common.js';
import { centredBlock, tableBlock } from '../model/computedBlocks.js';
import { formatDate, type DateParts, type DateStyle } from '../zh/dates.js';
import { joinNames } from '../zh/names.js';
import { stripTrailingPunctuation } from '../zh/punctuation.js';
import { enumerateSentence } from '../zh/enumerate.js';
import { valueAt } from '../util/valueAt.js';
import { toChineseNumber } from '../zh/numerals.js';
import { buildSection, sectionsTooDeep, shortPhrases, type InsertResolver, type SectionView } from './sections.js';
import { titleLines } from './titleLines.js';

/** The views of a record's parts that every kind may have: title, signature, 版记, sections, attachments. */

/** The keys the views below read, as every kind's record types them (a kind without one leaves it out). */
export interface CommonFields {
  title?: string | string[];
  signature?: { organs: string[]; date?: DateParts };
  cc?: string[];
  keywords?: string[];
  report?: string[];
  distribute?: string[];
  printDate?: DateParts;
  printer?: string;
}

/** Where a section's `insert:` finds nothing: only a 总结 has computed passages. */
export const noInserts = (bag: DiagnosticBag, source: RecordSource): InsertResolver => (name) => {
  bag.error('insert-unavailable', say('insert-unavailable.kind', { name }), {
    start: source.locateNearest(['sections'])?.start,
  });
  return [];
};

export function buildSections(sections: SectionInput[] | undefined, dateStyle: DateStyle, resolveInsert: InsertResolver): SectionView[] {
  return (sections ?? []).map((s) => buildSection(s, { dateStyle, resolveInsert }));
}

/**
 * 版记 (GB/T 9704 §7.4): organs joined with full-width commas; the 印发日期 always in Arabic
 * numerals (§7.4.3), whatever the record's date style.
 */
export function colophonView(d: CommonFields) {
  return {
    cc: d.cc ? joinNames(d.cc, '，') : undefined,
    keywords: d.keywords ? joinNames(d.keywords, ' ') : undefined,
    report: d.report ? joinNames(d.report, '，') : undefined,
    distribute: d.distribute ? joinNames(d.distribute, '，') : undefined,
    // a 版记 names the 印发机关 with its 印发日期 (GB/T 9704 §7.4.3): where the record gives the organ and no date (the organ
    // often from the config), the document is printed the day it is dated, as offices do — never a 印发 line without its date
    printDate: d.printDate ? formatDate(d.printDate, 'arabic') : d.printer && d.signature?.date ? formatDate(d.signature.date, 'arabic') : undefined,
  };
}

/**
 * 份号 as GB/T 9704 §7.2.1 writes it, six Arabic digits: 23 (YAML reads 份号: 000023 as the number) → 000023; one typed
 * with other characters, or longer, as typed.
 */
export function copyNumberText(copyNumber: string | undefined): string | undefined {
  return copyNumber !== undefined && /^\d{1,5}$/u.test(copyNumber) ? copyNumber.padStart(6, '0') : copyNumber;
}

/** Counts of a record's structure that its text may cite: 章节数 (top-level sections), 阶段数 (phases). */
export function structureCounts(sections: SectionInput[] | undefined): Record<string, string> {
  let phases = 0;
  const walk = (list: SectionInput[] | undefined) => {
    for (const s of list ?? []) {
      phases += s.phases?.length ?? 0;
      walk(s.sections);
    }
  };
  walk(sections);
  // 两 before a measure word: 两点意见, 两个阶段
  const count = (n: number) => (n === 2 ? '两' : toChineseNumber(n));
  // the sections the listener hears counted are the numbered ones: one with 编号: false is what is said after the points
  return { 章节数: count(sections?.filter((s) => s.numbered !== false).length ?? 0), 阶段数: count(phases) };
}

/** 发文机关署名 and 成文日期: the 成文日期 always in Arabic numerals (GB/T 9704 §7.3.5), whatever the text's 日期格式. */
export function signatureView(sig: CommonFields['signature']) {
  if (!sig) return undefined;
  return { organs: sig.organs, date: sig.date ? formatDate(sig.date, 'arabic') : undefined };
}

/** Two titles that say the same words, whatever spaces or end marks were typed with them. */
const sameTitle = (a: string, b: string) => {
  const words = (t: string) => stripTrailingPunctuation(t.replace(/\s+/gu, ''));
  return words(a) === words(b);
};

export function attachmentsView(
  atts: Array<{ title: string; text?: string[]; table?: { caption?: string; columns: string[]; rows: string[][] }; sections?: SectionInput[] }> | undefined,
  style: DateStyle,
  resolveInsert: InsertResolver,
) {
  return (atts ?? []).map((a) => ({
    title: a.title,
    // the 表题 above its table, centred, as a section's table has it (sections.ts buildSection) — but a 表题 that is the
    // attachment's 标题 (a secretary fills both keys) is its heading already: printed once
    paragraphs: [
      ...(a.text ?? []),
      ...(a.table?.caption && !sameTitle(a.table.caption, a.title) ? [centredBlock(a.table.caption)] : []),
      ...(a.table ? [tableBlock(a.table.columns, a.table.rows)] : []),
    ],
    sections: buildSections(a.sections, style, resolveInsert),
  }));
}

/**
 * A time of day typed with a date that prints none — the 成文日期, the 印发日期, a phase's dates — is
 * said, never dropped silently (the date itself is printed).
 */
export function warnTimesNotPrinted(d: CommonFields & { sections?: SectionInput[] }, source: RecordSource, bag: DiagnosticBag): void {
  const paths: KeyPath[] = [['signature', 'date'], ['printDate']];
  const walk = (sections: ReadonlyArray<SectionInput> | undefined, at: KeyPath) =>
    (sections ?? []).forEach((s, i) => {
      (s.phases ?? []).forEach((_, j) => paths.push([...at, i, 'phases', j, 'from'], [...at, i, 'phases', j, 'to']));
      walk(s.sections, [...at, i, 'sections']);
    });
  walk(d.sections, ['sections']);
  for (const path of paths) {
    const v = valueAt(d, path) as DateParts | undefined;
    if (!v?.time && !v?.weekday) continue;
    const loc = source.locate(path);
    bag.warn('time-not-printed', say('time-not-printed', { text: `${v.weekday ?? ''}${v.time ?? ''}` }), {
      start: (loc?.value ?? loc?.key ?? source.locateNearest(path))?.start,
      path,
      hint: say('time-not-printed.hint'),
    });
  }
}

/** A fifth level of headings, in the sections or an attachment's: an error at each. */
export function reportTooDeep(
  d: { sections?: SectionInput[]; attachments?: ReadonlyArray<{ sections?: SectionInput[] }> },
  source: RecordSource,
  bag: DiagnosticBag,
): void {
  const tooDeep = [
    ...sectionsTooDeep(d.sections, ['sections']),
    ...(d.attachments ?? []).flatMap((a, i) => sectionsTooDeep(a.sections, ['attachments', i, 'sections'])),
  ];
  for (const path of tooDeep) {
    const loc = source.locate(path);
    bag.error('too-deep', say('too-deep.sections'), {
      start: (loc?.key ?? loc?.value ?? source.locateNearest(path))?.start,
      path,
      expected: say('too-deep.sections.expected'),
    });
  }
}

/** The title's lines: one string is broken by titleLines; a list of several lines is the writer's own breaking. */
export function titleView(title: string | string[] | undefined): { title?: string; titleLines?: string[] } {
  if (title === undefined) return {};
  const lines = Array.isArray(title) ? title : [title];
  return { title: lines.join(''), titleLines: lines.length === 1 ? titleLines(lines[0]!) : lines };
}

/**
 * 存在问题 / 工作打算 of a 总结 under a numbered heading of their own, after the last section — the
 * record's heading when it gives the part as a section ({标题: 下半年工作思路, 内容: …}), else the default.
 */
export function closingSection(part: string[] | SectionInput | undefined, title: string, dateStyle: DateStyle, resolveInsert: InsertResolver): SectionView | undefined {
  if (part === undefined || (Array.isArray(part) && part.length === 0)) return undefined;
  // a list of short phrases, each ended with a full stop or not, is the writer itemising (prose.md 总结: 存在的问题 with
  // 一是……；二是……。): one paragraph, as the same typed without the stops is (sections.ts shortPhrases)
  const phrases = Array.isArray(part) ? shortPhrases(part, { stopsTyped: true }) : undefined;
  const input: SectionInput = phrases ? { title, text: [enumerateSentence(phrases)] } : Array.isArray(part) ? { title, text: part } : { ...part, title: part.title ?? title };
  return buildSection(input, { dateStyle, resolveInsert });
}
