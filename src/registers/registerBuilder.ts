import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { cellText } from './cells.js';
import { dateKey } from '../zh/dates.js';
import { detectKind, knownColumns, mapColumns } from './columns.js';
import { disputeChecker, petitionChecker, type RowChecker } from './checkRows.js';
import type { IdRegistry } from './ids.js';
import type { CalendarDate, CellValue, Dispute, Petition, RawRow, RegisterKind } from './types.js';
import type { ReadRegisterOptions, RegisterInfo, RowSinks } from './read.js';

/** How many rows under the first one may be title rows (台账名称, 填报单位, 填报日期 …). */
export const TITLE_ROWS = 10;

/**
 * Takes a register's rows one at a time as they are read (`row`), finds the
 * header (row 1, or the first of the next rows that names the register's
 * columns, under title rows), works out the kind and the columns, and checks
 * every later row as it comes; `end` gives what was read.
 */
export class RegisterBuilder {
  encoding: string | undefined;
  private header: string[] | undefined;
  private headerLine = 1;
  /** Rows under row 1 while the header is not yet found. */
  private waiting: RawRow[] = [];
  private checker: RowChecker<Petition> | RowChecker<Dispute> | undefined;
  private kind: RegisterKind | undefined;
  /** The header did not do (no kind, a missing column): the rows are not checked. */
  private failed = false;
  private first = Infinity;
  private last = -Infinity;
  private count = 0;

  constructor(
    private readonly file: string,
    private readonly format: 'csv' | 'xlsx',
    private readonly bag: DiagnosticBag,
    private readonly options: ReadRegisterOptions & { ids?: { petitions: IdRegistry; disputes: IdRegistry } },
    private readonly sinks: RowSinks,
  ) {}

  row(line: number, cells: CellValue[]): void {
    if (this.checker) {
      this.checker.check({ line, cells });
      return;
    }
    if (this.failed) return;
    if (this.header === undefined) {
      if (line === 1) {
        this.header = cells.map((h) => (h === null || h === undefined ? '' : String(h).trim()));
        if (this.looksLikeHeader(this.header)) this.start();
        return;
      }
      this.header = [];
    }
    this.waiting.push({ line, cells });
    const text = cells.map((c) => cellText(c) ?? '');
    if (this.looksLikeHeader(text)) {
      // Title rows above the header are passed over; rows keep their spreadsheet numbers.
      this.header = text;
      this.headerLine = line;
      this.waiting = [];
      this.start();
    } else if (this.waiting.length >= TITLE_ROWS) {
      this.start();
    }
  }

  private looksLikeHeader(cells: readonly string[]): boolean {
    return looksLikeHeader(cells, this.options.kind);
  }

  /** The header is settled: check the rows that waited, and every later one as it comes. */
  private start(): void {
    const { file, bag } = this;
    const header = this.header ?? [];
    const waiting = this.waiting;
    this.waiting = [];
    if (header.length === 0 || header.every((h) => h === '')) {
      bag.error('empty-register', say('register.no-header', { file }), {
        file, start: { line: 1, column: 1 }, expected: say('register.no-header.expected'),
      });
      this.failed = true;
      return;
    }
    const kind = this.options.kind ?? detectKind(header);
    if (!kind) {
      reportUnknownKind(file, this.headerLine, bag);
      this.failed = true;
      return;
    }
    this.kind = kind;
    const errorsBefore = bag.errors.length;
    const columns = mapColumns(header, kind, bag, file, undefined, this.headerLine);
    if (bag.errors.length > errorsBefore) {
      this.failed = true;
      return;
    }
    const options = { skipBadRows: this.options.skipBadRows, ids: this.options.ids?.[kind] };
    const track = (date: CalendarDate) => {
      const k = dateKey(date);
      if (k < this.first) this.first = k;
      if (k > this.last) this.last = k;
      this.count++;
    };
    this.checker = kind === 'petitions'
      ? petitionChecker(columns, file, this.format, bag, options, (row) => {
        track(row.date);
        this.sinks.petitions(row);
      })
      : disputeChecker(columns, file, this.format, bag, options, (row) => {
        track(row.date);
        this.sinks.disputes(row);
      });
    for (const row of waiting) this.checker.check(row);
  }

  skipped(): number {
    return this.checker?.skipped ?? 0;
  }

  info(): RegisterInfo {
    const key = (k: number): CalendarDate => ({ year: Math.floor(k / 10_000), month: Math.floor(k / 100) % 100, day: k % 100 });
    return {
      kind: this.kind ?? this.options.kind ?? 'petitions',
      file: this.file,
      format: this.format,
      encoding: this.encoding,
      skipped: this.skipped(),
      span: this.count > 0 ? { first: key(this.first), last: key(this.last) } : undefined,
    } as RegisterInfo;
  }

  end(): RegisterInfo {
    if (!this.checker && !this.failed) this.start();
    // the mistakes counted past the ones said row by row, once each (RowChecker.finish)
    this.checker?.finish();
    return this.info();
  }
}

/** Whether a row names a register's columns: two of the kind's, or (kind unknown) more of one kind's than the other's. */
export function looksLikeHeader(cells: readonly string[], kind: RegisterKind | undefined): boolean {
  return kind ? knownColumns(cells, kind) >= 2 : detectKind(cells) !== undefined;
}

/** Whether a row read from a spreadsheet names a register's columns (cells as text). */
export function rowLooksLikeHeader(cells: readonly CellValue[], kind: RegisterKind | undefined): boolean {
  return looksLikeHeader(cells.map((c) => cellText(c) ?? ''), kind);
}

/** A header whose columns say neither kind (an error at the header's row). */
export function reportUnknownKind(file: string, line: number, bag: DiagnosticBag): void {
  bag.error('unknown-register-kind', say('register.unknown-kind', { file }), {
    file, start: { line, column: 1 },
    expected: say('register.unknown-kind.expected'),
  });
}
