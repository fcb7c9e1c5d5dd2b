import { say, type LocalText, type Text } from '../diagnostics/messages/index.js';
import type { CellValue } from './types.js';
import { XLSX_LIMITS, XlsxError, type SheetRowHandler } from './xlsxLimits.js';
import { decodeXmlEntities } from '../io/xmlEntities.js';
import { isElement, richText, unescapeXstring } from './xlsxXml.js';

export interface SheetContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  /** The sheet's part, for messages. */
  where: string;
}

const DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH = 25569;

/**
 * An Excel date serial as a UTC `Date`. In the 1900 system serial 1 is
 * 1900-01-01 and 60 is 1900-02-29, a day Excel counts (after Lotus 1-2-3) but
 * that never was: it is given as the text "1900-02-29", which reads as a date
 * that does not exist. Serials from 61 on are days since 1899-12-30; below 1,
 * a time of day on 1899-12-30. The 1904 system (old Mac Excel) counts from 1904-01-01.
 */
export function excelDate(serial: number, date1904: boolean): Date | string {
  if (date1904) return new Date(Math.round((serial + 1462 - UNIX_EPOCH) * DAY));
  if (serial >= 61 || serial < 1) return new Date(Math.round((serial - UNIX_EPOCH) * DAY));
  if (serial >= 60) return '1900-02-29';
  return new Date(Math.round((serial - UNIX_EPOCH + 1) * DAY));
}

/** A `t="d"` cell: ISO 8601; without a zone it is read as UTC. */
function isoDate(text: string): Date {
  const s = text.trim();
  return new Date(/T\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/.test(s) ? `${s}Z` : s);
}

// The attributes of the <c> being read (set by readCellTag; no object per cell).
let cellColumn = 0;
let cellType: string | undefined;
let cellStyle = -1;

/**
 * Reads the attributes of a `<c …>` tag from `from` (after the name): r (its
 * column), t and s. Returns the index of the tag's ">".
 */
function readCellTag(xml: string, from: number): number {
  cellColumn = 0;
  cellType = undefined;
  cellStyle = -1;
  const n = xml.length;
  let i = from;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c === 62 /* > */) return i;
    if (c === 47 /* / */) {
      i++;
      continue;
    }
    if (i >= n) throw new XlsxError(say('xlsx.tag-cut-off'));
    const nameStart = i;
    while (i < n && (c = xml.charCodeAt(i)) !== 61 /* = */ && c !== 32 && c !== 62) i++;
    const oneLetter = i - nameStart === 1 ? xml.charCodeAt(nameStart) : 0;
    while (i < n && (c = xml.charCodeAt(i)) !== 34 && c !== 39) i++;
    const valueStart = i + 1;
    let valueEnd = valueStart;
    while (valueEnd < n && xml.charCodeAt(valueEnd) !== c) valueEnd++;
    i = valueEnd + 1;
    if (oneLetter === 114 /* r */) {
      let col = 0;
      for (let k = valueStart; k < valueEnd; k++) {
        const ch = xml.charCodeAt(k) | 32; // lower case
        if (ch < 97 || ch > 122) break;
        col = col * 26 + (ch - 96);
      }
      if (col > XLSX_LIMITS.columns) throw new XlsxError(say('xlsx.beyond-column', { cell: xml.slice(valueStart, valueEnd) }));
      cellColumn = col;
    } else if (oneLetter === 116 /* t */) {
      // The types are few: no new string for the common ones.
      const len = valueEnd - valueStart;
      const c0 = xml.charCodeAt(valueStart);
      cellType = len === 1 && c0 === 115 ? 's' : len === 1 && c0 === 110 ? 'n' : len === 1 && c0 === 98 ? 'b' : xml.slice(valueStart, valueEnd);
    } else if (oneLetter === 115 /* s */) {
      let st = 0;
      for (let k = valueStart; k < valueEnd; k++) st = st * 10 + (xml.charCodeAt(k) - 48);
      cellStyle = st;
    }
  }
}

/** The number in `xml` from `from` to `to`, read without a substring when it is a plain integer. */
function numberAt(xml: string, from: number, to: number): number {
  if (to - from < 16) {
    let n = 0;
    let k = from;
    for (; k < to; k++) {
      const d = xml.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (k === to && to > from) return n;
  }
  const s = xml.slice(from, to).trim();
  return s === '' ? NaN : Number(s);
}

function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The rows of a sheet's XML, fed a piece at a time: every complete row (one
 * whose next row has begun, or the last before </sheetData>) is read and handed
 * to `onRow` when it has a value; the rest waits for the next piece.
 */
