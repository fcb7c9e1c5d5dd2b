import { textsOf } from '../util/textsOf.js';
import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import type { RecordOf } from '../records/schema/index.js';
import type { SectionInput } from '../records/schema/common.js';
import { isKind, type ValidRecord } from '../records/validate.js';
import { markdownInsert } from '../model/markdownText.js';
import { formatDate, formatDateTime, type DateStyle } from '../zh/dates.js';
import { stripTrailingPunctuation } from '../zh/punctuation.js';
import { isAddressee, listAddressees, personInSentence, splitPostAndName } from '../zh/names.js';
import { endsWithThanks, splitThanks } from '../zh/thanks.js';
import { interpolateFigures } from './interpolate.js';
import { computeMinutes, type Warn } from './minutes.js';
import { endParagraphs } from './sections.js';
import { warnTableTotals } from './tableTotals.js';
import { warnAmountStyles } from './amountStyles.js';
import { warnTypedFigures } from './typedFigures.js';
import { warnAnnouncedCount } from './announcedCount.js';
import { warnTypedTotals } from './typedTotals.js';
import { formatDocNumber } from '../zh/punctuation.js';
import { computeSummary, type RegisterFigures } from './summary.js';
import type { PassagePartials } from '../templates/renderPassage.js';
import {
  attachmentsView, buildSections, closingSection, colophonView, copyNumberText, noInserts, reportTooDeep, signatureView, structureCounts, titleView, warnTimesNotPrinted,
} from './views.js';
import { dict } from '../util/dict.js';

/** What a template sees: the record under canonical keys, plus everything computed from it. */
export type TemplateContext = Record<string, unknown>;

/**
 * The computed values a template may read instead of a record key (a template that writes
 * {{dateText}} uses the record's date). Record keys not listed are read under their own name.
 */
export const COMPUTED_FROM: Readonly<Record<string, readonly string[]>> = dict({
  date: ['dateText', 'dayText', 'subtitleLines'],
  time: ['dateText'],
  chair: ['chairText', 'chairNames'],
  participants: ['participantsText'],
  proceedings: ['proceedingsText'],
  recorders: ['recordersText'],
  topics: ['topicsText'],
  points: ['numberedPoints'],
  reports: ['reportsText', 'reportsList'],
  consensus: ['consensusLines', 'consensusLead'],
  speaker: ['subtitleLines'],
  occasion: ['title', 'titleLines'],
  title: ['titleLines'],
});

/**
 * Record keys whose content reaches the document another way than through the template's own
 * reading of them: a summary's figures and registers are placed by `插入:` and {{figures}}.
 */
const PLACED_OTHERWISE = new Set(['kind', 'template', 'dateStyle', 'organ', 'period', 'registers', 'petitions', 'disputes', 'sectionsLevel', 'lastYear', 'previous', 'amountUnit']);

/** The record's keys with content that a template did not read, neither as such nor computed. */
export function unreadRecordKeys(data: Record<string, unknown>, read: ReadonlySet<string>): string[] {
  const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  return Object.keys(data).filter(
    (key) => !PLACED_OTHERWISE.has(key) && !empty(data[key]) && !read.has(key) && !(COMPUTED_FROM[key] ?? []).some((k) => read.has(k)),
  );
}

export interface ComputeInput {
  record: ValidRecord;
  source: RecordSource;
  bag: DiagnosticBag;
  /** Figures counted from the registers a summary names, read beforehand (reading is async). */
  registerFigures?: RegisterFigures;
  /** The project's partials, where a 总结's passages find their wording (else the built-in ones). */
  partials?: PassagePartials;
}

/** Fills {{名称}} in a value of the record's text with these figures; an unknown name is reported at the key. */
type Fill = <T>(value: T, key: string) => T;
const filler = (figures: Record<string, string>, source: RecordSource, bag: DiagnosticBag): Fill => (value, key) =>
  value === undefined ? value : interpolateFigures(value, figures, bag, () => ({ start: source.locateNearest([key])?.start }));

