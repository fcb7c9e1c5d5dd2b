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
import { strFromU8, unzipSync } from 'fflate';
import type { CellValue } from './types.js';

/** A workbook that cannot be read; the message says where. */
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}

/** The first sheet's cells: index i is spreadsheet row i + 1. */
export function readXlsxSheet(bytes: Uint8Array): CellValue[][] {
  const parts = new Parts(bytes);

  // _rels/.rels → the workbook (xl/workbook.xml nearly always).
  const root = parts.text('_rels/.rels');
  const office = root ? relationships(root, '').find((r) => r.type.endsWith('/officeDocument')) : undefined;
  const workbookPath = office?.target ?? 'xl/workbook.xml';
  const workbook = parts.text(workbookPath);
  if (workbook === undefined) throw new XlsxError(`no ${workbookPath} in the workbook (is it an .xlsx file?)`);
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsText = parts.text(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`);
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
  const stylesText = parts.text(part('/styles', 'styles.xml'));
  const stringsText = parts.text(part('/sharedStrings', 'sharedStrings.xml'));
  const sheetText = parts.text(sheetPath);
  if (sheetText === undefined) throw new XlsxError(`no ${sheetPath} in the workbook`);
  return parseSheet(sheetText, {
    sharedStrings: stringsText === undefined ? [] : parseSharedStrings(stringsText),
    dateStyles: stylesText === undefined ? [] : parseDateStyles(stylesText),
    date1904,
    where: sheetPath,
  });
}

/** The zip's entries, decompressed one at a time as they are asked for (names compared case-insensitively). */
class Parts {
  readonly names: string[] = [];
  private readonly byLower = new Map<string, string>();

  constructor(private readonly bytes: Uint8Array) {
    unzipSync(bytes, {
      filter: (f) => {
        const name = f.name.replace(/\\/g, '/').replace(/^\//, '');
        this.names.push(name);
        this.byLower.set(name.toLowerCase(), f.name);
        return false;
      },
    });
  }

  text(path: string): string | undefined {
    const entry = this.byLower.get(path.replace(/^\//, '').toLowerCase());
    if (entry === undefined) return undefined;
    const files = unzipSync(this.bytes, { filter: (f) => f.name === entry });
    const data = files[entry];
    if (data === undefined) return undefined;
    // Decoded once. A sheet whose strings are all shared is plain ASCII: latin1 is then the same text, and faster.
    return isAscii(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1') : strFromU8(data);
  }
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

function parseSharedStrings(xml: string): string[] {
  const p = prefixOf(xml, 'sst');
  const siOpen = `<${p}si`;
  const siClose = `</${p}si>`;
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const si = xml.indexOf(siOpen, i);
    if (si < 0) break;
    const after = si + siOpen.length;
    if (!isNameEnd(xml.charCodeAt(after))) {
      i = after;
      continue;
    }
    const gt = xml.indexOf('>', after);
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      i = gt + 1;
      continue;
    }
    const end = xml.indexOf(siClose, gt);
    if (end < 0) throw new XlsxError('the shared strings are cut off');
    out.push(richText(xml, gt + 1, end, p));
    i = end + siClose.length;
  }
  return out;
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

function parseSheet(xml: string, ctx: SheetContext): CellValue[][] {
  const p = prefixOf(xml, 'worksheet');
  const rows: CellValue[][] = [];
  const dataStart = xml.indexOf(`<${p}sheetData`);
  if (dataStart < 0) return rows;
  const dataEnd = xml.indexOf(`</${p}sheetData>`, dataStart);
  if (dataEnd < 0) return rows; // <sheetData/>: no rows
  const rowName = `${p}row`;
  const cName = `${p}c`;
  const vName = `${p}v`;
  const isName = `${p}is`;
  const vClose = `</${p}v>`;
  const cClose = `</${p}c>`;
  const isClose = `</${p}is>`;
  const { sharedStrings, dateStyles, date1904 } = ctx;

  let width = 0;
  let lastDataRow = 0;
  let rowNumber = 0;
  let pos = dataStart + 1;
  for (;;) {
    // The next <row>: whatever else is between rows is passed over.
    const r = xml.indexOf(`<${rowName}`, pos);
    if (r < 0 || r > dataEnd) break;
    if (!isElement(xml, r, rowName)) {
      pos = r + 1;
      continue;
    }
    const rowTagEnd = xml.indexOf('>', r);
    const rAttr = /\sr\s*=\s*["'](\d+)["']/.exec(xml.slice(r + rowName.length, rowTagEnd));
    const number = rAttr ? Number(rAttr[1]) : rowNumber + 1;
    if (number <= rowNumber) throw new XlsxError(`${ctx.where}: row ${number} comes after row ${rowNumber}`);
    rowNumber = number;
    while (rows.length < rowNumber - 1) rows.push([]);
    const cells: CellValue[] = [];
    rows.push(cells);
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
      if (column > width) width = column;
      lastDataRow = rowNumber;
    }
    pos = i;
  }

  rows.length = lastDataRow;
  for (const row of rows) while (row.length < width) row.push(null);
  return rows;
}

function badCell(ctx: SheetContext, column: number, row: number, what: string): XlsxError {
  return new XlsxError(`${ctx.where}: cell ${columnName(column)}${row} ${what}`);
}
