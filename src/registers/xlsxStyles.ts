import { say } from '../diagnostics/messages/index.js';
import { detach } from './cells.js';
import { XLSX_LIMITS, XlsxError } from './xlsxLimits.js';
import { escapeRe, isNameEnd, prefixOf, richText, tags } from './xlsxXml.js';

/**
 * The shared strings (<si> items, in order) of sharedStrings.xml, read a piece
 * at a time into `out`; each kept as its own string (not a slice of a piece).
 */
export class SharedStringsReader {
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
      throw new XlsxError(say('xlsx.too-many-shared-strings', {
        part: this.where, count: this.limits.sharedStrings.toLocaleString('en-US'), chars: (this.limits.sharedStringChars / 1048576).toLocaleString('en-US'),
      }));
    }
    this.out.push(text);
  }

  push(text: string): void {
    let xml = this.buffer + text;
    if (this.p === undefined) {
      const root = /<([\w.-]+:)?sst[\s>/]/.exec(xml);
      if (!root) {
        if (xml.length > XLSX_LIMITS.rowChars) throw new XlsxError(say('xlsx.no-sst', { part: this.where }));
        this.buffer = xml;
        return;
      }
      if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, root.index))) throw new XlsxError(say('xlsx.dtd', { part: this.where }));
      this.p = root[1] ?? '';
    }
    const siClose = `</${this.p}si>`;
    const last = xml.lastIndexOf(siClose);
    const end = last < 0 ? this.completeEmpty(xml) : last + siClose.length;
    this.read(xml, 0, end);
    xml = xml.slice(end);
    if (xml.length > XLSX_LIMITS.rowChars) throw new XlsxError(say('xlsx.in', { part: this.where, reason: say('xlsx.shared-string-too-long', { limit: XLSX_LIMITS.rowChars / 1048576 }) }));
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
      if (end < 0 || end >= to + 1) throw new XlsxError(say('xlsx.shared-strings-cut-off'));
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
export function parseDateStyles(xml: string): boolean[] {
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

