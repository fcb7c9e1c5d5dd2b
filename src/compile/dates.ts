import { toChineseDigits, toChineseNumber } from './numerals.js';

/** A calendar date as a record gives it; the year may be missing ("6月30日") or a placeholder ("20XX"). */
export interface DateParts {
  year?: number | string;
  month?: number;
  day?: number;
}

export type DateStyle = 'arabic' | 'chinese';

const FORMS: Array<[RegExp, (m: RegExpMatchArray) => DateParts]> = [
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [/^(\d{4})[-/.](\d{1,2})$/, (m) => ({ year: +m[1], month: +m[2] })],
  [/^(\d{4}|20[Xx]{2}|[Xx]{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/, (m) => ({
    year: /^\d+$/.test(m[1]) ? +m[1] : m[1].toUpperCase(),
    month: m[2] ? +m[2] : undefined,
    day: m[3] ? +m[3] : undefined,
  })],
  [/^(\d{1,2})月(?:(\d{1,2})日)?$/, (m) => ({ month: +m[1], day: m[2] ? +m[2] : undefined })],
];

/** Parses the date forms records use; undefined when the text is not a date or the day does not exist. */
export function parseDate(input: unknown): DateParts | undefined {
  if (input instanceof Date && !Number.isNaN(input.getTime())) {
    return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() };
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim().replace(/\s+/g, '');
  for (const [re, build] of FORMS) {
    const m = text.match(re);
    if (m) {
      const parts = build(m);
      return isValidDate(parts) ? parts : undefined;
    }
  }
  return undefined;
}

export function isValidDate(d: DateParts): boolean {
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
 */
export function formatDate(d: DateParts, style: DateStyle = 'arabic'): string {
  const num = (n: number) => (style === 'chinese' ? toChineseNumber(n) : String(n));
  let out = '';
  if (d.year !== undefined) out += (style === 'chinese' && typeof d.year === 'number' ? toChineseDigits(d.year) : String(d.year)) + '年';
  if (d.month !== undefined) out += num(d.month) + '月';
  if (d.day !== undefined) out += num(d.day) + '日';
  return out;
}

/** The year written digit by digit: 2009 → 二〇〇九年. */
export function formatYear(year: number | string, style: DateStyle = 'arabic'): string {
  return (style === 'chinese' && typeof year === 'number' ? toChineseDigits(year) : String(year)) + '年';
}
