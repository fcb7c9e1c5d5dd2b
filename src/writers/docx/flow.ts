/**
 * The main flow of the document: paragraphs (w:p, ECMA-376 Part 1 §17.3.1) and tables in order, each
 * paragraph naming its style (./styles.ts) and carrying direct formatting only where it differs from it.
 * Paragraphs and tables are XML text; their runs come from ./runs.ts.
 */
import type { CellAlign } from '../../model/document.js';
import { Runs } from './runs.js';
import { ELEMENTS, SPACING, type ElementAlign, type ElementStyle, type FontProfileName } from '../../layout/standard.js';
import { JC, STYLES, type StyleName } from './styles.js';
import { type EighthPoint, type HundredthChar, type Pt, type Twip } from '../../layout/units.js';
import { element, optionalElement } from './xml.js';

export interface BuildOptions {
  fontProfile: FontProfileName;
  /**
   * Where the 版记 goes. 'footnote' (default): in a footnote of the document's last paragraph, with no
   * mark and no separator, so that Word, WPS and LibreOffice all set it at the bottom of the 版心 of the
   * last page. 'flow': after the text, where it falls.
   */
  colophonPlacement: 'footnote' | 'flow';
}

/** A border line (§17.3.1.24 w:pBdr's children; w:tblBorders' in §17.4): single, its width and colour. */
export interface BorderLine {
  style: 'single';
  /** w:sz: eighths of a point. */
  size: EighthPoint;
  /** w:color: RRGGBB. */
  color: string;
  /** w:space: points between the border and the text. */
  space?: Pt;
}

/** `<w:name w:val=… w:color=… w:sz=… w:space=…/>` of a border line. */
export const borderXml = (name: string, b: BorderLine): string =>
  `<w:${name} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space === undefined ? '' : ` w:space="${b.space}"`}/>`;

export interface Indent {
  left?: Twip;
  right?: Twip;
  hanging?: Twip;
  firstLine?: Twip;
  firstLineChars?: HundredthChar;
}

/** Direct paragraph formatting: only what differs from the paragraph's style. */
export interface ParaOptions {
  align?: ElementAlign | CellAlign;
  indent?: Indent;
  beforeTwip?: Twip;
  lineTwip?: Twip;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Paragraph borders (w:pBdr): the red rule under the 发文字号, the rules of the 版记. */
  border?: { bottom: BorderLine };
  tabStops?: { type: 'left' | 'right' | 'center'; position: Twip }[];
  pageBreakBefore?: boolean;
}

/** The style's element (its font, size …), for runs inside a paragraph of that style. */
export const styleElement = (style: StyleName): ElementStyle => ELEMENTS[STYLES[style]!.element];

/** An indent that cancels the style's: flush left, no first-line indent. */
export const FLUSH: Indent = { left: 0, right: 0, firstLine: 0, firstLineChars: 0 };

/**
 * w:pPr (§17.3.1.26) of a paragraph of style `id`, its children in the schema's order: w:pStyle,
 * w:keepNext, w:keepLines, w:pageBreakBefore, w:pBdr, w:tabs, w:spacing (twips; exact line height),
 * w:ind (twips), w:jc. `keepNext` false is written (w:val="false") to cancel a style's keepNext.
 */
