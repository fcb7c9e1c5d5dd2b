import { toArabicNumerals } from '../zh/numerals.js';
import { isRealDate } from '../registers/cells.js';
import type { CalendarDate } from '../registers/types.js';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'range' | 'all';

/** A span of whole days, both ends included. */
export interface Period {
  kind: PeriodKind;
  /** First day. */
  start: CalendarDate;
  /** Last day (included). */
  end: CalendarDate;
  /** Canonical form: 2009, 2009H1, 2009Q3, 2009-05, 2009-01-01..2009-06-30; `all` for a whole register. */
  code: string;
  /** As a 总结 writes it: 2009年, 2009年上半年, 2009年第三季度, 2009年5月, 2009年1月1日至6月30日. */
  label: string;
}

export const PERIOD_FORMS =
  '2009, 2009H1, 2009Q3, 2009-05, 2009-01-01..2009-06-30, or 2009年上半年 (二〇〇九年上半年), 2009年第三季度, 2009年5月, 2009年1月1日至6月30日';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const CN_QUARTER = ['', '一', '二', '三', '四'];

function day(year: number, month: number, d: number): CalendarDate {
  return { year, month, day: d };
}

function lastDay(year: number, month: number): CalendarDate {
  return day(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: CalendarDate) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

export function yearPeriod(year: number): Period {
  return { kind: 'year', start: day(year, 1, 1), end: day(year, 12, 31), code: String(year), label: `${year}年` };
}

export function halfPeriod(year: number, half: 1 | 2): Period {
  const start = day(year, half === 1 ? 1 : 7, 1);
  const end = half === 1 ? day(year, 6, 30) : day(year, 12, 31);
  return { kind: 'half', start, end, code: `${year}H${half}`, label: `${year}年${half === 1 ? '上' : '下'}半年` };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return { kind: 'quarter', start: day(year, first, 1), end: lastDay(year, first + 2), code: `${year}Q${quarter}`, label: `${year}年第${CN_QUARTER[quarter]}季度` };
}

export function monthPeriod(year: number, month: number): Period {
  return { kind: 'month', start: day(year, month, 1), end: lastDay(year, month), code: `${year}-${pad(month)}`, label: `${year}年${month}月` };
}

export function rangePeriod(start: CalendarDate, end: CalendarDate): Period {
  const startLabel = `${start.year}年${start.month}月${start.day}日`;
  const endLabel = `${end.year === start.year ? '' : `${end.year}年`}${end.month}月${end.day}日`;
  return { kind: 'range', start, end, code: `${iso(start)}..${iso(end)}`, label: `${startLabel}至${endLabel}` };
}

/** The whole of what registers hold, from their first to their last date. */
export function allPeriod(start: CalendarDate, end: CalendarDate): Period {
  return { kind: 'all', start, end, code: 'all', label: '全部' };
}

const DATE = String.raw`(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)`;
const END_DATE = String.raw`(?:(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)|(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)`;
const RANGE = new RegExp(String.raw`^${DATE}\s*(?:\.\.|至|到|~|～|—+|--)\s*${END_DATE}$`);

function dateFrom(y: string | undefined, m1: string | undefined, d1: string | undefined, m2: string | undefined, d2: string | undefined): CalendarDate | undefined {
  if (!y) return undefined;
  const year = +y;
  const month = +(m1 ?? m2 ?? NaN);
  const dd = +(d1 ?? d2 ?? NaN);
  return isRealDate(year, month, dd) ? day(year, month, dd) : undefined;
}

/**
 * Reads a period: `2009`, `2009H1`, `2009Q3`, `2009-05`, `2009-01-01..2009-06-30`,
 * or as a 总结 writes it: `2009年`, `2009年上半年`, `2009年第三季度` (or 第3季度),
 * `2009年5月`, `2009年1月1日至6月30日` — the year, months and days in Arabic or Chinese
 * numerals (二〇〇九年上半年, 二〇〇九年第三季度, 二〇〇九年五月). Undefined when the text is none of these
 * or names a day that does not exist, or a range ends before it starts.
 */
export function parsePeriod(input: string): Period | undefined {
  const text = toArabicNumerals(input.trim().replace(/\s+/g, ' '));
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})\s*(?:年|年度|年全年)?$/.exec(text))) return yearPeriod(+m[1]);
  if ((m = /^(\d{4})\s*[Hh]\s*([12])$/.exec(text))) return halfPeriod(+m[1], +m[2] as 1 | 2);
  if ((m = /^(\d{4})\s*年?\s*(上|下)半年$/.exec(text))) return halfPeriod(+m[1], m[2] === '上' ? 1 : 2);
  if ((m = /^(\d{4})\s*[Qq]\s*([1-4])$/.exec(text))) return quarterPeriod(+m[1], +m[2]);
  if ((m = /^(\d{4})\s*年?\s*第?\s*([1-4一二三四])\s*季度?$/.exec(text))) return quarterPeriod(+m[1], CN_DIGITS[m[2]]);
  if ((m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(text)) || (m = /^(\d{4})\s*年\s*(\d{1,2})\s*月份?$/.exec(text))) {
    const month = +m[2];
    return month >= 1 && month <= 12 ? monthPeriod(+m[1], month) : undefined;
  }
  if ((m = RANGE.exec(text))) {
    const start = dateFrom(m[1], m[2], m[3], m[4], m[5]);
    if (!start) return undefined;
    const end = m[6] ? dateFrom(m[6], m[7], m[8], m[9], m[10]) : dateFrom(String(start.year), m[11], m[12], undefined, undefined);
    if (!end || compareDates(end, start) < 0) return undefined;
    return rangePeriod(start, end);
  }
  return undefined;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Days since 1970-01-01. */
