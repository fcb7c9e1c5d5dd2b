import { parse as parseYaml } from 'yaml';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Attachment, Block, CellAlign, Colophon, DocumentHead, GongwenDocument, HeadingLevel, Paragraph } from './document.js';
import { SectionCounter } from './numbering.js';
import { unescapeMarkdown } from './markdownText.js';

/**
 * The Markdown a template renders, read into the document model.
 *
 * - Front matter: title, subtitle, mark, issuer, docNumber, copyNumber, secrecy, urgency, signer,
 *   signature {organs, date}, notes, cc, printer, printDate, keywords, report, distribute.
 * - `#` … `####`: headings of levels 1–4, numbered here (一、（一）1.（1）).
 *   `{.run-in}` runs the next paragraph in after the heading; `{.unnumbered}` leaves the number out.
 * - Paragraphs: lines joined; blank lines separate them.
 * - Pipe tables.
 * - Fenced blocks `::: name` … `:::`: attendance and labeled (label：value lines), center, right,
 *   left, noindent, salutation, attachment <title>. Blocks nest.
 * - `\pagebreak` on its own line.
 */
export interface ParseOptions {
  kind: string;
  template: string;
  /** Where the Markdown came from, for messages. */
  origin: string;
  /** Passages of the user's own Markdown placed at `::: insert NAME` (see markdownInsert). */
  inserts?: Readonly<Record<string, { text: string; file: string; firstLine: number }>>;
}

interface Line {
  text: string;
  no: number;
  /** The file the line comes from when it is not the template's output (an inserted passage). */
  file?: string;
}

/** Where a line is, for a message. */
const at = (line: Line, options: ParseOptions) => ({ file: line.file ?? options.origin, start: { line: line.no, column: 1 } });

/** The template's lines with each `::: insert NAME` / `:::` pair replaced by the passage's own lines. */
function spliceInserts(lines: Line[], options: ParseOptions): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^:::\s*insert\s+(\S+)\s*$/.exec(lines[i]!.text.trim());
    const passage = m && options.inserts && Object.prototype.hasOwnProperty.call(options.inserts, m[1]!) ? options.inserts[m[1]!] : undefined;
    if (!passage || lines[i + 1]?.text.trim() !== ':::') {
      out.push(lines[i]!);
      continue;
    }
    passage.text.replace(/\r\n?/g, '\n').split('\n').forEach((text, k) => out.push({ text, no: passage.firstLine + k, file: passage.file }));
    i++;
  }
  return out;
}

const asList = (v: unknown): string[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v.map((x) => String(x)) : [String(v)];
const asText = (v: unknown): string | undefined => (v === undefined || v === null || v === '' ? undefined : String(v));

function joinLines(lines: string[]): string {
  let out = '';
  for (const l of lines.map((x) => x.trim())) {
    if (!out) out = l;
    else if (/[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(l)) out += ` ${l}`;
    else out += l;
  }
  return out;
}

/** The cells of a pipe-table row, each unescaped (`\|` is a bar inside a cell). */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && i + 1 < body.length) {
      // an escape pair (\| is a bar inside a cell) stays whole until the cell is unescaped
      cur += body[i]! + body[i + 1]!;
      i++;
    } else if (body[i] === '|') {
      cells.push(unescapeMarkdown(cur.trim()));
      cur = '';
    } else cur += body[i];
  }
  cells.push(unescapeMarkdown(cur.trim()));
  return cells;
}

export function parseMarkdown(markdown: string, options: ParseOptions, bag: DiagnosticBag): GongwenDocument {
  const text = markdown.replace(/\r\n?/g, '\n');
  let front: Record<string, any> = {};
  let bodyStart = 0;
  const fm = text.match(/^\s*---\n([\s\S]*?)\n---[ \t]*(\n|$)/);
  if (fm) {
    try {
      front = (parseYaml(fm[1]) as Record<string, any>) ?? {};
    } catch (err) {
      bag.error('template-output', `the front matter rendered by template "${options.template}" is not valid YAML: ${(err as Error).message.split('\n')[0]}`, { file: options.origin });
    }
    bodyStart = fm[0].length;
  }
  const lines: Line[] = spliceInserts(
    text
      .slice(bodyStart)
      .split('\n')
      .map((t, i) => ({ text: t, no: i + 1 })),
    options,
  );

  const attachments: Attachment[] = [];
  const body = parseBlocks(lines, bag, options, attachments, true);

  const head: DocumentHead = {
    copyNumber: asText(front.copyNumber),
    secrecy: asText(front.secrecy),
    urgency: asText(front.urgency),
    issuer: asText(front.issuer),
    docNumber: asText(front.docNumber),
    signer: asText(front.signer),
  };
  const colophon: Colophon = {
    cc: asText(front.cc),
    printer: asText(front.printer),
    printDate: asText(front.printDate),
    keywords: asText(front.keywords),
    report: asText(front.report),
    distribute: asText(front.distribute),
  };
  const hasAny = (o: object) => Object.values(o).some((v) => v !== undefined);

  // Attachments are labelled 附件 (one) or 附件1, 附件2 … (GB/T 9704 §7.3.6), and listed in the 附件说明.
  if (attachments.length > 1) attachments.forEach((a, i) => (a.label = `附件${i + 1}`));
  if (attachments.length && front.attachmentNote !== false) {
    const titles = attachments.map((a) => a.title ?? '');
    const notes: Paragraph[] =
      titles.length === 1
        ? [{ type: 'paragraph', text: `附件：${titles[0]}`, role: 'attachment-note' }]
        : titles.map((t, i) => ({ type: 'paragraph', text: `${i === 0 ? '附件：' : ''}${i + 1}. ${t}`, role: 'attachment-note' }));
    body.push(...notes);
  }

  const signature = front.signature && asList(front.signature.organs).length
    ? { organs: asList(front.signature.organs), date: asText(front.signature.date) }
    : undefined;

  return {
    kind: options.kind,
    template: options.template,
    head: hasAny(head) ? head : undefined,
    mark: asText(front.mark),
    title: asList(front.title),
    subtitle: asList(front.subtitle),
    body,
    signature,
    notes: asList(front.notes),
    attachments,
    colophon: hasAny(colophon) ? colophon : undefined,
  };
}