export class SheetReader {
  private buffer = '';
  /** Text after `buffer` not yet joined to it (see `push`). */
  private pieces: string[] = [];
  private pending = 0;
  private p: string | undefined;
  private inData = false;
  done = false;
  private rowNumber = 0;

  constructor(private readonly ctx: SheetContext, private readonly onRow: SheetRowHandler) {}

  push(text: string): void {
    if (this.done) return;
    if (this.inData && this.pieces.length + this.buffer.length > 0) {
      // Inside a long row: while no row ends or begins in the new text, keep it aside unjoined
      // (joining and searching the whole row on every piece would cost time squared).
      const seam = this.buffer.slice(-16) + text.slice(0, 16);
      const p = this.p!;
      if (!text.includes(`<${p}row`) && !text.includes(`</${p}sheetData>`) && !seam.includes(`<${p}row`) && !seam.includes(`</${p}sheetData>`)) {
        this.pieces.push(text);
        this.pending += text.length;
        if (this.buffer.length + this.pending > XLSX_LIMITS.rowChars) {
          throw new XlsxError(say('xlsx.in', { part: this.ctx.where, reason: say('xlsx.row-too-long', { row: this.rowNumber + 1, limit: XLSX_LIMITS.rowChars / 1048576 }) }));
        }
        return;
      }
    }
    let xml = this.buffer + (this.pieces.length > 0 ? this.pieces.join('') : '') + text;
    this.pieces = [];
    this.pending = 0;
    if (!this.inData) {
      const root = /<([\w.-]+:)?worksheet[\s>/]/.exec(xml);
      const data = root ? xml.indexOf(`<${root[1] ?? ''}sheetData`, root.index) : -1;
      if (data < 0) {
        if (xml.length > XLSX_LIMITS.rowChars) throw new XlsxError(say('xlsx.no-sheet-data', { part: this.ctx.where, limit: XLSX_LIMITS.rowChars / 1048576 }));
        this.buffer = xml;
        return;
      }
      if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, root!.index))) throw new XlsxError(say('xlsx.dtd', { part: this.ctx.where }));
      this.p = root![1] ?? '';
      const gt = xml.indexOf('>', data);
      if (gt < 0) {
        this.buffer = xml;
        return;
      }
      this.inData = true;
      if (xml.charCodeAt(gt - 1) === 47) {
        this.done = true; // <sheetData/>: no rows
        return;
      }
      xml = xml.slice(gt + 1);
    }
    const p = this.p!;
    const close = xml.indexOf(`</${p}sheetData>`);
    let limit: number;
    if (close >= 0) {
      limit = close;
      this.done = true;
    } else {
      // Rows before the last row tag are complete: a row holds no "<row".
      limit = xml.lastIndexOf(`<${p}row`);
      if (limit < 0) limit = 0;
    }
    this.scan(xml, limit);
    if (this.done) {
      this.buffer = '';
      return;
    }
    this.buffer = xml.slice(limit);
    if (this.buffer.length > XLSX_LIMITS.rowChars) {
      throw new XlsxError(say('xlsx.in', { part: this.ctx.where, reason: say('xlsx.row-too-long', { row: this.rowNumber + 1, limit: XLSX_LIMITS.rowChars / 1048576 }) }));
    }
  }

  end(): void {
    if (this.done) return;
    if (!this.inData) throw new XlsxError(say('xlsx.no-sheet-data', { part: this.ctx.where }));
    throw new XlsxError(say('xlsx.sheet-cut-off', { part: this.ctx.where, row: this.rowNumber }));
  }

  /** Reads the rows of `xml` before `dataEnd`. */
  private scan(xml: string, dataEnd: number): void {
    const ctx = this.ctx;
    const names = tagNames(this.p!);
    const rowName = names.row;
    let rowNumber = this.rowNumber;
    let pos = 0;
    for (;;) {
      // The next <row>: whatever else is between rows is passed over.
      const r = xml.indexOf(`<${rowName}`, pos);
      if (r < 0 || r >= dataEnd) break;
      if (!isElement(xml, r, rowName)) {
        pos = r + 1;
        continue;
      }
      const rowTagEnd = xml.indexOf('>', r);
      const number = rowAttribute(xml, r + 1 + rowName.length, rowTagEnd) ?? rowNumber + 1;
      if (number <= rowNumber) throw new XlsxError(say('xlsx.in', { part: ctx.where, reason: say('xlsx.row-order', { row: number, after: rowNumber }) }));
      if (number > XLSX_LIMITS.rows) {
        const cell = /<(?:[\w.-]+:)?c\s[^>]*?\br\s*=\s*["']([A-Za-z]+\d+)["']/.exec(xml.slice(rowTagEnd, Math.min(dataEnd, rowTagEnd + 4096)));
        throw new XlsxError(say('xlsx.in', { part: ctx.where, reason: say('xlsx.beyond-row', { cell: cell?.[1], row: number.toLocaleString('en-US'), limit: XLSX_LIMITS.rows.toLocaleString('en-US') }) }));
      }
      rowNumber = this.rowNumber = number;
      if (xml.charCodeAt(rowTagEnd - 1) === 47) {
        pos = rowTagEnd + 1;
        continue;
      }
      const cells: CellValue[] = [];
      pos = readRowCells(xml, rowTagEnd + 1, dataEnd, rowNumber, names, ctx, cells);
      if (cells.length > 0) this.onRow(rowNumber, cells);
    }
  }
}

