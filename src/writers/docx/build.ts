/**
 * GongwenDocument → a `docx` Document, laid out by the element table of ./standard.ts.
 * Imported lazily by ./index.ts so that loading `docx` stays off the start-up path.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { IBordersOptions, ParagraphChild } from 'docx';
import type {
  Attachment,
  Block,
  CellAlign,
  Colophon,
  GongwenDocument,
  Heading,
  LabeledLine,
  Paragraph as ModelParagraph,
  Table as ModelTable,
} from '../../model/document.js';
import {
  BODY_CHAR_ADVANCE_TWIP,
  COLOPHON_INSET_TWIP,
  COLOR,
  ELEMENTS,
  FONT_PROFILES,
  INDENT_2_CHARS_HUNDREDTHS,
  INDENT_2_CHARS_TWIP,
  LINE_PITCH_TWIP,
  OVERFLOW_PUNCT_ELEMENT_ON,
  PAGE,
  PAGE_NUMBER_DASH,
  PAGE_NUMBER_INSET_TWIP,
  PAGE_TWIP,
  RULES,
  mmToTwip,
  ptToHalfPoint,
  ptToTwip,
  textAdvanceTwip,
  textWidthChars,
  type ElementAlign,
  type ElementName,
  type ElementStyle,
  type FontProfileName,
  type Twip,
} from './standard.js';

export interface BuildOptions {
  fontProfile: FontProfileName;
  /**
   * Where the 版记 goes. 'footnote' (default): in a footnote of the document's last paragraph, with no
   * mark and no separator, so that Word, WPS and LibreOffice all set it at the bottom of the 版心 of the
   * last page. 'flow': after the text, where it falls.
   */
  colophonPlacement: 'footnote' | 'flow';
}

/** The footnote id that carries the 版记; ./package.ts strips its mark and the separators. */
export const COLOPHON_FOOTNOTE_ID = 1;

type Fonts = Record<string, string>;

const ALIGN: Record<ElementAlign | CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  justify: AlignmentType.BOTH,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** Width in twips of text set in 3号 with the body character spacing. */
const bodyTextTwip = (text: string): Twip => Math.round(textWidthChars(text) * BODY_CHAR_ADVANCE_TWIP);

class Builder {
  private readonly fonts: Fonts;
  /**
   * The main flow, built at the end (`flowItems`) so that a paragraph can still be told to keep with
   * the next one once we know what follows it (the last line of the text with the signature).
   */
  private readonly entries: { build: () => Paragraph | Table; keepNext: boolean }[] = [];
  /** Set while an entry marked keepNext is built: `paragraph` then writes w:keepNext. */
  private forceKeepNext = false;
  private pendingPageBreak = false;

  constructor(private readonly options: BuildOptions) {
    this.fonts = FONT_PROFILES[options.fontProfile];
  }

  // -- runs and paragraphs ------------------------------------------------------------------

  run(text: string, el: ElementStyle, extra: { break?: boolean } = {}): TextRun {
    const font = this.fonts[el.font]!;
    // A tab is a w:tab element, not a character in w:t.
    const parts = text.split('\t');
    const content = parts.flatMap((part, i) => (i === 0 ? (part ? [part] : []) : [new Tab(), ...(part ? [part] : [])]));
    return new TextRun({
      children: content,
      break: extra.break ? 1 : undefined,
      font: { ascii: font, hAnsi: font, eastAsia: font, cs: font, hint: 'eastAsia' },
      size: ptToHalfPoint(el.sizePt),
      sizeComplexScript: ptToHalfPoint(el.sizePt),
      color: el.color,
      characterSpacing: el.charSpacingTwip || undefined,
      language: { value: 'en-US', eastAsia: 'zh-CN' },
    });
  }

  /** Runs for text that may hold line breaks ("\n"). */
  runs(text: string, el: ElementStyle): TextRun[] {
    return text.split('\n').map((line, i) => this.run(line, el, { break: i > 0 }));
  }

