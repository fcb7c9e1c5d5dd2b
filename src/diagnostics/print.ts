import { codeFrameColumns } from '@babel/code-frame';
import { Chalk } from 'chalk';
import type { Diagnostic, Position } from './diagnostic.js';
import { formatKeyPath } from './diagnostic.js';

export interface PrintOptions {
  color: boolean;
  /** Source text per file, for code frames. */
  sources?: ReadonlyMap<string, string>;
}

function painters(color: boolean) {
  const c = new Chalk({ level: color ? 1 : 0 });
  return { red: c.red, yellow: c.yellow, bold: c.bold, dim: c.dim, cyan: c.cyan };
}

/**
 * Characters that would act on the terminal rather than show (ESC starts colour and cursor
 * sequences, BEL rings, CR overwrites the line; C1 controls; the bidirectional overrides that
 * reorder what is shown): text from a record or a file name never reaches the terminal raw.
 */
const UNSHOWABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** In a message: the character as an escape anyone can read, \x1B or \u202E. */
export function showText(text: string): string {
  return text.replace(UNSHOWABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** In a code frame: one visible character for one, so that columns stay where they are (␛ for ESC). */
function showSource(text: string): string {
  return text.replace(UNSHOWABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** Columns of a long line shown around the mistake; the rest is left out (…). */
const FRAME_WIDTH = 100;

/** The code frame of a diagnostic: the line and one either side, a window of a very long line. */
function codeFrame(source: string, start: Position, end: Position | undefined): string {
  const all = source.split('\n');
  const first = Math.max(1, start.line - 1);
  const last = Math.min(all.length, start.line + 1);
  // the window starts so that the column is near its first third
  const from = Math.max(0, start.column - 1 - Math.floor(FRAME_WIDTH / 3));
  const cut = (line: string) => {
    if (line.length <= FRAME_WIDTH && from === 0) return line;
    const piece = line.slice(from, from + FRAME_WIDTH);
    return (from > 0 ? '…' : '') + piece + (from + FRAME_WIDTH < line.length ? '…' : '');
  };
  const shift = from > 0 ? from - 1 : 0; // the leading … takes one column
  const shown = all.slice(first - 1, last).map((l) => showSource(cut(l)));
  const padded = '\n'.repeat(first - 1) + shown.join('\n');
  const column = (c: number) => Math.max(1, Math.min(c - shift, FRAME_WIDTH + 2));
  return codeFrameColumns(
    padded,
    {
      start: { line: start.line, column: column(start.column) },
      end: end && end.line === start.line && end.column > start.column ? { line: end.line, column: column(end.column) } : undefined,
    },
    { highlightCode: false, linesAbove: 1, linesBelow: 1 },
  );
}

/** The one place that turns diagnostics into text for the terminal. */
export function formatDiagnostic(d: Diagnostic, opts: PrintOptions): string {
  const p = painters(opts.color);
  const where = showText([d.file ?? '<input>', d.start ? `${d.start.line}:${d.start.column}` : ''].filter(Boolean).join(':'));
  const sev = d.severity === 'error' ? p.red(p.bold('error')) : p.yellow(p.bold('warning'));
  const keyPath = showText(formatKeyPath(d.writtenPath ?? d.path));
  const lines = [`${p.bold(where)}: ${sev}: ${showText(d.message)}${keyPath ? p.dim(` (at ${keyPath})`) : ''}`];
  if (d.expected) lines.push(`  expected: ${showText(d.expected)}`);
  if (d.hint) lines.push(`  ${p.cyan('hint')}: ${showText(d.hint)}`);
  const source = d.file ? opts.sources?.get(d.file) : undefined;
  if (source !== undefined && d.start) lines.push(codeFrame(source, d.start, d.end).replace(/^/gm, '  '));
  return lines.join('\n');
}

/** Diagnostics in file order (file, line, column), so that a user fixes them top to bottom. */
export function sortDiagnostics(ds: ReadonlyArray<Diagnostic>): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.start?.line ?? 0) - (b.start?.line ?? 0) ||
      (a.start?.column ?? 0) - (b.start?.column ?? 0),
  );
}

export function formatDiagnostics(ds: ReadonlyArray<Diagnostic>, opts: PrintOptions): string {
  return sortDiagnostics(ds).map((d) => formatDiagnostic(d, opts)).join('\n\n');
}

export function summarize(ds: ReadonlyArray<Diagnostic>): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of ds) d.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}