/** The tag names of a sheet's parts, with its namespace prefix ("" or "x:"). */
interface TagNames {
  prefix: string;
  row: string;
  c: string;
  v: string;
  is: string;
  vClose: string;
  cClose: string;
  isClose: string;
}

function tagNames(p: string): TagNames {
  return { prefix: p, row: `${p}row`, c: `${p}c`, v: `${p}v`, is: `${p}is`, vClose: `</${p}v>`, cClose: `</${p}c>`, isClose: `</${p}is>` };
}

/**
 * Reads a row's cells from `from` (after its tag) to its </row> into `cells` (from column A,
 * empty cells null); returns where the row ends.
 */
function readRowCells(xml: string, from: number, dataEnd: number, rowNumber: number, names: TagNames, ctx: SheetContext, cells: CellValue[]): number {
  let column = 0;
  let i = from;
  for (;;) {
    const lt = xml.charCodeAt(i) === 60 ? i : xml.indexOf('<', i);
    if (lt < 0 || lt > dataEnd) throw new XlsxError(say('xlsx.in', { part: ctx.where, reason: say('xlsx.row-cut-off', { row: rowNumber }) }));
    if (xml.charCodeAt(lt + 1) === 47 /* </ */) {
      i = xml.indexOf('>', lt) + 1;
      if (xml.startsWith(names.row, lt + 2) && xml.charCodeAt(lt + 2 + names.row.length) === 62) return i;
      continue;
    }
    if (!isElement(xml, lt, names.c)) {
      i = xml.indexOf('>', lt) + 1; // not a cell: pass over the tag
      continue;
    }
    const cTagEnd = readCellTag(xml, lt + 1 + names.c.length);
    column = cellColumn > 0 ? cellColumn : column + 1;
    const type = cellType;
    const style = cellStyle;
    i = locateCellValue(xml, cTagEnd, dataEnd, names, () => say('xlsx.in', { part: ctx.where, reason: say('xlsx.cell-cut-off', { cell: `${columnName(column)}${rowNumber}` }) }));
    const value = cellValue(xml, type, style, names.prefix, ctx, column, rowNumber);
    if (value === null || value === '') continue;
    if (cells.length < column - 1) {
      while (cells.length < column - 1) cells.push(null);
      cells.push(value);
    } else if (cells.length === column - 1) {
      cells.push(value);
    } else {
      cells[column - 1] = value; // a cell out of order
    }
  }
}

// Where the cell being read keeps its value (set by locateCellValue; -1 when it has none):
// the text of its <v> from valueFrom to valueTo, and its <is> from inlineFrom to inlineTo.
let valueFrom = -1;
let valueTo = -1;
let inlineFrom = -1;
let inlineTo = -1;