  paragraph(
    el: ElementStyle,
    children: ParagraphChild[],
    opts: {
      align?: ElementAlign | CellAlign;
      indent?: { left?: Twip; right?: Twip; hanging?: Twip; firstLine?: Twip; firstLineChars?: number };
      beforeTwip?: Twip;
      lineTwip?: Twip;
      keepNext?: boolean;
      keepLines?: boolean;
      border?: IBordersOptions;
      tabStops?: { type: 'left' | 'right' | 'center'; position: Twip }[];
      pageBreakBefore?: boolean;
    } = {},
  ): Paragraph {
    const indent =
      opts.indent ??
      (el.indentChars > 0
        ? {
            left: 0,
            right: 0,
            firstLine: ptToTwip(el.indentChars * el.sizePt),
            firstLineChars: Math.round(el.indentChars * 100),
          }
        : { left: 0, right: 0, firstLine: 0, firstLineChars: 0 });
    return new Paragraph({
      children,
      alignment: ALIGN[opts.align ?? el.align],
      indent,
      spacing: { before: opts.beforeTwip ?? 0, after: 0, line: opts.lineTwip ?? el.lineTwip, lineRule: LineRuleType.EXACT },
      keepNext: opts.keepNext || this.forceKeepNext || undefined,
      keepLines: opts.keepLines,
      widowControl: false,
      overflowPunctuation: OVERFLOW_PUNCT_ELEMENT_ON,
      border: opts.border,
      tabStops: opts.tabStops?.map((t) => ({ type: TAB[t.type], position: t.position })),
      pageBreakBefore: opts.pageBreakBefore,
      run: {
        font: { ascii: this.fonts[el.font]!, hAnsi: this.fonts[el.font]!, eastAsia: this.fonts[el.font]!, hint: 'eastAsia' },
        size: ptToHalfPoint(el.sizePt),
      },
    });
  }

  /** Adds a table to the flow; a pending page break goes on a one-twip paragraph before it. */
  pushTable(t: Table): void {
    if (this.pendingPageBreak) {
      this.pendingPageBreak = false;
      this.entries.push({ build: () => this.paragraph(ELEMENTS.body, [], { pageBreakBefore: true, lineTwip: 20, indent: {} }), keepNext: false });
    }
    this.entries.push({ build: () => t, keepNext: false });
  }

  /** Adds a paragraph to the flow; `make` is told whether a page break is pending before it. */
  pushPara(make: (pageBreakBefore: boolean) => Paragraph): void {
    const brk = this.pendingPageBreak;
    this.pendingPageBreak = false;
    this.entries.push({ build: () => make(brk), keepNext: false });
  }

  /** Adds a paragraph built elsewhere (the 版记, its anchor). */
  pushBuilt(...items: (Paragraph | Table)[]): void {
    for (const item of items) this.entries.push({ build: () => item, keepNext: false });
  }

  /** The last paragraph of the flow so far keeps with the next (no effect after a table). */
  keepLastWithNext(): void {
    const last = this.entries[this.entries.length - 1];
    if (last) last.keepNext = true;
  }

  /** The flow, built. */
  flowItems(): (Paragraph | Table)[] {
    return this.entries.map((e) => {
      this.forceKeepNext = e.keepNext;
      try {
        return e.build();
      } finally {
        this.forceKeepNext = false;
      }
    });
  }

  blankLine(el: ElementStyle = ELEMENTS.body): void {
    this.pushPara((brk) => this.paragraph(el, [], { pageBreakBefore: brk }));
  }

  pageBreak(): void {
    this.pendingPageBreak = true;
  }

  simple(name: ElementName, text: string, opts: Parameters<Builder['paragraph']>[2] = {}): void {
    const el = ELEMENTS[name];
    this.pushPara((brk) => this.paragraph(el, this.runs(text, el), { ...opts, pageBreakBefore: brk || opts.pageBreakBefore }));
  }

  // -- 版头, 标题 ------------------------------------------------------------------------------

