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
import { localize, say, type LocalText } from '../../diagnostics/messages/index.js';
import type { RawBlock, RawDocument, RawParagraph, RawRun, RawSection, RunFormat, RawAlign } from '../raw.js';
import { ZipReader as ZipArchive } from '../../io/unzip.js';
import { child, children, elements, parseXml, val, type XmlElement } from '../xml.js';
import { Numbering } from './numbering.js';
import { readTableCells } from './tables.js';
import { onOff, relsOf, StyleSheet, themeFonts, type Style } from './parts.js';

const ALIGN: Record<string, RawAlign> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify' };

/** A field being read (§17.16): its instruction, then its result. */
interface FieldState {
  phase: 'instr' | 'result';
  instr: string;
}

export interface DocxReadOptions {
  where: string;
  maxEntryBytes?: number;
}

type Relationships = ReturnType<typeof relsOf>;

/** What one paragraph's runs give while they are read. */
interface ParagraphText {
  runs: RawRun[];
  /** Paragraphs of its text boxes and footnotes, which follow it. */
  extra: RawParagraph[];
  pageBreakAfter: boolean;
  /** The run format of the paragraph's style (a PAGE field's number is set in it). */
  paraRun: RunFormat;
}

type ReadParagraph = RawParagraph & { breakAfter?: boolean };

/** A zip that holds no Word document: `reason` in the catalogue's words. */
export class DocxError extends Error {
  constructor(readonly reason: LocalText) {
    super(localize(reason, 'en'));
    this.name = 'DocxError';
  }
}

export function readDocx(bytes: Uint8Array, options: DocxReadOptions): RawDocument {
  const zip = new ZipArchive(bytes, options.where, options.maxEntryBytes);
  const rootRels = relsOf(zip, '');
  const mainPart = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  const docText = zip.text(mainPart);
  if (docText === undefined) throw new DocxError(say('docx.no-main-part', { part: mainPart }));
  const reader = new DocxReader(zip, relsOf(zip, mainPart));
  const body = child(parseXml(docText, mainPart), 'w:body');
  if (!body) throw new DocxError(say('docx.no-body', { part: mainPart }));
  return reader.read(body);
}

/** The document part read block by block, with the styles, numbering and footnotes it refers to. */
class DocxReader {
  private readonly styles: StyleSheet;
  private readonly numbering: Numbering;
  private readonly settings: XmlElement | undefined;
  private readonly footnotes = new Map<string, XmlElement>();
  private readonly notes: LocalText[] = [];
  private readonly blocks: RawBlock[] = [];
  private readonly sections: RawSection[] = [];
  private index = 0;
  private page = 1;
  private pagesKnown = false;
  private field: FieldState[] = [];
  private joinNext: RawParagraph | undefined;
  // gongwen's own layout sets the last lines of the text's last paragraph apart, in the style
  // GwBodyCarry (正文续行, ../../writers/docx/styles.ts), to keep them with the signature: they are
  // read back as the one paragraph they are. Word and WPS keep the style when the file is edited.
  private readonly carried = new WeakSet<RawParagraph>();

  constructor(
    private readonly zip: ZipArchive,
    private readonly rels: Relationships,
  ) {
    this.styles = new StyleSheet(this.xmlOf(this.partOf('/styles', 'word/styles.xml')), themeFonts(this.xmlOf(this.partOf('/theme', 'word/theme/theme1.xml'))));
    this.numbering = new Numbering(this.xmlOf(this.partOf('/numbering', 'word/numbering.xml')));
    this.settings = this.xmlOf(this.partOf('/settings', 'word/settings.xml'));
    const footnotesXml = rels.size ? this.xmlOf(this.partOf('/footnotes', 'word/footnotes.xml')) : undefined;
    for (const f of children(footnotesXml, 'w:footnote')) this.footnotes.set(f.attrs['w:id'] ?? '', f);
  }

  read(body: XmlElement): RawDocument {
    this.walkBlocks(body);
    if (this.joinNext) this.blocks.push(this.joinNext);
    return {
      blocks: this.blocks,
      sections: this.sections,
      evenAndOddHeaders: onOff(child(this.settings, 'w:evenAndOddHeaders')) ?? false,
      pagesKnown: this.pagesKnown,
      notes: this.notes,
    };
  }

