import type { KeyPath, Position } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';

/**
 * Where a piece of a record's text was typed: the `occurrence`-th time (0 the first) `piece` stands in the lines of the
 * value at `path`, from its first character to the one after its last (columns in characters, as a code frame counts
 * them: diagnostics/print codeFrame), so that the carets stand under the whole of it (36500元, 12,5亩), not under the
 * value's first character. A value typed on one line or as a block of lines alike; where the piece is not found as typed
 * (written with an escape, or across a line's end), the start of the value.
 */
export function typedSpan(source: RecordSource, path: KeyPath, piece: string, occurrence = 0): { start?: Position; end?: Position } {
  const loc = source.locate(path);
  const span = loc?.value ?? loc?.key;
  if (!span) return { start: source.locateNearest(path)?.start };
  const lines = source.text.split('\n');
  let left = occurrence;
  for (let line = span.start.line; line <= span.end.line && line <= lines.length; line++) {
    const text = lines[line - 1]!;
    // (on the value's first line, only what stands from the value on: not a key holding the same characters; YAML's
    // column counts code units, as indexOf does)
    let from = line === span.start.line ? span.start.column - 1 : 0;
    for (let at = text.indexOf(piece, from); at >= 0; at = text.indexOf(piece, from)) {
      if (left-- === 0) {
        const column = Array.from(text.slice(0, at)).length + 1;
        return { start: { line, column }, end: { line, column: column + Array.from(piece).length } };
      }
      from = at + piece.length;
    }
  }
  return { start: span.start };
}

/** How many times `piece` stands in `text` before `index`: which of its occurrences the one at `index` is (typedSpan's `occurrence`). */
export function occurrencesBefore(text: string, piece: string, index: number): number {
  return text.slice(0, index).split(piece).length - 1;
}