  head(doc: GongwenDocument): void {
    const head = doc.head;
    let linesAbove = 0;
    if (head?.copyNumber) {
      this.simple('copyNumber', head.copyNumber);
      linesAbove++;
    }
    if (head?.secrecy) {
      this.simple('secrecy', head.secrecy);
      linesAbove++;
    }
    if (head?.urgency) {
      this.simple('urgency', head.urgency);
      linesAbove++;
    }
    const markText = head?.issuer ?? doc.mark;
    if (markText) {
      const el = ELEMENTS[head?.issuer ? 'issuer' : 'mark'];
      // The 标志 must fit the 版心 on one line: shrink the size for a long name.
      const fitPt = Math.floor((PAGE_TWIP.textWidth / 20 / Math.max(1, textWidthChars(markText))) * 2) / 2;
      const sized: ElementStyle = { ...el, sizePt: Math.min(el.sizePt, fitPt) };
      // Its top 35 mm below the top of the 版心 (§7.2.4, §10.3): the top of its line is put there
      // (measured in LibreOffice: the glyphs' top lands 0.6 mm lower). Its line is made as tall as
      // brings its bottom onto the line grid, so that the lines after it keep the 28.95 pt grid of
      // the rest of the document.
      const before = Math.max(0, mmToTwip(PAGE.issuerTopMm) - linesAbove * LINE_PITCH_TWIP);
      const lineTwip = issuerLineTwip(sized.sizePt, before);
      this.pushPara((brk) =>
        this.paragraph(sized, this.runs(markText, sized), { beforeTwip: before, lineTwip, pageBreakBefore: brk, keepNext: true }),
      );
    }
    if (head?.issuer && (head.docNumber || head.signer)) {
      // 发文字号 "下空二行" below the 标志 (§7.2.5): two empty lines; the red rule 4 mm below it (§7.2.6).
      for (let i = 0; i < PAGE.docNumberBlankLinesBelowIssuer; i++) this.blankLine();
      const rule: IBordersOptions = {
        bottom: {
          style: BorderStyle.SINGLE,
          size: RULES.redRuleEighthPt,
          color: COLOR.red,
          space: Math.round((PAGE.redRuleBelowDocNumberMm * 72) / 25.4 - (LINE_PITCH_TWIP / 20 - ELEMENTS.docNumber.sizePt) / 2),
        },
      };
      if (head.signer) {
        // Upward documents: 发文字号 one character in from the left, 签发人 one character in from the right.
        const dn = ELEMENTS.docNumber;
        const right = PAGE_TWIP.textWidth - BODY_CHAR_ADVANCE_TWIP;
        this.pushPara((brk) =>
          this.paragraph(
            dn,
            [
              ...this.runs(head.docNumber ?? '', dn),
              this.run('\t签发人：', ELEMENTS.signerLabel),
              this.run(head.signer!, ELEMENTS.signerName),
            ],
            {
              align: 'left',
              indent: { left: BODY_CHAR_ADVANCE_TWIP, right: 0, firstLine: 0 },
              tabStops: [{ type: 'right', position: right }],
              border: rule,
              pageBreakBefore: brk,
            },
          ),
        );
      } else {
        this.simple('docNumber', head.docNumber!, { border: rule });
      }
      // 标题 two lines below the rule (§7.3.1). The rule's space and width add to the height of the
      // 发文字号's paragraph (LibreOffice and Word alike); the first empty line gives them back, so
      // the title and the text stay on the line grid.
      const ruleTwip = ptToTwip(rule.bottom!.space ?? 0) + Math.round((RULES.redRuleEighthPt / 8) * 20);
      for (let i = 0; i < PAGE.titleBlankLinesBelowRule; i++) {
        this.pushPara((brk) =>
          this.paragraph(ELEMENTS.body, [], { pageBreakBefore: brk, lineTwip: i === 0 ? LINE_PITCH_TWIP - ruleTwip : undefined }),
        );
      }
    } else if (markText) {
      this.blankLine();
    }
  }

  title(doc: GongwenDocument): void {
    for (const line of doc.title) this.simple('title', line, { keepNext: true });
    for (const line of doc.subtitle) this.simple('subtitle', line, { keepNext: true });
    if (doc.title.length + doc.subtitle.length > 0) this.blankLine();
  }

  // -- blocks ---------------------------------------------------------------------------------

