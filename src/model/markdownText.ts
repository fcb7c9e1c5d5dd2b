import type { ComputedBlocks } from './computedBlocks.js';
import { withoutMarkCharacters } from './sourcePositions.js';

/**
 * Record text inside the Markdown a template renders. The template owns the document's structure;
 * a record's text can never add any: every `{{value}}` a template writes goes through
 * `escapeMarkdown` (src/templates/renderTemplate.ts makes it Handlebars' escaping), and the reader
 * (parseMarkdown.ts) takes the escapes out again once it has found the blocks.
 *
 * What the reader sees as structure, and how text keeps it from being read so:
 * - a line starting with `#` (heading), `|` (table), `:::` (block), `\pagebreak`, or `---`:
 *   a value's own line breaks are joined, and its first character escaped;
 * - `|` anywhere in a table row, `{.run-in}` / `{.unnumbered}` at the end of a heading.
 * A backslash before any of `\ | { } # : -` makes it text, as in CommonMark's backslash escapes.
 */
const ESCAPABLE = /\\([\\|{}#:-])/g;

/**
 * A value escapeMarkdown gives back as it is (most of a record's): no mark character, no line break,
 * none of \ | { }, and no # : - first after its leading spaces. One test instead of its four replaces.
 */
const NOTHING_TO_ESCAPE = /^(?![ \t\u3000]*[#:-])[^\u0001\u0002\n\\|{}]*$/;

export function escapeMarkdown(text: string): string {
  if (NOTHING_TO_ESCAPE.test(text)) return text;
  return joinValueLines(withoutMarkCharacters(text))
    .replace(/[\\|{}]/g, (c) => `\\${c}`)
    .replace(/^([ \t\u3000]*)([#:-])/, '$1\\$2');
}

/**
 * A value a template writes stays on the line the template puts it on: its line breaks are joined
 * as a paragraph's lines are (nothing between Chinese characters, a space between Latin words), so
 * a line of it can never begin a block, and a heading's `{.run-in}` stays on the heading's line.
 * (Paragraph texts are lists by then: a record's multi-line text was split into paragraphs when
 * it was validated.)
 */
function joinValueLines(text: string): string {
  return text.replace(/[ \t\u3000]*\r?\n[ \t\u3000\r\n]*/g, (gap, at: number, all: string) => {
    const before = all[at - 1] ?? '';
    const after = all[at + gap.length] ?? '';
    return /[\x21-\x7e]/.test(before) && /[\x21-\x7e]/.test(after) ? ' ' : '';
  });
}

/** The text an escaped string stands for. */
export function unescapeMarkdown(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPABLE, '$1') : text;
}

/**
 * Markdown that a template writes as it is: only the placeholder of a passage of the user's own
 * Markdown (markdownInsert). Handlebars leaves a value with `toHTML` unescaped.
 */
export class MarkdownBlock {
  constructor(readonly markdown: string) {}
  toHTML(): string {
    return this.markdown;
  }
  toString(): string {
    return this.markdown;
  }
}

/** A paragraph of a computed section: record text, blocks built by code, or a passage of the user's Markdown. */
export type ParagraphSource = string | ComputedBlocks | MarkdownBlock;

/**
 * Where a passage written in Markdown by the user (the narrative body of a Markdown record) goes:
 * the reader puts the passage's own lines there, each keeping its file and line, so that its
 * headings are numbered with the template's and its mistakes are reported at the record's lines.
 */
export function markdownInsert(name: string, fromLine = 0): MarkdownBlock {
  // (`from N`: the passage from its line N on (0 the first), where a template prints its first lines otherwise: a speech's 称谓)
  return new MarkdownBlock(`::: insert ${name}${fromLine > 0 ? ` from ${fromLine}` : ''}\n:::`);
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
