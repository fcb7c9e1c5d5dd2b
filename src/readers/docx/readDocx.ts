/**
 * Reads a DOCX (WordprocessingML, ECMA-376 Part 1 §17) as Word, WPS, LibreOffice, pandoc or gongwen
 * save it, into raw paragraphs and tables with their effective formatting (see ../raw.ts).
 *
 * - Tracked changes are read as accepted: w:ins / w:moveTo kept, w:del / w:moveFrom / w:delText left
 *   out, a deleted paragraph mark joins the paragraph to the next (§17.13.5).
 * - Comments are ignored (the ranges and references carry no text of the document).
 * - Fields: the result is read, not the instruction (§17.16); a PAGE field in a footer reads "{PAGE}".
 * - Automatic numbers (w:numPr, §17.9) are generated from numbering.xml and put before the text.
 * - Text boxes (w:txbxContent, in mc:AlternateContent the Choice only) come after their paragraph.
 * - Footnotes come after the paragraph that cites them (gongwen puts its 版记 in one).
 * - Tables: a cell's paragraphs joined; a horizontally merged cell (w:gridSpan) leaves the cells it
 *   covers empty, a vertically merged one (w:vMerge) its continuation cells, which are marked
 *   (RawTable.continued) for the recogniser to repeat the merged value in.
 */
import { toChineseNumber, circledNumber } from '../../zh/numerals.js';
import type { RawBlock, RawDocument, RawParagraph, RawRun, RawSection, RunFormat, RawAlign } from '../raw.js';
import { ZipReader as ZipArchive } from '../../io/unzip.js';
import { child, children, elements, parseXml, val, type XmlElement } from '../xml.js';

interface Style {
  id: string;
  name?: string;
  basedOn?: string;
  pPr?: XmlElement;
  rPr?: XmlElement;
}

interface Level {
  numFmt: string;
  lvlText: string;
  start: number;
}

const onOff = (el: XmlElement | undefined): boolean | undefined => {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !/^(0|false|off)$/i.test(v);
};