  blocks(blocks: Block[]): void {
    let previous: Block | undefined;
    for (const b of blocks) {
      // 出席/请假/列席 one line below the text (§10.3).
      if (b.type === 'labeled' && b.style === 'attendance' && previous && previous.type !== 'labeled') this.blankLine();
      // 附件说明 one line below the text (§7.3.4).
      const isNote = (x: Block | undefined) => x?.type === 'paragraph' && x.role === 'attachment-note';
      if (isNote(b) && previous && !isNote(previous)) {
        for (let i = 0; i < PAGE.attachmentNoteBlankLinesAbove; i++) this.blankLine();
      }
      previous = b;
      switch (b.type) {
        case 'heading':
          this.heading(b);
          break;
        case 'paragraph':
          this.modelParagraph(b);
          break;
        case 'labeled':
          this.labeled(b);
          break;
        case 'table':
          this.table(b);
          break;
        case 'pageBreak':
          this.pageBreak();
          break;
      }
    }
  }

  heading(h: Heading): void {
    const el = ELEMENTS[`heading${h.level}` as const];
    const text = `${h.number}${h.text}`;
    const children: ParagraphChild[] = [...this.runs(text, el)];
    if (h.runIn) children.push(...this.runs(h.runIn, ELEMENTS.body));
    this.pushPara((brk) => this.paragraph(el, children, { keepNext: !h.runIn, pageBreakBefore: brk }));
  }

  modelParagraph(p: ModelParagraph): void {
    const body = ELEMENTS.body;
    if (p.role === 'salutation') {
      this.simple('salutation', p.text);
      return;
    }
    if (p.role === 'attachment-note') {
      // 附件说明 (§7.3.4): two characters in; wrapped lines (and the lines of further attachments)
      // aligned after "附件：".
      const m = /^(附件[:：])/.exec(p.text);
      const labelTwip = bodyTextTwip('附件：');
      const left = INDENT_2_CHARS_TWIP + labelTwip;
      const text = m ? `附件：${p.text.slice(m[1]!.length)}` : p.text;
      this.pushPara((brk) =>
        this.paragraph(body, this.runs(text, body), {
          align: 'left',
          indent: m ? { left, right: 0, hanging: labelTwip } : { left, right: 0, firstLine: 0 },
          pageBreakBefore: brk,
        }),
      );
      return;
    }
    if (p.role === 'note') {
      this.simple('note', p.text);
      return;
    }
    const indent = p.indent ?? (p.align === undefined || p.align === 'justify');
    this.pushPara((brk) =>
      this.paragraph(body, this.runs(p.text, body), {
        align: p.align ?? 'justify',
        indent: indent
          ? { left: 0, right: 0, firstLine: INDENT_2_CHARS_TWIP, firstLineChars: INDENT_2_CHARS_HUNDREDTHS }
          : { left: 0, right: 0, firstLine: 0 },
        pageBreakBefore: brk,
      }),
    );
  }

  labeled(l: LabeledLine): void {
    // 出席：… (§10.3): two characters in, the label in 黑体 for attendance, wrapped lines aligned
    // after the colon: a hanging indent the width of the label.
    const label = /[:：]$/.test(l.label) ? l.label.replace(/:$/, '：') : `${l.label}：`;
    const labelEl = l.style === 'attendance' ? ELEMENTS.attendanceLabel : ELEMENTS.body;
    const labelTwip = bodyTextTwip(label);
    this.pushPara((brk) =>
      this.paragraph(ELEMENTS.body, [this.run(label, labelEl), ...this.runs(l.value, ELEMENTS.body)], {
        align: 'justify',
        indent: { left: INDENT_2_CHARS_TWIP + labelTwip, right: 0, hanging: labelTwip },
        pageBreakBefore: brk,
      }),
    );
  }

