import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag, Diagnostic } from '../diagnostics/diagnostic.js';
import { COMPUTED_LINE } from './computedBlocks.js';
import type { Attachment, Block, CellAlign, Heading, HeadingLevel, Paragraph } from './document.js';
import { splitRow, unescapeMarkdown } from './markdownText.js';
import { SectionCounter } from './numbering.js';
import { beginsParagraph, endsParagraph } from '../zh/paragraphShape.js';
import { isPageNumberLine } from '../zh/pageNumber.js';
import type { SourcePosition } from './sourcePositions.js';

/** A line of the template's output, with the file, line and column that wrote it. */
export interface Line {
  text: string;
  no: number;
  column: number;
  file: string;
}

/** What every block of one document is read with. */
export interface BlockReader {
  bag: DiagnosticBag;
  attachments: Attachment[];
  /** Blocks built by code, placed at `::: computed N` (see ComputedBlocks). */
  computed: ReadonlyMap<number, ReadonlyArray<Block>>;
  counter: SectionCounter;
}

/** Where a line is, for a message. */
const at = (line: Line): Partial<Diagnostic> => ({ file: line.file, start: { line: line.no, column: line.column } });

/** The position of the lines a block was read from. */
const span = (first: Line, last: Line = first): SourcePosition => ({
  file: first.file,
  start: { line: first.no, column: first.column },
  end: { line: last.no, column: last.column },
});

function joinLines(lines: string[]): string {
  let out = '';
  for (const l of lines.map((x) => x.trim())) {
    if (!out) out = l;
    else if (/[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(l)) out += ` ${l}`;
    else out += l;
  }
  return out;
}

/** Reads lines into blocks; `style` is given to the paragraphs of an aligned block (::: center …). */
export function parseBlocks(lines: Line[], reader: BlockReader, topLevel: boolean, style: Partial<Paragraph> = {}): Block[] {
  const blocks: Block[] = [];
  let runIn: Heading | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (!trimmed) {
      i++;
      continue;
    }
    const computed = COMPUTED_LINE.exec(trimmed);
    if (computed) {
      blocks.push(...(reader.computed.get(Number(computed[1])) ?? []).map((b) => ({ ...b, position: span(line) })));
      runIn = unrun(runIn);
      i++;
    } else if (/^:::\s*\S/.test(trimmed)) {
      runIn = unrun(runIn);
      i = readFence(lines, i, reader, topLevel, style, blocks);
    } else if (isPageNumberLine(trimmed)) {
      // a page number pasted with the text across a page break (— 2 —): no paragraph of the document (zh/pageNumber.ts)
      reader.bag.warn('page-number-line', say('page-number-line', { typed: trimmed }), at(line));
      i++;
    } else if (trimmed === '\\pagebreak') {
      blocks.push({ type: 'pageBreak', position: span(line) });
      i++;
    } else if (/^#{1,6}\s/.test(trimmed) && HEADING.test(trimmed)) {
      unrun(runIn);
      const heading = readHeading(line, reader);
      blocks.push(heading);
      runIn = heading.runIn === '' ? heading : undefined;
      if (runIn) delete heading.runIn;
      i++;
    } else if (trimmed.startsWith('|')) {
      runIn = unrun(runIn);
      i = readTable(lines, i, blocks);
    } else {
      const start = i;
      const para: string[] = [];
      while (i < lines.length) {
        const t = lines[i]!.text.trim();
        if (!t || /^(:::|#{1,6}\s|\||\\pagebreak$)/.test(t)) break;
        // a line typed as an item or a contact line begins a paragraph of its own, and a heading or a
        // contact line typed on its own line ends one (1.强化组织领导 / 镇党委…: two paragraphs, as the writer meant them)
        if (para.length && beginsParagraph(t)) break;
        para.push(t);
        i++;
        if (endsParagraph(t)) break;
      }
      if (i === start) {
        // a line that only looks like a block: a ":::" that closes none
        reader.bag.warn('template-output', say('template-output.stray-close', { line: trimmed }), at(line));
        i++;
        continue;
      }
      const text = unescapeMarkdown(joinLines(para));
      if (!text) continue;
      if (runIn) {
        runIn.runIn = text;
        runIn = undefined;
      } else blocks.push({ type: 'paragraph', text, ...style, position: span(lines[start]!, lines[i - 1]) });
    }
  }
  unrun(runIn);
  runInAmongSiblings(blocks);
  return blocks;
}

/** Run-in headings whose 。 readHeading added (a heading typed with its own 。 keeps it). */
const STOP_ADDED = new WeakSet<Heading>();
/** Run-in headings that no paragraph followed, made headings standing alone by unrun. */
const UNRUN = new WeakSet<Heading>();

/**
 * A run-in heading that no paragraph follows (a phase with no text) stands alone: it is a heading,
 * and a heading keeps no 。 (prose.md: "No punctuation after a title").
 */
function unrun(heading: Heading | undefined): undefined {
  if (heading && STOP_ADDED.has(heading)) {
    heading.text = heading.text.replace(/。$/u, '');
    UNRUN.add(heading);
  }
  return undefined;
}

/**
 * A run-in heading with no paragraph among siblings that run their text in (phases typed with dates only beside phases
 * with text: （一）动员部署（3月1日至3月15日） above **（二）集中整治（…）。**开展……) is printed in their shape, its 。 kept and
 * nothing run in: three siblings, one shape. Where none of its siblings runs text in, it stands alone (unrun).
 */
function runInAmongSiblings(blocks: Block[]): void {
  blocks.forEach((b, i) => {
    if (b.type !== 'heading' || !UNRUN.has(b)) return;
    const siblings: Heading[] = [];
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < blocks.length; j += step) {
        const other = blocks[j]!;
        if (other.type !== 'heading') continue;
        if (other.level < b.level) break;
        if (other.level === b.level) siblings.push(other);
      }
    }
    if (!siblings.some((h) => h.runIn)) return;
    b.text += '。';
    b.runIn = '';
    UNRUN.delete(b);
  });
}

