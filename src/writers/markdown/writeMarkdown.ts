import type { Block, GongwenDocument } from '../../model/document.js';
import type { Writer } from '../writer.js';
import { colophonLines } from '../../model/colophonLines.js';

const HEADING_MARKS = ['##', '###', '####', '#####'];

/**
 * Document text as CommonMark text: whatever a record said, a reader of the Markdown (a person,
 * pandoc, an editor's preview) sees it as text, never as a heading, list, quote, table, emphasis,
 * link or HTML. Characters that CommonMark (and GFM tables) read as markup are backslash-escaped;
 * Chinese text has almost none of them, so the usual output is unchanged.
 */
function text(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|{}]/g, (c) => `\\${c}`)
    .replace(/^[ \t]+/gm, '')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/gm, '$1\\$2')
    .replace(/^(#{1,6}(?=[ \t]|$)|[-+](?=[ \t]|$)|-{3,}|={3,}|~{3,}|:{3,})/gm, '\\$1');
}
const cell = text;

function blockToMarkdown(b: Block): string {
  switch (b.type) {
    case 'heading':
      if (b.runIn !== undefined) return `**${b.number}${text(b.text)}**${text(b.runIn)}`;
      return `${HEADING_MARKS[b.level - 1]} ${b.number}${text(b.text)}`;
    case 'paragraph':
      return text(b.text);
    case 'labeled':
      return b.style === 'attendance' ? `**${text(b.label)}：**${text(b.value)}` : `${text(b.label)}：${text(b.value)}`;
    case 'table': {
      const align = b.align.map((a) => (a === 'center' ? ':---:' : a === 'right' ? '---:' : '---'));
      return [
        `| ${b.header.map(cell).join(' | ')} |`,
        `| ${align.join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
    }
    case 'pageBreak':
      return '---';
  }
}

/**
 * The document as plain Markdown a person reads: section numbers and full-width punctuation
 * in place, the 版头 and 版记 as text, each attachment after a rule.
 */
export function writeMarkdown(doc: GongwenDocument): string {
  const out: string[] = [];
  const head = doc.head;
  if (head) {
    for (const v of [head.copyNumber, head.secrecy, head.urgency]) if (v) out.push(text(v));
    if (head.issuer) out.push(`**${text(head.issuer)}**`);
    if (head.docNumber) out.push(text(head.signer ? `${head.docNumber}　签发人：${head.signer}` : head.docNumber));
    out.push('---');
  }
  if (doc.mark) out.push(`**${text(doc.mark)}**`);
  if (doc.title.length) out.push(`# ${text(doc.title.join(''))}`);
  out.push(...doc.subtitle.map(text));
  out.push(...doc.body.map(blockToMarkdown));
  if (doc.signature) {
    out.push([...doc.signature.organs, ...(doc.signature.date ? [doc.signature.date] : [])].map(text).join('  \n'));
  }
  out.push(...doc.notes.map((n) => text(/^[（(]/.test(n) ? n : `（${n}）`)));
  for (const a of doc.attachments) {
    out.push('---', `**${a.label}**`);
    if (a.title) out.push(`## ${text(a.title)}`);
    out.push(...a.body.map(blockToMarkdown));
  }
  const c = doc.colophon;
  if (c) {
    const lines: string[] = [];
    if (c.keywords) lines.push(`主题词：${c.keywords}`);
    for (const line of colophonLines(c)) {
      lines.push(line.kind === 'labeled' ? line.label + line.value : `${line.printer}${line.printer && line.date ? '　　' : ''}${line.date}`);
    }
    if (lines.length) out.push('---', lines.map(text).join('  \n'));
  }
  return out.filter((s) => s !== '').join('\n\n') + '\n';
}

/** `render --format md` (src/writers/registry.ts). */
export const markdownWriter: Writer = {
  format: 'md',
  extension: 'md',
  text: true,
  write: async (document) => writeMarkdown(document),
};