  table(t: ModelTable): void {
    if (t.caption) this.simple('tableCaption', t.caption, { keepNext: true });
    const columns = Math.max(t.header.length, ...t.rows.map((r) => r.length), 1);
    const widths = columnWidths(t, columns);
    const border = { style: BorderStyle.SINGLE, size: 4, color: COLOR.black };
    const cellMargin = TABLE_CELL_MARGIN_TWIP;
    const cell = (text: string, el: ElementStyle, align: CellAlign, width: Twip) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { left: cellMargin, right: cellMargin, top: 0, bottom: 0 },
        children: [this.paragraph(el, this.runs(text, el), { align, indent: { left: 0, right: 0, firstLine: 0 } })],
      });
    const rows: TableRow[] = [];
    if (t.header.length > 0) {
      rows.push(
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: widths.map((w, i) => cell(fitHeader(t.header[i] ?? '', w), ELEMENTS.tableHeader, 'center', w)),
        }),
      );
    }
    for (const r of t.rows) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: widths.map((w, i) => cell(r[i] ?? '', ELEMENTS.tableCell, t.align[i] ?? 'left', w)),
        }),
      );
    }
    this.pushTable(
      new Table({
        rows,
        width: { size: PAGE_TWIP.textWidth, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        alignment: AlignmentType.CENTER,
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      }),
    );
  }

  // -- 署名, 日期, 附注, 附件 ---------------------------------------------------------------------

  signature(doc: GongwenDocument): void {
    const sig = doc.signature;
    if (!sig || (sig.organs.length === 0 && !sig.date)) return;
    // §7.3.5.3 (no seal): the name one line below the text (or the 附件说明), two characters from the
    // right; the date on the next line, its first character two characters right of the name's
    // first character; when the date is the longer, it is two characters from the right and the
    // name moves left.
    // The signature is not left alone at the top of a page: the text's last paragraph keeps with it.
    // LibreOffice moves a kept paragraph whole (it does not split off its last line), so only a
    // short one is kept; a longer one would leave that many empty lines at the foot of the page.
    const last = doc.body[doc.body.length - 1];
    const lastText =
      last?.type === 'paragraph' ? last.text : last?.type === 'heading' ? `${last.number}${last.text}${last.runIn ?? ''}` : last?.type === 'labeled' ? `${last.label}${last.value}` : undefined;
    const keep = lastText !== undefined && Math.ceil((2 + textWidthChars(lastText)) / PAGE.charsPerLine) <= KEEP_WITH_SIGNATURE_MAX_LINES;
    if (keep) this.keepLastWithNext();
    for (let i = 0; i < PAGE.signatureBlankLinesAbove; i++) {
      this.blankLine();
      this.keepLastWithNext();
    }
    const el = ELEMENTS.signature;
    const charTwip = BODY_CHAR_ADVANCE_TWIP;
    const right = PAGE.signatureRightChars * charTwip;
    const shift = PAGE.dateShiftChars * charTwip;
    const W = PAGE_TWIP.textWidth;
    // Widths as set (CJK names are exact: 15.75 pt a character; a date's digits are estimated).
    const width = (t: string) => textAdvanceTwip(t, el.sizePt, el.charSpacingTwip);
    const nameTwip = Math.max(0, ...sig.organs.map(width));
    const dateTwip = sig.date ? width(sig.date) : 0;
    const dateLonger = sig.date !== undefined && sig.organs.length > 0 && dateTwip + shift > nameTwip;
    // Every line is placed by its first character (a left indent), except a date that is the longer
    // line or stands alone: that one ends two characters from the right (a right indent), exactly
    // whatever its digits measure.
    const nameStart = dateLonger ? W - right - dateTwip - shift : W - right - nameTwip;
    for (const organ of sig.organs) {
      this.simple('signature', organ, {
        align: 'left',
        indent: { left: Math.max(0, Math.round(nameStart)), right: 0, firstLine: 0 },
        keepNext: true,
        keepLines: true,
      });
    }
    if (sig.date) {
      if (dateLonger || sig.organs.length === 0) {
        this.simple('date', sig.date, { align: 'right', indent: { left: 0, right, firstLine: 0 } });
      } else {
        this.simple('date', sig.date, { align: 'left', indent: { left: Math.round(nameStart + shift), right: 0, firstLine: 0 } });
      }
    }
  }

  notes(doc: GongwenDocument): void {
    // 附注 (§7.3.6): in round brackets, two characters in, on the line after the date.
    for (const n of doc.notes) {
      const text = /^[（(]/.test(n) ? n : `（${n}）`;
      this.simple('note', text);
    }
  }

  attachment(a: Attachment): void {
    // §8: each on a new page; the label in 3号黑体 flush left on the first line, the title centred on
    // the third line; page numbers continue.
    this.pageBreak();
    this.simple('attachmentLabel', a.label, { keepNext: true });
    if (a.title) {
      this.blankLine();
      for (const line of a.title.split('\n')) this.simple('attachmentTitle', line, { keepNext: true });
      this.blankLine();
    }
    this.blocks(a.body);
  }

  // -- 版记 ------------------------------------------------------------------------------------

  colophon(c: Colophon): Paragraph[] {
    const el = ELEMENTS.colophon;
    const W = PAGE_TWIP.textWidth;
    const inset = COLOPHON_INSET_TWIP;
    const charTwip = ptToTwip(el.sizePt);
    const out: Paragraph[] = [];

    type Line = { kind: 'labeled'; label: string; value: string } | { kind: 'printer'; printer: string; date: string };
    const lines: Line[] = [];
    // "最后一个抄送机关名称后标句号" (§7.4.2); the same for 报 and 发.
    const fullStop = (v: string) => `${v.replace(/[\s，,、；;。.：:]+$/u, '')}。`;
    if (c.report) lines.push({ kind: 'labeled', label: '报：', value: fullStop(c.report) });
    if (c.cc) lines.push({ kind: 'labeled', label: '抄送：', value: fullStop(c.cc) });
    if (c.distribute) lines.push({ kind: 'labeled', label: '发：', value: fullStop(c.distribute) });
    if (c.printer || c.printDate) {
      lines.push({ kind: 'printer', printer: c.printer ?? '', date: c.printDate ? `${c.printDate.replace(/印发$/, '')}印发` : '' });
    }

    if (c.keywords) {
      // 主题词 (GB/T 9704-1999): above the first rule, label in 3号黑体, flush left.
      const kw = ELEMENTS.colophonKeywords;
      out.push(
        this.paragraph(kw, [this.run('主题词：', kw), ...this.runs(c.keywords, { ...el, sizePt: kw.sizePt })], {
          align: 'left',
          indent: { left: 0, right: 0, firstLine: 0 },
          keepNext: true,
        }),
      );
    }

    // The rules are paragraphs of their own, with no indent, so that each is the width of the 版心
    // (a paragraph border runs between the paragraph's indents).
    const rule = (size: number) =>
      new Paragraph({
        spacing: { before: 0, after: 0, line: RULE_LINE_TWIP, lineRule: LineRuleType.EXACT },
        indent: { left: 0, right: 0, firstLine: 0 },
        widowControl: false,
        overflowPunctuation: OVERFLOW_PUNCT_ELEMENT_ON,
        keepNext: true,
        border: { bottom: { style: BorderStyle.SINGLE, size, color: COLOR.black, space: 0 } },
        children: [],
      });
    if (lines.length > 0) out.push(rule(RULES.colophonThickEighthPt));
    lines.forEach((line, i) => {
      if (line.kind === 'labeled') {
        // One character in each side, wrapped lines aligned after the colon (§7.4.2).
        const labelTwip = Math.round(textWidthChars(line.label) * charTwip);
        out.push(
          this.paragraph(el, [this.run(line.label, el), ...this.runs(line.value, el)], {
            align: 'justify',
            indent: { left: inset + labelTwip, right: inset, hanging: labelTwip },
            keepNext: true,
            keepLines: true,
          }),
        );
      } else {
        // 印发机关 one character from the left, 印发日期 one character from the right (§7.4.3).
        out.push(
          this.paragraph(el, [this.run(line.printer, el), this.run(`\t${line.date}`, el)], {
            align: 'left',
            indent: { left: inset, right: 0, firstLine: 0 },
            tabStops: [{ type: 'right', position: W - inset }],
            keepNext: true,
            keepLines: true,
          }),
        );
      }
      // 0.35 mm first and last, 0.25 mm between (§7.4.1).
      out.push(rule(i === lines.length - 1 ? RULES.colophonThickEighthPt : RULES.colophonThinEighthPt));
    });
    return out;
  }

  // -- page numbers -----------------------------------------------------------------------------

  footer(side: 'odd' | 'even'): Footer {
    // §7.5: "— 1 —", 4号 宋体, odd pages right and even pages left, one character in.
    const el = ELEMENTS.pageNumber;
    const font = this.fonts[el.font]!;
    const runOpts = {
      font: { ascii: font, hAnsi: font, eastAsia: font, cs: font, hint: 'eastAsia' },
      size: ptToHalfPoint(el.sizePt),
      color: el.color,
      language: { value: 'en-US', eastAsia: 'zh-CN' },
    };
    return new Footer({
      children: [
        new Paragraph({
          alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent:
            side === 'odd'
              ? { left: 0, right: PAGE_NUMBER_INSET_TWIP, firstLine: 0 }
              : { left: PAGE_NUMBER_INSET_TWIP, right: 0, firstLine: 0 },
          spacing: { before: 0, after: 0, line: el.lineTwip, lineRule: LineRuleType.EXACT },
          widowControl: false,
          overflowPunctuation: OVERFLOW_PUNCT_ELEMENT_ON,
          children: [
            new TextRun({ ...runOpts, children: [`${PAGE_NUMBER_DASH} `, PageNumber.CURRENT, ` ${PAGE_NUMBER_DASH}`] }),
          ],
        }),
      ],
    });
  }
}