function relsOf(zip: ZipArchive, part: string): Map<string, { type: string; target: string }> {
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  const text = zip.text(`${dir}_rels/${part.slice(dir.length)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  if (!text) return out;
  for (const r of elements(parseXml(text, `${dir}_rels`))) {
    if ((r.attrs.TargetMode ?? '').toLowerCase() === 'external') continue;
    const target = r.attrs.Target ?? '';
    out.set(r.attrs.Id ?? '', { type: r.attrs.Type ?? '', target: resolvePart(dir, target) });
  }
  return out;
}

function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

/** Formats the counter of one numbering level as Word shows it (ST_NumberFormat, §17.18.59). */
function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographLegalTraditional':
      return toChineseNumber(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circledNumber(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'none':
      return '';
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

class Numbering {
  private readonly abstract = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: XmlElement | undefined) {
    for (const a of children(xml, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of children(a, 'w:lvl')) {
        levels.set(Number(l.attrs['w:ilvl'] ?? 0), {
          numFmt: val(l, 'w:numFmt') ?? 'decimal',
          lvlText: val(l, 'w:lvlText') ?? '',
          start: Number(val(l, 'w:start') ?? 1),
        });
      }
      this.abstract.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of children(xml, 'w:num')) {
      const starts = new Map<number, number>();
      for (const o of children(n, 'w:lvlOverride')) {
        const s = val(o, 'w:startOverride');
        if (s !== undefined) starts.set(Number(o.attrs['w:ilvl'] ?? 0), Number(s));
      }
      this.nums.set(n.attrs['w:numId'] ?? '', { abstractId: val(n, 'w:abstractNumId') ?? '', starts });
    }
  }

  /** The number the next paragraph of this list and level shows. */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const levels = this.abstract.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return undefined;
    let c = this.counters.get(numId);
    if (!c) this.counters.set(numId, (c = []));
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
    for (let l = ilvl + 1; l < 9; l++) c[l] = undefined as unknown as number;
    if (level.numFmt === 'bullet') return undefined;
    return level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = levels.get(l);
      return formatNumber(c![l] ?? startOf(l), lv?.numFmt ?? 'decimal');
    });
  }
}

/**
 * The theme's fonts (DrawingML a:fontScheme): minorEastAsia, majorHAnsi … → a face. An empty East
 * Asian face means the script's own, for Chinese the "Hans" one (Word picks it for zh-CN text).
 */
function themeFonts(theme: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const scheme = theme ? descendantsOf(theme, 'a:fontScheme') : undefined;
  for (const [kind, el] of [['major', child(scheme, 'a:majorFont')], ['minor', child(scheme, 'a:minorFont')]] as const) {
    if (!el) continue;
    const latin = child(el, 'a:latin')?.attrs.typeface;
    const ea = child(el, 'a:ea')?.attrs.typeface || children(el, 'a:font').find((f) => f.attrs.script === 'Hans')?.attrs.typeface;
    if (latin) for (const n of ['HAnsi', 'Ascii', 'Bidi']) out.set(`${kind}${n}`, latin);
    if (ea) out.set(`${kind}EastAsia`, ea);
  }
  return out;
}

function descendantsOf(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of elements(el)) {
    if (c.name === name) return c;
    const d = descendantsOf(c, name);
    if (d) return d;
  }
  return undefined;
}

function runFormatOf(rPr: XmlElement | undefined, into: RunFormat, theme = new Map<string, string>()): RunFormat {
  if (!rPr) return into;
  const f = { ...into };
  const fonts = child(rPr, 'w:rFonts');
  const fromTheme = (name: string | undefined) => (name ? (theme.get(name) ?? `theme:${name}`) : undefined);
  if (fonts) {
    const ea = fonts.attrs['w:eastAsia'] ?? fromTheme(fonts.attrs['w:eastAsiaTheme']);
    const ascii = fonts.attrs['w:ascii'] ?? fromTheme(fonts.attrs['w:asciiTheme']);
    if (ea) f.fontEastAsia = ea;
    if (ascii) f.fontAscii = ascii;
  }
  const sz = val(rPr, 'w:sz');
  if (sz !== undefined && /^\d+$/.test(sz)) f.sizePt = Number(sz) / 2;
  const b = onOff(child(rPr, 'w:b'));
  if (b !== undefined) f.bold = b;
  const spacing = val(rPr, 'w:spacing');
  if (spacing !== undefined && /^-?\d+$/.test(spacing)) f.spacingTwip = Number(spacing);
  const color = val(rPr, 'w:color');
  if (color) f.color = color.toUpperCase();
  return f;
}

const ALIGN: Record<string, RawAlign> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify' };

interface FieldState {
  phase: 'instr' | 'result';
  instr: string;
}

export interface DocxReadOptions {
  where: string;
  maxEntryBytes?: number;
}

export function readDocx(bytes: Uint8Array, options: DocxReadOptions): RawDocument {
  const zip = new ZipArchive(bytes, options.where, options.maxEntryBytes);
  const rootRels = relsOf(zip, '');
  const mainPart = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  const docText = zip.text(mainPart);
  if (docText === undefined) throw new Error(`${options.where}: no ${mainPart} in the package (is it a .docx file?)`);
  const rels = relsOf(zip, mainPart);
  const partOf = (type: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(type))?.target ?? fallback;
  const xmlOf = (part: string) => {
    const t = zip.text(part);
    return t === undefined ? undefined : parseXml(t, part);
  };

  // styles.xml (§17.7): docDefaults, then each style over its basedOn chain
  const stylesXml = xmlOf(partOf('/styles', 'word/styles.xml'));
  const styles = new Map<string, Style>();
  let defaultParagraphStyle: string | undefined;
  for (const s of children(stylesXml, 'w:style')) {
    const id = s.attrs['w:styleId'] ?? '';
    styles.set(id, { id, name: val(s, 'w:name'), basedOn: val(s, 'w:basedOn'), pPr: child(s, 'w:pPr'), rPr: child(s, 'w:rPr') });
    if (s.attrs['w:type'] === 'paragraph' && onOff({ name: '', attrs: { 'w:val': s.attrs['w:default'] ?? '0' }, children: [] })) defaultParagraphStyle = id;
  }
  const docDefaults = child(stylesXml, 'w:docDefaults');
  const theme = themeFonts(xmlOf(partOf('/theme', 'word/theme/theme1.xml')));
  const format = (rPr: XmlElement | undefined, into: RunFormat) => runFormatOf(rPr, into, theme);
  // with no East Asian face given anywhere, Word sets Chinese in the theme's minor East Asian face
  const themeDefault: RunFormat = theme.get('minorEastAsia') ? { fontEastAsia: theme.get('minorEastAsia') } : {};
  const defaultRun = format(child(child(docDefaults, 'w:rPrDefault'), 'w:rPr'), themeDefault);
  const chain = (id: string | undefined): Style[] => {
    const out: Style[] = [];
    const seen = new Set<string>();
    while (id && styles.has(id) && !seen.has(id) && out.length < 32) {
      seen.add(id);
      const s = styles.get(id)!;
      out.unshift(s);
      id = s.basedOn;
    }
    return out;
  };
  const numbering = new Numbering(xmlOf(partOf('/numbering', 'word/numbering.xml')));
  const settings = xmlOf(partOf('/settings', 'word/settings.xml'));
  const footnotesXml = rels.size ? xmlOf(partOf('/footnotes', 'word/footnotes.xml')) : undefined;
  const footnotes = new Map<string, XmlElement>();
  for (const f of children(footnotesXml, 'w:footnote')) footnotes.set(f.attrs['w:id'] ?? '', f);

  const notes: string[] = [];
  const blocks: RawBlock[] = [];
  const sections: RawSection[] = [];
  let index = 0;
  let page = 1;
  let pagesKnown = false;
  let field: FieldState[] = [];
  let joinNext: RawParagraph | undefined;
  // gongwen's own layout sets the last lines of the text's last paragraph apart, in the style
  // GwBodyCarry (正文续行, ../../writers/docx/standard.ts), to keep them with the signature: they are
  // read back as the one paragraph they are. Word and WPS keep the style when the file is edited.
  const carried = new WeakSet<RawParagraph>();

  /** One w:p → a paragraph (and the text boxes and footnotes it carries). */
  const readParagraph = (p: XmlElement, from?: RawParagraph['from']): RawParagraph[] => {
    const pPr = child(p, 'w:pPr');
    const styleChain = chain(val(pPr, 'w:pStyle') ?? defaultParagraphStyle);
    const prop = (name: string): XmlElement | undefined => {
      const direct = child(pPr, name);
      if (direct) return direct;
      for (let k = styleChain.length - 1; k >= 0; k--) {
        const e = child(styleChain[k]!.pPr, name);
        if (e) return e;
      }
      return undefined;
    };
    let paraRun = defaultRun;
    for (const s of styleChain) paraRun = format(s.rPr, paraRun);
    const jc = prop('w:jc')?.attrs['w:val'];
    const outline = prop('w:outlineLvl')?.attrs['w:val'];
    const numPr = prop('w:numPr');
    const spacing = prop('w:spacing');
    const bdr = prop('w:pBdr');
    if (onOff(prop('w:pageBreakBefore'))) {
      page++;
      blocks.push({ type: 'pageBreak' });
    }
    const runs: RawRun[] = [];
    const extra: RawParagraph[] = [];
    let pageBreakAfter = false;
    const addText = (text: string, format: RunFormat) => {
      if (!text) return;
      const last = runs[runs.length - 1];
      if (last && last.format === format) last.text += text;
      else runs.push({ text, format });
    };
    const inResult = () => field.every((f) => f.phase === 'result');
    const pageField = () => field.some((f) => /^\s*PAGE\b/i.test(f.instr));
    const walkInline = (el: XmlElement, runFormat: RunFormat) => {
      for (const c of elements(el)) {
        switch (c.name) {
          case 'w:r': {
            const rStyle = val(child(c, 'w:rPr'), 'w:rStyle');
            let f = paraRun;
            for (const s of chain(rStyle)) f = format(s.rPr, f);
            f = format(child(c, 'w:rPr'), f);
            for (const r of elements(c)) {
              switch (r.name) {
                case 'w:t':
                  if (inResult() && !pageField()) addText(r.children.filter((x) => typeof x === 'string').join(''), f);
                  break;
                case 'w:tab':
                  if (inResult()) addText('\t', f);
                  break;
                case 'w:br':
                case 'w:cr':
                  if (r.attrs['w:type'] === 'page') pageBreakAfter = true;
                  else if (inResult()) addText('\n', f);
                  break;
                case 'w:noBreakHyphen':
                  addText('-', f);
                  break;
                case 'w:sym': {
                  const code = parseInt(r.attrs['w:char'] ?? '', 16);
                  if (code && !(code >= 0xf000 && code <= 0xf0ff)) addText(String.fromCodePoint(code), f);
                  break;
                }
                case 'w:lastRenderedPageBreak':
                  pagesKnown = true;
                  page++;
                  break;
                case 'w:fldChar': {
                  const t = r.attrs['w:fldCharType'];
                  if (t === 'begin') field.push({ phase: 'instr', instr: '' });
                  else if (t === 'separate') {
                    const top = field[field.length - 1];
                    if (top) {
                      top.phase = 'result';
                      if (/^\s*PAGE\b/i.test(top.instr) && field.length === 1) addText('{PAGE}', f);
                    }
                  } else if (t === 'end') {
                    const top = field.pop();
                    // a PAGE field with no result part still shows a number
                    if (top && top.phase === 'instr' && /^\s*PAGE\b/i.test(top.instr) && field.length === 0) addText('{PAGE}', f);
                  }
                  break;
                }
                case 'w:instrText': {
                  const top = field[field.length - 1];
                  if (top && top.phase === 'instr') top.instr += r.children.filter((x) => typeof x === 'string').join('');
                  break;
                }
                case 'w:footnoteReference': {
                  const fn = footnotes.get(r.attrs['w:id'] ?? '');
                  if (fn) {
                    if (r.attrs['w:customMarkFollows'] !== '1') notes.push(`footnote ${r.attrs['w:id']} is placed after paragraph ${index + 1} as text`);
                    for (const fp of children(fn, 'w:p')) extra.push(...readParagraph(fp, 'footnote'));
                  }
                  break;
                }
                case 'w:drawing':
                case 'w:pict':
                case 'w:object':
                case 'mc:AlternateContent':
                  extra.push(...textBoxes(r));
                  break;
                default:
                  break;
              }
            }
            break;
          }
          case 'w:fldSimple': {
            const instr = c.attrs['w:instr'] ?? '';
            if (/^\s*PAGE\b/i.test(instr)) addText('{PAGE}', paraRun);
            else walkInline(c, runFormat);
            break;
          }
          case 'w:ins':
          case 'w:moveTo':
          case 'w:hyperlink':
          case 'w:smartTag':
          case 'w:customXml':
          case 'w:bdo':
          case 'w:dir':
            walkInline(c, runFormat);
            break;
          case 'w:sdt':
            walkInline(child(c, 'w:sdtContent') ?? c, runFormat);
            break;
          case 'mc:AlternateContent':
            extra.push(...textBoxes(c));
            break;
          default:
            // w:del, w:moveFrom (tracked deletions), comment ranges, bookmarks, proofing marks: no text
            break;
        }
      }
    };
    walkInline(p, paraRun);
    let text = runs.map((r) => r.text).join('');
    let autoNumber: string | undefined;
    const numId = child(numPr, 'w:numId')?.attrs['w:val'];
    if (numId && numId !== '0') {
      autoNumber = numbering.next(numId, Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0));
      if (autoNumber) text = autoNumber + text;
    }
    const border = (side: string) => {
      const b = child(bdr, side);
      return b && b.attrs['w:val'] && b.attrs['w:val'] !== 'nil' && b.attrs['w:val'] !== 'none' ? Number(b.attrs['w:sz'] ?? 4) : undefined;
    };
    const para: RawParagraph = {
      type: 'paragraph',
      text,
      index: ++index,
      page,
      align: jc ? ALIGN[jc] : undefined,
      styleName: styleChain.length ? styleChain[styleChain.length - 1]!.name : undefined,
      outlineLevel: outline !== undefined ? Number(outline) : undefined,
      autoNumber,
      runs,
      borderTop: border('w:top'),
      borderBottom: border('w:bottom'),
      borderColor: (child(bdr, 'w:bottom') ?? child(bdr, 'w:top'))?.attrs['w:color']?.toUpperCase(),
      frameAlign: prop('w:framePr')?.attrs['w:xAlign'],
      lineExactTwip: spacing?.attrs['w:lineRule'] === 'exact' && spacing.attrs['w:line'] ? Number(spacing.attrs['w:line']) : undefined,
      from,
    };
    const out = [para, ...extra];
    if (pageBreakAfter) page++;
    // a deleted paragraph mark (tracked) joins this paragraph to the next one once accepted
    if (child(child(pPr, 'w:rPr'), 'w:del') && !from) {
      joinNext = para;
      return extra;
    }
    if (joinNext && !from) {
      para.text = joinNext.text + para.text;
      para.runs = [...joinNext.runs, ...para.runs];
      joinNext = undefined;
    }
    if (pageBreakAfter) (para as RawParagraph & { breakAfter?: boolean }).breakAfter = true;
    if (!from && val(pPr, 'w:pStyle') === 'GwBodyCarry') carried.add(para);
    return out;
  };

  /** Paragraphs of the text boxes under an element (mc:AlternateContent: its first Choice only). */
  const textBoxes = (el: XmlElement): RawParagraph[] => {
    const out: RawParagraph[] = [];
    const visit = (e: XmlElement) => {
      if (e.name === 'mc:AlternateContent') {
        const pick = child(e, 'mc:Choice') ?? child(e, 'mc:Fallback');
        if (pick) visit(pick);
        return;
      }
      if (e.name === 'w:txbxContent') {
        for (const b of elements(e)) if (b.name === 'w:p') out.push(...readParagraph(b, 'textbox'));
        return;
      }
      for (const c of elements(e)) visit(c);
    };
    visit(el);
    return out;
  };

  const cellText = (tc: XmlElement): string => {
    const parts: string[] = [];
    const visit = (e: XmlElement) => {
      for (const c of elements(e)) {
        if (c.name === 'w:p') parts.push(...readParagraph(c, 'table').map((x) => x.text));
        else if (c.name === 'w:tbl') for (const tr of children(c, 'w:tr')) for (const inner of children(tr, 'w:tc')) parts.push(cellText(inner));
        else if (c.name === 'w:sdt') visit(child(c, 'w:sdtContent') ?? c);
        else if (c.name === 'w:customXml') visit(c);
      }
    };
    visit(tc);
    return parts.filter(Boolean).join('\n');
  };

  const readTable = (tbl: XmlElement) => {
    const rows: string[][] = [];
    const continuedCells: boolean[][] = [];
    for (const tr of collect(tbl, 'w:tr')) {
      const row: string[] = [];
      const continuedRow: boolean[] = [];
      for (const tc of collect(tr, 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Number(val(tcPr, 'w:gridSpan') ?? 1);
        const vMerge = child(tcPr, 'w:vMerge');
        const continued = vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart';
        row.push(continued ? '' : cellText(tc));
        continuedRow.push(continued);
        for (let k = 1; k < span && k < 64; k++) {
          row.push('');
          continuedRow.push(false);
        }
      }
      rows.push(row);
      continuedCells.push(continuedRow);
    }
    const width = Math.max(0, ...rows.map((r) => r.length));
    for (const r of rows) while (r.length < width) r.push('');
    for (const r of continuedCells) while (r.length < width) r.push(false);
    blocks.push({ type: 'table', index: ++index, rows, continued: continuedCells });
  };

  /** Children of a table or row through w:sdt / w:customXml wrappers. */
  const collect = (el: XmlElement, name: string): XmlElement[] => {
    const out: XmlElement[] = [];
    for (const c of elements(el)) {
      if (c.name === name) out.push(c);
      else if (c.name === 'w:sdt') out.push(...collect(child(c, 'w:sdtContent') ?? c, name));
      else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') out.push(...collect(c, name));
    }
    return out;
  };

  const readSection = (sectPr: XmlElement) => {
    const pgSz = child(sectPr, 'w:pgSz');
    const pgMar = child(sectPr, 'w:pgMar');
    const grid = child(sectPr, 'w:docGrid');
    const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));
    const footers: RawSection['footers'] = {};
    for (const ref of children(sectPr, 'w:footerReference')) {
      const target = rels.get(ref.attrs['r:id'] ?? '')?.target;
      const xml = target ? xmlOf(target) : undefined;
      if (!xml) continue;
      const saved = { index, page, field };
      field = [];
      const paras: RawParagraph[] = [];
      // Word's page-number gallery wraps the footer's paragraph in a w:sdt
      const collectParas = (e: XmlElement) => {
        for (const fp of elements(e)) {
          if (fp.name === 'w:p') paras.push(...readParagraph(fp));
          else if (fp.name === 'w:sdt') collectParas(child(fp, 'w:sdtContent') ?? fp);
          else if (fp.name === 'w:customXml') collectParas(fp);
        }
      };
      collectParas(xml);
      ({ index, page, field } = saved);
      footers[(ref.attrs['w:type'] ?? 'default') as 'default' | 'even' | 'first'] = paras;
    }
    sections.push({
      pageWidth: num(pgSz?.attrs['w:w']),
      pageHeight: num(pgSz?.attrs['w:h']),
      top: num(pgMar?.attrs['w:top']),
      bottom: num(pgMar?.attrs['w:bottom']),
      left: num(pgMar?.attrs['w:left']),
      right: num(pgMar?.attrs['w:right']),
      gridType: grid?.attrs['w:type'],
      linePitch: num(grid?.attrs['w:linePitch']),
      charSpace: num(grid?.attrs['w:charSpace']),
      titlePage: onOff(child(sectPr, 'w:titlePg')) ?? false,
      pageNumberFormat: child(sectPr, 'w:pgNumType')?.attrs['w:fmt'],
      footers,
    });
  };

  const walkBlocks = (container: XmlElement) => {
    for (const c of elements(container)) {
      switch (c.name) {
        case 'w:p': {
          for (const para of readParagraph(c)) {
            const before = blocks[blocks.length - 1];
            if (carried.has(para) && before?.type === 'paragraph' && !before.from && before.text.trim()) {
              // the lines the writer set apart to keep with the signature: the paragraph before, continued
              before.text += para.text;
              before.runs = [...before.runs, ...para.runs];
              continue;
            }
            blocks.push(para);
            if ((para as RawParagraph & { breakAfter?: boolean }).breakAfter) {
              delete (para as RawParagraph & { breakAfter?: boolean }).breakAfter;
              blocks.push({ type: 'pageBreak' });
            }
          }
          const sect = child(child(c, 'w:pPr'), 'w:sectPr');
          if (sect) readSection(sect);
          break;
        }
        case 'w:tbl':
          readTable(c);
          break;
        case 'w:sdt':
          walkBlocks(child(c, 'w:sdtContent') ?? c);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          walkBlocks(c);
          break;
        case 'w:sectPr':
          readSection(c);
          break;
        case 'mc:AlternateContent':
          blocks.push(...textBoxes(c));
          break;
        default:
          break;
      }
    }
  };

  const docXml = parseXml(docText, mainPart);
  const body = child(docXml, 'w:body');
  if (!body) throw new Error(`${options.where}: ${mainPart} has no w:body`);
  walkBlocks(body);
  if (joinNext) blocks.push(joinNext);
  return {
    blocks,
    sections,
    evenAndOddHeaders: onOff(child(settings, 'w:evenAndOddHeaders')) ?? false,
    pagesKnown,
    notes,
  };
}
