import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Attachment, Block, Colophon, DocumentHead, GongwenDocument, Paragraph } from './document.js';
import { SectionCounter } from './numbering.js';
import { parseBlocks, type Line } from './parseBlocks.js';
import { readMarks } from './sourcePositions.js';
import { readFrontMatter } from './frontMatter.js';

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
 * - `::: computed N`: blocks built by code (src/model/computedBlocks.ts), placed as they are.
 * Each block keeps the file, line and column of the template line that wrote it (sourcePositions.ts).
 */
export interface ParseOptions {
  kind: string;
  template: string;
  /** Where the Markdown came from, for messages. */
  origin: string;
  /** Passages of the user's own Markdown placed at `::: insert NAME` (see markdownInsert). */
  inserts?: Readonly<Record<string, { text: string; file: string; firstLine: number }>>;
  /** Blocks built by code that the template placed (computedBlocksIn of its context). */
  computed?: ReadonlyMap<number, ReadonlyArray<Block>>;
}

/** The front matter a template rendered: keys of the document head, the title, the 版记. */
type Front = Readonly<Record<string, unknown>>;

/** The template's lines with each `::: insert NAME` / `:::` pair replaced by the passage's own lines (`::: insert NAME from N`: from its line N on). */
function spliceInserts(lines: Line[], options: ParseOptions): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^:::\s*insert\s+(\S+)(?:\s+from\s+(\d+))?\s*$/.exec(lines[i]!.text.trim());
    const passage = m && options.inserts && Object.prototype.hasOwnProperty.call(options.inserts, m[1]!) ? options.inserts[m[1]!] : undefined;
    if (!passage || lines[i + 1]?.text.trim() !== ':::') {
      out.push(lines[i]!);
      continue;
    }
    const from = Number(m?.[2] ?? 0);
    passage.text.replace(/\r\n?/g, '\n').split('\n').forEach((text, k) => {
      if (k >= from) out.push({ text, no: passage.firstLine + k, column: 1, file: passage.file });
    });
    i++;
  }
  return out;
}

const asList = (v: unknown): string[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v.map((x) => String(x)) : [String(v)];
/** A one-line field of the front matter: its text without the spaces or line end a YAML block (`签发人: |`) leaves around it; nothing when empty. */
const asText = (v: unknown): string | undefined => {
  const t = v === undefined || v === null ? '' : String(v).trim();
  return t === '' ? undefined : t;
};

export function parseMarkdown(markdown: string, options: ParseOptions, bag: DiagnosticBag): GongwenDocument {
  const marked = readMarks(markdown.replace(/\r\n?/g, '\n'));
  const text = marked.map((l) => l.text).join('\n');
  let front: Front = {};
  let bodyStart = 0;
  const fm = text.match(/^\s*---\n([\s\S]*?)\n---[ \t]*(\n|$)/);
  if (fm) {
    try {
      const read: unknown = readFrontMatter(fm[1]!);
      front = read && typeof read === 'object' && !Array.isArray(read) ? (read as Front) : {};
    } catch (err) {
      bag.error('template-output', say('template-output.front-matter', { name: options.template, detail: (err as Error).message.split('\n')[0]! }), { file: options.origin });
    }
    bodyStart = fm[0].replace(/\n$/, '').split('\n').length;
  }
  // a line with no mark (a template compiled without its file) is at its line of the output
  const lines: Line[] = spliceInserts(
    marked.slice(bodyStart).map((l, i) => ({ text: l.text, no: l.line ?? i + 1, column: l.column, file: l.file ?? options.origin })),
    options,
  );

  const attachments: Attachment[] = [];
  const body = parseBlocks(lines, { bag, attachments, computed: options.computed ?? new Map(), counter: new SectionCounter() }, true);

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
        : titles.map((t, i) => ({ type: 'paragraph', text: `${i === 0 ? '附件：' : ''}${i + 1}.${t}`, role: 'attachment-note' }));
    body.push(...notes);
  }

  const sig = front.signature && typeof front.signature === 'object' ? (front.signature as Front) : undefined;
  const signature = sig && asList(sig.organs).length ? { organs: asList(sig.organs), date: asText(sig.date) } : undefined;

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