  private partOf(type: string, fallback: string): string {
    return [...this.rels.values()].find((r) => r.type.endsWith(type))?.target ?? fallback;
  }

  private xmlOf(part: string): XmlElement | undefined {
    const t = this.zip.text(part);
    return t === undefined ? undefined : parseXml(t, part);
  }

  /** One w:p → a paragraph (and the text boxes and footnotes it carries). */
  private readParagraph(p: XmlElement, from?: RawParagraph['from']): RawParagraph[] {
    const pPr = child(p, 'w:pPr');
    const styleChain = this.styles.chain(val(pPr, 'w:pStyle') ?? this.styles.defaultParagraphStyle);
    const prop = (name: string): XmlElement | undefined => child(pPr, name) ?? styleProp(styleChain, name);
    let paraRun = this.styles.defaultRun;
    for (const s of styleChain) paraRun = this.styles.format(s.rPr, paraRun);
    if (onOff(prop('w:pageBreakBefore'))) {
      this.page++;
      this.blocks.push({ type: 'pageBreak' });
    }
    const read: ParagraphText = { runs: [], extra: [], pageBreakAfter: false, paraRun };
    this.walkInline(p, read);
    const para = this.paragraphOf(read, prop, styleChain, from);
    if (read.pageBreakAfter) this.page++;
    // a deleted paragraph mark (tracked) joins this paragraph to the next one once accepted
    if (child(child(pPr, 'w:rPr'), 'w:del') && !from) {
      this.joinNext = para;
      return read.extra;
    }
    if (this.joinNext && !from) {
      para.text = this.joinNext.text + para.text;
      para.runs = [...this.joinNext.runs, ...para.runs];
      this.joinNext = undefined;
    }
    if (read.pageBreakAfter) para.breakAfter = true;
    if (!from && val(pPr, 'w:pStyle') === 'GwBodyCarry') this.carried.add(para);
    return [para, ...read.extra];
  }