function paraPropsXml(id: string | undefined, opts: ParaOptions, keepNext: boolean | undefined): string {
  let x = id === undefined ? '' : `<w:pStyle w:val="${id}"/>`;
  if (keepNext !== undefined) x += keepNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
  if (opts.keepLines !== undefined) x += opts.keepLines ? '<w:keepLines/>' : '<w:keepLines w:val="false"/>';
  if (opts.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (opts.border) x += `<w:pBdr>${borderXml('bottom', opts.border.bottom)}</w:pBdr>`;
  if (opts.tabStops?.length) x += `<w:tabs>${opts.tabStops.map((t) => `<w:tab w:val="${t.type}" w:pos="${t.position}"/>`).join('')}</w:tabs>`;
  if (opts.beforeTwip !== undefined || opts.lineTwip !== undefined) {
    x +=
      '<w:spacing' +
      (opts.beforeTwip !== undefined ? ` w:before="${opts.beforeTwip}"` : '') +
      (opts.lineTwip !== undefined ? ` w:line="${opts.lineTwip}" w:lineRule="exact"` : '') +
      '/>';
  }
  const ind = opts.indent;
  if (ind) {
    x +=
      '<w:ind' +
      (ind.left !== undefined ? ` w:left="${ind.left}"` : '') +
      (ind.right !== undefined ? ` w:right="${ind.right}"` : '') +
      (ind.hanging !== undefined ? ` w:hanging="${ind.hanging}"` : '') +
      (ind.firstLine !== undefined ? ` w:firstLine="${ind.firstLine}"` : '') +
      (ind.firstLineChars !== undefined ? ` w:firstLineChars="${ind.firstLineChars}"` : '') +
      '/>';
  }
  if (opts.align) x += `<w:jc w:val="${JC[opts.align]}"/>`;
  return optionalElement('w:pPr', x);
}

/** A w:p of style `style` (Normal writes no w:pStyle) holding `runs` (XML), with `opts` as direct formatting. */
export function paragraphXml(style: StyleName, runs: string, opts: ParaOptions = {}, keepNext = opts.keepNext): string {
  const id = STYLES[style]!.id;
  const pPr = paraPropsXml(id === 'Normal' ? undefined : id, opts, keepNext);
  return element('w:p', pPr + runs);
}

export class Flow {
  readonly runs: Runs;
  /**
   * The main flow, built at the end (`items`) so that a paragraph can still be told to keep with
   * the next one once we know what follows it (the last line of the text with the signature).
   */
  private readonly entries: { build: (keepNext: boolean) => string; keepNext: boolean }[] = [];
  /** Set while an entry marked keepNext is built: `paragraph` then writes w:keepNext. */
  private forceKeepNext = false;
  private pendingPageBreak = false;

  constructor(readonly options: BuildOptions) {
    this.runs = new Runs(options.fontProfile);
  }

  /** A paragraph of style `style` holding `runs` (XML); `opts` are written as direct formatting. */
  paragraph(style: StyleName, runs: string, opts: ParaOptions = {}): string {
    // false is written (w:keepNext w:val="false") to cancel a style's keepNext; undefined leaves the style's.
    const keepNext = this.forceKeepNext || opts.keepNext === true ? true : opts.keepNext === false ? false : undefined;
    return paragraphXml(style, runs, opts, keepNext);
  }

  /** An empty paragraph one point (SPACING.hairlineTwip) high (a page break before a table, the 版记's anchor). */
  hairline(opts: ParaOptions = {}, runs = ''): string {
    return this.paragraph('body', runs, { lineTwip: SPACING.hairlineTwip, indent: FLUSH, ...opts });
  }

  /**
   * Adds a table to the flow: `make` gives its w:tbl (XML), told whether its last row keeps with what
   * follows (keepLastWithNext). A pending page break goes on a one-point paragraph before it.
   */
  pushTable(make: (keepLastRow: boolean) => string): void {
    if (this.pendingPageBreak) {
      this.pendingPageBreak = false;
      this.pushPara(() => this.hairline({ pageBreakBefore: true }));
    }
    this.entries.push({ build: make, keepNext: false });
  }

  /** Adds a paragraph to the flow; `make` is told whether a page break is pending before it. */
  pushPara(make: (pageBreakBefore: boolean) => string): void {
    const brk = this.pendingPageBreak;
    this.pendingPageBreak = false;
    this.entries.push({ build: (keepNext) => this.keptWithNext(keepNext, () => make(brk)), keepNext: false });
  }

  /** Adds paragraphs built elsewhere (the 版记, its anchor). */
  pushBuilt(...items: string[]): void {
    for (const item of items) this.entries.push({ build: () => item, keepNext: false });
  }

  /** The last paragraph of the flow so far keeps with the next; after a table, its last row does (not one of pushBuilt's, already built). */
  keepLastWithNext(): void {
    const last = this.entries[this.entries.length - 1];
    if (last) last.keepNext = true;
  }

  /** The flow, built: the paragraphs and tables as XML, in order. */
  items(): string[] {
    return this.entries.map((e) => e.build(e.keepNext));
  }

  /** `make`'s paragraph, with w:keepNext when `keepNext` (forceKeepNext, read by `paragraph`). */
  private keptWithNext(keepNext: boolean, make: () => string): string {
    this.forceKeepNext = keepNext;
    try {
      return make();
    } finally {
      this.forceKeepNext = false;
    }
  }

  blankLine(): void {
    this.pushPara((brk) => this.paragraph('body', '', { pageBreakBefore: brk || undefined }));
  }

  pageBreak(): void {
    this.pendingPageBreak = true;
  }

  /** A paragraph of `style` holding `text` in the style's own format. */
  simple(style: StyleName, text: string, opts: ParaOptions = {}): void {
    const el = styleElement(style);
    this.pushPara((brk) => this.paragraph(style, this.runs.runs(text, el), { ...opts, pageBreakBefore: brk || opts.pageBreakBefore || undefined }));
  }
}
