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

export function escapeMarkdown(text: string): string {
  return joinValueLines(text)
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
  return text.replace(ESCAPABLE, '$1');
}

/**
 * Markdown built by code (a table of computed figures, a block of labelled lines) that a template
 * writes as it is. Handlebars leaves a value with `toHTML` unescaped; every piece of record text
 * inside it must have gone through `escapeMarkdown` already.
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

/** A paragraph of a computed section: record text, or a block of Markdown built by code. */
export type ParagraphSource = string | MarkdownBlock;

/** A pipe table; cells are record text (escaped here), line breaks in a cell become spaces. */
export function markdownTable(columns: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): MarkdownBlock {
  const cell = (s: string) => escapeMarkdown(String(s).replace(/\s*\n\s*/g, ' '));
  return new MarkdownBlock(
    [
      `| ${columns.map(cell).join(' | ')} |`,
      `| ${columns.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n'),
  );
}

/** A fenced block (`::: center`, `::: labeled` …) around lines of record text. */
export function markdownFence(name: 'center' | 'labeled', lines: ReadonlyArray<string>): MarkdownBlock {
  return new MarkdownBlock(`::: ${name}\n${lines.map((l) => escapeMarkdown(l.replace(/\s*\n\s*/g, ' '))).join('\n')}\n:::`);
}

/**
 * Where a passage written in Markdown by the user (the narrative body of a Markdown record) goes:
 * the reader puts the passage's own lines there, each keeping its file and line, so that its
 * headings are numbered with the template's and its mistakes are reported at the record's lines.
 */
export function markdownInsert(name: string): MarkdownBlock {
  return new MarkdownBlock(`::: insert ${name}\n:::`);
}