const TAB = {
  left: TabStopType.LEFT,
  right: TabStopType.RIGHT,
  center: TabStopType.CENTER,
} as const;

/**
 * The text's last paragraph keeps with the signature when it is at most this many lines long (see
 * Builder.signature): at worst that many lines plus one stay empty at the foot of the page before.
 */
const KEEP_WITH_SIGNATURE_MAX_LINES = 4;

/** Left and right cell margins: 1.5 mm. */
const TABLE_CELL_MARGIN_TWIP: Twip = 85;
/** Added to a column's measured content (fonts differ a little from the estimate). */
const TABLE_CELL_SLACK_TWIP: Twip = 40;

/** Height of a 版记 rule's own paragraph (the rule is its bottom border). */
export const RULE_LINE_TWIP: Twip = 20;

/**
 * Exact line height of the 发文机关标志 / 纪要标志: at least 1.25 × its size, and such that the space
 * before it plus its line is a whole number of line pitches (the following lines stay on the grid).
 */
export function issuerLineTwip(sizePt: number, beforeTwip: Twip = 0): Twip {
  const natural = ptToTwip(Math.ceil(sizePt * 1.25));
  return Math.ceil((beforeTwip + natural) / LINE_PITCH_TWIP) * LINE_PITCH_TWIP - beforeTwip;
}

