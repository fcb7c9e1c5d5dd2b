import type { Block, GongwenDocument } from '../../model/document.js';

const HEADING_MARKS = ['##', '###', '####', '#####'];

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

function blockToMarkdown(b: Block): string {
  switch (b.type) {
    case 'heading':
      if (b.runIn !== undefined) return `**${b.number}${b.text}**${b.runIn}`;
      return `${HEADING_MARKS[b.level - 1]} ${b.number}${b.text}`;
    case 'paragraph':
      return b.text;
    case 'labeled':
      return b.style === 'attendance' ? `**${b.label}：**${b.value}` : `${b.label}：${b.value}`;
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
    for (const v of [head.copyNumber, head.secrecy, head.urgency]) if (v) out.push(v);
    if (head.issuer) out.push(`**${head.issuer}**`);
    if (head.docNumber) out.push(head.signer ? `${head.docNumber}　签发人：${head.signer}` : head.docNumber);
    out.push('---');
  }
  if (doc.mark) out.push(`**${doc.mark}**`);
  if (doc.title.length) out.push(`# ${doc.title.join('')}`);
  out.push(...doc.subtitle);
  out.push(...doc.body.map(blockToMarkdown));
  if (doc.signature) {
    out.push([...doc.signature.organs, ...(doc.signature.date ? [doc.signature.date] : [])].join('  \n'));
  }
  out.push(...doc.notes.map((n) => (/^[（(]/.test(n) ? n : `（${n}）`)));
  for (const a of doc.attachments) {
    out.push('---', `**${a.label}**`);
    if (a.title) out.push(`## ${a.title}`);
    out.push(...a.body.map(blockToMarkdown));
  }
  const c = doc.colophon;
  if (c) {
    const lines: string[] = [];
    if (c.keywords) lines.push(`主题词：${c.keywords}`);
    if (c.report) lines.push(`报：${c.report}`);
    if (c.distribute) lines.push(`发：${c.distribute}`);
    if (c.cc) lines.push(`抄送：${c.cc}。`.replace(/。。$/, '。'));
    if (c.printer || c.printDate) lines.push(`${c.printer ?? ''}${c.printer && c.printDate ? '　　' : ''}${c.printDate ? `${c.printDate}印发` : ''}`);
    if (lines.length) out.push('---', lines.join('  \n'));
  }
  return out.filter((s) => s !== '').join('\n\n') + '\n';
}
