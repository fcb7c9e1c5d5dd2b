/**
 * RFC 4180 CSV: fields separated by a delimiter, records by CRLF or LF (a lone
 * CR too); a field in double quotes may hold delimiters, line breaks and
 * doubled quotes (""). Each record is one spreadsheet row, however many lines
 * its quoted fields span — so record i (0-based) is spreadsheet row i + 1.
 * A blank line is an empty record (a blank spreadsheet row), so numbering stays
 * as a spreadsheet shows it. A final line break does not start a record.
 */
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
  constructor(message: string, readonly record: number) {
    super(message);
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
    const delim = this.delim;
    let i = 0;
    let start = 0;
    let cut = false;
    records: while (i < n) {
      start = i;
      const c0 = text.charCodeAt(i);
      // A blank line: an empty record (a lone CR at the end may be half of a CRLF).
      if (c0 === 10 || c0 === 13) {
        if (c0 === 13 && i + 1 === n && !final) {
          cut = true;
          break;
        }
        i += c0 === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        this.emit([]);
        continue;
      }
      const record: string[] = [];
      // Each iteration reads one field.
      for (;;) {
        let field: string;
        if (text.charCodeAt(i) === 34 /* " */) {
          let out = '';
          let from = i + 1;
          i = from;
          for (;;) {
            const q = text.indexOf('"', i);
            if (q === -1 || (q + 1 === n && !final)) {
              if (!final) {
                // The closing quote may be in the next piece.
                cut = true;
                break records;
              }
              // Unterminated quote: take the rest as the field (lenient, as spreadsheets are).
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
          // Characters between the closing quote and the delimiter are kept (lenient).
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === delim || c === 10 || c === 13) break;
            j++;
          }
          if (j > i) out += text.slice(i, j);
          i = j;
          field = out;
        } else {
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === delim || c === 10 || c === 13) break;
            j++;
          }
          field = text.slice(i, j);
          i = j;
        }
        record.push(field);
        if (record.length > MAX_FIELDS) {
          throw new CsvError(`row ${this.records + 1} has more than ${MAX_FIELDS.toLocaleString('en-US')} fields (Excel's last column is XFD)`, this.records + 1);
        }
        if (i >= n) {
          if (!final) {
            cut = true;
            break records;
          }
          this.emit(record);
          i = n;
          break;
        }
        const c = text.charCodeAt(i);
        if (c === delim) {
          i++;
          if (i >= n) {
            if (!final) {
              cut = true;
              break records;
            }
            record.push('');
            this.emit(record);
            break;
          }
          continue;
        }
        // A line break ends the record; a CR at the very end may be half of a CRLF.
        if (c === 13 && i + 1 === n && !final) {
          cut = true;
          break records;
        }
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        this.emit(record);
        break;
      }
    }
    if (cut) {
      // The record from `start` is not complete: keep it for the next piece.
      const rest = text.slice(start);
      if (rest.length > MAX_RECORD_CHARS) {
        throw new CsvError(
          `row ${this.records + 1} is longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters: is a quote (") left open?`,
          this.records + 1,
        );
      }
      this.carry = rest;
    }
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