  /** The paragraph its runs make, with its automatic number, alignment, borders and spacing. */
  private paragraphOf(read: ParagraphText, prop: (name: string) => XmlElement | undefined, styleChain: Style[], from: RawParagraph['from']): ReadParagraph {
    let text = read.runs.map((r) => r.text).join('');
    let autoNumber: string | undefined;
    const numPr = prop('w:numPr');
    const numId = child(numPr, 'w:numId')?.attrs['w:val'];
    if (numId && numId !== '0') {
      autoNumber = this.numbering.next(numId, Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0));
      if (autoNumber) text = autoNumber + text;
    }
    const bdr = prop('w:pBdr');
    const border = (side: string) => {
      const b = child(bdr, side);
      return b && b.attrs['w:val'] && b.attrs['w:val'] !== 'nil' && b.attrs['w:val'] !== 'none' ? Number(b.attrs['w:sz'] ?? 4) : undefined;
    };
    const jc = prop('w:jc')?.attrs['w:val'];
    const outline = prop('w:outlineLvl')?.attrs['w:val'];
    const spacing = prop('w:spacing');
    return {
      type: 'paragraph',
      text,
      index: ++this.index,
      page: this.page,
      align: jc ? ALIGN[jc] : undefined,
      styleName: styleChain.length ? styleChain[styleChain.length - 1]!.name : undefined,
      outlineLevel: outline !== undefined ? Number(outline) : undefined,
      autoNumber,
      runs: read.runs,
      borderTop: border('w:top'),
      borderBottom: border('w:bottom'),
      borderColor: (child(bdr, 'w:bottom') ?? child(bdr, 'w:top'))?.attrs['w:color']?.toUpperCase(),
      frameAlign: prop('w:framePr')?.attrs['w:xAlign'],
      lineExactTwip: spacing?.attrs['w:lineRule'] === 'exact' && spacing.attrs['w:line'] ? Number(spacing.attrs['w:line']) : undefined,
      from,
    };
  }

  /** The runs of a paragraph, through the wrappers that hold runs (insertions, links, content controls). */
  private walkInline(el: XmlElement, read: ParagraphText): void {
    for (const c of elements(el)) {
      switch (c.name) {
        case 'w:r': {
          const rStyle = val(child(c, 'w:rPr'), 'w:rStyle');
          let f = read.paraRun;
          for (const s of this.styles.chain(rStyle)) f = this.styles.format(s.rPr, f);
          f = this.styles.format(child(c, 'w:rPr'), f);
          for (const r of elements(c)) this.readRunChild(r, f, read);
          break;
        }
        case 'w:fldSimple': {
          const instr = c.attrs['w:instr'] ?? '';
          if (/^\s*PAGE\b/i.test(instr)) addText(read, '{PAGE}', read.paraRun);
          else this.walkInline(c, read);
          break;
        }
        case 'w:ins':
        case 'w:moveTo':
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:bdo':
        case 'w:dir':
          this.walkInline(c, read);
          break;
        case 'w:sdt':
          this.walkInline(child(c, 'w:sdtContent') ?? c, read);
          break;
        case 'mc:AlternateContent':
          read.extra.push(...this.textBoxes(c));
          break;
        default:
          // w:del, w:moveFrom (tracked deletions), comment ranges, bookmarks, proofing marks: no text
          break;
      }
    }
  }

  /** One child of a w:r: text, tab, break, symbol, field character, footnote reference, drawing. */
  private readRunChild(r: XmlElement, f: RunFormat, read: ParagraphText): void {
    const inResult = () => this.field.every((x) => x.phase === 'result');
    switch (r.name) {
      case 'w:t':
        if (inResult() && !this.field.some((x) => /^\s*PAGE\b/i.test(x.instr))) addText(read, r.children.filter((x) => typeof x === 'string').join(''), f);
        break;
      case 'w:tab':
        if (inResult()) addText(read, '\t', f);
        break;
      case 'w:br':
      case 'w:cr':
        if (r.attrs['w:type'] === 'page') read.pageBreakAfter = true;
        else if (inResult()) addText(read, '\n', f);
        break;
      case 'w:noBreakHyphen':
        addText(read, '-', f);
        break;
      case 'w:sym': {
        const code = parseInt(r.attrs['w:char'] ?? '', 16);
        if (code && !(code >= 0xf000 && code <= 0xf0ff)) addText(read, String.fromCodePoint(code), f);
        break;
      }
      case 'w:lastRenderedPageBreak':
        this.pagesKnown = true;
        this.page++;
        break;
      case 'w:fldChar':
        this.readFieldChar(r.attrs['w:fldCharType'], f, read);
        break;
      case 'w:instrText': {
        const top = this.field[this.field.length - 1];
        if (top && top.phase === 'instr') top.instr += r.children.filter((x) => typeof x === 'string').join('');
        break;
      }
      case 'w:footnoteReference':
        this.readFootnote(r, read);
        break;
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
      case 'mc:AlternateContent':
        read.extra.push(...this.textBoxes(r));
        break;
      default:
        break;
    }
  }

  /** w:fldChar begin / separate / end (§17.16.18): a PAGE field reads "{PAGE}". */
  private readFieldChar(type: string | undefined, f: RunFormat, read: ParagraphText): void {
    if (type === 'begin') this.field.push({ phase: 'instr', instr: '' });
    else if (type === 'separate') {
      const top = this.field[this.field.length - 1];
      if (top) {
        top.phase = 'result';
        if (/^\s*PAGE\b/i.test(top.instr) && this.field.length === 1) addText(read, '{PAGE}', f);
      }
    } else if (type === 'end') {
      const top = this.field.pop();
      // a PAGE field with no result part still shows a number
      if (top && top.phase === 'instr' && /^\s*PAGE\b/i.test(top.instr) && this.field.length === 0) addText(read, '{PAGE}', f);
    }
  }

  /** A footnote's paragraphs follow the paragraph that cites it. */
  private readFootnote(r: XmlElement, read: ParagraphText): void {
    const fn = this.footnotes.get(r.attrs['w:id'] ?? '');
    if (!fn) return;
    if (r.attrs['w:customMarkFollows'] !== '1') this.notes.push(say('docx.footnote-placed', { id: r.attrs['w:id'] ?? '', paragraph: this.index + 1 }));
    for (const fp of children(fn, 'w:p')) read.extra.push(...this.readParagraph(fp, 'footnote'));
  }

  /** Paragraphs of the text boxes under an element (mc:AlternateContent: its first Choice only). */
  private textBoxes(el: XmlElement): RawParagraph[] {
    const out: RawParagraph[] = [];
    const visit = (e: XmlElement) => {
      if (e.name === 'mc:AlternateContent') {
        const pick = child(e, 'mc:Choice') ?? child(e, 'mc:Fallback');
        if (pick) visit(pick);
        return;
      }
      if (e.name === 'w:txbxContent') {
        for (const b of elements(e)) if (b.name === 'w:p') out.push(...this.readParagraph(b, 'textbox'));
        return;
      }
      for (const c of elements(e)) visit(c);
    };
    visit(el);
    return out;
  }

  private readTable(tbl: XmlElement): void {
    const { rows, continued } = readTableCells(tbl, (p) => this.readParagraph(p, 'table'));
    this.blocks.push({ type: 'table', index: ++this.index, rows, continued });
  }

  private readSection(sectPr: XmlElement): void {
    const pgSz = child(sectPr, 'w:pgSz');
    const pgMar = child(sectPr, 'w:pgMar');
    const grid = child(sectPr, 'w:docGrid');
    const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));
    const footers: RawSection['footers'] = {};
    for (const ref of children(sectPr, 'w:footerReference')) {
      const target = this.rels.get(ref.attrs['r:id'] ?? '')?.target;
      const xml = target ? this.xmlOf(target) : undefined;
      if (xml) footers[(ref.attrs['w:type'] ?? 'default') as 'default' | 'even' | 'first'] = this.footerParagraphs(xml);
    }
    this.sections.push({
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
  }

  /** A footer's paragraphs, read without counting them among the document's. */
  private footerParagraphs(xml: XmlElement): RawParagraph[] {
    const saved = { index: this.index, page: this.page, field: this.field };
    this.field = [];
    const paras: RawParagraph[] = [];
    // Word's page-number gallery wraps the footer's paragraph in a w:sdt
    const collectParas = (e: XmlElement) => {
      for (const fp of elements(e)) {
        if (fp.name === 'w:p') paras.push(...this.readParagraph(fp));
        else if (fp.name === 'w:sdt') collectParas(child(fp, 'w:sdtContent') ?? fp);
        else if (fp.name === 'w:customXml') collectParas(fp);
      }
    };
    collectParas(xml);
    ({ index: this.index, page: this.page, field: this.field } = saved);
    return paras;
  }

  private walkBlocks(container: XmlElement): void {
    for (const c of elements(container)) {
      switch (c.name) {
        case 'w:p': {
          for (const para of this.readParagraph(c)) this.addParagraph(para);
          const sect = child(child(c, 'w:pPr'), 'w:sectPr');
          if (sect) this.readSection(sect);
          break;
        }
        case 'w:tbl':
          this.readTable(c);
          break;
        case 'w:sdt':
          this.walkBlocks(child(c, 'w:sdtContent') ?? c);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.walkBlocks(c);
          break;
        case 'w:sectPr':
          this.readSection(c);
          break;
        case 'mc:AlternateContent':
          this.blocks.push(...this.textBoxes(c));
          break;
        default:
          break;
      }
    }
  }

  private addParagraph(para: ReadParagraph): void {
    const before = this.blocks[this.blocks.length - 1];
    if (this.carried.has(para) && before?.type === 'paragraph' && !before.from && before.text.trim()) {
      // the lines the writer set apart to keep with the signature: the paragraph before, continued
      before.text += para.text;
      before.runs = [...before.runs, ...para.runs];
      return;
    }
    this.blocks.push(para);
    if (para.breakAfter) {
      delete para.breakAfter;
      this.blocks.push({ type: 'pageBreak' });
    }
  }
}

/** A paragraph property from its style chain, the nearest style first. */
function styleProp(styleChain: Style[], name: string): XmlElement | undefined {
  for (let k = styleChain.length - 1; k >= 0; k--) {
    const e = child(styleChain[k]!.pPr, name);
    if (e) return e;
  }
  return undefined;
}

/** Text added to a paragraph's runs: joined to the last run when it has the same format. */
function addText(read: ParagraphText, text: string, format: RunFormat): void {
  if (!text) return;
  const last = read.runs[read.runs.length - 1];
  if (last && last.format === format) last.text += text;
  else read.runs.push({ text, format });
}