/**
 * Column widths that sum to the width of the 版心: each column's natural width (its longest cell at
 * 4号, plus cell margins); when they do not fit, the widest columns give way first (water-filling),
 * when they do, the spare width is shared in proportion.
 */
/** A header broken before its last opening bracket: "支部书记（星期一）" → "支部书记\n（星期一）". */
export function breakHeader(text: string): string {
  if (text.includes('\n')) return text;
  const i = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  return i > 0 ? `${text.slice(0, i)}\n${text.slice(i)}` : text;
}

/** The header as it is written into a column `widthTwip` wide: broken before its bracket when it does not fit. */
function fitHeader(text: string, widthTwip: Twip): string {
  const el = ELEMENTS.tableHeader;
  const w = textAdvanceTwip(text, el.sizePt, el.charSpacingTwip) + 2 * TABLE_CELL_MARGIN_TWIP;
  return w > widthTwip ? breakHeader(text) : text;
}

export function columnWidths(t: Pick<ModelTable, 'header' | 'rows'>, columns: number, total: Twip = PAGE_TWIP.textWidth): Twip[] {
  const cellEl = ELEMENTS.tableCell;
  const headEl = ELEMENTS.tableHeader;
  const charTwip = ptToTwip(cellEl.sizePt);
  // Cell margins (2 × 85) and a little slack for the fonts' own widths.
  const pad = 2 * TABLE_CELL_MARGIN_TWIP + TABLE_CELL_SLACK_TWIP;
  const minTwip = 2 * charTwip + pad;
  const width = (text: string, el: ElementStyle) =>
    Math.max(0, ...text.split('\n').map((l) => textAdvanceTwip(l, el.sizePt, el.charSpacingTwip)));
  const naturalWidths = (header: (i: number) => string) => {
    const out: number[] = [];
    for (let i = 0; i < columns; i++) {
      const w = Math.max(width(header(i), headEl), ...t.rows.map((r) => width(r[i] ?? '', cellEl)));
      out.push(Math.max(minTwip, Math.ceil(w + pad)));
    }
    return out;
  };
  let natural = naturalWidths((i) => t.header[i] ?? '');
  // Too wide: headers may take two lines, broken before their bracket ("支部书记\n（星期一）", see
  // breakHeader), rather than the data cells of every row.
  if (natural.reduce((a, b) => a + b, 0) > total) natural = naturalWidths((i) => breakHeader(t.header[i] ?? ''));
  const sum = natural.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum <= total) {
    widths = natural.map((n) => (n * total) / sum);
  } else {
    // Find the cap c with Σ min(natural, c) = total.
    const sorted = [...natural].sort((a, b) => a - b);
    let rest = total;
    let cap = total / columns;
    for (let k = 0; k < sorted.length; k++) {
      const share = rest / (sorted.length - k);
      if (sorted[k]! <= share) {
        rest -= sorted[k]!;
      } else {
        cap = share;
        break;
      }
    }
    widths = natural.map((n) => Math.max(Math.min(n, cap), Math.min(minTwip, total / columns)));
    const s = widths.reduce((a, b) => a + b, 0);
    widths = widths.map((w) => (w * total) / s);
  }
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

