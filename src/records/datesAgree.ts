import type { DiagnosticBag, Position } from '../diagnostics/diagnostic.js';
import { say } from '../diagnostics/messages/index.js';
import { compareDates, formatDate, type DateParts } from '../zh/dates.js';
import { parsePeriod } from '../zh/period.js';
import { formatDocNumber } from '../zh/punctuation.js';
import type { RecordSource } from './readRecord.js';

interface DatedRecord {
  title?: string | string[];
  /** A 纪要's meeting day; a speech's day. */
  date?: DateParts;
  opening?: string[];
  period?: string;
  docNumber?: string | { year: number };
  printDate?: DateParts;
  signature?: { date?: DateParts };
}

/** A date with its year, month and day, as a comparison needs it; undefined otherwise. */
function whole(d: DateParts | undefined) {
  return d && typeof d.year === 'number' && d.month !== undefined && d.day !== undefined ? { year: d.year, month: d.month, day: d.day } : undefined;
}

/**
 * Dates of one record that contradict each other, as a document copied from last year's or typed in haste has them,
 * each a warning at the date at fault naming the other and its line (date-disagrees):
 * - the 印发日期 before the 成文日期: a document is printed and sent after it is signed (GB/T 9704 §7.4.3);
 * - the year of the 发文字号 (临政发〔2024〕7号) other than the 成文日期's: a 文号 is numbered in the year it is signed;
 * - a 总结's title naming years (2024年上半年…) none of which is its 时期's, or, without a 时期, neither the 成文日期's
 *   year nor the year before (a year's 总结 is signed in it or early in the next).
 */
export function reportDatesDisagree(data: DatedRecord, kind: string, source: RecordSource, bag: DiagnosticBag): void {
  // the whole value at fault, its carets under all of it
  const span = (path: Array<string | number>): { start?: Position; end?: Position } => {
    const value = source.locate(path)?.value ?? source.locateNearest(path);
    return { start: value?.start, end: value?.end };
  };
  const line = (path: Array<string | number>) => span(path).start?.line ?? 0;
  const signed = whole(data.signature?.date);
  const signedPath = ['signature', 'date'];
  const printed = whole(data.printDate);
  if (signed && printed && compareDates(printed, signed) < 0) {
    bag.warn('date-disagrees', say('print-date-before-signed', { printed: formatDate(printed), signed: formatDate(signed), line: line(signedPath) }), {
      ...span(['printDate']), path: ['printDate'],
    });
  }
  const numbered = typeof data.docNumber === 'string' ? /〔(\d{4})〕/u.exec(formatDocNumber(data.docNumber))?.[1] : data.docNumber?.year;
  if (signed && numbered !== undefined && Number(numbered) !== signed.year) {
    bag.warn('date-disagrees', say('doc-number-year', { numbered: Number(numbered), signed: formatDate(signed), line: line(signedPath) }), {
      ...span(['docNumber']), path: ['docNumber'],
    });
  }
  // a 纪要 dated before the meeting it records (a slip in one of the two days)
  const met = whole(data.date);
  if (kind === 'minutes' && met && signed && compareDates(signed, met) < 0) {
    bag.warn('date-disagrees', say('signed-before-meeting', { signed: formatDate(signed), met: formatDate(met), line: line(['date']) }), {
      ...span(signedPath), path: signedPath,
    });
  }
  if (kind === 'speech') return reportStaleYears(data, span, line, bag);
  if (kind !== 'summary') return;
  const title = Array.isArray(data.title) ? data.title.join('') : data.title ?? '';
  const years = [...new Set(title.match(/\d{4}(?=年)/gu)?.map(Number) ?? [])];
  if (!years.length) return;
  const period = data.period === undefined ? undefined : parsePeriod(data.period);
  if (period) {
    if (!years.some((y) => y >= period.start.year && y <= period.end.year)) {
      bag.warn('date-disagrees', say('title-year-period', { years, period: period.label, line: line(['period']) }), { ...span(['title']), path: ['title'] });
    }
  } else if (signed && !years.some((y) => y === signed.year || y === signed.year - 1)) {
    bag.warn('date-disagrees', say('title-year-signed', { years, signed: formatDate(signed), line: line(signedPath) }), { ...span(['title']), path: ['title'] });
  }
}

/** What a speech's opening says it does with a year: 总结2024年…, 回顾2024年…, 部署2025年…, 安排今年…. */
const LOOKS_BACK = /(?:总结|回顾)(?:了)?(\d{4})年/gu;
const LOOKS_AHEAD = /(?:部署|安排)(?:好)?(\d{4})年/gu;

/**
 * A speech copied from last year's: its opening says it sums up a year other than the one before its own (总结2024年… in a
 * speech of 2026) or lays out one other than its own (部署2025年工作): a warning at the opening, with the speech's year
 * (its 日期's, else its title's) and where that is.
 */
function reportStaleYears(
  data: DatedRecord, span: (path: Array<string | number>) => { start?: Position; end?: Position }, line: (path: Array<string | number>) => number, bag: DiagnosticBag,
): void {
  const title = Array.isArray(data.title) ? data.title.join('') : data.title ?? '';
  const dated = whole(data.date)?.year;
  const titled = /(\d{4})年/u.exec(title)?.[1];
  const year = dated ?? (titled === undefined ? undefined : Number(titled));
  if (year === undefined) return;
  // (its line is placed only for a warning said: a position of a record read plainly runs the whole yaml parse)
  const where = () => (dated !== undefined ? { key: '日期', line: line(['date']) } : { key: '标题', line: line(['title']) });
  (data.opening ?? []).forEach((paragraph, i) => {
    const stale = [
      ...[...paragraph.matchAll(LOOKS_BACK)].filter((m) => Number(m[1]) !== year - 1 && Number(m[1]) !== year),
      ...[...paragraph.matchAll(LOOKS_AHEAD)].filter((m) => Number(m[1]) !== year && Number(m[1]) !== year + 1),
    ];
    if (!stale.length) return;
    // (an opening typed on one line is one paragraph, said at that line)
    const path = (data.opening?.length ?? 0) > 1 ? ['opening', i] : ['opening'];
    const { key, line: at } = where();
    bag.warn('date-disagrees', say('speech-stale-year', { said: stale.map((m) => m[0]), year, key, line: at }), { ...span(path), path });
  });
}
