import type { Block, LabeledLine, Paragraph, Table } from './document.js';

/**
 * Blocks built by code — a table of figures, the labelled lines of a leading group, a centred
 * caption — that a template places where it writes them. They are model nodes from the start: the
 * template's output holds only a one-line placeholder (`::: computed N`), which the reader
 * (src/model/parseBlocks.ts) replaces with these blocks; nothing of them is read back from Markdown.
 */
export class ComputedBlocks {
  private static count = 0;
  readonly id = ++ComputedBlocks.count;
  constructor(readonly blocks: ReadonlyArray<Block>) {}
  /** What Handlebars writes for `{{value}}` (a value with toHTML is not escaped). */
  toHTML(): string {
    return `::: computed ${this.id}`;
  }
  toString(): string {
    return this.toHTML();
  }
}

/** The placeholder line of a ComputedBlocks, and its number. */
export const COMPUTED_LINE = /^::: computed (\d+)$/;

/** A cell or line of record text on one line: its line breaks become spaces. */
const oneLine = (s: string) => String(s).replace(/\s*\n\s*/g, ' ').trim();

/** A table with a header row; every column left-aligned. */
export function tableBlock(columns: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): ComputedBlocks {
  const table: Table = { type: 'table', header: columns.map(oneLine), rows: rows.map((r) => r.map(oneLine)), align: columns.map(() => 'left') };
  return new ComputedBlocks([table]);
}

/** Lines of label and value (组　长：…), in body font. */
export function labeledBlock(lines: ReadonlyArray<{ label: string; value: string }>): ComputedBlocks {
  return new ComputedBlocks(lines.map((l): LabeledLine => ({ type: 'labeled', label: oneLine(l.label), value: oneLine(l.value), style: 'plain' })));
}

/** A centred line, not indented (a table's caption). */
export function centredBlock(text: string): ComputedBlocks {
  const t = oneLine(text);
  const paragraph: Paragraph = { type: 'paragraph', text: t, align: 'center', indent: false };
  return new ComputedBlocks(t ? [paragraph] : []);
}

/** Every ComputedBlocks a template context holds, by number, for the reader of the template's output. */
export function computedBlocksIn(context: unknown): ReadonlyMap<number, ReadonlyArray<Block>> {
  const found = new Map<number, ReadonlyArray<Block>>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v instanceof ComputedBlocks) found.set(v.id, v.blocks);
    else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      for (const x of Array.isArray(v) ? v : Object.values(v)) visit(x);
    }
  };
  visit(context);
  return found;
}
