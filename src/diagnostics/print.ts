import { Chalk } from 'chalk';
import type { Diagnostic, Position } from './diagnostic.js';
import type { Language } from './language.js';
import { localize, type LocalText } from './messages/index.js';
import { showSource, showText } from './showText.js';
import { displayWidth } from '../zh/width.js';

export { showText };
import { formatKeyPath } from './diagnostic.js';

export interface PrintOptions {
  color: boolean;
  /** The user's language (src/diagnostics/language.ts); English when not given. */
  language?: Language;
  /** Source text per file, for code frames. */
  sources?: ReadonlyMap<string, string>;
}

function painters(color: boolean) {
  const c = new Chalk({ level: color ? 1 : 0 });
  return { red: c.red, yellow: c.yellow, bold: c.bold, dim: c.dim, cyan: c.cyan };
}

/** Columns of a long line shown around the mistake; the rest is left out (…). */
const FRAME_WIDTH = 100;

/**
 * The code frame of a diagnostic: the line and one either side, numbered, with ^ under the
 * mistake (its columns counted as the terminal shows them), a window of a very long line.
 *
 *     2 | 标题: 镇安全生产工作会议纪要
 *   > 3 | 日期: 2024-02-30
 *       |     ^^^^^^^^^^
 */
/** The lines of the text last framed, kept for its next message: a file's thousands of messages split it once, not once each. */
let framed: { source: string; lines: string[] } | undefined;
function linesOf(source: string): string[] {
  if (framed?.source !== source) framed = { source, lines: source.split('\n') };
  return framed.lines;
}

function codeFrame(source: string, start: Position, end: Position | undefined): string {
  const all = linesOf(source);
  if (start.line < 1 || start.line > all.length) return '';
  const first = Math.max(1, start.line - 1);
  const last = Math.min(all.length, start.line + 1);
  // the window starts so that the column is near its first third
  const from = Math.max(0, start.column - 1 - Math.floor(FRAME_WIDTH / 3));
  const cut = (line: string) => {
    const chars = Array.from(line);
    if (chars.length <= FRAME_WIDTH && from === 0) return { text: line, lead: '' };
    return { text: chars.slice(from, from + FRAME_WIDTH).join('') + (from + FRAME_WIDTH < chars.length ? '…' : ''), lead: from > 0 ? '…' : '' };
  };
  const numberWidth = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const { text, lead } = cut(all[n - 1]!.replace(/\r$/, ''));
    const shown = lead + showSource(text);
    const gutter = `${String(n).padStart(numberWidth)} |`;
    out.push(`${n === start.line ? '>' : ' '} ${gutter}${shown ? ` ${shown}` : ''}`);
    if (n !== start.line) continue;
    const line = Array.from(all[n - 1]!);
    const startIndex = Math.max(0, start.column - 1);
    const endIndex = end && end.line === start.line && end.column > start.column ? end.column - 1 : startIndex + 1;
    const before = lead + line.slice(from, startIndex).join('');
    const marked = line.slice(startIndex, Math.min(endIndex, from + FRAME_WIDTH)).join('');
    // a tab before the mark stays a tab, which the terminal takes to the same stop as the line's above it
    const pad = before.includes('\t') ? Array.from(before, (ch) => (ch === '\t' ? ch : ' '.repeat(displayWidth(ch)))).join('') : ' '.repeat(displayWidth(before));
    out.push(`  ${' '.repeat(numberWidth)} | ${pad}${'^'.repeat(Math.max(1, displayWidth(marked)))}`);
  }
  return out.join('\n');
}

/** The words around a diagnostic, in each language. */
const FRAME_WORDS = {
  en: { error: 'error', warning: 'warning', colon: ': ', at: (path: string) => ` (at ${path})`, expected: 'expected', hint: 'hint' },
  zh: { error: '错误', warning: '警告', colon: '：', at: (path: string) => `（${path}）`, expected: '应为', hint: '提示' },
} as const;

/** A diagnostic's message, expected and hint in the user's language. */
export function diagnosticTexts(d: Diagnostic, language: Language): { message: string; expected?: string; hint?: string } {
  const pick = (local: LocalText | undefined, english: string | undefined) => (local ? localize(local, language) : english);
  return {
    message: pick(d.local?.message, d.message)!,
    expected: pick(d.local?.expected, d.expected),
    hint: pick(d.local?.hint, d.hint),
  };
}

/**
 * The one place that turns diagnostics into text for the terminal. The headline reads as a
 * compiler's, with the diagnostic's code in brackets:
 *
 *     纪要.yaml:3:5: error[date-invalid]: 2024年2月30日 does not exist (at 日期)
 *     纪要.yaml:3:5: 错误[date-invalid]：2024年2月30日不存在（日期）
 */
export function formatDiagnostic(d: Diagnostic, opts: PrintOptions): string {
  const p = painters(opts.color);
  const language = opts.language ?? 'en';
  const words = FRAME_WORDS[language];
  const texts = diagnosticTexts(d, language);
  const where = showText([d.file ?? '<input>', d.start ? `${d.start.line}:${d.start.column}` : ''].filter(Boolean).join(':'));
  const severity = d.severity === 'error' ? p.red(p.bold(`${words.error}[${d.code}]`)) : p.yellow(p.bold(`${words.warning}[${d.code}]`));
  const written = d.writtenPath ?? d.path;
  // a top-level key the message already names ("参会人", a missing key) is not named again after it
  const named = written?.length === 1 && (d.code === 'missing-key' || new RegExp(`["“]${String(written[0]).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["”]`).test(texts.message));
  const keyPath = named ? '' : showText(formatKeyPath(written));
  const lines = [`${p.bold(where)}: ${severity}${words.colon}${showText(texts.message)}${keyPath ? p.dim(words.at(keyPath)) : ''}`];
  if (texts.expected) lines.push(`  ${words.expected}${words.colon}${showText(texts.expected)}`);
  if (texts.hint) lines.push(`  ${p.cyan(words.hint)}${words.colon}${showText(texts.hint)}`);
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
  for (const d of ds) {
    const n = 1 + (d.repeats ?? 0);
    if (d.severity === 'error') errors += n;
    else warnings += n;
  }
  return { errors, warnings };
}
