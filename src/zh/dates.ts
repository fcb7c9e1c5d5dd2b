import { isHan } from './cjk.js';
import { halfWidthDigits, readDigits, readSmallNumber, SMALL_NUMERAL, toChineseDigits, toChineseNumber } from './numerals.js';

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

/** A whole day, as registers date their rows and periods begin and end. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type DateStyle = 'arabic' | 'chinese';

/** The forms a date may be typed in, for messages. */
export const DATE_FORMS = '2024-06-18, 2024/6/18, 2024.6.18, 2024年6月18日, 二〇二四年六月十八日, 6月18日, 20XX年6月18日; a time may follow: 2024年6月18日上午9:00, 6月18日下午3时';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
// (早 and 晚 alone before a clock as a notice writes them: 每天早6点至晚9点; 早一点, 早发现 have no clock after them)
export const PART_OF_DAY = '(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚|夜间|早)';
/** The day after, before the end of a range of times that runs over midnight: 晚8时至次日早6时, 上午8:30至次日上午8:30. */
const NEXT_DAY = '(?:次日|翌日|第二天)';
/** A time that begins with its part of the day (上午9:00, 清晨6时, 晚7时): a 纪要's 时段 beside it must agree. */
export const BEGINS_WITH_PART_OF_DAY = new RegExp(`^${PART_OF_DAY}`, 'u');
/** The hour of a clock said in Chinese numerals: 一点 … 十二点, 两点 (readSmallNumber reads them). */
const HOUR_NUMERAL = '十[一二]?|[一二两三四五六七八九]';
/**
 * What follows a said clock that makes it no time of day, or one with no written form as short: 9点过5分, 9点多, 9点40秒,
 * 两点三十分, 3点半小时内, 10点一刻钟后, and a count after a part of the day (上午三点要求已传达). A clock so followed is left as typed.
 */
const NOT_A_SAID_TIME = '(?![\\d过多秒钟半刻零一二三四五六七八九十]|小时|要求|意见|建议|工作|措施|体会|希望|打算|内容|精神)';
/** A clock said (9点, 9点钟, 3点半, 10点一刻, 9点40, 9点30分, 9点整, 两点, 九点半), its hour one of `hours`: the hour and what follows its 点. */
const saidClock = (hours: string) => `(${hours})点(?:钟)?(半|一刻|三刻|整|\\d{1,2}分?)?${NOT_A_SAID_TIME}`;
/** A said clock in a time of its own (时间: …下午一点): any hour. */
const SAID_CLOCK = saidClock(`\\d{1,2}|${HOUR_NUMERAL}`);
/** The hour of a said clock in running text: not 一点, which after 晚 or 早 is "a little" (晚一点再走) far more often than one o'clock. */
const HOUR_IN_TEXT = '\\d{1,2}|十[一二]?|[二两三四五六七八九]';
/** A said clock in running text (its hour HOUR_IN_TEXT). */
const SAID_CLOCK_IN_TEXT = saidClock(HOUR_IN_TEXT);
/** A clock typed as written (9:00, 9时30分, 9时半, 9时整) or as said (SAID_CLOCK): what a time of day may hold. */
const CLOCK = `(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}时(?:\\d{1,2}分|半|整)?|${SAID_CLOCK})`;
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

/**
 * Why a text is not a date, as the message catalogue's id and the values it is made from
 * (src/diagnostics/messages/records.ts, "dates"); this ground floor puts nothing into words.
 */
export type DateProblem =
  | { id: 'date-not-date'; values: Record<never, never> }
  | { id: 'date-form'; values: { text: string } }
  | { id: 'date-year-zero'; values: Record<never, never> }
  | { id: 'date-year-early'; values: { year: number } }
  | { id: 'date-month'; values: { month: number } }
  | { id: 'date-invalid'; values: { date: string } }
  | { id: 'date-weekday'; values: { date: string; day: string; typed: string } }
  | { id: 'date-time'; values: { text: string } };

