import { codeFrameColumns } from '@babel/code-frame';
import { Chalk } from 'chalk';
import type { Diagnostic } from './diagnostic.js';
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

/** The one place that turns diagnostics into text for the terminal. */
export function formatDiagnostic(d: Diagnostic, opts: PrintOptions): string {
  const p = painters(opts.color);
  const where = [d.file ?? '<input>', d.start ? `${d.start.line}:${d.start.column}` : ''].filter(Boolean).join(':');
  const sev = d.severity === 'error' ? p.red(p.bold('error')) : p.yellow(p.bold('warning'));
  const keyPath = formatKeyPath(d.writtenPath ?? d.path);
  const lines = [`${p.bold(where)}: ${sev}: ${d.message}${keyPath ? p.dim(` (at ${keyPath})`) : ''}`];
  if (d.expected) lines.push(`  expected: ${d.expected}`);
  if (d.hint) lines.push(`  ${p.cyan('hint')}: ${d.hint}`);
  const source = d.file ? opts.sources?.get(d.file) : undefined;
  if (source !== undefined && d.start) {
    const frame = codeFrameColumns(
      source,
      { start: d.start, end: d.end && d.end.line === d.start.line && d.end.column > d.start.column ? d.end : undefined },
      { highlightCode: false, linesAbove: 1, linesBelow: 1 },
    );
    lines.push(frame.replace(/^/gm, '  '));
  }
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