/** Adds the computed values of a record: numerals, counts, dates, totals and rates, section views. */
export function computeContext({ record, source, bag, registerFigures, partials }: ComputeInput): TemplateContext {
  const d = record.data;
  const style: DateStyle = d.dateStyle ?? 'arabic';
  const sections = isKind(record, 'minutes') ? undefined : record.data.sections;
  reportTooDeep({ sections, attachments: isKind(record, 'plan') ? record.data.attachments : undefined }, source, bag);
  warnTimesNotPrinted({ ...d, sections }, source, bag);
  warnTableTotals({ sections, attachments: isKind(record, 'plan') ? record.data.attachments : undefined }, source, bag);
  // the record's texts, walked once for the three checks of what is typed in them
  const texts = textsOf(d);
  warnAmountStyles(d, source, bag, texts);
  warnTypedFigures(d, source, bag, texts);
  warnTypedTotals(d, source, bag, texts);
  const base: TemplateContext = {
    ...d,
    /** The Markdown body of a .md record: free narrative, placed by the template. */
    body: source.body?.trim() ? markdownInsert('body') : undefined,
    dateStyle: style,
    // a title longer than a line is broken into balanced lines (GB/T 9704 §7.3.1); a list is kept as
    // typed. Templates write `title: {{yaml titleLines}}` in the front matter; {{title}} is the whole title.
    ...titleView(d.title),
    signature: signatureView(isKind(record, 'speech') ? undefined : record.data.signature),
    copyNumber: copyNumberText(typeof d.copyNumber === 'string' ? d.copyNumber : undefined),
    ...colophonView(d),
  };
  // {{章节数}} / {{阶段数}} in a speech's or a plan's text: 下面，我讲{{章节数}}点意见 → 三点
  const countFill = filler(structureCounts(sections), source, bag);
  if (isKind(record, 'minutes')) {
    const warn: Warn = (path, code, message) => {
      const loc = source.locate(path);
      bag.warn(code, message, { start: (loc?.value ?? loc?.key ?? source.locateNearest(path))?.start, path, hint: code === 'verb-repeated' ? say('verb-repeated.hint') : undefined });
    };
    // 缺席 typed at the top, or under 出席情况
    const absent = source.locate(['absent']) ? source.writtenPath(['absent'])[0] : source.writtenPath(['attendance', 'absent'])[1];
    return { ...base, ...computeMinutes(record.data, style, warn, { recorders: source.writtenPath(['recorders'])[0] as string | undefined, absent: absent as string | undefined }) };
  }
  if (isKind(record, 'summary')) return { ...base, ...summaryContext(record.data, { source, bag, registerFigures, partials }, style) };
  if (isKind(record, 'plan')) return { ...base, ...planContext(record.data, style, countFill, noInserts(bag, source)) };
  warnAnnouncedCount(record.data.opening, sections, source, bag);
  return { ...base, ...speechContext(record.data, style, countFill, noInserts(bag, source), source.body) };
}

function summaryContext(d: RecordOf<'summary'>, input: Omit<ComputeInput, 'record'>, style: DateStyle): TemplateContext {
  const { source, bag } = input;
  const summary = computeSummary(d, source, bag, input.registerFigures, input.partials);
  const fill = filler(summary.values.figures, source, bag);
  return {
    ...summary.values,
    intro: endParagraphs(fill(d.intro ?? [], 'intro')),
    problems: closingSection(fill(d.problems, 'problems'), '存在的问题', style, summary.resolveInsert),
    outlook: closingSection(fill(d.outlook, 'outlook'), '下一步工作打算', style, summary.resolveInsert),
    sections: buildSections(fill(d.sections, 'sections'), style, summary.resolveInsert),
  };
}

function planContext(d: RecordOf<'plan'>, style: DateStyle, countFill: Fill, inserts: ReturnType<typeof noInserts>): TemplateContext {
  return {
    docNumber: d.docNumber === undefined
      ? undefined
      : typeof d.docNumber === 'string'
        ? formatDocNumber(d.docNumber)
        : `${d.docNumber.code}〔${d.docNumber.year}〕${d.docNumber.number}号`,
    // 主送 ending in ：or : meets the template's ： once (各村（社区）：)
    addressee: d.addressee === undefined ? undefined : stripTrailingPunctuation(String(d.addressee).replace(/[：:]+$/u, '')),
    basis: endParagraphs(countFill(d.basis, 'basis')),
    sections: buildSections(countFill(d.sections, 'sections'), style, inserts),
    attachments: attachmentsView(d.attachments, style, inserts),
  };
}

/**
 * A 称谓 the 开头 begins with (同志们：今天我们召开…; 各位领导、同志们：…): up to its colon, at most
 * 30 characters, beginning 同志们, 各位 or 尊敬的 — a speech is often pasted whole with its 称谓, now and
 * then from a page in traditional characters (同志們：).
 */
