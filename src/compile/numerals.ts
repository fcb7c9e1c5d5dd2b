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
