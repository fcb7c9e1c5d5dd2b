import { isHan } from './cjk.js';

/** Chinese numerals for ordinals and counts: 一 二 … 十 十一 … 一百零一. */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a whole number: ${n}`);
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const head = DIGITS[Math.floor(n / 100)] + '百';
    if (rest === 0) return head;
    if (rest < 10) return head + '零' + DIGITS[rest];
    // 一百一十, not 一百十
    return head + (rest < 20 ? '一' + toChineseNumber(rest) : toChineseNumber(rest));
  }
  if (n < 10000) {
    const rest = n % 1000;
    const head = DIGITS[Math.floor(n / 1000)] + '千';
    if (rest === 0) return head;
    if (rest < 100) return head + '零' + (rest < 20 && rest >= 10 ? '一' + toChineseNumber(rest) : toChineseNumber(rest));
    return head + toChineseNumber(rest);
  }
  throw new RangeError(`number too large for a Chinese numeral here: ${n}`);
}

/**
 * Digit-by-digit form used for years: 2009 → 二〇〇九.
 * The zero is 〇 (U+3007), not ○ (U+25CB).
 */
export function toChineseDigits(n: number | string): string {
  return String(n).replace(/[0-9]/g, (d) => (d === '0' ? '〇' : DIGITS[Number(d)]));
}

/** ① ② … ⑳ for procedure steps. */
export function circledNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `（${n}）`;
}

/** The value of each Chinese digit; 〇 (U+3007) and the ○ (U+25CB) and Ｏ often typed for it are zero. */
const DIGIT_VALUE: Readonly<Record<string, number>> = { '〇': 0, '○': 0, 'Ｏ': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** A pattern for the Chinese numerals of months and days, 一 … 三十九 (readSmallNumber reads them). */
export const SMALL_NUMERAL = '[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';

/**
 * 五 → 5, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31, 九十九 → 99: the numbers of months, days and
 * ordinals; 两 alone → 2, as a count or an hour is said (两件事, 两点); undefined for anything else.
 */
export function readSmallNumber(text: string): number | undefined {
  if (text === '两') return 2;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? DIGIT_VALUE[m[1]] : undefined;
  return (m[1] ? DIGIT_VALUE[m[1]]! : 1) * 10 + (m[3] ? DIGIT_VALUE[m[3]]! : 0);
}

/** 二〇〇九 → 2009 (digit by digit, as years are written; ○ and 零 read as 〇); undefined for anything else. */
export function readDigits(text: string): number | undefined {
  if (text === '') return undefined;
  let n = 0;
  for (const ch of text) {
    const d = DIGIT_VALUE[ch];
    if (d === undefined) return undefined;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Full-width digits ０–９ as the half-width 0–9 an office writes (GB/T 15835), and a full-width point
 * between two of them as a decimal point: ８．６万亩 → 8.6万亩. A text without one is returned as it is.
 */
export function halfWidthDigits(text: string): string {
  if (!/[０-９]/u.test(text)) return text;
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)).replace(/(?<=\d)．(?=\d)/gu, '.');
}

/**
 * A number typed with thousands commas in Chinese text written without them, as an office writes it (GB/T 15835; the
 * seeds write 1236户, 3.5万元): 林地1,236亩 → 林地1236亩, 1,234.5万元 → 1234.5万元. Only groups of three digits after a first
 * group of one to three, with Han text before or after the number (its decimals and a % or ％ taken with it): a list of
 * numbers (第1,2,3条), two telephone numbers (0739-5321234,13907391234) and English text (Total: 1,236 items) stay.
 */
export function withoutThousandsCommas(text: string): string {
  if (!THOUSANDS_COMMA.test(text)) return text;
  return text.replace(GROUPED_NUMBER, (number: string, offset: number) => {
    const before = text[offset - 1];
    const after = text.slice(offset + number.length).replace(/^(?:\.\d+)?[%％]?/u, '')[0];
    return isHan(before) || isHan(after) ? number.replaceAll(',', '') : number;
  });
}

/** What every number withoutThousandsCommas changes holds: a comma between a digit and three more. */
const THOUSANDS_COMMA = /\d,\d{3}/u;
/** A number written with thousands commas: 1,236 or 12,345,678, not inside a longer run of digits, commas or points. */
const GROUPED_NUMBER = /(?<![\d,.\w])\d{1,3}(?:,\d{3})+(?!\d|,\d)/gu;

/**
 * The numbers of dates in Arabic numerals: 二〇〇九年上半年 → 2009年上半年, 二○○九年五月 → 2009年5月,
 * 二〇〇九年一月一日至六月三十日 → 2009年1月1日至6月30日; full-width digits (２００９) too.
 * Other text is left as it is.
 */
export function toArabicNumerals(text: string): string {
  return halfWidthDigits(text)
    .replace(/[〇○零一二三四五六七八九]{4}(?=\s*年)/gu, (y) => String(readDigits(y)).padStart(4, '0'))
    .replace(/[一二三四五六七八九十]{1,3}(?=\s*[月日号])/gu, (n) => String(readSmallNumber(n) ?? n));
}

/**
 * An amount typed as text, as a record's 涉及金额 and a register's number cells are typed: 6666, 6,666, 6666元, 8万元,
 * 1.5万, 142.5, ¥1,200, -300, 12人, and in a phone's full-width digits (６６６６元, ８．５万). Its source is also the JSON
 * Schema's pattern for amounts (records/jsonSchema). Thousands commas in groups of three only: 12,5 is no amount.
 */
export const AMOUNT_TEXT = /^[¥￥]?\s*([+-]?)\s*((?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?|[.．][0-9０-９]+)\s*(万)?\s*(?:元|人|件)?$/u;

/** The number an amount typed as text writes (AMOUNT_TEXT); undefined when it writes none. */
export function readAmountText(text: string): number | undefined {
  const m = AMOUNT_TEXT.exec(text.trim());
  if (!m) return undefined;
  const n = Number(halfWidthDigits(m[2]!).replace(/[,，]/gu, '').replace('．', '.')) * (m[3] ? 10_000 : 1);
  if (!Number.isFinite(n)) return undefined;
  return m[1] === '-' ? -n : n;
}

/**
 * 万 typed as a chat types it, W after a figure before 元 (约1.5W元 → 约1.5万元; GB/T 15835, prose.md: 1.5万元). Only before 元:
 * 功率500W is watts.
 */
export function wanShorthand(text: string): string {
  return /\d[Ww]元/u.test(text) ? text.replace(/(?<=\d)[Ww](?=元)/gu, '万') : text;
}