const OPENING_SALUTATION = /^\s*((?:尊敬的|各位|同志们|同志們)[^：:。！？\n]{0,27}?)\s*[：:]\s*|^\s*(同志们|同志們)\s*[，,]\s*/u;
/** A greeting the 开头 begins with (同志们好！, 同志们，大家好！, 各位领导、同志们，大家好！): its 称谓, the greeting said by 称谓 alone. */
const OPENING_GREETING = /^\s*((?:尊敬的|各位|同志们|同志們)[^：:。！？!?\n]{0,27}?)[，,\s]*(?:大家)?好[！!。.]\s*/u;
// (同志们 alone may end with a comma, as it is often typed on one line with what follows: 同志们,今年汛期…;
// a longer 称谓 before a comma is not told from the sentence's own words: 各位领导,今天…)

/**
 * The 称谓 and the 开头 without it: the record's 称谓 (ended with ：, as typed 同志们 or 同志们, too), or
 * the one its 开头 begins with, or 同志们：. A 开头 that begins with the 称谓 the record gives says it once.
 */
function salutationOf(salutation: string | undefined, opening: string[] | undefined): { salutation: string; opening: string[] | undefined } {
  const first = opening?.[0];
  const typed = first === undefined ? null : (OPENING_GREETING.exec(first) ?? OPENING_SALUTATION.exec(first));
  // the 称谓 as typed: before a colon, or 同志们 alone before a comma (OPENING_SALUTATION's two forms)
  const typedSalutation = typed ? (typed[1] ?? typed[2])! : undefined;
  const addressees = typedSalutation?.split(/[、，,\s]+/u).filter(Boolean);
  // the people addressed, typed with commas only, are listed with 顿号 (zh/names listAddressees)
  const bare = salutation === undefined ? undefined : listAddressees(stripTrailingPunctuation(salutation));
  // an empty 称谓 stays empty: the speech is printed without one
  const given = bare === undefined ? undefined : bare ? `${bare}：` : '';
  // the 开头's 称谓 as it is printed (listed with 顿号 as the record's is)
  const written = typedSalutation === undefined ? undefined : listAddressees(typedSalutation);
  const same = bare !== undefined && written !== undefined && written.replace(/,/gu, '，') === bare.replace(/,/gu, '，');
  if ((given !== undefined && !same) || !typed || !opening || !addressees!.every(isAddressee)) {
    return { salutation: given ?? '同志们：', opening };
  }
  const rest = first!.slice(typed[0].length);
  return { salutation: given ?? `${written!}：`, opening: rest ? [rest, ...opening.slice(1)] : opening.slice(1) };
}

/** Whether the last paragraph of a 结尾 thanks the audience (zh/thanks.ts), alone or its last sentence (…扎实做好各项工作!谢谢大家!). */
function closesWithThanks(closing: ReadonlyArray<unknown> | undefined): boolean {
  const last = closing?.at(-1);
  return typeof last === 'string' && endsWithThanks(last);
}

/** Whether the last paragraph of a Markdown speech's body thanks the audience (a speech pasted from Word ends 谢谢大家！). */
function bodyEndsWithThanks(body: string | undefined): boolean {
  const last = body?.replace(/\r\n?/g, '\n').split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean).at(-1);
  return last !== undefined && endsWithThanks(last);
}

/**
 * The paragraphs a speech ends with before its 致谢: its 结尾, or where there is none, the last section's end — its own
 * 结尾 (typed indented under it), else its last subsection's, else its text.
 */
function lastParagraphs(d: RecordOf<'speech'>): ReadonlyArray<unknown> | undefined {
  if (d.closing?.length) return d.closing;
  let section = d.sections?.at(-1);
  while (section) {
    if (section.closing?.length) return section.closing;
    if (!section.sections?.length) return section.text;
    section = section.sections.at(-1);
  }
  return undefined;
}

/**
 * The 称谓 a Markdown speech's body begins with, on a line of its own (同志们: / 各位领导、同志们：), and the line of the body after
 * it, where the record gives neither a 称谓 nor a 开头: the template prints it as the 称谓, and the body from the next line.
 */
function bodySalutation(body: string | undefined): { salutation: string; from: number } | undefined {
  if (!body) return undefined;
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const at = lines.findIndex((l) => l.trim() !== '');
  const line = lines[at]?.trim() ?? '';
  const typed = OPENING_SALUTATION.exec(line);
  if (!typed?.[1] || typed[0].length !== line.length || !typed[1].split(/[、，,\s]+/u).filter(Boolean).every(isAddressee)) return undefined;
  return { salutation: `${listAddressees(typed[1])}：`, from: at + 1 };
}