function parseBlocks(
  lines: Line[],
  bag: DiagnosticBag,
  options: ParseOptions,
  attachments: Attachment[],
  topLevel: boolean,
  style: Partial<Paragraph> = {},
  counter = new SectionCounter(),
): Block[] {
  const blocks: Block[] = [];
  let pendingRunIn: { block: Block & { type: 'heading' } } | undefined;
  let i = 0;
  const pushParagraph = (textLines: string[]) => {
    const t = unescapeMarkdown(joinLines(textLines));
    if (!t) return;
    if (pendingRunIn) {
      pendingRunIn.block.runIn = t;
      pendingRunIn = undefined;
      return;
    }
    blocks.push({ type: 'paragraph', text: t, ...style });
  };
  while (i < lines.length) {
    const line = lines[i].text;
    const trimmed = line.trim();
    if (!trimmed) {
      i++;
      continue;
    }
    // fenced block
    const fence = trimmed.match(/^:::\s*(\S+)\s*(.*)$/);
    if (fence) {
      const name = fence[1];
      const arg = fence[2].trim();
      const openLine = lines[i];
      let depth = 1;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const t = lines[j].text.trim();
        if (/^:::\s*\S/.test(t)) depth++;
        else if (t === ':::') {
          depth--;
          if (depth === 0) break;
        }
      }
      const inner = lines.slice(i + 1, j);
      if (depth !== 0) {
        bag.error('template-output', `block "::: ${name}" opened here is never closed with ":::"`, at(openLine, options));
      }
      i = j + 1;
      pendingRunIn = undefined;
      switch (name) {
        case 'attendance':
        case 'labeled':
          for (const l of inner) {
            const t = l.text.trim();
            if (!t) continue;
            const m = t.match(/^([^：:]+)[：:]\s*(.*)$/);
            if (!m) {
              blocks.push({ type: 'paragraph', text: unescapeMarkdown(t), ...style });
              continue;
            }
            blocks.push({ type: 'labeled', label: unescapeMarkdown(m[1].trim()), value: unescapeMarkdown(m[2].trim()), style: name === 'attendance' ? 'attendance' : 'plain' });
          }
          break;
        case 'center':
        case 'right':
        case 'left':
          blocks.push(...parseBlocks(inner, bag, options, attachments, false, { align: name, indent: false }, counter));
          break;
        case 'noindent':
          blocks.push(...parseBlocks(inner, bag, options, attachments, false, { indent: false }, counter));
          break;
        case 'salutation':
          blocks.push(...parseBlocks(inner, bag, options, attachments, false, { align: 'left', indent: false, role: 'salutation' }, counter));
          break;
        case 'attachment':
          if (!topLevel) {
            bag.error('template-output', 'an attachment cannot stand inside another block', at(openLine, options));
          }
          attachments.push({ label: '附件', title: unescapeMarkdown(arg) || undefined, body: parseBlocks(inner, bag, options, attachments, false) });
          break;
        default:
          bag.warn('template-output', `unknown block "::: ${name}": its content is laid out as ordinary paragraphs`, at(openLine, options));
          blocks.push(...parseBlocks(inner, bag, options, attachments, false, style, counter));
      }
      continue;
    }
    if (trimmed === '\\pagebreak') {
      blocks.push({ type: 'pageBreak' });
      i++;
      continue;
    }
    const heading = trimmed.match(/^(#{1,6})\s+(.*?)\s*((?:\{\.[a-z-]+\}\s*)*)$/);
    if (heading) {
      const level = heading[1].length;
      const attrs = heading[3] ?? '';
      if (level > 4) {
        bag.error('too-deep', `a heading of level ${level}: documents have four levels (一、（一）1.（1）)`, at(lines[i], options));
      }
      const lv = Math.min(level, 4) as HeadingLevel;
      const numbered = !attrs.includes('.unnumbered');
      const runIn = attrs.includes('.run-in');
      let title = unescapeMarkdown(heading[2]);
      if (runIn && !/[。！？：]$/u.test(title)) title += '。';
      const block = { type: 'heading' as const, level: lv, number: counter.next(lv, numbered), text: title };
      blocks.push(block);
      pendingRunIn = runIn ? { block } : undefined;
      i++;
      continue;
    }
    if (trimmed.startsWith('|')) {
      const rows: string[][] = [];
      let align: CellAlign[] = [];
      let j = i;
      for (; j < lines.length && lines[j].text.trim().startsWith('|'); j++) {
        const cells = splitRow(lines[j].text);
        if (cells.every((c) => /^:?-{3,}:?$/.test(c))) {
          align = cells.map((c) => (c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : 'left'));
        } else rows.push(cells);
      }
      const [header = [], ...rest] = rows;
      blocks.push({ type: 'table', header, rows: rest, align: align.length ? align : header.map(() => 'left') });
      pendingRunIn = undefined;
      i = j;
      continue;
    }
    // paragraph: up to a blank line or another block
    const para: string[] = [];
    while (i < lines.length) {
      const t = lines[i].text.trim();
      if (!t || /^(:::|#{1,6}\s|\||\\pagebreak$)/.test(t)) break;
      para.push(t);
      i++;
    }
    pushParagraph(para);
  }
  return blocks;
}
