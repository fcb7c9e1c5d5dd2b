import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { decodeText, StreamingTextDecoder } from '../io/decodeText.js';
import { reportEncoding } from '../io/reportEncoding.js';

const REGISTER_ENCODING_HINT = 'save the file again in one encoding (Excel: 另存为 → CSV UTF-8)';
import { cellText, dateKey } from './cells.js';
import { detectKind, fieldOfColumn, kindName, knownColumns, mapColumns, type Field } from './columns.js';
import { CsvError, CsvStream } from './csv.js';
import { tableFromYaml } from './tables.js';
import type { CalendarDate, CellValue, Dispute, Petition, RawRow, RawTable, Register, RegisterKind } from './types.js';
import { checkDisputes, checkPetitions, disputeChecker, petitionChecker, type RowChecker } from './checkRows.js';
import type { IdRegistry } from './ids.js';
import { openRegularFile } from '../io/openRegularFile.js';

export interface ReadRegisterOptions {
  /** Say which kind the register is instead of detecting it from the columns. */
  kind?: RegisterKind;
  /** Report bad rows as warnings and leave them out (`--skip-bad-rows`); otherwise they are errors. */
  skipBadRows?: boolean;
  /** Directory relative paths are resolved against; diagnostics keep the path as given. */
  cwd?: string;
}

type Format = 'csv' | 'xlsx' | 'yaml';

/**
 * Limits on register files: a YAML register is parsed whole and has a ceiling;
 * CSV is read a block at a time and XLSX a part and a piece at a time (its
 * limits are `XLSX_LIMITS` in ./xlsx.ts), so neither has one on its size.
 */
export const REGISTER_LIMITS = {
  /** A YAML register (parsed whole): 32 MiB. */
  yamlBytes: 32 << 20,
  /** Block size CSV is read in: 1 MiB. */
  csvBlock: 1 << 20,
} as const;

function formatOf(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}

/** What a register's rows are handed to as they are checked. */
export interface RowSinks {
  petitions(row: Petition): void;
  disputes(row: Dispute): void;
}

/** A register without its rows (they went to the sinks). */
export type RegisterInfo = Omit<Register, 'rows'>;

/**
 * Reads a register (台账) from CSV (UTF-8, UTF-8 with BOM, UTF-16 with BOM,
 * GBK/GB18030), XLSX (first sheet) or YAML (a list of rows), works out whether
 * it is a 信访登记 or a 矛盾纠纷 register from its columns (or `options.kind`),
 * and types its rows. Title rows above the header (台账名称, 填报单位) are passed over.
 *
 * Every problem goes into `bag`, all at once: bad rows (missing 编号 or date,
 * unknown 信访形式 or status, a date that does not exist, a negative amount, a
 * 编号 used twice …) with the file, the row as a spreadsheet numbers it (header
 * = row 1; YAML: the item's line) and the column. Bad rows are always left out
 * of `rows`; they are errors unless `skipBadRows`, then warnings.
 *
 * Never throws for a bad file: an unreadable or unrecognisable one gives an
 * empty register and an error in `bag` — callers check `bag.hasErrors`.
 */
export async function readRegister(path: string, bag: DiagnosticBag, options: ReadRegisterOptions = {}): Promise<Register> {
  const rows: Array<Petition | Dispute> = [];
  const push = (row: Petition | Dispute) => {
    rows.push(row);
  };
  const info = await readRegisterRows(path, bag, options, { petitions: push, disputes: push });
  return { ...info, rows } as Register;
}

/**
 * `readRegister`, handing the rows to `sinks` as they are checked instead of
 * keeping them: CSV and XLSX are read a block at a time, so a register of a
 * million rows is never held whole (only what `sinks` keep). `ids` spans the
 * registers of a run: a 编号 another register used is reported there.
 */
