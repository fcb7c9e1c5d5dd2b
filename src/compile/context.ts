import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import type { ValidRecord } from '../records/validate.js';
import type { SectionInput } from '../records/schema/common.js';
import { formatDate, formatDateTime, type DateParts, type DateStyle } from '../zh/dates.js';
import { countOf, enumerateLines, enumerateSentence } from '../zh/enumerate.js';
import { joinNames, personInSentence, type Person } from '../zh/names.js';
import { endSentence, formatDocNumber, stripTrailingPunctuation } from '../zh/punctuation.js';
import { buildSection, appendPoints, sectionsTooDeep, type InsertResolver, type SectionView } from './sections.js';
import { computeSummary, type RegisterFigures } from './summary.js';
import { interpolateFigures } from './interpolate.js';
import { titleLines } from './titleLines.js';
import { toChineseNumber } from '../zh/numerals.js';
import { dict } from '../util/dict.js';
import { markdownInsert, markdownTable } from '../model/markdownText.js';

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
  recorders: ['recordersText'],
  topics: ['topicsText'],
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
}

const noInserts = (bag: DiagnosticBag, source: RecordSource): InsertResolver => (name) => {
  bag.error('insert-unavailable', `"insert: ${name}" is only available in a summary (总结) record`, {
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
function colophonView(d: Record<string, any>) {
  return {
    cc: d.cc ? joinNames(d.cc, '，') : undefined,
    keywords: d.keywords ? joinNames(d.keywords, ' ') : undefined,
    report: d.report ? joinNames(d.report, '，') : undefined,
    distribute: d.distribute ? joinNames(d.distribute, '，') : undefined,
    printDate: d.printDate ? formatDate(d.printDate, 'arabic') : undefined,
  };
}

/** Counts of a record's structure that its text may cite: 章节数 (top-level sections), 阶段数 (phases). */
function structureCounts(d: Record<string, any>): Record<string, string> {
  let phases = 0;
  const walk = (sections: any[] | undefined) => {
    for (const s of sections ?? []) {
      phases += s.phases?.length ?? 0;
      walk(s.sections);
    }
  };
  walk(d.sections);
  // 两 before a measure word: 两点意见, 两个阶段
  const count = (n: number) => (n === 2 ? '两' : toChineseNumber(n));
  return { 章节数: count(d.sections?.length ?? 0), 阶段数: count(phases) };
}

/** 发文机关署名 and 成文日期: the 成文日期 always in Arabic numerals (GB/T 9704 §7.3.5), whatever the text's 日期格式. */
function signatureView(sig: { organs: string[]; date?: DateParts } | undefined) {
  if (!sig) return undefined;
  return { organs: sig.organs, date: sig.date ? formatDate(sig.date, 'arabic') : undefined };
}

function attachmentsView(
  atts: Array<{ title: string; text?: string[]; table?: { caption?: string; columns: string[]; rows: string[][] }; sections?: SectionInput[] }> | undefined,
  style: DateStyle,
  resolveInsert: InsertResolver,
) {
  return (atts ?? []).map((a) => ({
    title: a.title,
    paragraphs: [
      ...(a.text ?? []),
      ...(a.table ? [markdownTable(a.table.columns, a.table.rows)] : []),
    ],
    sections: buildSections(a.sections, style, resolveInsert),
  }));
}

/**
 * A time of day typed with a date that prints none — the 成文日期, the 印发日期, a phase's dates — is
 * said, never dropped silently (the date itself is printed).
 */
function warnTimesNotPrinted(d: Record<string, any>, source: RecordSource, bag: DiagnosticBag): void {
  const paths: Array<(string | number)[]> = [['signature', 'date'], ['printDate']];
  const walk = (sections: any[] | undefined, at: (string | number)[]) =>
    (sections ?? []).forEach((s, i) => {
      (s.phases ?? []).forEach((p: any, j: number) => paths.push([...at, i, 'phases', j, 'from'], [...at, i, 'phases', j, 'to']));
      walk(s.sections, [...at, i, 'sections']);
    });
  walk(d.sections, ['sections']);
  for (const path of paths) {
    let v: any = d;
    for (const k of path) v = v?.[k];
    if (!v?.time && !v?.weekday) continue;
    const loc = source.locate(path);
    bag.warn('time-not-printed', `"${v.weekday ?? ''}${v.time ?? ''}" after this date is not printed: only the date is`, {
      start: (loc?.value ?? loc?.key ?? source.locateNearest(path))?.start,
      path,
      hint: 'take the time out of this date',
    });
  }
}

/** The title's lines: one string is broken by titleLines; a list of several lines is the writer's own breaking. */
function titleView(title: string | string[] | undefined): { title?: string; titleLines?: string[] } {
  if (title === undefined) return {};
  const lines = Array.isArray(title) ? title : [title];
  return { title: lines.join(''), titleLines: lines.length === 1 ? titleLines(lines[0]!) : lines };
}

/**
 * 存在问题 / 工作打算 of a 总结 under a numbered heading of their own, after the last section — the
 * record's heading when it gives the part as a section ({标题: 下半年工作思路, 内容: …}), else the default.
 */
function closingSection(part: string[] | SectionInput | undefined, title: string, dateStyle: DateStyle, resolveInsert: InsertResolver): SectionView | undefined {
  if (part === undefined || (Array.isArray(part) && part.length === 0)) return undefined;
  const input: SectionInput = Array.isArray(part) ? { title, text: part } : { ...part, title: part.title ?? title };
  return buildSection(input, { dateStyle, resolveInsert });
}

/** Verbs of a meeting's decisions: their points are numbered paragraphs, not 一是……；二是…… (prose.md, 纪要). */
const DECISION_VERBS = new Set(['议定', '决定', '研究决定', '商定', '确定', '审议通过', '同意']);

/**
 * A 纪要 section: 会议 + verb + ，+ the lead text, then its points. A decision (议定, 决定 …) reads
 * 会议议定以下五项事项： (with a measure word; 会议议定以下事项： / 会议研究决定： without one), then each
 * decision as its own paragraph, 一、…… or 1.……, each a full sentence ending in 。. A lead text that
 * already holds the verb (经认真研究，会议议定…) is warned about: the verb is written by gongwen.
 */
function minutesSection(s: any, i: number, warn: (path: (string | number)[], message: string) => void) {
  const verb: string = s.verb;
  const text: string[] = [...(s.text ?? [])];
  const decision = DECISION_VERBS.has(verb) && (s.points?.length ?? 0) > 0;
  const verbAtStart = new RegExp(`^(会议)?${verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[，,：:]?`, 'u');
  const typed = text.length ? text[0]!.match(verbAtStart)?.[0] : undefined;
  if (typed) {
    warn(['sections', i, 'text'], `the text starts with "${typed.replace(/[，,：:]$/u, '')}", which gongwen writes itself (会议${verb}，…)`);
    text[0] = text[0]!.slice(typed.length);
    if (text[0] === '') text.shift();
  } else if (decision && text.some((t) => t.includes(verb))) {
    warn(['sections', i, 'text'], `the lead text already says "${verb}": gongwen writes 会议${verb}以下…事项：, so the verb would be said twice`);
  }
  if (decision) {
    const lead = text.length ? stripTrailingPunctuation(text.join('')) : '';
    const unit: string | undefined = s.unit;
    const what = unit ? `以下${countOf(s.points.length, unit)}${/事项?$/u.test(unit) ? '' : '事项'}` : verb.endsWith('决定') ? '' : '以下事项';
    // 会议研究决定： unless the lead already says 研究 (经认真研究，会议决定：)
    const verbText = verb === '决定' && !unit && !lead.includes('研究') ? '研究决定' : verb;
    const opening = lead ? `${lead}，会议${verbText}${what}：` : `会议${verbText}${what}：`;
    const marker = (n: number) => (s.style === '1.' ? `${n}.` : `${toChineseNumber(n)}、`);
    const points = (s.points as string[]).map((p, n) => `${marker(n + 1)}${endSentence(p)}`);
    return { verb, opening, first: opening, more: [...points, ...(s.after ?? [])] };
  }
  const paragraphs: string[] = [...text];
  if (s.points?.length) paragraphs.push(appendPoints(paragraphs.pop(), s.points, s.unit));
  if (s.after?.length) paragraphs.push(...s.after);
  const [first, ...more] = paragraphs;
  return { verb, opening: `会议${verb}，${first ?? ''}`, first: first ?? '', more };
}

/** 应到7人，实到6人: the members expected (出席 + 缺席/请假) and present. */
function headcount(present: string[] | undefined, absent: string[] | undefined): string | undefined {
  if (!present?.length) return undefined;
  const expected = present.length + (absent?.length ?? 0);
  return `应到${expected}人，实到${present.length}人`;
}

function computeMinutes(d: Record<string, any>, style: DateStyle, warn: (path: (string | number)[], message: string) => void, recordersKey?: string): TemplateContext {
  const chairs: Person[] = d.chair ?? [];
  const sections = (d.sections ?? []).map((s: any, i: number) => minutesSection(s, i, warn));
  const reports: string[] | undefined = d.reports?.length
    ? d.reports.map((r: any) => endSentence(`${r.role ?? ''}${r.name}同志${stripTrailingPunctuation(r.text)}`))
    : undefined;
  // values a template follows with its own punctuation (在{{place}}召开了{{meeting}}。) end without theirs
  const bare = (v: unknown) => (typeof v === 'string' ? stripTrailingPunctuation(v) : v);
  return {
    // header form: each numbered point a full sentence (1.……。), whatever it was typed with
    points: d.points?.map(endSentence),
    place: bare(d.place),
    meeting: bare(d.meeting),
    organ: bare(d.organ),
    basis: bare(d.basis),
    chairText: chairs.map(personInSentence).join('、'),
    chairNames: chairs.map((c) => c.name).join('、'),
    // 时间: 2024年4月12日上午9:00 fills the date and the time of day; 时段: 下午 gives the time alone
    dateText: d.date ? formatDateTime(d.date, style, d.time ?? d.date.time) : undefined,
    dayText: d.date ? formatDate(d.date, style) : undefined,
    leadIn: stripTrailingPunctuation(d.leadIn ?? '现将会议内容纪要如下'),
    sections,
    participantsText: d.participants ? joinNames(d.participants) : undefined,
    recordersText: d.recorders ? joinNames(d.recorders) : undefined,
    recordersLabel: d.recordersLabel ?? (recordersKey === '记录人' || recordersKey === '记录' ? '记录人' : '会议记录与整理'),
    attendance: d.attendance
      ? {
          present: d.attendance.present && joinNames(d.attendance.present),
          absent: d.attendance.absent && joinNames(d.attendance.absent),
          observers: d.attendance.observers && joinNames(d.attendance.observers),
          headcount: headcount(d.attendance.present, d.attendance.absent),
        }
      : undefined,
    // 会议议题：一是……；二是……。 (prose.md, branch committee)
    topicsText: d.topics?.length ? enumerateSentence(d.topics) : undefined,
    // each member's report its own sentence
    reportsText: reports?.join(''),
    reportsList: reports,
    consensusLines: d.consensus ? enumerateLines(d.consensus.points) : undefined,
    consensusLead: stripTrailingPunctuation(d.consensus?.lead ?? '经过大家认真学习讨论并形成共识如下'),
  };
}

/** Adds the computed values of a record: numerals, counts, dates, totals and rates, section views. */
export function computeContext({ record, source, bag, registerFigures }: ComputeInput): TemplateContext {
  const d = record.data as Record<string, any>;
  const style: DateStyle = d.dateStyle ?? 'arabic';
  const tooDeep = [
    ...sectionsTooDeep(d.sections, ['sections']),
    ...((d.attachments ?? []) as Array<{ sections?: [] }>).flatMap((a, i) => sectionsTooDeep(a.sections, ['attachments', i, 'sections'])),
  ];
  for (const path of tooDeep) {
    const loc = source.locate(path);
    bag.error('too-deep', 'a fifth level of headings: a 公文 numbers four (一、 （一） 1. （1）, GB/T 9704 §7.3.3)', {
      start: (loc?.key ?? loc?.value ?? source.locateNearest(path))?.start,
      path,
      expected: 'these as paragraphs (内容) of the section above, or fewer levels (小节层级)',
    });
  }
  warnTimesNotPrinted(d, source, bag);
  const base: TemplateContext = {
    ...d,
    /** The Markdown body of a .md record: free narrative, placed by the template. */
    body: source.body?.trim() ? markdownInsert('body') : undefined,
    dateStyle: style,
    // a title longer than a line is broken into balanced lines (GB/T 9704 §7.3.1); a list is kept as
    // typed. Templates write `title: {{yaml titleLines}}` in the front matter; {{title}} is the whole title.
    ...titleView(d.title),
    signature: signatureView(d.signature),
    ...colophonView(d),
  };
  // {{章节数}} / {{阶段数}} in a speech's or a plan's text: 下面，我讲{{章节数}}点意见 → 三点
  const counts = structureCounts(d);
  const countFill = <T,>(v: T, key: string): T =>
    v === undefined ? v : interpolateFigures(v, counts, bag, () => ({ start: source.locateNearest([key])?.start }));
  switch (record.kind.kind) {
    case 'minutes': {
      const warn = (path: (string | number)[], message: string) => {
        const loc = source.locate(path);
        bag.warn('verb-repeated', message, { start: (loc?.value ?? loc?.key ?? source.locateNearest(path))?.start, path, hint: 'write the lead text without the verb' });
      };
      return { ...base, ...computeMinutes(d, style, warn, source.writtenPath(['recorders'])[0] as string | undefined) };
    }
    case 'summary': {
      const summary = computeSummary(d, source, bag, registerFigures);
      const figures = summary.values.figures as Record<string, string>;
      const fill = <T,>(v: T, key: string): T => interpolateFigures(v, figures, bag, () => ({ start: source.locateNearest([key])?.start }));
      return {
        ...base,
        ...summary.values,
        intro: fill(d.intro ?? [], 'intro'),
        problems: closingSection(fill(d.problems, 'problems'), '存在的问题', style, summary.resolveInsert),
        outlook: closingSection(fill(d.outlook, 'outlook'), '下一步工作打算', style, summary.resolveInsert),
        sections: buildSections(fill(d.sections, 'sections'), style, summary.resolveInsert),
      };
    }
    case 'plan':
      return {
        ...base,
        docNumber: d.docNumber === undefined
          ? undefined
          : typeof d.docNumber === 'string'
            ? formatDocNumber(d.docNumber)
            : `${d.docNumber.code}〔${d.docNumber.year}〕${d.docNumber.number}号`,
        // 主送 ending in ：or : meets the template's ： once (各村（社区）：)
        addressee: d.addressee === undefined ? undefined : stripTrailingPunctuation(String(d.addressee).replace(/[：:]+$/u, '')),
        basis: countFill(d.basis, 'basis'),
        sections: buildSections(countFill(d.sections, 'sections'), style, noInserts(bag, source)),
        attachments: attachmentsView(d.attachments, style, noInserts(bag, source)),
      };
    case 'speech':
      return {
        ...base,
        ...titleView(d.title ?? [`在${d.occasion}上的讲话`]),
        dateText: d.date ? formatDate(d.date, style) : undefined,
        subtitleLines: [d.speaker, d.date ? `（${formatDateTime(d.date, style)}）` : undefined].filter(Boolean),
        salutation: d.salutation ?? '同志们：',
        thanks: d.thanks === false ? undefined : (d.thanks ?? '谢谢大家！'),
        opening: countFill(d.opening, 'opening'),
        closing: countFill(d.closing, 'closing'),
        sections: buildSections(countFill(d.sections, 'sections'), style, noInserts(bag, source)),
      };
    default:
      return base;
  }
}
