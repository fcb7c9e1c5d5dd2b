import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { dateKey } from '../zh/dates.js';
import { checkDisputes, checkPetitions } from './checkRows.js';
import { detectKind, fieldOfColumn, mapColumns, type Field } from './columns.js';
import { reportUnknownKind } from './registerBuilder.js';
import type { IdRegistry } from './ids.js';
import type { ReadRegisterOptions } from './read.js';
import type { CalendarDate, RawRow, RawTable, Register, RegisterKind } from './types.js';

/**
 * Types the rows of a YAML register already parsed (`tableFromYaml`): its keys merged per field,
 * each checked where it is written. An empty list is an empty register.
 */
export function yamlRegister(
  table: RawTable & { source?: string },
  file: string,
  bag: DiagnosticBag,
  options: ReadRegisterOptions & { ids?: { petitions: IdRegistry; disputes: IdRegistry } } = {},
): Register {
  const base = { file, format: table.format, encoding: table.encoding, rows: [], skipped: 0 };
  if (table.header.length === 0 || table.header.every((h) => h === '')) return { ...base, kind: options.kind ?? 'petitions' };
  const kind = options.kind ?? detectKind(table.header);
  if (!kind) {
    reportUnknownKind(file, 1, bag);
    return { ...base, kind: 'petitions' };
  }
  mergeYamlKeys(table, kind, file, bag);
  const errorsBefore = bag.errors.length;
  const columns = mapColumns(table.header, kind, bag, file, yamlKeyPositions(table));
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
        bag.warn('duplicate-key', say('register.duplicate-key', { key: table.header[i]!, first: first! }), {
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

