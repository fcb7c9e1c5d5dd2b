import Handlebars from 'handlebars';
import { sourceMark } from '../model/sourcePositions.js';

/**
 * A template or partial parsed with a mark (src/model/sourcePositions.ts) before each line of its
 * own text: the reader of the output then knows which file, line and column wrote each line.
 * Handlebars has already taken out the lines of standalone tags ({{#each}} alone on its line) and
 * whitespace control (~); the marks are placed in what is left, at the positions it had in the file.
 */
export function markedTemplate(text: string, file: string, firstLine = 1): hbs.AST.Program {
  const ast = Handlebars.parse(text);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string };
    if (n.type === 'ContentStatement') return markContent(node as hbs.AST.ContentStatement, file, firstLine - 1);
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') visit(child);
  };
  visit(ast);
  return ast;
}

/** Where the text Handlebars kept begins inside the text it read: after the whitespace it took out. */
function keptOffset(original: string, value: string): number {
  for (let k = original.length - value.length; k >= 0; k--) {
    if (original.startsWith(value, k) && /^\s*$/.test(original.slice(0, k)) && /^\s*$/.test(original.slice(k + value.length))) return k;
  }
  return 0;
}

function markContent(node: hbs.AST.ContentStatement, file: string, lineOffset: number): void {
  const original = (node as unknown as { original: string }).original;
  if (node.value === '' || typeof original !== 'string') return;
  const skipped = original.slice(0, keptOffset(original, node.value));
  const lines = skipped.split('\n');
  let line = node.loc.start.line + lineOffset + lines.length - 1;
  let column = (lines.length === 1 ? node.loc.start.column : 0) + lines.at(-1)!.length + 1;
  // a mark after the text's last line break would speak for a line that may come from elsewhere
  // (the next partial, the next pass of a loop): the marks stand before text of this line only
  const parts = node.value.split('\n');
  node.value = parts
    .map((part, k) => {
      if (k > 0) {
        line++;
        column = 1;
      }
      return part === '' && k === parts.length - 1 ? '' : sourceMark(file, line, column) + part;
    })
    .join('\n');
}
