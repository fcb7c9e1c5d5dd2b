/**
 * Plain text (a document pasted from a web page or saved from Notepad) and Markdown without front
 * matter, as raw paragraphs: a paragraph a line (blank lines between them are optional), the line
 * number kept for messages. Markdown: `#` headings give outline levels, `**…**` is unwrapped, pipe
 * tables become tables.
 */
import type { RawBlock, RawParagraph } from './raw.js';
import { splitRow } from '../model/markdownText.js';

const para = (text: string, index: number, extra: Partial<RawParagraph> = {}): RawParagraph => ({ type: 'paragraph', text, index, runs: [], ...extra });

export function readPlainText(text: string): RawBlock[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((t, k) => para(t, k + 1))
    .filter((p) => p.text.trim() !== '');
}

export function readMarkdownText(text: string): RawBlock[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const out: RawBlock[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (!line || /^(-{3,}|\*{3,}|\\pagebreak)$/.test(line)) continue;
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      const start = k;
      for (; k < lines.length && lines[k]!.trim().startsWith('|'); k++) {
        const cells = splitRow(lines[k]!);
        if (!cells.every((c) => /^:?-{3,}:?$/.test(c))) rows.push(cells);
      }
      k--;
      out.push({ type: 'table', index: start + 1, rows });
      continue;
    }
    const h = line.match(/^(#{1,6})\s+(.*?)\s*(?:\{[^}]*\})?$/);
    const unwrap = (s: string) => s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/ {2}$/, '');
    if (h) {
      // '#' is the title when it is the first line, else a heading level (## = 一、 as gongwen writes it)
      const level = h[1]!.length;
      if (out.length === 0 && level === 1) out.push(para(unwrap(h[2]!), k + 1, { align: 'center' }));
      else out.push(para(unwrap(h[2]!), k + 1, { outlineLevel: Math.min(level - 2, 3) < 0 ? 0 : Math.min(level - 2, 3) }));
      continue;
    }
    // a paragraph runs on to a blank line or the next block; wrapped Chinese lines join without a space
    const start = k;
    let textOf = unwrap(line.replace(/^>\s?/, ''));
    while (k + 1 < lines.length) {
      const next = lines[k + 1]!.trim();
      if (!next || /^(#{1,6}\s|\||-{3,}$|\*{3,}$|\\pagebreak$)/.test(next)) break;
      const t = unwrap(next.replace(/^>\s?/, ''));
      textOf += /[\x21-\x7e]$/.test(textOf) && /^[\x21-\x7e]/.test(t) ? ` ${t}` : t;
      k++;
    }
    out.push(para(textOf, start + 1));
  }
  return out;
}
