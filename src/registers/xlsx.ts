/**
 * A small reader of the first sheet of an XLSX workbook, as Excel and WPS write
 * them: the zip is opened with fflate, and the sheet's XML is decoded once and
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
import { Buffer, isAscii } from 'node:buffer';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { detach } from './cells.js';
import type { CellValue } from './types.js';

/** A workbook that cannot be read; the message says where. */
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}

/**
 * Limits, so that no workbook costs more than seconds and a few hundred MB:
 * Excel's own sheet size (1,048,576 rows, 16,384 columns: A1 to XFD1048576),
 * and the bytes any part may inflate to (a zip bomb stops at the limit).
 */
export const XLSX_LIMITS = {
  /** Excel's last row. */
  rows: 1_048_576,
  /** Excel's last column, XFD. */
  columns: 16_384,
  /** The sheet's XML, inflated: 1 GiB (a 1,000,000-row register is about 0.5 GiB). */
  sheetBytes: 1 << 30,
  /** The shared strings' XML, inflated: 512 MiB. */
  sharedStringsBytes: 512 << 20,
  /** Any other part read (workbook, relationships, styles), inflated: 16 MiB. */
  partBytes: 16 << 20,
  /** Shared strings, kept while the sheet is read: at most 4,000,000 of them and 64 Mi characters in all. */
  sharedStrings: 4_000_000,
  sharedStringChars: 64 << 20,
  /** One row of the sheet's XML (and what comes before the rows), in characters: 8 Mi (Excel holds at most 32,767 characters a cell). */
  rowChars: 8 << 20,
} as const;

/** What a sheet row gives: its number (1-based, as Excel shows it) and its cells from column A (empty cells null). */
export type SheetRowHandler = (row: number, cells: CellValue[]) => void;

/**
 * The first sheet's cells: index i is spreadsheet row i + 1, every row as wide as
 * the widest, empty rows at the bottom left off. For tests and small workbooks;
 * registers are read a row at a time by `readXlsxRows`.
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

/**
 * Reads the first sheet of a workbook a row at a time: `onRow` is called for
 * every row with a value, in order. The sheet is inflated and scanned in pieces,
 * so a 1,000,000-row sheet is never held whole; the shared strings are.
 * Throws `XlsxError` for a workbook that is corrupt, is no workbook, or passes a limit.
 */
