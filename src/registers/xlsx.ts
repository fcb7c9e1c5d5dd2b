/**
 * A small reader of the sheets of an XLSX workbook, as Excel and WPS write
 * them: the zip is opened by the one zip reader (src/io/unzip.ts), and a sheet's XML is decoded and
 * scanned as one string with `indexOf`/`charCodeAt` — no DOM, no SAX events — a
 * row and a cell at a time.
 *
 * It gives what `read-excel-file` (with `trim: false`) gave before it: one array
 * per spreadsheet row from row 1 (index i is row i + 1; rows the sheet skips are
 * empty rows), each as wide as the widest row, empty cells `null`; empty rows at
 * the bottom are left off. Cells are strings (shared, inline or formula results;
 * never trimmed, `''` becomes `null`), numbers, booleans, and `Date`s (UTC) for
 * numbers whose number format is a date format. Error cells (#N/A …) are empty.
 * Unlike it, dates before 1900-03-01 are the days Excel shows (see `excelDate`),
 * cells and rows without an `r` are read in order, and a style the workbook does
 * not have makes a plain number instead of an error.
 */
import { say } from '../diagnostics/messages/index.js';
import { Buffer, isAscii } from 'node:buffer';
import { ZipReader, type ByteSource } from '../io/unzip.js';
import type { CellValue } from './types.js';
import { XLSX_LIMITS, XlsxError, type SheetRowHandler } from './xlsxLimits.js';
import { SheetReader } from './xlsxSheet.js';
import { parseDateStyles, SharedStringsReader } from './xlsxStyles.js';
import { escapeRe, firstTag, prefixOf, relationships, tags, type Relationship } from './xlsxXml.js';

/** The limits a workbook is read under (lowered in tests). */
export type WorkbookLimits = Pick<typeof XLSX_LIMITS, 'sheetBytes' | 'sharedStringsBytes' | 'partBytes' | 'sharedStrings' | 'sharedStringChars'>;

/** A sheet as the workbook lists it (the tabs at the bottom, in order). */
export interface SheetInfo {
  name: string;
  /** Its part in the package; undefined when the workbook lists a sheet it has no part for. */
  path?: string;
}

/**
 * An XLSX workbook opened from its zip directory: its sheets listed, any of them read a row
 * at a time (`readSheet`). Throws `XlsxError` (or the zip reader's `ZipError`) for a workbook
 * that is corrupt, is no workbook, or passes a limit.
 */
export class Workbook {
  readonly sheets: SheetInfo[] = [];
  private date1904 = false;
  private dateStyles: boolean[] = [];
  private stringsPath = '';
  private sharedStrings: string[] | undefined;

  private constructor(private readonly zip: ZipReader, private readonly limits: WorkbookLimits) {}

  static open(bytes: Uint8Array | ByteSource, limits: WorkbookLimits = XLSX_LIMITS): Workbook {
    const zip = new ZipReader(bytes, '', { entryBytes: limits.partBytes },
      say('zip.not-xlsx'));
    const book = new Workbook(zip, limits);
    book.readWorkbookPart();
    return book;
  }

