/** One user-facing problem: every reader, validator and writer reports through this type. */
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
  code: string;
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
}

/**
 * Collects diagnostics; warnings are collected, never thrown.
 * Stages receive a bag and add to it, so that every problem of a file is reported at once.
 */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  constructor(readonly file?: string) {}

  add(d: Diagnostic): void {
    this.items.push({ file: this.file, ...d });
  }

  error(code: string, message: string, extra: Partial<Diagnostic> = {}): void {
    this.add({ severity: 'error', code, message, ...extra });
  }

  warn(code: string, message: string, extra: Partial<Diagnostic> = {}): void {
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
