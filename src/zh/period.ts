import { compareDates, formatDate, isoDate, isValidDate, parseDate, type CalendarDate, type DateStyle } from './dates.js';
import { toArabicNumerals, toChineseNumber } from './numerals.js';

/**
 * Periods of time as a 总结 names them and as `gongwen stats` counts them: a year, a half, a
 * quarter, a month, a run of whole months (1—10月) or a range of days — read from text, written as
 * label and span, and stepped back for 环比 and 同比.
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'months' | 'range' | 'all';

/** A span of whole days, both ends included. */
export interface Period {
  kind: PeriodKind;
  /** First day. */
  start: CalendarDate;
  /** Last day (included). */
  end: CalendarDate;
  /** Canonical form: 2009, 2009H1, 2009Q3, 2009-05, 2009-01..2009-10, 2009-01-01..2009-06-30; `all` for a whole register. */
  code: string;
  /** As a 总结 writes it: 2009年, 2009年上半年, 2009年第三季度, 2009年5月, 2009年1月至10月, 2009年1月1日至6月30日. */
  label: string;
}

export const PERIOD_FORMS =
  '2009, 2009H1, 2009Q3, 2009-05, 2009-01..2009-10, 2009-01-01..2009-06-30, or 2009年上半年 (二〇〇九年上半年), 2009年第三季度, 2009年5月, 2009年1月至10月 (2009年1-10月), 2009年1月1日至6月30日';

const QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function day(year: number, month: number, d: number): CalendarDate {
  return { year, month, day: d };
}