export async function readXlsxRows(
  bytes: Uint8Array | ByteSource,
  onRow: SheetRowHandler,
  /** The inflated-size limits, lowered in tests. */
  limits: Pick<typeof XLSX_LIMITS, 'sheetBytes' | 'sharedStringsBytes' | 'partBytes' | 'sharedStrings' | 'sharedStringChars'> = XLSX_LIMITS,
): Promise<void> {
  const parts = await Parts.open(bytes instanceof Uint8Array ? bytesSource(bytes) : bytes, limits.partBytes);

  // _rels/.rels → the workbook (xl/workbook.xml nearly always).
  const root = await parts.text('_rels/.rels');
  const office = root ? relationships(root, '').find((r) => r.type.endsWith('/officeDocument')) : undefined;
  const workbookPath = office?.target ?? 'xl/workbook.xml';
  const workbook = await parts.text(workbookPath);
  if (workbook === undefined) throw new XlsxError(`no ${workbookPath} in the workbook (is it an .xlsx file?)`);
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsText = await parts.text(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`);
  const rels = relsText ? relationships(relsText, dir) : [];

  const p = prefixOf(workbook, 'workbook');
  const pr = firstTag(workbook, `${p}workbookPr`);
  const date1904 = pr !== undefined && /^(1|true)$/i.test(pr.get('date1904') ?? '');
  const sheet = firstTag(workbook, `${p}sheet`);
  let sheetPath: string | undefined;
  if (sheet) {
    const idKey = [...sheet.keys()].find((k) => k === 'id' || k.endsWith(':id'));
    const id = idKey ? sheet.get(idKey) : undefined;
    sheetPath = rels.find((r) => r.id === id)?.target;
    if (sheetPath === undefined) throw new XlsxError(`the first sheet ("${sheet.get('name') ?? ''}") has no part in the workbook`);
  } else {
    // No <sheet> listed: the first worksheet part, if any.
    sheetPath = parts.names.filter((n) => n.startsWith(`${dir}worksheets/`) && n.endsWith('.xml')).sort(byNumber)[0];
    if (sheetPath === undefined) throw new XlsxError('the workbook has no sheets');
  }

  const part = (type: string, fallback: string) => rels.find((r) => r.type.endsWith(type))?.target ?? `${dir}${fallback}`;
  const stylesText = await parts.text(part('/styles', 'styles.xml'));
  const stringsPath = part('/sharedStrings', 'sharedStrings.xml');
  const sharedStrings: string[] = [];
  if (parts.has(stringsPath)) {
    const reader = new SharedStringsReader(stringsPath, sharedStrings, limits);
    await parts.stream(stringsPath, limits.sharedStringsBytes, (text) => reader.push(text));
    reader.end();
  }
  if (!parts.has(sheetPath)) throw new XlsxError(`the workbook is corrupt: no ${sheetPath} in it`);
  const reader = new SheetReader({
    sharedStrings,
    dateStyles: stylesText === undefined ? [] : parseDateStyles(stylesText),
    date1904,
    where: sheetPath,
  }, onRow);
  await parts.stream(sheetPath, limits.sheetBytes, (text) => reader.push(text), () => reader.done);
  reader.end();
}

interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Uncompressed size as the zip declares it. */
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/**
 * The zip's entries, read from its central directory (names compared
 * case-insensitively), and inflated one at a time as they are asked for, with a
 * limit on the bytes each may inflate to: what the directory declares is checked
 * before inflating, what actually comes out while inflating.
 */
/** Where a workbook's bytes come from: a file read at offsets, or bytes in memory. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Bytes in memory as a `ByteSource`. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)) };
}

/** Pieces a part's compressed bytes are read and inflated in: 256 KiB. */
const PIECE = 256 << 10;

class Parts {
  readonly names: string[] = [];
  private readonly byLower = new Map<string, ZipEntry>();

  private constructor(private readonly source: ByteSource, private readonly partBytes: number) {}

  /** Reads the zip's central directory (at the end of the file), nothing else. */
  static async open(source: ByteSource, partBytes: number = XLSX_LIMITS.partBytes): Promise<Parts> {
    const parts = new Parts(source, partBytes);
    // The end of central directory record: 22 bytes and a comment of at most 65,535.
    const tailStart = Math.max(0, source.size - 22 - 65_535);
    const tail = await source.read(tailStart, source.size - tailStart);
    const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tailView.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new XlsxError('not an .xlsx workbook, or a corrupt one: it has no zip directory (is the file cut off?)');
    const count = tailView.getUint16(eocd + 10, true);
    const dirSize = tailView.getUint32(eocd + 12, true);
    const dirOffset = tailView.getUint32(eocd + 16, true);
    if (dirOffset + dirSize > source.size || dirSize > partBytes) throw new XlsxError('the workbook is corrupt: its zip directory is damaged');
    const dir = await source.read(dirOffset, dirSize);
    const view = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
    let at = 0;
    for (let k = 0; k < count; k++) {
      if (at + 46 > dir.length || view.getUint32(at, true) !== 0x02014b50) throw new XlsxError('the workbook is corrupt: its zip directory is damaged');
      const nameLength = view.getUint16(at + 28, true);
      const entry: ZipEntry = {
        name: Buffer.from(dir.buffer, dir.byteOffset + at + 46, Math.min(nameLength, dir.length - at - 46)).toString('utf8').replace(/\\/g, '/').replace(/^\//, ''),
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        offset: view.getUint32(at + 42, true),
      };
      if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff) {
        throw new XlsxError(`${entry.name} is larger than 4 GB (zip64), larger than any sheet gongwen reads`);
      }
      parts.names.push(entry.name);
      parts.byLower.set(entry.name.toLowerCase(), entry);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return parts;
  }

  has(path: string): boolean {
    return this.byLower.has(path.replace(/^\//, '').toLowerCase());
  }

  /** A whole part as text (at most `partBytes`), or undefined when the workbook has no such part. */
  async text(path: string): Promise<string | undefined> {
    if (!this.has(path)) return undefined;
    const pieces: string[] = [];
    await this.stream(path, this.partBytes, (t) => pieces.push(t));
    const text = pieces.join('');
    if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096))) throw new XlsxError(`${path} declares a DTD (<!DOCTYPE>), which no workbook has; refused`);
    return text;
  }

  /**
   * Reads and inflates a part a piece at a time and hands `onText` its text,
   * decoded as UTF-8 (latin1 when plain ASCII: the same text, and faster). Stops
   * when the part would pass `limit` bytes, or when `done()` says the reader has what it needs.
   */
  async stream(path: string, limit: number, onText: (text: string) => void, done: () => boolean = () => false): Promise<void> {
    const entry = this.byLower.get(path.replace(/^\//, '').toLowerCase());
    if (!entry) throw new XlsxError(`no ${path} in the workbook`);
    const mib = (n: number) => `${Math.round(n / 1048576).toLocaleString('en-US')} MiB`;
    if (entry.size > limit) throw new XlsxError(`${entry.name} would unpack to ${mib(entry.size)}, more than the limit of ${mib(limit)}`);
    const header = await this.source.read(entry.offset, 30);
    const hv = new DataView(header.buffer, header.byteOffset, header.byteLength);
    if (header.length < 30 || hv.getUint32(0, true) !== 0x04034b50) {
      throw new XlsxError(`the workbook is corrupt: ${entry.name} is not where its zip directory says`);
    }
    const start = entry.offset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
    const end = start + entry.compressedSize;
    if (end > this.source.size) throw new XlsxError(`the workbook is corrupt: ${entry.name} is cut off`);
    const source = this.source;
    async function* compressed() {
      for (let i = start; i < end; i += PIECE) yield await source.read(i, Math.min(PIECE, end - i));
    }

    let total = 0;
    let failure: unknown;
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
    const take = (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > entry.size || total > limit) {
        failure = new XlsxError(total > limit
          ? `${entry.name} unpacks to more than the limit of ${mib(limit)}`
          : `the workbook is corrupt: ${entry.name} unpacks to more than the ${entry.size.toLocaleString('en-US')} bytes its zip directory declares`);
        return;
      }
      decode(chunk, false);
    };
    if (entry.method === 0) {
      for await (const piece of compressed()) {
        take(piece);
        if (failure !== undefined || done()) break;
      }
    } else if (entry.method === 8) {
      // Node's zlib (native, in the thread pool), a stream: what is inflated waits for the reader
      // (back-pressure), so a zip bomb never gets ahead of the limit by more than a piece.
      const input = Readable.from(compressed());
      const inflate = createInflateRaw({ chunkSize: PIECE });
      input.on('error', (e) => inflate.destroy(e));
      input.pipe(inflate);
      try {
        for await (const chunk of inflate) {
          take(chunk as Buffer);
          if (failure !== undefined || done()) break;
        }
      } catch (e) {
        if (failure === undefined) {
          failure = e instanceof XlsxError ? e : new XlsxError(`the workbook is corrupt: ${entry.name} cannot be unpacked (${e instanceof Error ? e.message : String(e)})`);
        }
      } finally {
        input.destroy();
        inflate.destroy();
      }
    } else {
      throw new XlsxError(`${entry.name} is compressed in a way Excel never uses (zip method ${entry.method})`);
    }
    if (failure !== undefined) throw failure;
    if (done()) return;
    if (carry) decode(new Uint8Array(0), true);
    if (total < entry.size) throw new XlsxError(`the workbook is corrupt: ${entry.name} unpacks to fewer bytes than its zip directory declares`);
  }
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

interface Relationship {
  id: string;
  type: string;
  /** Path of the part inside the zip. */
  target: string;
}

function relationships(xml: string, dir: string): Relationship[] {
  const out: Relationship[] = [];
  for (const attrs of tags(xml, '(?:[\\w.-]+:)?Relationship')) {
    if ((attrs.get('TargetMode') ?? '').toLowerCase() === 'external') continue;
    out.push({ id: attrs.get('Id') ?? '', type: attrs.get('Type') ?? '', target: resolvePart(dir, attrs.get('Target') ?? '') });
  }
  return out;
}

/** A relationship target as a zip path: absolute ("/xl/…") or relative to the part's folder ("worksheets/…", "../…"). */
function resolvePart(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

// ---------------------------------------------------------------- XML bits

const ATTRS = String.raw`((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>`;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of every element named `name` (a regular-expression fragment, prefix included). */
function* tags(xml: string, name: string): Generator<Map<string, string>> {
  const re = new RegExp(`<${name}${ATTRS}`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield attributes(m[1]);
}

function firstTag(xml: string, name: string): Map<string, string> | undefined {
  for (const attrs of tags(xml, escapeRe(name))) return attrs;
  return undefined;
}

function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) map.set(m[1], decodeXml(m[2] ?? m[3]));
  return map;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "x:" when the part's root element is written `<x:worksheet …>`, else "". */
function prefixOf(xml: string, root: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${root}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

const ENTITY = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character and entity references: &amp; &lt; &gt; &quot; &apos; &#NNN; &#xHH;. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** ST_Xstring escapes: _x000D_ is a carriage return, _x005F_ a literal "_". */
export function unescapeXstring(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The text of a string item (<si>) or inline string (<is>): its <t>, or the <t>
 * of each rich-text run <r> joined; phonetic runs (<rPh>) are left out.
 */
function richText(xml: string, from: number, to: number, p: string): string {
  const t = `${p}t`;
  const rPh = `${p}rPh`;
  const tClose = `</${p}t>`;
  const rPhClose = `</${p}rPh>`;
  let out = '';
  // From tag to tag: every search ends at a tag close by, never at the end of the sheet.
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if (isElement(xml, lt, rPh) && !selfClosing) {
      const end = xml.indexOf(rPhClose, gt);
      i = end < 0 ? to : end + rPhClose.length;
    } else if (isElement(xml, lt, t) && !selfClosing) {
      const end = xml.indexOf(tClose, gt);
      if (end < 0 || end > to) break;
      out += xml.slice(gt + 1, end);
      i = end + tClose.length;
    } else {
      i = gt + 1;
    }
  }
  return unescapeXstring(decodeXml(out));
}

/** Whether the tag at `lt` ("<") opens an element called `name` (prefix included). */
function isElement(xml: string, lt: number, name: string): boolean {
  return xml.startsWith(name, lt + 1) && isNameEnd(xml.charCodeAt(lt + 1 + name.length));
}

/** After an element name: whitespace, ">" or "/". */
function isNameEnd(c: number): boolean {
  return c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;
}

// ---------------------------------------------------------------- shared strings and styles

/**
 * The shared strings (<si> items, in order) of sharedStrings.xml, read a piece
 * at a time into `out`; each kept as its own string (not a slice of a piece).
 */
class SharedStringsReader {
  private buffer = '';
  private p: string | undefined;

  private chars = 0;

  constructor(
    private readonly where: string,
    private readonly out: string[],
    private readonly limits: { sharedStrings: number; sharedStringChars: number } = XLSX_LIMITS,
  ) {}

  private keep(text: string): void {
    this.chars += text.length;
    if (this.out.length >= this.limits.sharedStrings || this.chars > this.limits.sharedStringChars) {
      throw new XlsxError(
        `${this.where} holds more than ${this.limits.sharedStrings.toLocaleString('en-US')} shared strings or ${(this.limits.sharedStringChars / 1048576).toLocaleString('en-US')} Mi characters of them, more than gongwen keeps; save the register as CSV (CSV UTF-8), which is read a block at a time`,
      );
    }
    this.out.push(text);
  }

  push(text: string): void {
    let xml = this.buffer + text;
    if (this.p === undefined) {
      const root = /<([\w.-]+:)?sst[\s>/]/.exec(xml);
      if (!root) {
        if (xml.length > XLSX_LIMITS.rowChars) throw new XlsxError(`the workbook is corrupt: ${this.where} has no <sst>`);
        this.buffer = xml;
        return;
      }
      if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, root.index))) throw new XlsxError(`${this.where} declares a DTD (<!DOCTYPE>), which no workbook has; refused`);
      this.p = root[1] ?? '';
    }
    const siClose = `</${this.p}si>`;
    const last = xml.lastIndexOf(siClose);
    const end = last < 0 ? this.completeEmpty(xml) : last + siClose.length;
    this.read(xml, 0, end);
    xml = xml.slice(end);
    if (xml.length > XLSX_LIMITS.rowChars) throw new XlsxError(`${this.where}: a shared string is longer than ${XLSX_LIMITS.rowChars / 1048576} MiB`);
    this.buffer = xml;
  }

  end(): void {
    if (this.buffer !== '' && this.p !== undefined) this.read(this.buffer, 0, this.buffer.length);
    this.buffer = '';
  }

  /** Up to the last complete `<si/>`. */
  private completeEmpty(xml: string): number {
    const e = xml.lastIndexOf('/>');
    return e < 0 ? 0 : e + 2;
  }

  private read(xml: string, from: number, to: number): void {
    const p = this.p ?? '';
    const siOpen = `<${p}si`;
    const siClose = `</${p}si>`;
    let i = from;
    for (;;) {
      const si = xml.indexOf(siOpen, i);
      if (si < 0 || si >= to) break;
      const after = si + siOpen.length;
      if (!isNameEnd(xml.charCodeAt(after))) {
        i = after;
        continue;
      }
      const gt = xml.indexOf('>', after);
      if (gt < 0) break;
      if (xml.charCodeAt(gt - 1) === 47) {
        this.keep('');
        i = gt + 1;
        continue;
      }
      const end = xml.indexOf(siClose, gt);
      if (end < 0 || end >= to + 1) throw new XlsxError('the shared strings are cut off');
      this.keep(detach(richText(xml, gt + 1, end, p)));
      i = end + siClose.length;
    }
  }
}

/** Number formats Excel has built in that show dates or times (zh-CN, zh-TW, ja-JP, ko-KR, th-TH ones included). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
  50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

/**
 * Whether a number format code shows a date or a time: it has y, m, d or h
 * outside quoted text, escapes and [brackets] (colours, locales, conditions),
 * in its first section; elapsed time ([h]:mm) counts.
 */
export function isDateFormatCode(code: string): boolean {
  let f = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '');
  f = f.split(';')[0];
  f = f.replace(/\[(?:h+|m+|s+)\]/gi, 'h').replace(/\[[^\]]*\]/g, '');
  f = f.replace(/general/gi, '');
  return /[ymdh]/i.test(f);
}

/** For each cell style (<cellXfs> index, the `s` of a cell): whether it shows a date. */
function parseDateStyles(xml: string): boolean[] {
  const p = escapeRe(prefixOf(xml, 'styleSheet'));
  const codes = new Map<number, string>();
  for (const a of tags(xml, `${p}numFmt`)) {
    const id = Number(a.get('numFmtId'));
    if (Number.isInteger(id)) codes.set(id, a.get('formatCode') ?? '');
  }
  const isDate = (id: number) => BUILT_IN_DATE_FORMATS.has(id) || (codes.has(id) && isDateFormatCode(codes.get(id)!));
  const block = (name: string) => {
    const m = new RegExp(`<${p}${name}\\b[^>]*>([\\s\\S]*?)</${p}${name}>`).exec(xml);
    return m ? [...tags(m[1], `${p}xf`)] : [];
  };
  // A cell style without numFmtId takes its base style's (<cellStyleXfs>, by xfId).
  const base = block('cellStyleXfs').map((a) => a.get('numFmtId'));
  return block('cellXfs').map((a) => {
    const id = a.get('numFmtId') ?? base[Number(a.get('xfId') ?? 0)] ?? '0';
    return isDate(Number(id));
  });
}

// ---------------------------------------------------------------- the sheet

interface SheetContext {
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
    if (i >= n) throw new XlsxError('a cell tag is cut off');
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
      if (col > XLSX_LIMITS.columns) throw new XlsxError(`cell ${xml.slice(valueStart, valueEnd)} is beyond Excel's last column (XFD)`);
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
class SheetReader {
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
          throw new XlsxError(`${this.ctx.where}: row ${this.rowNumber + 1} is longer than ${XLSX_LIMITS.rowChars / 1048576} Mi characters of XML`);
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
        if (xml.length > XLSX_LIMITS.rowChars) throw new XlsxError(`the workbook is corrupt: ${this.ctx.where} has no <sheetData> in its first ${XLSX_LIMITS.rowChars / 1048576} MiB`);
        this.buffer = xml;
        return;
      }
      if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, root!.index))) throw new XlsxError(`${this.ctx.where} declares a DTD (<!DOCTYPE>), which no workbook has; refused`);
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
      throw new XlsxError(`${this.ctx.where}: row ${this.rowNumber + 1} is longer than ${XLSX_LIMITS.rowChars / 1048576} Mi characters of XML`);
    }
  }

  end(): void {
    if (this.done) return;
    if (!this.inData) throw new XlsxError(`the workbook is corrupt: ${this.ctx.where} has no <sheetData>`);
    throw new XlsxError(`the workbook is corrupt: ${this.ctx.where} is cut off after row ${this.rowNumber}`);
  }

  /** Reads the rows of `xml` before `dataEnd`. */
  private scan(xml: string, dataEnd: number): void {
    const ctx = this.ctx;
    const p = this.p!;
    const rowName = `${p}row`;
    const cName = `${p}c`;
    const vName = `${p}v`;
    const isName = `${p}is`;
    const vClose = `</${p}v>`;
    const cClose = `</${p}c>`;
    const isClose = `</${p}is>`;
    const { sharedStrings, dateStyles, date1904 } = ctx;
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
      if (number <= rowNumber) throw new XlsxError(`${ctx.where}: row ${number} comes after row ${rowNumber}`);
      if (number > XLSX_LIMITS.rows) {
        const cell = /<(?:[\w.-]+:)?c\s[^>]*?\br\s*=\s*["']([A-Za-z]+\d+)["']/.exec(xml.slice(rowTagEnd, Math.min(dataEnd, rowTagEnd + 4096)));
        throw new XlsxError(`${ctx.where}: ${cell ? `cell ${cell[1]} is in ` : ''}row ${number.toLocaleString('en-US')}, beyond Excel's last row (${XLSX_LIMITS.rows.toLocaleString('en-US')})`);
      }
      rowNumber = this.rowNumber = number;
      const cells: CellValue[] = [];
      if (xml.charCodeAt(rowTagEnd - 1) === 47) {
        pos = rowTagEnd + 1;
        continue;
      }
      // Its cells, up to </row>.
      let column = 0;
      let i = rowTagEnd + 1;
      for (;;) {
        const lt = xml.charCodeAt(i) === 60 ? i : xml.indexOf('<', i);
        if (lt < 0 || lt > dataEnd) throw new XlsxError(`${ctx.where}: row ${rowNumber} is cut off`);
        if (xml.charCodeAt(lt + 1) === 47 /* </ */) {
          i = xml.indexOf('>', lt) + 1;
          if (xml.startsWith(rowName, lt + 2) && xml.charCodeAt(lt + 2 + rowName.length) === 62) break;
          continue;
        }
        if (!isElement(xml, lt, cName)) {
          i = xml.indexOf('>', lt) + 1; // not a cell: pass over the tag
          continue;
        }
        const cTagEnd = readCellTag(xml, lt + 1 + cName.length);
        column = cellColumn > 0 ? cellColumn : column + 1;
        const type = cellType;
        const style = cellStyle;

        // The cell's <v> (text from vFrom to vTo; -1 when there is none) and <is>.
        let vFrom = -1;
        let vTo = -1;
        let isFrom = -1;
        let isTo = -1;
        if (xml.charCodeAt(cTagEnd - 1) === 47) {
          i = cTagEnd + 1; // <c …/>
        } else {
          let k = cTagEnd + 1;
          // Nearly every cell is <c …><v>…</v></c>.
          if (xml.charCodeAt(k) === 60 && xml.startsWith(vName, k + 1) && xml.charCodeAt(k + 1 + vName.length) === 62) {
            vFrom = k + 2 + vName.length;
            vTo = xml.indexOf('<', vFrom);
            if (xml.startsWith(vClose, vTo) && xml.startsWith(cClose, vTo + vClose.length)) {
              i = vTo + vClose.length + cClose.length;
              k = -1;
            } else {
              vFrom = vTo = -1;
            }
          }
          if (k >= 0) {
            // Any other cell: its children tag by tag (<f>, <v>, <is>, <extLst>).
            const cEnd = xml.indexOf(cClose, cTagEnd);
            if (cEnd < 0 || cEnd > dataEnd) throw new XlsxError(`${ctx.where}: cell ${columnName(column)}${rowNumber} is cut off`);
            i = cEnd + cClose.length;
            while (k < cEnd) {
              const lt2 = xml.indexOf('<', k);
              if (lt2 < 0 || lt2 >= cEnd) break;
              const gt = xml.indexOf('>', lt2);
              if (isElement(xml, lt2, vName)) {
                if (xml.charCodeAt(gt - 1) === 47) {
                  vFrom = vTo = gt + 1;
                } else {
                  vFrom = gt + 1;
                  vTo = xml.indexOf(vClose, vFrom);
                  if (vTo < 0 || vTo > cEnd) vTo = vFrom;
                }
                k = vTo;
              } else if (isElement(xml, lt2, isName)) {
                isFrom = lt2;
                const isEnd = xml.charCodeAt(gt - 1) === 47 ? gt : xml.indexOf(isClose, gt);
                isTo = isEnd < 0 || isEnd > cEnd ? cEnd : isEnd;
                k = isTo;
              } else {
                k = gt + 1;
              }
            }
          }
        }

        let value: CellValue = null;
        if (isFrom >= 0 && (type === 'inlineStr' || type === undefined || type === 'str')) {
          value = richText(xml, isFrom, isTo, p);
        } else if (type === undefined || type === 'n') {
          if (vTo > vFrom) {
            const n = numberAt(xml, vFrom, vTo);
            if (Number.isNaN(n)) throw badCell(ctx, column, rowNumber, `holds "${xml.slice(vFrom, vTo)}", not a number`);
            value = style >= 0 && dateStyles[style] === true ? excelDate(n, date1904) : n;
          }
        } else if (type === 's') {
          if (vTo > vFrom) {
            const s = sharedStrings[numberAt(xml, vFrom, vTo)];
            if (s === undefined) throw badCell(ctx, column, rowNumber, `refers to shared string ${xml.slice(vFrom, vTo)}, which the workbook does not have`);
            value = s;
          }
        } else if (type === 'str' || type === 'inlineStr') {
          if (vTo > vFrom) value = unescapeXstring(decodeXml(xml.slice(vFrom, vTo)));
        } else if (type === 'b') {
          if (vTo > vFrom) {
            const b = xml.slice(vFrom, vTo).trim().toLowerCase();
            if (b === '1' || b === 'true') value = true;
            else if (b === '0' || b === 'false') value = false;
            else throw badCell(ctx, column, rowNumber, `holds "${b}", not a boolean`);
          }
        } else if (type === 'd') {
          if (vTo > vFrom) {
            const d = isoDate(xml.slice(vFrom, vTo));
            if (Number.isNaN(d.getTime())) throw badCell(ctx, column, rowNumber, `holds "${xml.slice(vFrom, vTo)}", not a date`);
            value = d;
          }
        } else if (type !== 'e') {
          throw badCell(ctx, column, rowNumber, `has an unknown type "${type}"`);
        }

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
      if (cells.length > 0) this.onRow(rowNumber, cells);
      pos = i;
    }
  }
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

function badCell(ctx: SheetContext, column: number, row: number, what: string): XlsxError {
  return new XlsxError(`${ctx.where}: cell ${columnName(column)}${row} ${what}`);
}
