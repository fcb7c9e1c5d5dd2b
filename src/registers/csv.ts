/**
 * RFC 4180 CSV: fields separated by a delimiter, records by CRLF or LF (a lone
 * CR too); a field in double quotes may hold delimiters, line breaks and
 * doubled quotes (""). Each record is one spreadsheet row, however many lines
 * its quoted fields span — so record i (0-based) is spreadsheet row i + 1.
 * A blank line is an empty record (a blank spreadsheet row), so numbering stays
 * as a spreadsheet shows it. A final line break does not start a record.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  return [...csvRecords(text, delimiter)];
}

/** `parseCsv` one record at a time, so a large register is never held twice. */
export function* csvRecords(text: string, delimiter = detectDelimiter(text)): Generator<string[]> {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let record: string[] = [];
  let i = 0;
  // Each iteration reads one field.
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      let out = '';
      let from = i + 1;
      i = from;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
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
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i >= n) record.push('');
      continue;
    }
    // Line break ends the record.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    yield record;
    record = [];
    // Blank lines: empty records.
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d !== 10 && d !== 13) break;
      yield [];
      i += d === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    }
  }
  if (record.length > 0) yield record;
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
