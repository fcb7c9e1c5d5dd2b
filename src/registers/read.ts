import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { cellText, dateKey } from './cells.js';
import { detectKind, fieldOfColumn, kindName, knownColumns, mapColumns, type Field } from './columns.js';
import { readCsvTable, readXlsxTable, readYamlTable } from './tables.js';
import type { CalendarDate, RawRow, RawTable, Register, RegisterKind } from './types.js';
import { checkDisputes, checkPetitions } from './validate.js';

export interface ReadRegisterOptions {
  /** Say which kind the register is instead of detecting it from the columns. */
  kind?: RegisterKind;
  /** Report bad rows as warnings and leave them out (`--skip-bad-rows`); otherwise they are errors. */
  skipBadRows?: boolean;
  /** Directory relative paths are resolved against; diagnostics keep the path as given. */
  cwd?: string;
}

type Format = 'csv' | 'xlsx' | 'yaml';

function formatOf(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}

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
  const file = path;
  const full = resolve(options.cwd ?? process.cwd(), path);
  const format = formatOf(path);
  const empty = (kind: RegisterKind = options.kind ?? 'petitions'): Register => ({ kind, file, format: format ?? 'csv', rows: [], skipped: 0 });
  if (!format) {
    const hint = extname(path).toLowerCase() === '.xls' ? 'save the workbook as .xlsx (Excel 工作簿) or .csv' : undefined;
    bag.error('unsupported-format', `cannot read "${path}" as a register`, { file, expected: '.csv, .xlsx, .yaml or .yml', hint });
    return empty();
  }
  try {
    const info = await stat(full);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    bag.error('file-not-found', code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`, { file });
    return empty();
  }

  let table: RawTable & { kind?: RegisterKind; source?: string };
  try {
    table = format === 'csv' ? await readCsvTable(full) : format === 'xlsx' ? await readXlsxTable(full) : await readYamlTable(full, file, bag);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    bag.error('unreadable-register', `cannot read ${path}: ${reason}`, { file, hint: format === 'xlsx' ? 'is it an .xlsx workbook saved by Excel or WPS?' : undefined });
    return empty();
  }
  return registerFromTable(table, file, bag, { ...options, kind: options.kind ?? table.kind });
}

/** Types the rows of a table already read; `readRegister` without the file. */
export function registerFromTable(
  table: RawTable & { source?: string },
  file: string,
  bag: DiagnosticBag,
  options: ReadRegisterOptions = {},
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
    const { rows, skipped } = checkPetitions(table, columns, file, bag, options);
    return { ...base, ...extra, kind, rows, skipped, span: spanOf(rows) };
  }
  const { rows, skipped } = checkDisputes(table, columns, file, bag, options);
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

/** How many rows under the first one may be title rows (台账名称, 填报单位, 填报日期 …). */
const TITLE_ROWS = 10;

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
