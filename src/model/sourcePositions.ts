/**
 * Where a line of a template's output comes from. Templates are compiled with a mark before each
 * line of their own text (src/templates/markTemplate.ts): the template or partial file, line and
 * column of that text. The reader takes the marks out and gives each block the position of the
 * template line that wrote it, so that a mistake found in the output (a block never closed, a
 * heading too deep) is said at the template's file and line, even inside a partial.
 *
 * A mark is `\u0001line,column,file\u0002`; record text never holds these two control characters
 * (escapeMarkdown drops them), so it cannot forge one.
 */

/** A point in a file: 1-based line and column, as editors show them (unist's Point). */
export interface Point {
  line: number;
  column: number;
}

/** The file and span a block came from (unist's Position, with its file). */
export interface SourcePosition {
  file: string;
  start: Point;
  /** The start of the last line the block was read from (the reader sees lines, not their ends). */
  end: Point;
}

const MARK = /\u0001(\d+),(\d+),([^\u0002]*)\u0002/g;

/** The mark written before template text at this file, line and column. */
export function sourceMark(file: string, line: number, column: number): string {
  return `\u0001${line},${column},${file.replace(/[\u0001\u0002]/g, '')}\u0002`;
}

/** Text with the two mark characters dropped (record text, before a template writes it). */
export const withoutMarkCharacters = (text: string): string => text.replace(/[\u0001\u0002]/g, '');

/** One line of output: its text without marks, and where it comes from. */
export interface MarkedLine {
  text: string;
  file?: string;
  line?: number;
  column: number;
}

/**
 * The output's lines with their marks taken out. A line's origin is its first mark — at the
 * column the mark gives when the mark begins the line, else at the line's start (a value the
 * template wrote came first); a line without a mark (a passage built by code) keeps the last one.
 */
export function readMarks(output: string): MarkedLine[] {
  let last: { file: string; line: number } | undefined;
  return output.split('\n').map((raw) => {
    const first = MARK.exec(raw);
    MARK.lastIndex = 0;
    const text = raw.replace(MARK, '');
    if (first) {
      last = { file: first[3]!, line: Number(first[1]) };
      return { text, file: last.file, line: last.line, column: first.index === 0 ? Number(first[2]) : 1 };
    }
    return { text, file: last?.file, line: last?.line, column: 1 };
  });
}
