import { isValidDate, parseDate, parseDay, type CalendarDate } from '../zh/dates.js';
import { readAmountText } from '../zh/numerals.js';
import type { CellValue } from './types.js';

/** A cell as trimmed text with LF line breaks; undefined when empty. Numbers and booleans are written out; dates as ISO. */
export function cellText(value: CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  // trim() removes Unicode spaces, the ideographic space U+3000 among them.
  let text = (typeof value === 'string' ? value : String(value)).trim();
  // Line breaks inside a cell: CRLF (Windows) reads as LF.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text === '' ? undefined : text;
}

/** Days since 1899-12-30, the epoch of Excel's date serial numbers (1900 date system) from serial 61 (1900-03-01) on. */
function fromExcelSerial(serial: number): CalendarDate {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Excel's serials of 1990-01-01 and 2099-12-31. A number in a date column between them is a date Excel saved without
 * its format (a CSV from a column formatted as numbers, an XLSX number cell): no register dates a row otherwise, and
 * 20090124 (8 digits) is read as the day it spells. Outside them (3, 120) a number is no date a register means.
 */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73050;

/** The Excel serial a date cell holds — a number, or the whole-number text a CSV gives it (45717) — undefined when none. */
export function excelSerialOf(value: CellValue): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{5}(?:\.\d+)?\s*$/u.test(value) ? Number(value) : undefined;
  return n !== undefined && n >= FIRST_SERIAL && n < LAST_SERIAL + 1 ? n : undefined;
}

/** The month and day of a date cell typed without its year (3月2日, 3/2 is not read so); undefined otherwise. */
export function monthDayOf(value: CellValue): { month: number; day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = parseDate(value);
  return parts && parts.year === undefined && parts.month !== undefined && parts.day !== undefined ? { month: parts.month, day: parts.day } : undefined;
}

/**
 * Reads a date cell: 2009-01-24, 2009/1/24, 2009.1.24, 2009年1月24日, 二〇〇九年一月二十四日, 20090124 (zh/dates parseDay),
 * an XLSX date cell (a `Date`), or an Excel serial (excelSerialOf: an XLSX number cell, or a CSV's 45717), which the
 * register's reader says once a column (rowReader.ts date).
 * Returns `'invalid'` for a date-like text whose day does not exist (2009-02-30)
 * or any other text; undefined for an empty cell.
 */
export function parseCellDate(value: CellValue): CalendarDate | 'invalid' | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'invalid';
    // XLSX readers give UTC midnight; a time of day is rounded to the nearest day.
    const d = new Date(Math.round(value.getTime() / 86_400_000) * 86_400_000);
    const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    // Years 1000–9999 only, as for text: year 0 (an ISO cell "0000-01-24") is no date a register means.
    return isValidDate(date) ? date : 'invalid';
  }
  const serial = excelSerialOf(value);
  if (serial !== undefined) return fromExcelSerial(serial);
  if (typeof value === 'number' || typeof value === 'boolean') return 'invalid';
  return parseDay(value);
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '有']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '无', '-', '—']);

/** 是/否, Y/N, yes/no, true/false, 1/0, √/×. Undefined for an empty cell; `'invalid'` otherwise. */
export function parseYesNo(value: CellValue): boolean | 'invalid' | undefined {
  if (typeof value === 'boolean') return value;
  if (value === '是' || value === '否') return value === '是';
  const text = cellText(value);
  if (text === undefined) return undefined;
  const key = text.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return 'invalid';
}

/**
 * A number cell: 6666, "6,666", "6666元", "8万元", "8万", "142.5", "１２".
 * Undefined for an empty cell; `'invalid'` when it is not a number.
 */
export function parseNumberCell(value: CellValue): number | 'invalid' | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  // Most cells are a few digits (人数 1, 涉及金额 6666): read without a regular expression.
  if (typeof value === 'string' && value.length > 0 && value.length < 10) {
    let n = 0;
    let k = 0;
    for (; k < value.length; k++) {
      const d = value.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (k === value.length) return n;
  }
  if (typeof value === 'boolean' || value instanceof Date) return 'invalid';
  // the forms an amount is typed in, full-width digits too (zh/numerals readAmountText, as a record's 涉及金额)
  const text = cellText(value);
  if (text === undefined) return undefined;
  return readAmountText(text) ?? 'invalid';
}

/**
 * The same text as a string of its own. V8 makes a substring of 13 or more
 * characters a view into the string it was cut from, which keeps that whole
 * string alive; registers read a piece at a time keep cells, not pieces.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
