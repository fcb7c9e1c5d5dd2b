import type { DiagnosticBag, Position } from '../diagnostics/diagnostic.js';
import { say } from '../diagnostics/messages/index.js';
import { compareDates, formatDate, type DateParts } from '../zh/dates.js';
import { parsePeriod } from '../zh/period.js';
import { formatDocNumber } from '../zh/punctuation.js';
import type { RecordSource } from './readRecord.js';

interface DatedRecord {
  title?: string | string[];
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
