/**
 * The main flow of the document: paragraphs and tables in order, each paragraph naming its style
 * (./styles.ts) and carrying direct formatting only where it differs from it.
 */
import { AlignmentType, LineRuleType, Paragraph, Table, TabStopType } from 'docx';
import type { IBordersOptions, ParagraphChild } from 'docx';
import type { CellAlign } from '../../model/document.js';
import { Runs } from './runs.js';
import { ELEMENTS, SPACING, type ElementAlign, type ElementStyle, type FontProfileName } from './standard.js';
import { STYLES, type StyleName } from './styles.js';
import { type Twip } from './units.js';

export interface BuildOptions {
  fontProfile: FontProfileName;
  /**
   * Where the 版记 goes. 'footnote' (default): in a footnote of the document's last paragraph, with no
   * mark and no separator, so that Word, WPS and LibreOffice all set it at the bottom of the 版心 of the
   * last page. 'flow': after the text, where it falls.
   */
  colophonPlacement: 'footnote' | 'flow';
}

export const ALIGN: Record<ElementAlign | CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  justify: AlignmentType.BOTH,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const TAB = {
  left: TabStopType.LEFT,
  right: TabStopType.RIGHT,
  center: TabStopType.CENTER,
} as const;

export interface Indent {
  left?: Twip;
  right?: Twip;
  hanging?: Twip;
  firstLine?: Twip;
  firstLineChars?: number;
}

/** Direct paragraph formatting: only what differs from the paragraph's style. */
export interface ParaOptions {
  align?: ElementAlign | CellAlign;
  indent?: Indent;
  beforeTwip?: Twip;
  lineTwip?: Twip;
  keepNext?: boolean;
  keepLines?: boolean;
  border?: IBordersOptions;
  tabStops?: { type: 'left' | 'right' | 'center'; position: Twip }[];
  pageBreakBefore?: boolean;
}

/** The style's element (its font, size …), for runs inside a paragraph of that style. */
export const styleElement = (style: StyleName): ElementStyle => ELEMENTS[STYLES[style]!.element];

/** An indent that cancels the style's: flush left, no first-line indent. */
export const FLUSH: Indent = { left: 0, right: 0, firstLine: 0, firstLineChars: 0 };

export class Flow {
  readonly runs: Runs;
  /**
   * The main flow, built at the end (`items`) so that a paragraph can still be told to keep with
   * the next one once we know what follows it (the last line of the text with the signature).
   */
  private readonly entries: { build: () => Paragraph | Table; keepNext: boolean }[] = [];
  /** Set while an entry marked keepNext is built: `paragraph` then writes w:keepNext. */
  private forceKeepNext = false;
  private pendingPageBreak = false;

  constructor(readonly options: BuildOptions) {
    this.runs = new Runs(options.fontProfile);
  }

  /** A paragraph of style `style`; `opts` are written as direct formatting. */
  paragraph(style: StyleName, children: ParagraphChild[], opts: ParaOptions = {}): Paragraph {
    const id = STYLES[style]!.id;
    // false is written (w:keepNext w:val="false") to cancel a style's keepNext; undefined leaves the style's.
    const keepNext = this.forceKeepNext || opts.keepNext === true ? true : opts.keepNext === false ? false : undefined;
    return new Paragraph({
      style: id === 'Normal' ? undefined : id,
      children,
      alignment: opts.align ? ALIGN[opts.align] : undefined,
      indent: opts.indent,
      spacing:
        opts.beforeTwip !== undefined || opts.lineTwip !== undefined
          ? {
              ...(opts.beforeTwip !== undefined ? { before: opts.beforeTwip } : {}),
              ...(opts.lineTwip !== undefined ? { line: opts.lineTwip, lineRule: LineRuleType.EXACT } : {}),
            }
          : undefined,
      keepNext,
      keepLines: opts.keepLines,
      border: opts.border,
      tabStops: opts.tabStops?.map((t) => ({ type: TAB[t.type], position: t.position })),
      pageBreakBefore: opts.pageBreakBefore,
    });
  }

  /** An empty paragraph one twip high (a page break before a table, the 版记's anchor). */
  hairline(opts: ParaOptions = {}, children: ParagraphChild[] = []): Paragraph {
    return this.paragraph('body', children, { lineTwip: SPACING.hairlineTwip, indent: FLUSH, ...opts });
  }

  /** Adds a table to the flow; a pending page break goes on a one-twip paragraph before it. */
  pushTable(t: Table): void {
    if (this.pendingPageBreak) {
      this.pendingPageBreak = false;
      this.entries.push({ build: () => this.hairline({ pageBreakBefore: true }), keepNext: false });
    }
    this.entries.push({ build: () => t, keepNext: false });
  }

  /** Adds a paragraph to the flow; `make` is told whether a page break is pending before it. */
  pushPara(make: (pageBreakBefore: boolean) => Paragraph): void {
    const brk = this.pendingPageBreak;
    this.pendingPageBreak = false;
    this.entries.push({ build: () => make(brk), keepNext: false });
  }

  /** Adds paragraphs built elsewhere (the 版记, its anchor). */
  pushBuilt(...items: (Paragraph | Table)[]): void {
    for (const item of items) this.entries.push({ build: () => item, keepNext: false });
  }

  /** The last paragraph of the flow so far keeps with the next (no effect after a table). */
  keepLastWithNext(): void {
    const last = this.entries[this.entries.length - 1];
    if (last) last.keepNext = true;
  }

  /** The flow, built. */
  items(): (Paragraph | Table)[] {
    return this.entries.map((e) => {
      this.forceKeepNext = e.keepNext;
      try {
        return e.build();
      } finally {
        this.forceKeepNext = false;
      }
    });
  }

  blankLine(): void {
    this.pushPara((brk) => this.paragraph('body', [], { pageBreakBefore: brk || undefined }));
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