/** A date as its readers take it: without spaces, its digits half-width (a phone's keyboard types ２０２６年１０月９日). */
const dateText = (input: string) => halfWidthDigits(input.trim().replace(/\s+/g, ''));

/** Why a text is not a date: undefined when it is one. For messages, which then give DATE_FORMS. */
export function dateProblem(input: unknown): DateProblem | undefined {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? { id: 'date-not-date', values: {} } : undefined;
  if (typeof input !== 'string') return { id: 'date-not-date', values: {} };
  const text = dateText(input);
  const found = leadingDate(text);
  if (!found) return { id: 'date-form', values: { text: input } };
  const { parts } = found;
  if (parts.year === 0) return { id: 'date-year-zero', values: {} };
  if (typeof parts.year === 'number' && parts.year < 1000) return { id: 'date-year-early', values: { year: parts.year } };
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return { id: 'date-month', values: { month: parts.month } };
  const date = () => formatDate({ ...parts, time: undefined, weekday: undefined });
  if (!isValidDate(parts)) return { id: 'date-invalid', values: { date: date() } };
  let rest = found.rest;
  const w = rest.match(WEEKDAY);
  if (w && w.index === 0) {
    rest = rest.slice(w[0].length);
    const day = weekdayOf(parts);
    const typed = w[1] === '天' ? '日' : w[1]!;
    if (day !== undefined && day !== typed) return { id: 'date-weekday', values: { date: date(), day, typed } };
  }
  if (rest !== '' && !TIME.test(rest)) return { id: 'date-time', values: { text: rest } };
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
  const text = dateText(input);
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

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; a February of an unknown year has 29 (6月30日 and 2月29日 may be dated without a year). */
function daysInMonth(year: number | undefined, month: number): number {
  return [31, year === undefined || isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Whether a date exists: a four-digit year (or none, or a placeholder such as 20XX), a month 1–12,
 * a day that month has. The one valid-day check of records, registers and periods.
 */
export function isValidDate(d: DateParts): boolean {
  const year = typeof d.year === 'number' ? d.year : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year >= 1000 && year <= 9999)) return false;
  if (d.month !== undefined && !(Number.isInteger(d.month) && d.month >= 1 && d.month <= 12)) return false;
  if (d.day !== undefined) {
    if (d.month === undefined || !Number.isInteger(d.day)) return false;
    if (d.day < 1 || d.day > daysInMonth(year, d.month)) return false;
  }
  return true;
}

/**
 * A whole day from text, as a register cell or a period gives it: every form parseDate reads
 * (2009-01-24, 2009/1/24, 2009年1月24日, 二〇〇九年一月二十四日) with a year, month and day, or 20090124,
 * and a time after it ignored (2009-01-24 09:30:00, 2009-01-24T00:00:00Z). Undefined for empty text;
 * `'invalid'` for a day that does not exist (2009-02-30) or any other text.
 */
export function parseDay(input: string): CalendarDate | 'invalid' | undefined {
  const text = halfWidthDigits(input.trim());
  if (text === '') return undefined;
  const quick = quickDay(text);
  if (quick !== undefined) return quick;
  // 20090124, as spreadsheets export dates, is 2009-01-24; a time after an ISO date is no part of the day
  const day = text.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3').replace(/^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[T\s].*$/su, '$1');
  const found = leadingDate(/\s/.test(day) ? day.replace(/\s+/g, '') : day);
  // a date alone is read at once; one with a weekday or a time after it is checked as parseDate checks it
  const parts = found?.rest === '' ? (isValidDate(found.parts) ? found.parts : undefined) : parseDate(day);
  if (!parts || typeof parts.year !== 'number' || parts.month === undefined || parts.day === undefined) return 'invalid';
  return { year: parts.year, month: parts.month, day: parts.day };
}

/**
 * 2009/1/24, 2009-01-24, 2009.1.24 and 20090124 without a regular expression (they are nearly
 * every cell of a large register); undefined when the text is in another form.
 */
function quickDay(text: string): CalendarDate | 'invalid' | undefined {
  const n = text.length;
  if (n < 8 || n > 10) return undefined;
  let i = 0;
  let year = 0;
  for (; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    year = year * 10 + c;
  }
  const sep = text.charCodeAt(4);
  if (n === 8 && sep >= 48 && sep <= 57) return compactDay(text, year);
  if (sep !== 47 /* / */ && sep !== 45 /* - */ && sep !== 46 /* . */) return undefined;
  const parts = [0, 0];
  i = 5;
  for (let p = 0; p < 2; p++) {
    const start = i;
    let v = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === sep) break;
      if (c < 48 || c > 57) return undefined;
      v = v * 10 + (c - 48);
    }
    if (i - start < 1 || i - start > 2) return undefined;
    parts[p] = v;
    if (p === 0) {
      if (text.charCodeAt(i) !== sep) return undefined;
      i++;
    }
  }
  if (i !== n) return undefined;
  const day = { year, month: parts[0]!, day: parts[1]! };
  return isValidDate(day) ? day : 'invalid';
}

