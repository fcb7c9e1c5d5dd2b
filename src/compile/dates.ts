import { readDigits, readSmallNumber, SMALL_NUMERAL, toChineseDigits, toChineseNumber } from '../zh/numerals.js';

/**
 * A calendar date as a record gives it; the year may be missing ("6月30日") or a placeholder ("20XX").
 * A date typed with a time of day (2024年4月12日上午9:00) keeps the time as typed; a weekday typed
 * after it (（星期二）) is kept too.
 */
export interface DateParts {
  year?: number | string;
  month?: number;
  day?: number;
  /** The time of day as typed: 上午9:00, 下午3时, 晚7时30分, 上午. */
  time?: string;
  /** 星期二, as typed (周二 is written 星期二). */
  weekday?: string;
}

export type DateStyle = 'arabic' | 'chinese';

/** The forms a date may be typed in, for messages. */
export const DATE_FORMS = '2024-06-18, 2024/6/18, 2024.6.18, 2024年6月18日, 二〇二四年六月十八日, 6月18日, 20XX年6月18日; a time may follow: 2024年6月18日上午9:00, 6月18日下午3时';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const PART_OF_DAY = '(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚|夜间)';
const CLOCK = '(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}[时点](?:\\d{1,2}分|半|整)?)';
/** A time of day, or a range of them: 上午9:00, 下午3时, 9:00, 上午9:00至11:30, 下午. */
const TIME = new RegExp(`^(?:${PART_OF_DAY}?${CLOCK}(?:[至到\\-—~－]${PART_OF_DAY}?${CLOCK})?|${PART_OF_DAY})$`, 'u');
const WEEKDAY = /[(（]?(?:星期|礼拜|周)([一二三四五六日天])[)）]?/u;

const MONTH_DAY_PART = `(\\d{1,2}|${SMALL_NUMERAL})月(?:(\\d{1,2}|${SMALL_NUMERAL})[日号])?`;
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4}|20[Xx]{2}|[Xx]{4}|[〇○零Ｏ一二三四五六七八九]{4})年(?:${MONTH_DAY_PART})?`, 'u');
const MONTH_DAY = new RegExp(`^${MONTH_DAY_PART}`, 'u');

type Parsed = { parts: DateParts; rest: string };

/** The date at the start of a text; what follows it (a weekday, a time) is left in `rest`. */
function leadingDate(text: string): Parsed | undefined {
  let m = text.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:日)?/);
  if (m) return { parts: { year: +m[1]!, month: +m[2]!, day: +m[3]! }, rest: text.slice(m[0].length) };
  m = text.match(YEAR_MONTH_DAY);
  if (m) {
    const y = m[1]!;
    const year = /^\d+$/.test(y) ? +y : /[Xx]/.test(y) ? y.toUpperCase() : readDigits(y);
    const num = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? +s : readSmallNumber(s));
    return { parts: { year, month: num(m[2]), day: num(m[3]) }, rest: text.slice(m[0].length) };
  }
  m = text.match(/^(\d{4})[-/.](\d{1,2})(?![-/.\d])/);
  if (m) return { parts: { year: +m[1]!, month: +m[2]! }, rest: text.slice(m[0].length) };
  m = text.match(MONTH_DAY);
  if (m) {
    const num = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? +s : readSmallNumber(s));
    return { parts: { month: num(m[1]), day: num(m[2]) }, rest: text.slice(m[0].length) };
  }
  return undefined;
}

/** Why a text is not a date: undefined when it is one. For messages, which then give DATE_FORMS. */
export function dateProblem(input: unknown): string | undefined {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'not a date' : undefined;
  if (typeof input !== 'string') return 'not a date';
  const text = input.trim().replace(/\s+/g, '');
  const found = leadingDate(text);
  if (!found) return `"${input}" is not in a date form this reads`;
  const { parts } = found;
  if (parts.year === 0) return 'there is no year 0';
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return `there is no month ${parts.month}`;
  if (!isValidDate(parts)) return `${formatDate({ ...parts, time: undefined, weekday: undefined })} does not exist`;
  let rest = found.rest;
  const w = rest.match(WEEKDAY);
  if (w && w.index === 0) {
    rest = rest.slice(w[0].length);
    const day = weekdayOf(parts);
    const typed = w[1] === '天' ? '日' : w[1]!;
    if (day !== undefined && day !== typed) return `${formatDate({ ...parts, time: undefined, weekday: undefined })} is a 星期${day}, not 星期${typed}`;
  }
  if (rest !== '' && !TIME.test(rest)) return `"${rest}" after the date is not a time of day`;
  return undefined;
}

/** The weekday of a full date (日 for Sunday), undefined without a year. */
function weekdayOf(d: DateParts): string | undefined {
  if (typeof d.year !== 'number' || d.month === undefined || d.day === undefined) return undefined;
  return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
}

/**
 * Parses the date forms records use (DATE_FORMS), with a time of day and a weekday after it;
 * undefined when the text is not a date or the day does not exist (dateProblem says why).
 */
export function parseDate(input: unknown): DateParts | undefined {
  if (input instanceof Date && !Number.isNaN(input.getTime())) {
    return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() };
  }
  if (typeof input !== 'string' || dateProblem(input) !== undefined) return undefined;
  const text = input.trim().replace(/\s+/g, '');
  const { parts, rest } = leadingDate(text)!;
  const out: DateParts = { ...parts };
  for (const k of ['year', 'month', 'day'] as const) if (out[k] === undefined) delete out[k];
  let time = rest;
  const w = time.match(WEEKDAY);
  if (w && w.index === 0) {
    out.weekday = `星期${w[1] === '天' ? '日' : w[1]}`;
    time = time.slice(w[0].length);
  }
  // 9：00 typed with a full-width colon is 9:00; 09:00 is 9:00 (GB/T 15835: no leading zero)
  if (time) out.time = time.replace(/：/g, ':').replace(/(^|[^\d])0(\d[:时点])/gu, '$1$2');
  return out;
}

export function isValidDate(d: DateParts): boolean {
  if (d.year === 0) return false;
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return false;
  if (d.day !== undefined) {
    if (d.month === undefined) return false;
    const year = typeof d.year === 'number' ? d.year : 2000; // a leap year when unknown
    const days = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
    if (d.day < 1 || d.day > days) return false;
  }
  return true;
}

/**
 * 2009年1月24日 (GB/T 9704 §7.3.5: Arabic numerals, full year, no leading zeros),
 * or 二〇〇九年一月二十四日 where a template or record asks for the older style.
 * The date only: formatDateTime adds the weekday and time of day.
 */
export function formatDate(d: DateParts, style: DateStyle = 'arabic'): string {
  const num = (n: number) => (style === 'chinese' ? toChineseNumber(n) : String(n));
  let out = '';
  if (d.year !== undefined) out += (style === 'chinese' && typeof d.year === 'number' ? toChineseDigits(d.year) : String(d.year)) + '年';
  if (d.month !== undefined) out += num(d.month) + '月';
  if (d.day !== undefined) out += num(d.day) + '日';
  return out;
}

/** The date with the weekday and the time of day typed with it: 2024年6月18日（星期二）上午9:00. */
export function formatDateTime(d: DateParts, style: DateStyle = 'arabic', time = d.time): string {
  return formatDate(d, style) + (d.weekday ? `（${d.weekday}）` : '') + (time ?? '');
}

/** The year written digit by digit: 2009 → 二〇〇九年. */
export function formatYear(year: number | string, style: DateStyle = 'arabic'): string {
  return (style === 'chinese' && typeof year === 'number' ? toChineseDigits(year) : String(year)) + '年';
}