export async function readRegisterRows(
  path: string,
  bag: DiagnosticBag,
  options: ReadRegisterOptions & { ids?: { petitions: IdRegistry; disputes: IdRegistry } },
  sinks: RowSinks,
): Promise<RegisterInfo> {
  const file = path;
  const full = resolve(options.cwd ?? process.cwd(), path);
  const format = formatOf(path);
  const empty = (kind: RegisterKind = options.kind ?? 'petitions'): RegisterInfo => ({ kind, file, format: format ?? 'csv', skipped: 0 });
  if (!format) {
    const hint = extname(path).toLowerCase() === '.xls' ? 'save the workbook as .xlsx (Excel 工作簿) or .csv' : undefined;
    bag.error('unsupported-format', `cannot read "${path}" as a register`, { file, expected: '.csv, .xlsx, .yaml or .yml', hint });
    return empty();
  }
  // only a regular file is read, and a FIFO is never waited on (src/io/openRegularFile.ts)
  let opened: Awaited<ReturnType<typeof openRegularFile>>;
  try {
    opened = await openRegularFile(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    bag.error('file-not-found', code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`, { file });
    return empty();
  }
  const info = opened.stats;
  if (!opened.handle) {
    const what = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a FIFO (named pipe)' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a regular file';
    bag.error('not-a-file', `${path} is ${what}, not a register file`, { file, expected: 'a regular .csv, .xlsx or .yaml file' });
    return empty();
  }
  const handle: FileHandle = opened.handle;
  let size: number;
  try {
    size = info.size;
    if (format === 'yaml' && size > REGISTER_LIMITS.yamlBytes) {
      bag.error('register-too-large', `${path} is ${(size / 1048576).toFixed(0)} MiB, more than the ${REGISTER_LIMITS.yamlBytes / 1048576} MiB gongwen reads in a YAML register`, {
        file, hint: 'keep large registers in CSV or XLSX, which are read a block at a time',
      });
      return empty();
    }
    if (format === 'yaml') {
      const decoded = decodeText(await handle.readFile());
      const problems = decoded.problems ?? [];
      reportEncoding(problems, (decoded.problemLines ?? 0) - problems.length, decoded.encoding, file, bag, REGISTER_ENCODING_HINT);
      const table = { ...tableFromYaml(decoded.text, file, bag), encoding: decoded.encoding, source: decoded.text };
      const register = registerFromTable(table, file, bag, { ...options, kind: options.kind ?? table.kind });
      for (const row of register.rows) (register.kind === 'petitions' ? sinks.petitions : sinks.disputes)(row as never);
      const { rows: _rows, ...rest } = register;
      return rest;
    }
    const builder = new RegisterBuilder(file, format, bag, options, sinks);
    try {
      if (format === 'csv') await readCsvRows(handle, builder, file, bag);
      else {
        const { readXlsxRows } = await import('./xlsx.js');
        // Read at offsets as the zip's parts are inflated: the workbook is never held whole.
        const fd = handle.fd;
        await readXlsxRows({
          size,
          read: async (offset, length) => {
            const buffer = Buffer.alloc(length);
            const bytesRead = readSync(fd, buffer, 0, length, offset);
            return buffer.subarray(0, bytesRead);
          },
        }, (line, cells) => builder.row(line, cells));
      }
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
      const at = e instanceof CsvError ? { start: { line: e.record, column: 1 } } : {};
      bag.error('unreadable-register', `cannot read ${path}: ${reason}`, {
        file, ...at, hint: format === 'xlsx' && !/limit|beyond|refused/.test(reason) ? 'is it an .xlsx workbook saved by Excel or WPS? open it in Excel and save it again' : undefined,
      });
      return { ...builder.info(), skipped: builder.skipped() };
    }
    return builder.end();
  } finally {
    await handle.close();
  }
}

/** Reads a CSV a block at a time: decoded, parsed and checked as it comes. */
async function readCsvRows(handle: FileHandle, builder: RegisterBuilder, file: string, bag: DiagnosticBag): Promise<void> {
  const decoder = new StreamingTextDecoder();
  let reported = 0;
  let line = 1;
  const csv = new CsvStream((cells) => builder.row(line++, cells));
  const block = Buffer.alloc(REGISTER_LIMITS.csvBlock);
  let first = true;
  for (;;) {
    // Read synchronously: a register is read start to end, and waiting on the thread pool for each
    // block costs more than it lets run alongside (seconds for a million rows on a busy machine).
    const bytesRead = readSync(handle.fd, block, 0, block.length, null);
    const final = bytesRead === 0;
    if (first) {
      first = false;
      // A workbook saved (or renamed) with a .csv name is no text at all.
      const kind = workbookKind(block.subarray(0, bytesRead));
      if (kind) throw new Error(`${file} is ${kind}, not CSV text: give it its own extension (.xlsx), or save it from Excel as CSV UTF-8`);
    }
    const text = decoder.push(block.subarray(0, bytesRead), final);
    builder.encoding = decoder.encoding;
    // Encoding problems are reported as they are found, before the rows they are in.
    if (decoder.problems.length > reported) {
      reportEncoding(decoder.problems.slice(reported), 0, decoder.encoding ?? 'utf-8', file, bag, REGISTER_ENCODING_HINT);
      reported = decoder.problems.length;
    }
    csv.push(text, final);
    if (final) break;
  }
  if (decoder.problemLines > reported) reportEncoding([], decoder.problemLines - reported, decoder.encoding ?? 'utf-8', file, bag, REGISTER_ENCODING_HINT);
}

/** What a file that is no text is, from its first bytes: a zip (an .xlsx) or an OLE compound file (an .xls). */
function workbookKind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'an Excel workbook (a zip file)';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'an Excel 97–2003 workbook (.xls)';
  return undefined;
}

/** How many rows under the first one may be title rows (台账名称, 填报单位, 填报日期 …). */
const TITLE_ROWS = 10;

/**
 * Takes a register's rows one at a time as they are read (`row`), finds the
 * header (row 1, or the first of the next rows that names the register's
 * columns, under title rows), works out the kind and the columns, and checks
 * every later row as it comes; `end` gives what was read.
 */
class RegisterBuilder {
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
    return this.options.kind ? knownColumns(cells, this.options.kind) >= 2 : detectKind(cells) !== undefined;
  }

  /** The header is settled: check the rows that waited, and every later one as it comes. */
  private start(): void {
    const { file, bag } = this;
    const header = this.header ?? [];
    const waiting = this.waiting;
    this.waiting = [];
    if (header.length === 0 || header.every((h) => h === '')) {
      bag.error('empty-register', `${file} has no header row`, {
        file, start: { line: 1, column: 1 }, expected: 'a header row naming the columns (编号, 登记日期, 信访形式 … or 编号, 排查日期, 化解状态 …)',
      });
      this.failed = true;
      return;
    }
    const kind = this.options.kind ?? detectKind(header);
    if (!kind) {
      bag.error('unknown-register-kind', `cannot tell whether ${file} is a ${kindName('petitions')} or a ${kindName('disputes')} register`, {
        file, start: { line: this.headerLine, column: 1 },
        expected: '信访登记 columns (登记日期, 信访形式, 办理状态 …) or 矛盾纠纷 columns (排查日期, 纠纷类别, 化解状态 …)',
      });
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
    return this.info();
  }
}

/** Types the rows of a table already read; `readRegister` without the file. */
export function registerFromTable(
  table: RawTable & { source?: string },
  file: string,
  bag: DiagnosticBag,
  options: ReadRegisterOptions & { ids?: { petitions: IdRegistry; disputes: IdRegistry } } = {},
): Register {
  const base = { file, format: table.format, encoding: table.encoding, rows: [], skipped: 0 };
  const headerLine = table.format === 'yaml' ? 1 : findHeader(table, options.kind);
  if (table.header.length === 0 || table.header.every((h) => h === '')) {
    // An empty YAML list is an empty register; a CSV or sheet without a header is a mistake.
    if (table.format !== 'yaml') {
      bag.error('empty-register', `${file} has no header row`, {
        file, start: { line: 1, column: 1 }, expected: 'a header row naming the columns (编号, 登记日期, 信访形式 … or 编号, 排查日期, 化解状态 …)',
      });
    }
    return { ...base, kind: options.kind ?? 'petitions' };
  }
  const kind = options.kind ?? detectKind(table.header);
  if (!kind) {
    bag.error('unknown-register-kind', `cannot tell whether ${file} is a ${kindName('petitions')} or a ${kindName('disputes')} register`, {
      file, start: { line: headerLine, column: 1 },
      expected: '信访登记 columns (登记日期, 信访形式, 办理状态 …) or 矛盾纠纷 columns (排查日期, 纠纷类别, 化解状态 …)',
    });
    return { ...base, kind: 'petitions' };
  }
  if (table.format === 'yaml') mergeYamlKeys(table, kind, file, bag);
  const headerPositions = table.format === 'yaml' ? yamlKeyPositions(table) : undefined;
  const errorsBefore = bag.errors.length;
  const columns = mapColumns(table.header, kind, bag, file, headerPositions, headerLine);
  if (bag.errors.length > errorsBefore) return { ...base, kind };
  const extra = { source: table.source };
  if (kind === 'petitions') {
    const { rows, skipped } = checkPetitions(table, columns, file, bag, { skipBadRows: options.skipBadRows, ids: options.ids?.petitions });
    return { ...base, ...extra, kind, rows, skipped, span: spanOf(rows) };
  }
  const { rows, skipped } = checkDisputes(table, columns, file, bag, { skipBadRows: options.skipBadRows, ids: options.ids?.disputes });
  return { ...base, ...extra, kind, rows, skipped, span: spanOf(rows) };
}

function spanOf(rows: ReadonlyArray<{ date: CalendarDate }>): Register['span'] {
  if (rows.length === 0) return undefined;
  let first = rows[0].date;
  let last = rows[0].date;
  for (const r of rows) {
    if (dateKey(r.date) < dateKey(first)) first = r.date;
    if (dateKey(r.date) > dateKey(last)) last = r.date;
  }
  return { first, last };
}

/**
 * A YAML register names its keys row by row, so rows may differ: one row written
 * with 编号/登记日期, the next with id/date. The keys are resolved per row: every
 * key that stands for the same field becomes one column (named as first written),
 * so no row loses its cells to another row's spelling. A row that gives one field
 * under two keys (编号 and id) is warned about at the second; its first is read.
 * Keys that are no column of the kind stay columns of their own (for "did you mean").
 * Rewrites `table.header` and `table.rows` in place.
 */
function mergeYamlKeys(table: RawTable, kind: RegisterKind, file: string, bag: DiagnosticBag): void {
  const fields = table.header.map((name) => fieldOfColumn(kind, name));
  const header: string[] = [];
  const target: number[] = [];
  const byField = new Map<Field, number>();
  table.header.forEach((name, i) => {
    const field = fields[i];
    const existing = field ? byField.get(field) : undefined;
    if (existing !== undefined) {
      target[i] = existing;
      return;
    }
    target[i] = header.length;
    if (field) byField.set(field, header.length);
    header.push(name);
  });
  if (header.length === table.header.length) return;
  const rows: RawRow[] = [];
  for (const row of table.rows) {
    const merged: RawRow = { line: row.line, column: row.column, cells: [], positions: [] };
    row.cells.forEach((cell, i) => {
      if (i >= target.length || (cell === undefined && row.positions?.[i] === undefined)) return;
      const t = target[i];
      if (merged.positions![t] !== undefined) {
        const first = table.header[row.cells.findIndex((_, j) => j < i && target[j] === t && row.positions?.[j] !== undefined)];
        bag.warn('duplicate-key', `"${table.header[i]}" repeats "${first}" in the same row; only "${first}" is read`, {
          file, start: row.positions?.[i] ?? { line: row.line, column: row.column ?? 1 }, path: [table.header[i]],
        });
        return;
      }
      merged.cells[t] = cell;
      merged.positions![t] = row.positions?.[i];
    });
    rows.push(merged);
  }
  table.header = header;
  table.rows = rows;
}

/** Where each YAML key is first written (the line of its value, column 1). */
function yamlKeyPositions(table: RawTable): Array<{ line: number; column: number } | undefined> {
  return table.header.map((_, i) => {
    for (const row of table.rows) {
      const p = row.positions?.[i];
      if (p) return { line: p.line, column: row.column ?? 1 };
    }
    return undefined;
  });
}


/**
 * Offices often put a title (路居镇信访登记台账) and a line such as 填报单位 above
 * the header. When row 1 does not name the register's columns, the header is
 * the first of the next rows that does; rows above it are passed over, and rows
 * keep their spreadsheet numbers. Rewrites `table.header` and `table.rows` in
 * place and returns the header's row number (1 when nothing moved).
 */
function findHeader(table: RawTable, kind: RegisterKind | undefined): number {
  const looksLikeHeader = (cells: readonly string[]) =>
    kind ? knownColumns(cells, kind) >= 2 : detectKind(cells) !== undefined;
  if (looksLikeHeader(table.header)) return 1;
  const rows = table.rows[Symbol.iterator]();
  for (let k = 0; k < TITLE_ROWS; k++) {
    const next = rows.next();
    if (next.done) break;
    const cells = next.value.cells.map((c) => cellText(c) ?? '');
    if (looksLikeHeader(cells)) {
      table.header = cells;
      table.rows = { [Symbol.iterator]: () => rows };
      return next.value.line;
    }
  }
  return 1;
}