function toDays(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

function fromDays(n: number): CalendarDate {
  const d = new Date(n * 86_400_000);
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function shiftYear(d: CalendarDate, by: number): CalendarDate {
  const year = d.year + by;
  // 29 February of a leap year becomes 28 February.
  return isRealDate(year, d.month, d.day) ? day(year, d.month, d.day) : day(year, d.month, d.day - 1);
}

/**
 * The period just before (环比): the year, half, quarter or month before; for
 * a range, the range of the same number of days ending the day before it starts.
 */
export function previousPeriod(p: Period): Period | undefined {
  const y = p.start.year;
  switch (p.kind) {
    case 'year': return yearPeriod(y - 1);
    case 'half': return p.start.month === 1 ? halfPeriod(y - 1, 2) : halfPeriod(y, 1);
    case 'quarter': {
      const q = (p.start.month - 1) / 3 + 1;
      return q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1);
    }
    case 'month': return p.start.month === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, p.start.month - 1);
    case 'range': {
      const length = toDays(p.end) - toDays(p.start) + 1;
      return rangePeriod(fromDays(toDays(p.start) - length), fromDays(toDays(p.start) - 1));
    }
    case 'all': return undefined;
  }
}

/** The same period a year earlier (同比). For a year that is the year before, as 环比. */
export function samePeriodLastYear(p: Period): Period | undefined {
  const y = p.start.year;
  switch (p.kind) {
    case 'year': return yearPeriod(y - 1);
    case 'half': return halfPeriod(y - 1, p.start.month === 1 ? 1 : 2);
    case 'quarter': return quarterPeriod(y - 1, (p.start.month - 1) / 3 + 1);
    case 'month': return monthPeriod(y - 1, p.start.month);
    case 'range': return rangePeriod(shiftYear(p.start, -1), shiftYear(p.end, -1));
    case 'all': return undefined;
  }
}

/** Whether a day falls in a period. */
export function periodContains(p: Period, d: CalendarDate): boolean {
  return compareDates(d, p.start) >= 0 && compareDates(d, p.end) <= 0;
}

/** The period in JSON: `{code, label, start, end}` with ISO dates. */
export function periodJson(p: Period): { code: string; label: string; start: string; end: string } {
  return { code: p.code, label: p.label, start: iso(p.start), end: iso(p.end) };
}