  /** _rels/.rels → the workbook part (xl/workbook.xml nearly always) → its sheets, styles and shared strings. */
  private readWorkbookPart(): void {
    const root = this.text('_rels/.rels');
    const office = root ? relationships(root, '').find((r) => r.type.endsWith('/officeDocument')) : undefined;
    const workbookPath = office?.target ?? 'xl/workbook.xml';
    const workbook = this.text(workbookPath);
    if (workbook === undefined) throw new XlsxError(say('xlsx.no-workbook', { part: workbookPath }));
    const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
    const relsText = this.text(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`);
    const rels: Relationship[] = relsText ? relationships(relsText, dir) : [];
    const p = prefixOf(workbook, 'workbook');
    const pr = firstTag(workbook, `${p}workbookPr`);
    this.date1904 = pr !== undefined && /^(1|true)$/i.test(pr.get('date1904') ?? '');
    for (const sheet of tags(workbook, `${escapeRe(p)}sheet`)) {
      const idKey = [...sheet.keys()].find((k) => k === 'id' || k.endsWith(':id'));
      const id = idKey ? sheet.get(idKey) : undefined;
      this.sheets.push({ name: sheet.get('name') ?? '', path: rels.find((r) => r.id === id)?.target });
    }
    if (this.sheets.length === 0) {
      // No <sheet> listed: the worksheet parts, by number.
      const parts = this.zip.names.filter((n) => n.startsWith(`${dir}worksheets/`) && n.endsWith('.xml')).sort(byNumber);
      for (const path of parts) this.sheets.push({ name: path.slice(path.lastIndexOf('/') + 1, -4), path });
    }
    const part = (type: string, fallback: string) => rels.find((r) => r.type.endsWith(type))?.target ?? `${dir}${fallback}`;
    const stylesText = this.text(part('/styles', 'styles.xml'));
    this.dateStyles = stylesText === undefined ? [] : parseDateStyles(stylesText);
    this.stringsPath = part('/sharedStrings', 'sharedStrings.xml');
  }

  /**
   * Reads a sheet a row at a time: `onRow` is called for every row with a value, in order. The
   * sheet is inflated and scanned in pieces, so a 1,000,000-row sheet is never held whole; the
   * shared strings are (read once, for the first sheet read). Stops early when `stop()` says so.
   */
  async readSheet(sheet: SheetInfo, onRow: SheetRowHandler, stop: () => boolean = () => false): Promise<void> {
    if (sheet.path === undefined) throw new XlsxError(say('xlsx.sheet-no-part', { sheet: sheet.name }));
    if (!this.zip.has(sheet.path)) throw new XlsxError(say('xlsx.part-missing', { part: sheet.path }));
    const sharedStrings = await this.strings();
    const reader = new SheetReader({ sharedStrings, dateStyles: this.dateStyles, date1904: this.date1904, where: sheet.path }, onRow);
    await this.stream(sheet.path, this.limits.sheetBytes, (text) => reader.push(text), () => reader.done || stop());
    if (!stop()) reader.end();
  }

  private async strings(): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const out: string[] = [];
    if (this.zip.has(this.stringsPath)) {
      const reader = new SharedStringsReader(this.stringsPath, out, this.limits);
      await this.stream(this.stringsPath, this.limits.sharedStringsBytes, (text) => reader.push(text));
      reader.end();
    }
    return (this.sharedStrings = out);
  }

  /** A whole part as text (at most `partBytes`), or undefined when the workbook has no such part. */
  private text(path: string): string | undefined {
    const text = this.zip.text(path, this.limits.partBytes);
    if (text !== undefined && /<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096))) throw new XlsxError(say('xlsx.dtd', { part: path }));
    return text;
  }

  /**
   * Streams a part as text, decoded as UTF-8 (latin1 when plain ASCII: the same text, and
   * faster), never splitting a character between pieces.
   */
  private async stream(path: string, limit: number, onText: (text: string) => void, done: () => boolean = () => false): Promise<void> {
    let carry: Uint8Array | undefined;
    const decode = (chunk: Uint8Array, final: boolean) => {
      let bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
      carry = undefined;
      if (!final) {
        const cut = utf8Boundary(bytes);
        if (cut < bytes.length) {
          carry = Uint8Array.prototype.slice.call(bytes, cut);
          bytes = bytes.subarray(0, cut);
        }
      }
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      onText(isAscii(buffer) ? buffer.toString('latin1') : buffer.toString('utf8'));
    };
    await this.zip.stream(path, limit, (chunk) => decode(chunk, false), done);
    if (carry && !done()) decode(new Uint8Array(0), true);
  }
}

/**
 * The first sheet's cells: index i is spreadsheet row i + 1, every row as wide as
 * the widest, empty rows at the bottom left off. For tests and small workbooks;
 * registers are read a row at a time by `Workbook.readSheet`.
 */
export async function readXlsxSheet(bytes: Uint8Array): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  let width = 0;
  await readXlsxRows(bytes, (row, cells) => {
    while (rows.length < row - 1) rows.push([]);
    rows.push(cells);
    if (cells.length > width) width = cells.length;
  });
  for (const row of rows) while (row.length < width) row.push(null);
  return rows;
}

/** Reads the first sheet of a workbook a row at a time (see `Workbook.readSheet`). */
export async function readXlsxRows(bytes: Uint8Array | ByteSource, onRow: SheetRowHandler, limits: WorkbookLimits = XLSX_LIMITS): Promise<void> {
  const book = Workbook.open(bytes, limits);
  if (book.sheets.length === 0) throw new XlsxError(say('xlsx.no-sheets'));
  await book.readSheet(book.sheets[0], onRow);
}

/** Where to cut UTF-8 bytes so that no character is split (before a trailing incomplete one). */
function utf8Boundary(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k];
    if (b < 0x80) return n;
    if (b >= 0xc0) return (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > k ? n - k : n;
  }
  return n;
}

function byNumber(a: string, b: string): number {
  const n = (s: string) => Number(/(\d+)\.xml$/.exec(s)?.[1] ?? Infinity);
  return n(a) - n(b) || a.localeCompare(b);
}
