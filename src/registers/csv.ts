/**
 * RFC 4180 CSV: fields separated by a delimiter, records by CRLF or LF (a lone
 * CR too); a field in double quotes may hold delimiters, line breaks and
 * doubled quotes (""). Each record is one spreadsheet row, however many lines
 * its quoted fields span — so record i (0-based) is spreadsheet row i + 1.
 * A blank line is an empty record (a blank spreadsheet row), so numbering stays
 * as a spreadsheet shows it. A final line break does not start a record.
 */
import { localize, say, type Text } from '../diagnostics/messages/index.js';
export function parseCsv(text: string, delimiter?: string): string[][] {
  return [...csvRecords(text, delimiter)];
}

/** `parseCsv` one record at a time. */
export function* csvRecords(text: string, delimiter?: string): Generator<string[]> {
  const out: string[][] = [];
  const csv = new CsvStream((cells) => out.push(cells), delimiter);
  csv.push(text, true);
  yield* out;
}

/** A record longer than this (in characters) is an error: nearly always a quote (") that is never closed. */
export const MAX_RECORD_CHARS = 1 << 20;
/** More fields than Excel has columns (XFD) is an error. */
export const MAX_FIELDS = 16_384;

/** A CSV that cannot be read as records; `record` is its 1-based number (the spreadsheet row). */
export class CsvError extends Error {
  constructor(readonly text: Text, readonly record: number) {
    super(localize(text, 'en'));
    this.name = 'CsvError';
  }
}

/**
 * The CSV parser, fed text a piece at a time (as a large file is decoded): each
 * complete record is handed to `onRecord` as soon as its line break is read; a
 * record cut at the end of a piece waits for the next. The delimiter is taken
 * from the first line (see `detectDelimiter`) unless given.
 */
export class CsvStream {
  private carry = '';
  private delim = -1;
  /** Records handed out so far. */
  records = 0;

  constructor(private readonly onRecord: (cells: string[]) => void, delimiter?: string) {
    if (delimiter) this.delim = delimiter.charCodeAt(0);
  }

  /** Parses `piece` after what came before; `final` on the last piece (an unclosed quote then takes the rest). */
  push(piece: string, final = false): void {
    const text = this.carry === '' ? piece : this.carry + piece;
    this.carry = '';
    if (this.delim < 0) {
      if (!final && !/[\r\n]/.test(text)) {
        this.carry = text;
        return;
      }
      this.delim = detectDelimiter(text).charCodeAt(0);
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      const next = this.record(text, i, final);
      if (next < 0) {
        this.keep(text.slice(i));
        return;
      }
      i = next;
    }
  }

  /** The record that was cut at the end of a piece, kept for the next (unless it is past all reason). */
  private keep(rest: string): void {
    if (rest.length > MAX_RECORD_CHARS) {
      throw new CsvError(
        say('csv.row-too-long', { row: this.records + 1, limit: MAX_RECORD_CHARS.toLocaleString('en-US') }),
        this.records + 1,
      );
    }
    this.carry = rest;
  }

  /** Reads the record starting at `start`; returns where the next starts, or -1 when the record is cut off at the end of `text`. */
  private record(text: string, start: number, final: boolean): number {
    const n = text.length;
    const delim = this.delim;
    let i = start;
    const c0 = text.charCodeAt(i);
    // A blank line: an empty record (a lone CR at the end may be half of a CRLF).
    if (c0 === 10 || c0 === 13) {
      if (c0 === 13 && i + 1 === n && !final) return -1;
      this.emit([]);
      return i + (c0 === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
    }
    const record: string[] = [];
    // Each iteration reads one field.
    for (;;) {
      if (text.charCodeAt(i) === 34 /* " */) {
        i = this.quoted(text, i, final);
        if (i < 0) return -1;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === delim || c === 10 || c === 13) break;
          j++;
        }
        this.field = text.slice(i, j);
        i = j;
      }
      record.push(this.field);
      if (record.length > MAX_FIELDS) {
        throw new CsvError(say('csv.too-many-fields', { row: this.records + 1, limit: MAX_FIELDS.toLocaleString('en-US') }), this.records + 1);
      }
      if (i >= n) {
        if (!final) return -1;
        this.emit(record);
        return n;
      }
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= n) {
          if (!final) return -1;
          record.push('');
          this.emit(record);
          return n;
        }
        continue;
      }
      // A line break ends the record; a CR at the very end may be half of a CRLF.
      if (c === 13 && i + 1 === n && !final) return -1;
      this.emit(record);
      return i + (c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
    }
  }

  /** The field read last (by `record` or `quoted`). */
  private field = '';

  /**
   * Reads a quoted field from its opening quote at `at` into `field`; returns where it ends, or -1
   * when the closing quote may be in the next piece. Characters between the closing quote and the
   * delimiter are kept, and an unclosed quote takes the rest of the text (lenient, as spreadsheets are).
   */
  private quoted(text: string, at: number, final: boolean): number {
    const n = text.length;
    let out = '';
    let from = at + 1;
    let i = from;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q === -1 || (q + 1 === n && !final)) {
        if (!final) return -1;
        out += text.slice(from);
        i = n;
        break;
      }
      if (text.charCodeAt(q + 1) === 34) {
        out += text.slice(from, q + 1);
        i = from = q + 2;
        continue;
      }
      out += text.slice(from, q);
      i = q + 1;
      break;
    }
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === this.delim || c === 10 || c === 13) break;
      j++;
    }
    this.field = j > i ? out + text.slice(i, j) : out;
    return j;
  }

  private emit(record: string[]): void {
    this.records++;
    this.onRecord(record);
  }
}

/** Comma, unless the first line has tabs (or semicolons) and no commas. */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end === -1 ? text : text.slice(0, end);
  if (first.includes(',')) return ',';
  if (first.includes('\t')) return '\t';
  if (first.includes(';')) return ';';
  return ',';
}
