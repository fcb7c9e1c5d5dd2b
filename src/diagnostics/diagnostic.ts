/** One user-facing problem: every reader, validator and writer reports through this type. */
import { localize, type LocalText, type Text } from './messages/lookup.js';
import type { KnownCode } from './messages/codes.js';

export type Severity = 'error' | 'warning';

/** 1-based line and column, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

export type KeyPath = ReadonlyArray<string | number>;

export interface Diagnostic {
  severity: Severity;
  /** Short stable identifier of the class of problem, e.g. `unknown-key`, `total-mismatch`. */
  code: KnownCode;
  message: string;
  file?: string;
  start?: Position;
  end?: Position;
  /** Key path inside the record (`sections[2].points`), or a register's column name. */
  path?: KeyPath;
  /** The same path with the keys as the record writes them (`章节[2].要点`), for the user. */
  writtenPath?: KeyPath;
  /** What would have been accepted, in words. */
  expected?: string;
  /** A suggestion, e.g. `did you mean "attendees"?` */
  hint?: string;
  /**
   * A mistake of a file the records share — gongwen.config.yaml, a template's own (unreadable, its front
   * matter, its Handlebars syntax) — the same for every record that reads it: a batch says it once a
   * run (src/cli/session.ts). Not set for a template error a record's data caused.
   */
  shared?: boolean;
  /**
   * How many more of the same mistake this one stands for, not said one by one: a register's rows past the first
   * ones with the same mistake in the same column (src/registers/checkRows.ts). Counted by `summarize`.
   */
  repeats?: number;
  /**
   * The same message, expected and hint as catalogue entries (src/diagnostics/messages), so the
   * printer can say them in the user's language; `message`, `expected` and `hint` hold the English.
   */
  local?: { message?: LocalText; expected?: LocalText; hint?: LocalText };
}

/** What a stage gives when it reports: the texts may still be catalogue entries. */
export type DiagnosticInput = Omit<Diagnostic, 'message' | 'expected' | 'hint' | 'local'> & {
  message: Text;
  expected?: Text;
  hint?: Text;
};

/** A diagnostic whose texts are catalogue entries keeps them beside their English. */
export function toDiagnostic(d: DiagnosticInput): Diagnostic {
  const { message, expected, hint, ...rest } = d;
  const out: Diagnostic = { ...rest, message: localize(message, 'en') };
  if (expected !== undefined) out.expected = localize(expected, 'en');
  if (hint !== undefined) out.hint = localize(hint, 'en');
  const local: NonNullable<Diagnostic['local']> = {};
  if (typeof message !== 'string') local.message = message;
  if (expected !== undefined && typeof expected !== 'string') local.expected = expected;
  if (hint !== undefined && typeof hint !== 'string') local.hint = hint;
  if (local.message || local.expected || local.hint) out.local = local;
  return out;
}

/**
 * Collects diagnostics; warnings are collected, never thrown.
 * Stages receive a bag and add to it, so that every problem of a file is reported at once.
 */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  constructor(readonly file?: string) {}

  add(d: Diagnostic | DiagnosticInput): void {
    this.items.push({ file: this.file, ...toDiagnostic(d) });
  }

  error(code: KnownCode, message: Text, extra: Partial<DiagnosticInput> = {}): void {
    this.add({ severity: 'error', code, message, ...extra });
  }

  warn(code: KnownCode, message: Text, extra: Partial<DiagnosticInput> = {}): void {
    this.add({ severity: 'warning', code, message, ...extra });
  }

  merge(other: Iterable<Diagnostic>): void {
    for (const d of other) this.items.push(d);
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }
}

export function formatKeyPath(path: KeyPath | undefined): string {
  if (!path || path.length === 0) return '';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}
