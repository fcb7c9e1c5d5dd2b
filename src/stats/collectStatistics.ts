/**
 * Registers in, statistics out: what `gongwen stats` prints and what the serve page shows for a
 * dropped register, computed the same way for both (src/cli/stats.ts, src/serve/server.ts).
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { expandRegisterPaths } from '../registers/paths.js';
import type { RegisterInfo } from '../registers/read.js';
import { readRegisters } from '../registers/readSet.js';
import { disputeStore, petitionStore } from '../registers/store.js';
import type { CalendarDate } from '../registers/types.js';
import { breakdownBy, type ByField } from './breakdown.js';
import { computeReport } from './compare.js';
import { compareDates } from '../zh/dates.js';
import { allPeriod, type Period } from '../zh/period.js';

export interface StatisticsOptions {
  skipBadRows?: boolean;
  /** The sheet of each workbook to read; by default the first with a register's columns. */
  sheet?: string;
  cwd: string;
}

export interface Statistics {
  /** Every register read, with its source text (for code frames) and the rows left out. */
  read: RegisterInfo[];
  /** The figures of the period; undefined when the bag holds errors. */
  report?: ReturnType<typeof computeReport>;
  breakdown?: ReturnType<typeof breakdownBy>;
}

/**
 * Reads every register (a folder gives its register files), checks each row as it comes and
 * reports every bad one to the bag; then counts the period — without one, from the first to the
 * last date of the registers — with 环比/同比 where the registers cover those periods.
 */
export async function collectStatistics(registers: string[], period: Period | undefined, by: ByField | undefined, bag: DiagnosticBag, options: StatisticsOptions): Promise<Statistics> {
  // Rows are checked as they are read and kept a column at a time (src/registers/store.ts):
  // a register of a million rows is never held whole. A 编号 is checked across every register given.
  const { read, ...rows } = await readRegisters(expandRegisterPaths(registers, options.cwd, bag), bag, { skipBadRows: options.skipBadRows, cwd: options.cwd, sheet: options.sheet }, {
    petitions: petitionStore(),
    disputes: disputeStore(),
  });
  if (bag.hasErrors) return { read };
  const counted = period ?? wholePeriod(read);
  return { read, report: computeReport(rows, counted), breakdown: by ? breakdownBy(rows, by, counted) : undefined };
}

/** From the first to the last date of all registers. */
function wholePeriod(registers: readonly RegisterInfo[]): Period {
  let first: CalendarDate | undefined;
  let last: CalendarDate | undefined;
  for (const r of registers) {
    if (!r.span) continue;
    if (!first || compareDates(r.span.first, first) < 0) first = r.span.first;
    if (!last || compareDates(r.span.last, last) > 0) last = r.span.last;
  }
  const today = new Date();
  const fallback = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
  return allPeriod(first ?? fallback, last ?? fallback);
}