export function buildDocument(doc: GongwenDocument, options: BuildOptions, meta: { title: string }): Document {
  const b = new Builder(options);
  b.head(doc);
  b.title(doc);
  b.blocks(doc.body);
  b.signature(doc);
  b.notes(doc);
  for (const a of doc.attachments) b.attachment(a);

  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const colophon = doc.colophon && hasColophon(doc.colophon) ? b.colophon(doc.colophon) : [];
  if (colophon.length > 0) {
    if (options.colophonPlacement === 'footnote') {
      // The 版记 rides in a footnote of a last, empty, one-twip paragraph: footnotes are set at the
      // bottom of the 版心 of the page their reference is on, by Word and by LibreOffice alike.
      footnotes[COLOPHON_FOOTNOTE_ID] = { children: colophon };
      b.pushBuilt(
        new Paragraph({
          spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
          indent: { left: 0, right: 0, firstLine: 0 },
          widowControl: false,
          overflowPunctuation: OVERFLOW_PUNCT_ELEMENT_ON,
          children: [new FootnoteReferenceRun(COLOPHON_FOOTNOTE_ID)],
        }),
      );
    } else {
      b.blankLine();
      b.pushBuilt(...colophon);
    }
  }

  const fangsong = FONT_PROFILES[options.fontProfile].fangsong;
  return new Document({
    title: meta.title,
    creator: 'gongwen',
    lastModifiedBy: 'gongwen',
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    footnotes,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: fangsong, hAnsi: fangsong, eastAsia: fangsong, cs: fangsong, hint: 'eastAsia' },
            size: ptToHalfPoint(ELEMENTS.body.sizePt),
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
          paragraph: {
            spacing: { before: 0, after: 0, line: LINE_PITCH_TWIP, lineRule: LineRuleType.EXACT },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIP.width, height: PAGE_TWIP.height },
            margin: {
              top: PAGE_TWIP.top,
              bottom: PAGE_TWIP.bottom,
              left: PAGE_TWIP.left,
              right: PAGE_TWIP.right,
              header: mmToTwip(15),
              footer: FOOTER_DISTANCE_TWIP,
              gutter: 0,
            },
          },
        },
        footers: { default: b.footer('odd'), even: b.footer('even') },
        children: b.flowItems(),
      },
    ],
  });
}

/**
 * Footer distance: the page number's line (4号, exact 14 pt) has its top 7 mm below the bottom of
 * the 版心 (§7.5), so its bottom is 35 − 7 − 4.94 mm above the bottom of the page; less 0.7 mm,
 * measured in LibreOffice 7.4 (the number's box top was 6.3 mm below the 版心 without it).
 */
const PAGE_NUMBER_CALIBRATION_MM = 0.7;
export const FOOTER_DISTANCE_TWIP: Twip =
  PAGE_TWIP.bottom - mmToTwip(PAGE.pageNumberBelowTextMm) - ELEMENTS.pageNumber.lineTwip - mmToTwip(PAGE_NUMBER_CALIBRATION_MM);

function hasColophon(c: Colophon): boolean {
  return Boolean(c.cc || c.printer || c.printDate || c.keywords || c.report || c.distribute);
}