function lastDay(year: number, month: number): CalendarDate {
  return day(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A period with its label, written as a 总结 writes it in Arabic numerals (periodLabel). */
function period(kind: PeriodKind, start: CalendarDate, end: CalendarDate, code: string): Period {
  const p = { kind, start, end, code, label: '' };
  p.label = kind === 'all' ? '全部' : periodLabel(p, 'arabic');
  return p;
}

function yearPeriod(year: number): Period {
  return period('year', day(year, 1, 1), day(year, 12, 31), String(year));
}

function halfPeriod(year: number, half: 1 | 2): Period {
  const start = day(year, half === 1 ? 1 : 7, 1);
  const end = half === 1 ? day(year, 6, 30) : day(year, 12, 31);
  return period('half', start, end, `${year}H${half}`);
}

function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return period('quarter', day(year, first, 1), lastDay(year, first + 2), `${year}Q${quarter}`);
}

function monthPeriod(year: number, month: number): Period {
  return period('month', day(year, month, 1), lastDay(year, month), `${year}-${pad(month)}`);
}

/** The whole months from `from` to `to` (1-based, `to` may be in a later year): 2009-01..2009-10. */
function monthsPeriod(fromYear: number, fromMonth: number, toYear: number, toMonth: number): Period {
  return period('months', day(fromYear, fromMonth, 1), lastDay(toYear, toMonth), `${fromYear}-${pad(fromMonth)}..${toYear}-${pad(toMonth)}`);
}

/** The separator of a range of days: 2009-01-01..2009-06-30, 2009年1月1日至6月30日, 到, ~, —. */
const RANGE_SEPARATOR = /\.\.|至|到|~|～|—+|--/u;
/** Between months also a hyphen (1-10月), which between days would be read as a date's (2009-01-01). */
const MONTHS_SEPARATOR = String.raw`\s*(?:${RANGE_SEPARATOR.source}|–|-|－)\s*`;
const MONTHS_IN_ONE_YEAR = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月?${MONTHS_SEPARATOR}(\d{1,2})\s*月份?$`, 'u');
const MONTHS_ACROSS_YEARS = new RegExp(String.raw`^(\d{4})\s*(?:年\s*(\d{1,2})\s*月|-(\d{1,2}))${MONTHS_SEPARATOR}(\d{4})\s*(?:年\s*(\d{1,2})\s*月|-(\d{1,2}))$`, 'u');

/**
 * A run of whole months as a 总结's 时期 writes it: 2009年1月至10月, 2009年1-10月, 2009年1至10月,
 * 2009年1—10月 (the dash GB/T 15834 §4.13 sets between times), 2008年11月至2009年2月; or the code,
 * 2009-01..2009-10. Undefined when a month is not 1–12 or the run does not go forward. One month
 * is a month (2009年5月); 1月至6月 stays as written (its 环比 and 同比 are those of the first half).
 */
function monthsRun(text: string): Period | undefined {
  let m: RegExpExecArray | null;
  let from: [number, number];
  let to: [number, number];
  if ((m = MONTHS_IN_ONE_YEAR.exec(text))) {
    from = [+m[1]!, +m[2]!];
    to = [+m[1]!, +m[3]!];
  } else if ((m = MONTHS_ACROSS_YEARS.exec(text))) {
    from = [+m[1]!, +(m[2] ?? m[3])!];
    to = [+m[4]!, +(m[5] ?? m[6])!];
  } else return undefined;
  if ([from[1], to[1]].some((month) => month < 1 || month > 12)) return undefined;
  const first = from[0] * 12 + from[1];
  const last = to[0] * 12 + to[1];
  if (last < first) return undefined;
  if (first === last) return monthPeriod(from[0], from[1]);
  return monthsPeriod(from[0], from[1], to[0], to[1]);
}

function rangePeriod(start: CalendarDate, end: CalendarDate): Period {
  return period('range', start, end, `${isoDate(start)}..${isoDate(end)}`);
}

/** The whole of what registers hold, from their first to their last date. */
export function allPeriod(start: CalendarDate, end: CalendarDate): Period {
  return period('all', start, end, 'all');
}


/** One end of a range: a whole day (zh/dates parseDate); the end may leave out the year (至6月30日). */
function rangeEnd(text: string, year?: number): CalendarDate | undefined {
  const d = parseDate(text);
  if (!d || d.time !== undefined || d.weekday !== undefined || d.month === undefined || d.day === undefined) return undefined;
  const y = d.year === undefined ? year : d.year;
  if (typeof y !== 'number') return undefined;
  const whole = day(y, d.month, d.day);
  return isValidDate(whole) ? whole : undefined;
}

/**
 * Reads a period: `2009`, `2009H1`, `2009Q3`, `2009-05`, `2009-01-01..2009-06-30`,
 * or as a 总结 writes it: `2009年`, `2009年上半年`, `2009年第三季度` (or 第3季度),
 * `2009年5月`, `2009年1月至10月` (`2009年1-10月`, monthsRun), `2009年1月1日至6月30日` — the year, months and days in Arabic or Chinese
 * numerals (二〇〇九年上半年, 二〇〇九年第三季度, 二〇〇九年五月). Undefined when the text is none of these
 * or names a day that does not exist, or a range ends before it starts.
 */
export function parsePeriod(input: string): Period | undefined {
  const text = toArabicNumerals(input.trim().replace(/\s+/g, ' '));
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})\s*(?:年|年度|年全年)?$/.exec(text))) return yearPeriod(+m[1]!);
  if ((m = /^(\d{4})\s*[Hh]\s*([12])$/.exec(text))) return halfPeriod(+m[1]!, +m[2]! as 1 | 2);
  if ((m = /^(\d{4})\s*年?\s*(上|下)半年$/.exec(text))) return halfPeriod(+m[1]!, m[2] === '上' ? 1 : 2);
  if ((m = /^(\d{4})\s*[Qq]\s*([1-4])$/.exec(text))) return quarterPeriod(+m[1]!, +m[2]!);
  if ((m = /^(\d{4})\s*年?\s*第?\s*([1-4一二三四])\s*季度?$/.exec(text))) return quarterPeriod(+m[1]!, QUARTER[m[2]!]!);
  if ((m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(text)) || (m = /^(\d{4})\s*年\s*(\d{1,2})\s*月份?$/.exec(text))) {
    const month = +m[2]!;
    return month >= 1 && month <= 12 ? monthPeriod(+m[1]!, month) : undefined;
  }
  const months = monthsRun(text);
  if (months) return months;
  const sep = RANGE_SEPARATOR.exec(text);
  if (sep) {
    const start = rangeEnd(text.slice(0, sep.index));
    const end = start && rangeEnd(text.slice(sep.index + sep[0].length), start.year);
    if (!start || !end || compareDates(end, start) < 0) return undefined;
    return rangePeriod(start, end);
  }
  return undefined;
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
  const moved = day(d.year + by, d.month, d.day);
  // 29 February of a leap year becomes 28 February.
  return isValidDate(moved) ? moved : day(moved.year, d.month, d.day - 1);
}

/** The first and the last month of as many months as `p` spans, ending with the month before it begins. */
function monthsBefore(p: Pick<Period, 'start' | 'end'>): [{ year: number; month: number }, { year: number; month: number }] {
  const first = p.start.year * 12 + p.start.month - 1; // p's first month, counted from year 0
  const count = p.end.year * 12 + p.end.month - first;
  const at = (n: number) => ({ year: Math.floor(n / 12), month: (n % 12) + 1 });
  return [at(first - count), at(first - 1)];
}

/** A range of days from the first of a month to the last of a month (2009年1月1日至6月30日). */
function wholeMonths(p: Period): boolean {
  return p.start.day === 1 && p.end.day === lastDay(p.end.year, p.end.month).day;
}

/**
 * The period just before (环比): the year, half, quarter or month before; for a run of months, or
 * a range of days that is whole months, as many months ending the month before; for another range,
 * the range of the same number of days ending the day before it starts.
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
    case 'months': {
      // as many months, ending with the month before: 2009年1月至10月 → 2008年3月至12月
      const [from, to] = monthsBefore(p);
      return monthsPeriod(from.year, from.month, to.year, to.month);
    }
    case 'range': {
      // whole months written as days (2009年1月1日至6月30日): as many months before (2008年7月1日至12月31日),
      // not as many days (which began on 7月4日)
      if (wholeMonths(p)) {
        const [from, to] = monthsBefore(p);
        return rangePeriod(day(from.year, from.month, 1), lastDay(to.year, to.month));
      }
      const length = toDays(p.end) - toDays(p.start) + 1;
      return rangePeriod(fromDays(toDays(p.start) - length), fromDays(toDays(p.start) - 1));
    }
    case 'all': return undefined;
  }
}

/** The same period a year earlier (同比). For a year that is the year before, as 环比; whole months, the same months. */
export function samePeriodLastYear(p: Period): Period | undefined {
  const y = p.start.year;
  switch (p.kind) {
    case 'year': return yearPeriod(y - 1);
    case 'half': return halfPeriod(y - 1, p.start.month === 1 ? 1 : 2);
    case 'quarter': return quarterPeriod(y - 1, (p.start.month - 1) / 3 + 1);
    case 'month': return monthPeriod(y - 1, p.start.month);
    case 'months': return monthsPeriod(y - 1, p.start.month, p.end.year - 1, p.end.month);
    case 'range':
      // whole months written as days: the same months a year before (2025年2月1日至28日 → 2024年2月1日至29日)
      return wholeMonths(p)
        ? rangePeriod(day(y - 1, p.start.month, 1), lastDay(p.end.year - 1, p.end.month))
        : rangePeriod(shiftYear(p.start, -1), shiftYear(p.end, -1));
    case 'all': return undefined;
  }
}

/** Whether a day falls in a period. */
export function periodContains(p: Period, d: CalendarDate): boolean {
  return compareDates(d, p.start) >= 0 && compareDates(d, p.end) <= 0;
}

/** The period in JSON: `{code, label, start, end}` with ISO dates. */
export function periodJson(p: Period): { code: string; label: string; start: string; end: string } {
  return { code: p.code, label: p.label, start: isoDate(p.start), end: isoDate(p.end) };
}

/**
 * A period as a 总结 names it, in a date style: 2009年, 2009年上半年, 2009年第三季度, 2009年5月,
 * 2009年1月1日至6月30日 — or 二〇〇九年上半年 … in the older style.
 */
export function periodLabel(p: Pick<Period, 'kind' | 'start' | 'end'>, style: DateStyle = 'arabic'): string {
  const year = formatDate({ year: p.start.year }, style);
  switch (p.kind) {
    case 'year':
      return year;
    case 'half':
      return `${year}${p.start.month === 1 ? '上' : '下'}半年`;
    case 'quarter':
      return `${year}第${toChineseNumber((p.start.month + 2) / 3)}季度`;
    case 'month':
      return formatDate({ year: p.start.year, month: p.start.month }, style);
    case 'months': {
      const end = p.end.year === p.start.year ? { month: p.end.month } : { year: p.end.year, month: p.end.month };
      return `${formatDate({ year: p.start.year, month: p.start.month }, style)}至${formatDate(end, style)}`;
    }
    default: {
      const end = p.end.year === p.start.year ? { month: p.end.month, day: p.end.day } : p.end;
      return `${formatDate(p.start, style)}至${formatDate(end, style)}`;
    }
  }
}

/** The months a period spans: 2009年1月至6月 for a half or a quarter; a year is 2009年, not 2009年1月至12月. */
export function periodSpan(p: Pick<Period, 'kind' | 'start' | 'end'>, style: DateStyle = 'arabic'): string {
  if (p.kind !== 'half' && p.kind !== 'quarter') return periodLabel(p, style);
  return `${formatDate({ year: p.start.year }, style)}${formatDate({ month: p.start.month }, style)}至${formatDate({ month: p.end.month }, style)}`;
}

/** How a 总结 names its period: label (2009年上半年) and span (2009年1月至6月). */
export interface PeriodText {
  label: string;
  span: string;
}

/**
 * How a 总结 writes its period, in the document's one date style (Arabic numerals unless the
 * record's 日期格式 is 汉字): 2009 → 2009年; 2009H1 → 2009年上半年 (span 2009年1月至6月); 2009Q3 →
 * 2009年第三季度 (span 2009年7月至9月); 2009-05 → 2009年5月; 2009-01-01..2009-06-30 → 2009年1月1日至6月30日;
 * or 二〇〇九年上半年 and 二〇〇九年一月至六月. A period written in Chinese numerals is read all the same;
 * one that is not a period but starts with a year in Chinese numerals (二〇〇九年春季) is kept as
 * written. Undefined for other text.
 */
export function describePeriod(text: string, style: DateStyle = 'arabic'): PeriodText | undefined {
  const t = text.trim();
  const p = parsePeriod(t);
  if (!p) {
    if (!/^[〇○零一二三四五六七八九十]{4}年/u.test(t)) return undefined;
    const kept = t.replace(/○/gu, '〇');
    return { label: kept, span: kept };
  }
  return { label: periodLabel(p, style), span: periodSpan(p, style) };
}