/**
 * A 结尾 whose last paragraph ends with the thanks typed after its last sentence (希望大家认真落实.谢谢大家!): that paragraph
 * without it, and the thanks, which the template prints as the 致谢 on a line of its own, as a speech ends.
 */
function closingAndThanks(closing: string[] | undefined): { closing: string[] | undefined; thanks?: string } {
  const last = closing?.at(-1);
  const split = last === undefined ? undefined : splitThanks(last);
  return split ? { closing: [...closing!.slice(0, -1), split.text], thanks: split.thanks } : { closing };
}

/**
 * The same where a speech has no 结尾: the last paragraph of its last section — its own 结尾 (typed indented under it), else
 * its last subsection's, else its text (lastParagraphs) — cut before the thanks typed after its last sentence.
 */
function sectionsAndThanks(sections: SectionInput[] | undefined): { sections: SectionInput[] | undefined; thanks?: string } {
  const last = sections?.at(-1);
  if (!last) return { sections };
  const within = (s: SectionInput): { section: SectionInput; thanks?: string } => {
    if (s.closing?.length) {
      const cut = closingAndThanks(s.closing);
      return { section: { ...s, closing: cut.closing }, thanks: cut.thanks };
    }
    if (s.sections?.length) {
      const inner = within(s.sections.at(-1)!);
      return { section: { ...s, sections: [...s.sections.slice(0, -1), inner.section] }, thanks: inner.thanks };
    }
    const text = s.text?.at(-1);
    const cut = typeof text === 'string' ? splitThanks(text) : undefined;
    return cut ? { section: { ...s, text: [...s.text!.slice(0, -1), cut.text] }, thanks: cut.thanks } : { section: s };
  };
  const { section, thanks } = within(last);
  return thanks ? { sections: [...sections!.slice(0, -1), section], thanks } : { sections };
}

/** Whether a speech says its thanks itself: its 结尾 (or last section), or where it has none, the body of a Markdown record after them. */
const endsItsOwnThanks = (d: RecordOf<'speech'>, body: string | undefined) => closesWithThanks(lastParagraphs(d)) || (!d.closing?.length && bodyEndsWithThanks(body));

function speechContext(d: RecordOf<'speech'>, style: DateStyle, countFill: Fill, inserts: ReturnType<typeof noInserts>, body?: string): TemplateContext {
  const inBody = d.salutation === undefined && !d.opening?.length ? bodySalutation(body) : undefined;
  const { salutation, opening } = inBody ? { salutation: inBody.salutation, opening: d.opening } : salutationOf(d.salutation, d.opening);
  // (a 致谢 the record gives, or false, leaves the 结尾 as typed)
  const typedThanks = d.thanks === undefined ? closingAndThanks(d.closing) : { closing: d.closing };
  // (where it has no 结尾, the thanks typed at the end of its last section)
  const lastSection = d.thanks === undefined && !d.closing?.length ? sectionsAndThanks(d.sections) : { sections: d.sections };
  return {
    ...(inBody ? { body: markdownInsert('body', inBody.from) } : {}),
    ...titleView(d.title ?? [`在${d.occasion}上的讲话`]),
    dateText: d.date ? formatDate(d.date, style) : undefined,
    // the speaker as a sentence names a person, the posts before the name with no space typed between (乡长 刘志强 → 乡长刘志强);
    // the date in brackets under it without the weekday typed with it (checked when read): （2025年3月6日）, never （2025年3月6日（星期四））
    subtitleLines: [d.speaker && personInSentence(splitPostAndName(d.speaker)), d.date ? `（${formatDateTime({ ...d.date, weekday: undefined }, style)}）` : undefined].filter(Boolean),
    salutation,
    // a 结尾 pasted with its own 谢谢大家! says it already: not said twice
    thanks: d.thanks === false
      ? undefined
      : (typedThanks.thanks ?? lastSection.thanks ?? (d.thanks === undefined && endsItsOwnThanks(d, body) ? undefined : (d.thanks ?? '谢谢大家！'))),
    opening: endParagraphs(countFill(opening, 'opening')),
    closing: endParagraphs(countFill(typedThanks.closing, 'closing')),
    sections: buildSections(countFill(lastSection.sections, 'sections'), style, inserts),
  };
}
