/**
 * Body blocks: headings (§7.3.3), paragraphs, 主送机关 (§7.3.2), 附件说明 (§7.3.4), 附注 (§7.3.6) and
 * labeled lines (出席 / 请假 / 列席 / 参会人员 …, §10.3).
 */
import type { Block, Heading, LabeledLine, Paragraph as ModelParagraph } from '../../model/document.js';
import { FLUSH, type Flow } from './flow.js';
import { planParagraph as planWholeParagraph, type LineSegment } from './linebreak.js';
import { addTable } from './tables.js';
import { BODY_CHAR_ADVANCE_TWIP, ELEMENTS, INDENT_2_CHARS_TWIP, PAGE, PAGE_TWIP, SPACING, SQUEEZED_CHAR_SPACING_TWIP, type ElementStyle } from '../../layout/standard.js';
import { textAdvanceTwip, textWidthChars } from './textWidth.js';
import { ptToTwip, type Twip } from '../../layout/units.js';

/** Width in twips of text set in 3号 with the body character spacing. */
export const bodyTextTwip = (text: string): Twip => Math.round(textWidthChars(text) * BODY_CHAR_ADVANCE_TWIP);

/**
 * The body's blocks. `trailing`: something follows the body that must not start a page alone (the
 * signature). The text's last paragraph then carries its last two lines with it (or goes whole when
 * it is short), and so does the paragraph before a closing run of labeled lines (参会人员：…,
 * 会议记录与整理：…, empty ones to fill in by hand): §7.3.5 "不得采取标注'此页无正文'的方法".
 */
export function addBlocks(f: Flow, blocks: Block[], opts: { trailing?: boolean } = {}): void {
  let previous: Block | undefined;
  const isNote = (x: Block | undefined) => x?.type === 'paragraph' && x.role === 'attachment-note';
  let tailStart = blocks.length;
  while (tailStart > 0 && blocks[tailStart - 1]!.type === 'labeled') tailStart--;
  const carryIndex = tailStart < blocks.length ? tailStart - 1 : opts.trailing ? blocks.length - 1 : -1;
  blocks.forEach((b, index) => {
    // 出席/请假/列席 one line below the text (§10.3).
    if (b.type === 'labeled' && b.style === 'attendance' && previous && previous.type !== 'labeled') {
      f.blankLine();
      if (index >= tailStart) f.keepLastWithNext();
    }
    // 附件说明 one line below the text (§7.3.4).
    if (isNote(b) && previous && !isNote(previous)) {
      for (let i = 0; i < PAGE.attachmentNoteBlankLinesAbove; i++) f.blankLine();
    }
    previous = b;
    switch (b.type) {
      case 'heading':
        addHeading(f, b);
        break;
      case 'paragraph':
        addParagraph(f, b, index === carryIndex ? SPACING.carriedLines : 0);
        break;
      case 'labeled':
        addLabeled(f, b);
        break;
      case 'table':
        addTable(f, b);
        break;
      case 'pageBreak':
        f.pageBreak();
        break;
    }
    if (index === carryIndex && b.type !== 'paragraph' && b.type !== 'table' && b.type !== 'pageBreak') keepIfShort(f, b);
    // a table that ends the text: its last row goes on with the signature (./tables.ts)
    if (index === carryIndex && b.type === 'table') f.keepLastWithNext();
    // the closing labeled lines stay together
    if (index >= tailStart && index < blocks.length - 1) f.keepLastWithNext();
  });
}


/** Keeps the last paragraph with the next when it is at most SPACING.keepWithSignatureMaxLines long. */
function keepIfShort(f: Flow, b: Block): void {
  const text =
    b.type === 'paragraph' ? b.text : b.type === 'heading' ? `${b.number}${b.text}${b.runIn ?? ''}` : b.type === 'labeled' ? `${b.label}${b.value}` : '';
  if (Math.ceil((PAGE.indentChars + textWidthChars(text)) / PAGE.charsPerLine) <= SPACING.keepWithSignatureMaxLines) f.keepLastWithNext();
}

/** 一、黑体 （一）楷体 1. （1） 仿宋 (§7.3.3), each a style with its outline level; run-in text in the body font. */
export function addHeading(f: Flow, h: Heading): void {
  const style = `heading${h.level}` as const;
  const el = ELEMENTS[style];
  const head = `${h.number}${h.text}`;
  // A run-in heading is a paragraph of text: its lines are planned like the body's (./linebreak.ts),
  // the heading's characters in the heading's font, the rest in the body's.
  // (an empty one, `# {.unnumbered}`, has no run: it must not fall through to plan head + undefined)
  if (!h.runIn) {
    const children = head ? f.runs.runs(head, el, el) : '';
    f.pushPara((brk) => f.paragraph(style, children, { keepNext: undefined, pageBreakBefore: brk || undefined }));
    return;
  }
  const segments = planned(head + h.runIn);
  let children = '';
  // where the segment starts in head + runIn, in code units: the segments are cut between characters,
  // so the head ends at head.length in them as in the text (no array of characters a segment)
  let at = 0;
  for (const s of segments) {
    const inHead = Math.max(0, Math.min(s.text.length, head.length - at));
    const parts = [
      { text: s.text.slice(0, inHead), el },
      { text: s.text.slice(inHead), el: ELEMENTS.body },
    ];
    for (const part of parts) {
      if (!part.text) continue;
      const fmt = s.squeezed ? { ...part.el, charSpacingTwip: SQUEEZED_CHAR_SPACING_TWIP } : part.el;
      children += f.runs.runs(part.text, fmt, el);
    }
    at += s.text.length;
  }
  // A run-in heading is a paragraph of text: it does not keep with the next one.
  f.pushPara((brk) => f.paragraph(style, children, { keepNext: false, pageBreakBefore: brk || undefined }));
}