/** Finds the <v> and <is> of the cell whose tag ends at `cTagEnd`; returns where the cell ends. */
function locateCellValue(xml: string, cTagEnd: number, dataEnd: number, names: TagNames, cutOff: () => Text): number {
  valueFrom = valueTo = inlineFrom = inlineTo = -1;
  if (xml.charCodeAt(cTagEnd - 1) === 47) return cTagEnd + 1; // <c …/>
  let k = cTagEnd + 1;
  // Nearly every cell is <c …><v>…</v></c>.
  if (xml.charCodeAt(k) === 60 && xml.startsWith(names.v, k + 1) && xml.charCodeAt(k + 1 + names.v.length) === 62) {
    const from = k + 2 + names.v.length;
    const to = xml.indexOf('<', from);
    if (xml.startsWith(names.vClose, to) && xml.startsWith(names.cClose, to + names.vClose.length)) {
      valueFrom = from;
      valueTo = to;
      return to + names.vClose.length + names.cClose.length;
    }
  }
  // Any other cell: its children tag by tag (<f>, <v>, <is>, <extLst>).
  const cEnd = xml.indexOf(names.cClose, cTagEnd);
  if (cEnd < 0 || cEnd > dataEnd) throw new XlsxError(cutOff());
  while (k < cEnd) {
    const lt = xml.indexOf('<', k);
    if (lt < 0 || lt >= cEnd) break;
    const gt = xml.indexOf('>', lt);
    if (isElement(xml, lt, names.v)) {
      if (xml.charCodeAt(gt - 1) === 47) {
        valueFrom = valueTo = gt + 1;
      } else {
        valueFrom = gt + 1;
        valueTo = xml.indexOf(names.vClose, valueFrom);
        if (valueTo < 0 || valueTo > cEnd) valueTo = valueFrom;
      }
      k = valueTo;
    } else if (isElement(xml, lt, names.is)) {
      inlineFrom = lt;
      const isEnd = xml.charCodeAt(gt - 1) === 47 ? gt : xml.indexOf(names.isClose, gt);
      inlineTo = isEnd < 0 || isEnd > cEnd ? cEnd : isEnd;
      k = inlineTo;
    } else {
      k = gt + 1;
    }
  }
  return cEnd + names.cClose.length;
}

/** The value of the cell `locateCellValue` found, by its type (t) and style (s); null when empty. */
function cellValue(xml: string, type: string | undefined, style: number, p: string, ctx: SheetContext, column: number, rowNumber: number): CellValue {
  const vFrom = valueFrom;
  const vTo = valueTo;
  if (inlineFrom >= 0 && (type === 'inlineStr' || type === undefined || type === 'str')) return richText(xml, inlineFrom, inlineTo, p);
  if (type !== 'e' && vTo <= vFrom) {
    if (type === undefined || type === 'n' || type === 's' || type === 'str' || type === 'inlineStr' || type === 'b' || type === 'd') return null;
  }
  if (type === undefined || type === 'n') {
    const n = numberAt(xml, vFrom, vTo);
    if (Number.isNaN(n)) throw badCell(ctx, column, rowNumber, (cell) => say('xlsx.bad-cell', { cell, value: xml.slice(vFrom, vTo), what: 'number' }));
    return style >= 0 && ctx.dateStyles[style] === true ? excelDate(n, ctx.date1904) : n;
  }
  if (type === 's') {
    const s = ctx.sharedStrings[numberAt(xml, vFrom, vTo)];
    if (s === undefined) throw badCell(ctx, column, rowNumber, (cell) => say('xlsx.no-shared-string', { cell, index: xml.slice(vFrom, vTo) }));
    return s;
  }
  if (type === 'str' || type === 'inlineStr') return unescapeXstring(decodeXmlEntities(xml.slice(vFrom, vTo)));
  if (type === 'b') {
    const b = xml.slice(vFrom, vTo).trim().toLowerCase();
    if (b === '1' || b === 'true') return true;
    if (b === '0' || b === 'false') return false;
    throw badCell(ctx, column, rowNumber, (cell) => say('xlsx.bad-cell', { cell, value: b, what: 'boolean' }));
  }
  if (type === 'd') {
    const d = isoDate(xml.slice(vFrom, vTo));
    if (Number.isNaN(d.getTime())) throw badCell(ctx, column, rowNumber, (cell) => say('xlsx.bad-cell', { cell, value: xml.slice(vFrom, vTo), what: 'date' }));
    return d;
  }
  if (type !== 'e') throw badCell(ctx, column, rowNumber, (cell) => say('xlsx.unknown-type', { cell, type }));
  return null;
}

/**
 * The r="…" of a <row> tag, read from `from` to the tag's end without a substring
 * (Excel writes it first: <row r="12" spans="1:14">); undefined when there is none.
 */
function rowAttribute(xml: string, from: number, to: number): number | undefined {
  let i = xml.indexOf(' r=', from - 1);
  if (i < 0 || i > to) {
    const m = /\sr\s*=\s*["'](\d+)["']/.exec(xml.slice(from - 1, to));
    return m ? Number(m[1]) : undefined;
  }
  i += 3;
  const quote = xml.charCodeAt(i);
  if (quote !== 34 && quote !== 39) return undefined;
  let n = 0;
  let k = i + 1;
  for (; k < to; k++) {
    const d = xml.charCodeAt(k) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return k > i + 1 && xml.charCodeAt(k) === quote ? n : undefined;
}

function badCell(ctx: SheetContext, column: number, row: number, what: (cell: string) => LocalText): XlsxError {
  return new XlsxError(say('xlsx.in', { part: ctx.where, reason: what(`${columnName(column)}${row}`) }));
}