const HEADING = /^(#{1,6})\s+(.*?)\s*((?:\{\.[a-z-]+\}\s*)*)$/;

/** A heading `#` … `####`, numbered; `{.run-in}` marks it to take the next paragraph (runIn '' until then). */
function readHeading(line: Line, reader: BlockReader): Heading {
  const m = HEADING.exec(line.text.trim())!;
  const level = m[1]!.length;
  const attrs = m[3] ?? '';
  if (level > 4) {
    reader.bag.error('too-deep', say('too-deep.heading', { level }), at(line));
  }
  const lv = Math.min(level, 4) as HeadingLevel;
  const runIn = attrs.includes('.run-in');
  let title = unescapeMarkdown(m[2]!);
  const addStop = runIn && !/[。！？：]$/u.test(title);
  if (addStop) title += '。';
  const heading: Heading = { type: 'heading', level: lv, number: reader.counter.next(lv, !attrs.includes('.unnumbered')), text: title, position: span(line) };
  if (addStop) STOP_ADDED.add(heading);
  if (runIn) heading.runIn = '';
  return heading;
}

/** A pipe table from line i; returns the line after it. */
function readTable(lines: Line[], i: number, blocks: Block[]): number {
  const rows: string[][] = [];
  let align: CellAlign[] = [];
  let j = i;
  for (; j < lines.length && lines[j]!.text.trim().startsWith('|'); j++) {
    const cells = splitRow(lines[j]!.text);
    if (cells.every((c) => /^:?-{3,}:?$/.test(c))) {
      align = cells.map((c) => (c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : 'left'));
    } else rows.push(cells);
  }
  const [header = [], ...rest] = rows;
  blocks.push({ type: 'table', header, rows: rest, align: align.length ? align : header.map(() => 'left'), position: span(lines[i]!, lines[j - 1]) });
  return j;
}

/** A fenced block `::: name` … `:::` from line i (blocks nest); returns the line after it. */
function readFence(lines: Line[], i: number, reader: BlockReader, topLevel: boolean, style: Partial<Paragraph>, blocks: Block[]): number {
  const open = lines[i]!;
  const [, name = '', rest = ''] = /^:::\s*(\S+)\s*(.*)$/.exec(open.text.trim()) ?? [];
  let depth = 1;
  let j = i + 1;
  for (; j < lines.length; j++) {
    const t = lines[j]!.text.trim();
    if (/^:::\s*\S/.test(t) && !COMPUTED_LINE.test(t)) depth++;
    else if (t === ':::' && --depth === 0) break;
  }
  if (depth !== 0) reader.bag.error('template-output', say('template-output.unclosed-block', { block: name }), at(open));
  const inner = lines.slice(i + 1, j);
  const nested = (s: Partial<Paragraph>) => parseBlocks(inner, reader, false, s);
  switch (name) {
    case 'attendance':
    case 'labeled':
      blocks.push(...labeledLines(inner, name, style));
      break;
    case 'center':
    case 'right':
    case 'left':
      blocks.push(...nested({ align: name, indent: false }));
      break;
    case 'noindent':
      blocks.push(...nested({ indent: false }));
      break;
    case 'salutation':
      blocks.push(...nested({ align: 'left', indent: false, role: 'salutation' }));
      break;
    case 'attachment':
      if (!topLevel) reader.bag.error('template-output', say('template-output.nested-attachment'), at(open));
      reader.attachments.push({ label: '附件', title: unescapeMarkdown(rest.trim()) || undefined, body: parseBlocks(inner, { ...reader, counter: new SectionCounter() }, false) });
      break;
    default:
      reader.bag.warn('template-output', say('template-output.unknown-block', { block: name }), at(open));
      blocks.push(...nested(style));
  }
  return j + 1;
}

/** `label：value` lines of a ::: labeled or ::: attendance block; a line without a colon is a paragraph. */
function labeledLines(inner: Line[], name: 'attendance' | 'labeled', style: Partial<Paragraph>): Block[] {
  const out: Block[] = [];
  for (const l of inner) {
    const t = l.text.trim();
    if (!t) continue;
    const m = /^([^：:]+)[：:]\s*(.*)$/.exec(t);
    if (!m) out.push({ type: 'paragraph', text: unescapeMarkdown(t), ...style, position: span(l) });
    else out.push({ type: 'labeled', label: unescapeMarkdown(m[1]!.trim()), value: unescapeMarkdown(m[2]!.trim()), style: name === 'attendance' ? 'attendance' : 'plain', position: span(l) });
  }
  return out;
}
