/**
 * The fixed parts of a 公文 as they are typed in existing documents — the 发文字号 and dates — in one
 * place for the structure recogniser (./structure.ts), `gongwen check` (../check/checkDocx.ts) and
 * `gongwen import` (../import/minutes.ts).
 */

/** The brackets a 发文字号's year is typed in: 〔〕 as GB/T 9704 §7.2.4 wants, or [] () （） 【】. */
const YEAR_OPEN = '[〔[(（【]';
const YEAR_CLOSE = '[〕\\])）】]';
/** A 发文字号 as typed: the organ's short name (at most 12 characters), the year in brackets, 第 or not, the number, 号. */
const docNumber = (yearDigits: string) => `.{1,12}?${YEAR_OPEN}\\s*\\d{${yearDigits}}\\s*${YEAR_CLOSE}\\s*第?\\s*\\d+\\s*号`;

/** A 版头 line: "隰民农营发[2012] 2号", "X发〔2012〕2号", with a 签发人 after it (1: the number, 2: the signer). */
export const DOC_NUMBER_LINE = new RegExp(`^(${docNumber('4')})(?:\\s*签发人[:：]\\s*(.+))?$`);
/** A line that starts with a 发文字号 however its year is written, two digits included (`check` says what is wrong). */
export const DOC_NUMBER_START = new RegExp(`^${docNumber('2,4')}`);
/** The year and number at the end of a 发文字号 (1: the year, 2: the number without leading zeros). */
export const DOC_NUMBER_END = new RegExp(`${YEAR_OPEN}(\\d{4})${YEAR_CLOSE}第?0*(\\d+)号$`);

/** A year as typed in a date: four digits, or 20XX in a draft. */
export const YEAR = '(?:\\d{4}|20XX|20xx)';
/** A date in Arabic numerals, spaces allowed between its parts: 2012年3月9日. */
export const ARABIC_DATE = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';
/** A date as GB/T 9704 §7.3.5 writes it: Arabic numerals, the year in full, no leading zeros. */
export const STANDARD_DATE = '\\d{4}年[1-9]\\d?月[1-9]\\d?日';
/** A line that is a date only: Arabic numerals, 20XX, or Chinese numerals (二〇一二年三月九日). */
export const DATE_LINE = /^(?:\d{4}|20XX|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