/** 20090124, the year already read: the month and day of the last four digits. */
function compactDay(text: string, year: number): CalendarDate | 'invalid' | undefined {
  let md = 0;
  for (let i = 4; i < 8; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    md = md * 10 + c;
  }
  const day = { year, month: Math.floor(md / 100), day: md % 100 };
  return isValidDate(day) ? day : 'invalid';
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** 2009-01-24. */
export function isoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** A sortable integer, 20090124. */
export function dateKey(d: CalendarDate): number {
  return d.year * 10_000 + d.month * 100 + d.day;
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

const SAID_CLOCK_ALL = new RegExp(SAID_CLOCK, 'gu');
/** A said clock officeTime could not write, left in what it wrote: the time is then kept as typed, whole. */
const SAID_CLOCK_LEFT = new RegExp(`(?:\\d|${HOUR_NUMERAL})点`, 'u');
/** What a said time has after its 点, as a written one has it: 半 → 30分, 一刻 → 15分, 40 → 40分. */
const WRITTEN_MINUTES: Readonly<Record<string, string>> = { 半: '30分', 一刻: '15分', 三刻: '45分' };
/** A clock as a 公文 writes it (9时, 9时30分, 9:30), for the rules that read written times (zh/shortItems). */
export const WRITTEN_CLOCK = '\\d{1,2}(?:时(?:\\d{1,2}分)?|[:：]\\d{2})';

/**
 * What joins the two ends of a range of times written by officeTime (下午3时到5时30分, 晚上8时-10时): a 公文 writes 至
 * (prose.md "Ranges": in 公文 至 is the common habit) — 下午3时至5时30分. Times listed (、和及) keep what joins them.
 */
const RANGE_JOINED = new RegExp(`(?<=\\d时(?:\\d{1,2}分|整)?)[到\\-—~－～](?=${NEXT_DAY}?${PART_OF_DAY}?\\d)`, 'gu');

/**
 * A time of day as a 公文 writes it (GB/T 15835, prose.md: 上午9时30分): the 点 of speech is 时, its 半 30分 and its 一刻
 * 15分, and its hour said in Chinese numerals is written in digits — 上午9点 → 上午9时, 下午3点半 → 下午3时30分, 9点40 →
 * 9时40分, 下午两点 → 下午2时, 下午3点至5点 and 下午3点到5点 → 下午3时至5时 (RANGE_JOINED). A time typed with a colon
 * (上午9:30) or already in 时 is kept as typed, and so is one with a clock that has no written form as short
 * (下午3点到5点多): half of a range rewritten would read worse than none.
 */
export function officeTime(time: string): string {
  if (!time.includes('点')) return time;
  const written = time.replace(SAID_CLOCK_ALL, (_m, hour: string, after: string | undefined) => {
    const minutes = after === undefined ? '' : (WRITTEN_MINUTES[after] ?? (/^\d+$/u.test(after) ? `${after}分` : after));
    return `${/^\d+$/u.test(hour) ? hour : (readSmallNumber(hour) ?? hour)}时${minutes}`;
  });
  return SAID_CLOCK_LEFT.test(written) ? time : written.replace(RANGE_JOINED, '至');
}

/**
 * A time of day said in running text, its part of the day before it (上午9点, 下午3点半), with the end of its range
 * (下午3点到5点) and the times listed after it (下午2点、3点); or a quoted span — a title in 《》, words in quotation marks — in which nothing is rewritten.
 */
const SAID_TIME_OR_QUOTE = new RegExp(
  `《[^》]*》|“[^”]*”|‘[^’]*’|"[^"\\n]*"|「[^」]*」|(?<=${PART_OF_DAY})${SAID_CLOCK_IN_TEXT}(?:[到至\\-—~－～、和及]${NEXT_DAY}?${PART_OF_DAY}?${SAID_CLOCK_IN_TEXT})*(?![到至\\-—~－～、和及,，](?:\\d|${HOUR_NUMERAL}))`,
  'gu',
);

/** How every said time SAID_TIME_OR_QUOTE rewrites begins: its part of the day, its hour and 点. */
const SAID_TIME_START = new RegExp(`${PART_OF_DAY}(?:${HOUR_IN_TEXT})点`, 'u');

/**
 * The times of day in running text as a 公文 writes them (officeTime): 每天上午9点，下午3点各巡山一次 → 上午9时，下午3时; only a
 * time with its part of the day before it (上午, 下午, 晚上 …), which no count of 点 (3点意见) has, and not inside a quoted
 * span: a title cited in 《》 is as it was issued, and what someone said is as they said it.
 */
export function officeTimesInText(text: string): string {
  // (SAID_TIME_OR_QUOTE runs over every quotation and every place of a text: a text whose every 点 is no said time's — 重点,
  // 特点, 3点意见 — is left as it is without it)
  if (!text.includes('点') || !SAID_TIME_START.test(text)) return text;
  return text.replace(SAID_TIME_OR_QUOTE, (span) => (/^[《“‘"「]/u.test(span) ? span : officeTime(span)));
}

/** A date typed with points, slashes or hyphens (2025.3.12, 2025/3/12, 2025-03-12), not inside a word, a path or a version, nor before a time of day. */
const TYPED_DATE = /(?<![\w.\/\-:])((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\w.\/\-:])(?!\s*\d{1,2}[:：时])/gu;
/** A month or a day written with a leading zero: 2025年03月, 3月05日. */
const ZERO_MONTH = /(?<![\d.])0([1-9])(?=月)/gu;
const ZERO_DAY = /(?<=月)0([1-9])(?=[日号])/gu;
/** 号 for 日 after a month and a day (3月5号), not the number of a building or a line (3月5号楼). */
const HAO_FOR_RI = /(?<=\d月\d{1,2})号(?![楼院线机车房室门栋])/gu;

/** What a month or a day typed short is followed by in running text: 起, 止, 前, 后, 至, 以来 …. */
const DATE_AFTER = '(?=起|止|前|后|以前|以后|之前|之后|至|以来|底|初|末)';
/** A month typed with a point after its year before what a date is followed by: 2025.3起, 至2025.12止. */
const TYPED_MONTH = new RegExp(`(?<![\\w.\\/\\-:])((?:19|20)\\d{2})\\.(\\d{1,2})(?![\\d.\\/])${DATE_AFTER}`, 'gu');
/** A day typed with a point or a slash after its month before what a date is followed by: 3.15前, 3/20前. */
const TYPED_DAY = new RegExp(`(?<![\\w.\\/\\-:])(\\d{1,2})[./](\\d{1,2})(?![\\d.\\/])${DATE_AFTER}`, 'gu');
const typedMonth = (typed: string, year: string, month: string) => (Number(month) >= 1 && Number(month) <= 12 ? `${year}年${Number(month)}月` : typed);
const typedDay = (typed: string, month: string, day: string) =>
  isValidDate({ month: Number(month), day: Number(day) }) ? `${Number(month)}月${Number(day)}日` : typed;

/**
 * Dates in running text as a 公文 writes them (GB/T 9704 §7.3.5 不编虚位; prose.md "Numbers": 2024年6月8日): a date typed
 * with points, slashes or hyphens beside Chinese text is written 年月日 (截至2025.3.12 → 截至2025年3月12日), a month or day
 * with a leading zero loses it (2025年03月12日 → 2025年3月12日), and 3月5号 is 3月5日. A month or a day typed short before
 * 起, 前, 至 … is one too: 从2025.3起执行 → 2025年3月起, 3.15前上报 → 3月15日前, 3/20前 → 3月20日前. A date with its time after it
 * (2025-03-12 09:00), one that does not exist (2025.13.40, 2025.2.30: isValidDate) and one inside a path or a version are kept as typed.
 */
export function datesInText(text: string): string {
  let out = text;
  if (/\d[./-]\d/u.test(out)) {
    out = out.replace(TYPED_DATE, (typed, year: string, _mark: string, month: string, day: string, offset: number) => {
      const beside = isHan(out[offset - 1]) || isHan(out[offset + typed.length]);
      return beside && isValidDate({ year: Number(year), month: Number(month), day: Number(day) }) ? `${year}年${Number(month)}月${Number(day)}日` : typed;
    });
  }
  if (/\d[./]\d/u.test(out)) out = out.replace(TYPED_MONTH, typedMonth).replace(TYPED_DAY, typedDay);
  // (each pass only over a text that has what it changes: most have no 0 before a month or day, and no 号)
  if (/0\d[月日号]/u.test(out)) out = out.replace(ZERO_MONTH, '$1').replace(ZERO_DAY, '$1');
  return out.includes('号') ? out.replace(HAO_FOR_RI, '日') : out;
}

/** Two times of day as written (8:30, 9时, 9时30分) joined by a hyphen or a ~, the second perhaps with its day and its part of the day. */
const WRITTEN_TIME_RANGE = new RegExp(`(?<![\\d:：])(${WRITTEN_CLOCK})\\s*[-－–~～]\\s*(${NEXT_DAY}?${PART_OF_DAY}?${WRITTEN_CLOCK})(?![\\d:：\\-－–])`, 'gu');

/**
 * A clock typed with the full-width colon of a phone's keyboard (上午8：30): after its part of the day, a day (3月6日8：30, 次日8：30)
 * or the mark of a range (8：30-11：30), and a time that can be (hours to 24, minutes to 59) — a ratio (比例为1：20, 3：2) has none of them before it.
 */
const FULL_WIDTH_CLOCK = new RegExp(`(?<=${PART_OF_DAY}|日|[至到\\-－–~～—])(\\d{1,2})：([0-5]\\d)(?![\\d：:])`, 'gu');

/** A time of day typed with a full-width colon written as a 纪要 writes one (prose.md "Times of day": 上午9:30): 上午8：30 → 上午8:30. */
export function clockColonsInText(text: string): string {
  if (!text.includes('：')) return text;
  return text.replace(FULL_WIDTH_CLOCK, (typed, hour: string, minutes: string) => (Number(hour) <= 24 ? `${hour}:${minutes}` : typed));
}

/**
 * A range of times of day written with a colon or 时 and typed with a hyphen or a ~ (上午8:30-11:30, 上午9时-11时) is
 * joined with 至, as officeTime joins the said ones (RANGE_JOINED): 上午8:30至11:30. The 一字线 typed (9:00—11:00), which
 * GB/T 15834 §4.13.3 allows, is kept; so is a date before a time (2025-03-12 09:00), which is no range.
 */
export function timeRangesInText(text: string): string {
  if (!/[:：时]/u.test(text) || !/[-－–~～]/u.test(text)) return text;
  return text.replace(WRITTEN_TIME_RANGE, '$1至$2');
}

/** The date with the weekday and the time of day typed with it: 2024年6月18日（星期二）上午9:00; a time typed 上午9点 is 上午9时 (officeTime). */
export function formatDateTime(d: DateParts, style: DateStyle = 'arabic', time = d.time): string {
  return formatDate(d, style) + (d.weekday ? `（${d.weekday}）` : '') + (time === undefined ? '' : officeTime(time));
}