export function addParagraph(f: Flow, p: ModelParagraph, carry = 0): void {
  const body = ELEMENTS.body;
  if (p.role === 'salutation') {
    f.simple('salutation', p.text);
    return;
  }
  if (p.role === 'attachment-note') {
    // 附件说明 (§7.3.4): two characters in; wrapped lines (and the lines of further attachments)
    // aligned after "附件：".
    const m = /^(附件[:：])/.exec(p.text);
    const labelTwip = bodyTextTwip('附件：');
    const left = INDENT_2_CHARS_TWIP + labelTwip;
    const text = m ? `附件：${p.text.slice(m[1]!.length)}` : p.text;
    f.pushPara((brk) =>
      f.paragraph('attachmentNote', f.runs.runs(text, body), {
        indent: m ? { left, right: 0, hanging: labelTwip } : { ...FLUSH, left },
        pageBreakBefore: brk || undefined,
      }),
    );
    if (carry) keepIfShort(f, p);
    return;
  }
  if (p.role === 'note') {
    f.simple('note', p.text);
    if (carry) keepIfShort(f, p);
    return;
  }
  const indent = p.indent ?? (p.align === undefined || p.align === 'justify');
  const justified = (p.align ?? 'justify') === 'justify';
  const squeezed: ElementStyle = { ...body, charSpacingTwip: SQUEEZED_CHAR_SPACING_TWIP };
  const runsOf = (segments: LineSegment[]) => segments.map((s) => f.runs.runs(s.text, s.squeezed ? squeezed : body, body)).join('');
  const align = p.align && p.align !== 'justify' ? p.align : undefined;
  // Lines whose break would push a character down are squeezed to hold the mark (./linebreak.ts).
  const plan = justified && indent ? planParagraph(p.text) : { segments: [{ text: p.text, squeezed: false }], lines: undefined };
  const lines = plan.lines;
  if (carry && lines && lines.length > carry) {
    // The last lines become a paragraph of their own, kept with what follows: LibreOffice moves a
    // kept paragraph whole, and a page must not hold only the signature. The first part ends with a
    // full line, so nothing shows the cut.
    const head = lines.slice(0, -carry);
    const tail = lines.slice(-carry);
    f.pushPara((brk) => f.paragraph('body', runsOf(head), { align, pageBreakBefore: brk || undefined }));
    f.pushPara((brk) => f.paragraph('bodyCarry', runsOf(tail), { align, indent: FLUSH, pageBreakBefore: brk || undefined }));
    f.keepLastWithNext();
    return;
  }
  f.pushPara((brk) =>
    f.paragraph('body', runsOf(plan.segments), {
      align,
      indent: indent ? undefined : FLUSH,
      pageBreakBefore: brk || undefined,
    }),
  );
  if (carry) keepIfShort(f, p);
}

/** The lines of a justified paragraph with the body's two-character indent, planned (./linebreak.ts). */
function planParagraph(text: string): { segments: LineSegment[]; lines?: LineSegment[] } {
  if (text.includes('\n')) return { segments: [{ text, squeezed: false }] };
  const body = ELEMENTS.body;
  const width = PAGE_TWIP.textWidth;
  return planWholeParagraph(text, width - INDENT_2_CHARS_TWIP, width, body.charSpacingTwip, ptToTwip(body.sizePt));
}

const planned = (text: string): LineSegment[] => planParagraph(text).segments;

/** Separators between the names of a list (出席：张三、李四…). */
const NAME_SEPARATOR = /(?<=[、，,；;])/u;

/**
 * The value of a labeled line with a line break ("\n") wherever a name would otherwise be split
 * across lines: each name with the mark after it is kept on one line (issue: a person's name never
 * splits). `lineTwip` is the width a line of the value has. Values that are not lists are kept.
 */
export function breakBetweenNames(value: string, lineTwip: Twip): string {
  const el = ELEMENTS.body;
  const names = value.split(NAME_SEPARATOR);
  if (names.length < 2) return value;
  let out = '';
  let used = 0;
  for (const name of names) {
    const w = textAdvanceTwip(name, el.sizePt, el.charSpacingTwip);
    if (used > 0 && used + w > lineTwip) {
      out += '\n';
      used = 0;
    }
    out += name;
    used += w;
    // A name longer than a line breaks where it must; its rest starts the count again.
    while (used > lineTwip) used -= lineTwip;
  }
  return out;
}

/**
 * 出席：… (§10.3): two characters in, the label in 3号黑体 (for every label: 参会人员, 会议记录与整理 …),
 * wrapped lines aligned after the colon (a hanging indent the width of the label). Lists of names
 * break between names, never inside one; such a paragraph is set flush left, so that the lines
 * ending in a break are not spread out.
 */
export function addLabeled(f: Flow, l: LabeledLine): void {
  const label = /[:：]$/.test(l.label) ? l.label.replace(/:$/, '：') : `${l.label}：`;
  const labelTwip = bodyTextTwip(label);
  const left = INDENT_2_CHARS_TWIP + labelTwip;
  const value = breakBetweenNames(l.value, PAGE_TWIP.textWidth - left);
  const broken = value !== l.value;
  f.pushPara((brk) =>
    f.paragraph('attendance', f.runs.run(label, ELEMENTS.attendanceLabel) + f.runs.runs(value, ELEMENTS.body), {
      align: broken ? 'left' : undefined,
      indent: { left, right: 0, hanging: labelTwip },
      pageBreakBefore: brk || undefined,
    }),
  );
}

