/**
 * Classes of characters in Chinese text. The Han ideographs are the CJK Unified Ideographs
 * (U+4E00–U+9FFF), Extension A (U+3400–U+4DBF), the Compatibility Ideographs (U+F900–U+FAFF) and the
 * ideographs beyond U+FFFF — Extensions B to H and the Compatibility Supplement (U+20000–U+323AF), where
 * names have characters of their own (吉𠮷, 𪚥) — of the Unicode blocks of those names; Chinese text is those
 * and the punctuation set with them. Every pattern built on HAN has the u flag, which reads such a character as one.
 */

/** The Han ideographs as the inside of a regular expression's [ ] (with the u flag), for patterns built on them. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{323af}';

const HAN_CHAR = new RegExp(`^[${HAN}]$`, 'u');
const HAN_ANY = new RegExp(`[${HAN}]`, 'u');
const HAN_ALL = new RegExp(`[${HAN}]`, 'gu');
const NOT_HAN = new RegExp(`[^${HAN}]`, 'gu');

/** Whether one character is a Han ideograph (汉字). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN_CHAR.test(ch);
}

/** Whether a text holds a Han ideograph: 参会人 and 姓明 do, sectionsLevel does not. */
export function hasHan(text: string): boolean {
  return HAN_ANY.test(text);
}

/** How many Han ideographs a text holds. */
export function countHan(text: string): number {
  return text.match(HAN_ALL)?.length ?? 0;
}

/** The Han ideographs of a text alone, punctuation, digits and Latin letters left out. */
export function hanOnly(text: string): string {
  return text.replace(NOT_HAN, '');
}

/**
 * Chinese text around a character, for deciding its punctuation (zh/punctuation): Han ideographs (of every plane),
 * CJK punctuation (U+3000–U+303F, 〇 among it), full-width forms (U+FF00–U+FFEF), the curly quotes,
 * dash and ellipsis used with them, and the enclosed numbers ① ⑴ ⒈ (U+2460–U+24FF).
 */
export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{323af}\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u2460-\u24ff]/u.test(ch);
}
