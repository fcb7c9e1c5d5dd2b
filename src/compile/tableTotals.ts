import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag, KeyPath } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import type { SectionInput } from '../records/schema/common.js';
import { SUBTOTAL_LABEL, TOTAL_LABEL } from '../zh/totals.js';

/**
 * A table typed in a record (a section's 表格, an attachment's) whose 合计 row does not add up: a warning at that row
 * for each column whose figures disagree, with the sum, as the figures' reconciliation says it (reconcileFigures.ts
 * total-mismatch). The table is printed as typed: which figure is wrong only the writer knows.
 */

type Table = { caption?: string; columns: string[]; rows: string[][] };

// A row that totals the rows above it is labelled in its first cells (类型 | 合计 as the statistics table has it); one
// that totals part of them (小计) is left out of the parts, which add up to the 合计 without it (zh/totals).
/** A cell with nothing in it, or a dash written for none: a part of 0. */
const NONE = /^(?:|[-—－–/无])$/u;
/** A figure, with the measure word typed after it (12, 8.5, 12件, 3.5万元); a percentage is no part of a sum. */
const FIGURE = /^(\d+(?:\.\d+)?)(\p{Script=Han}{0,2})$/u;

/** Where a row's label is: the first of its first two cells that is a total or a subtotal, if any. */
const labelOf = (row: string[], pattern: RegExp) => row.slice(0, 2).map((c) => c.trim()).find((c) => pattern.test(c));

/** Decimals of a figure as typed (8.5 → 1), for a sum written as its parts are. */
const decimals = (n: string) => n.split('.')[1]?.length ?? 0;

/** The columns of `table` whose 合计 cell at row `at` is not the sum of `parts`: what the warning says of each. */
function mismatches(table: Table, parts: string[][], total: string[]): Array<{ column: string; index: number; value: string; sum: string }> {
  const out: Array<{ column: string; index: number; value: string; sum: string }> = [];
  table.columns.forEach((column, c) => {
    const whole = FIGURE.exec((total[c] ?? '').trim());
    if (!whole) return;
    let sum = 0;
    let places = decimals(whole[1]!);
    for (const row of parts) {
      const cell = (row[c] ?? '').trim();
      if (NONE.test(cell)) continue;
      const part = FIGURE.exec(cell);
      // a column of words, or figures in another measure: no sum to check
      if (!part || part[2] !== whole[2]) return;
      sum += Number(part[1]);
      places = Math.max(places, decimals(part[1]!));
    }
    const written = sum.toFixed(places);
    if (Number(written) !== Number(whole[1])) out.push({ column, index: c, value: total[c]!.trim(), sum: `${written}${whole[2]}` });
  });
  return out;
}

/** The tables of a record's sections (each level) and attachments, with their key paths. */
function tablesOf(sections: ReadonlyArray<SectionInput> | undefined, at: KeyPath, out: Array<{ table: Table; path: KeyPath }> = []) {
  (sections ?? []).forEach((s, i) => {
    if (s.table) out.push({ table: s.table, path: [...at, i, 'table'] });
    tablesOf(s.sections, [...at, i, 'sections'], out);
  });
  return out;
}

/** Each 合计 row that does not add up, in the sections and attachments of a record: a warning at the row. */
export function warnTableTotals(
  d: { sections?: SectionInput[]; attachments?: ReadonlyArray<{ table?: Table; sections?: SectionInput[] }> },
  source: RecordSource,
  bag: DiagnosticBag,
): void {
  const tables = tablesOf(d.sections, ['sections']);
  (d.attachments ?? []).forEach((a, i) => {
    if (a.table) tables.push({ table: a.table, path: ['attachments', i, 'table'] });
    tablesOf(a.sections, ['attachments', i, 'sections'], tables);
  });
  for (const { table, path } of tables) {
    // the parts of a 合计 are the rows since the last 合计 (a table of two groups totals each), without the 小计
    let from = 0;
    table.rows.forEach((row, r) => {
      const label = labelOf(row, TOTAL_LABEL);
      if (!label) return;
      const parts = table.rows.slice(from, r).filter((p) => !labelOf(p, SUBTOTAL_LABEL));
      from = r + 1;
      if (parts.length === 0) return;
      for (const m of mismatches(table, parts, row)) {
        const rowPath = [...path, 'rows', r];
        // the carets under the total that does not add up (21), not under the row's [
        const cell = source.locate([...rowPath, m.index])?.value;
        const loc = source.locate(rowPath);
        bag.warn('table-total-mismatch', say('table-total-mismatch', { label, column: m.column, value: m.value, sum: m.sum, rows: parts.length }), {
          start: cell?.start ?? (loc?.value ?? loc?.key ?? source.locateNearest(rowPath))?.start,
          end: cell?.end,
          path: rowPath,
          expected: say('table-total-mismatch.expected'),
          hint: say('table-total-mismatch.hint'),
        });
      }
    });
  }
}
