import { showText } from '../diagnostics/showText.js';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, summarize } from '../diagnostics/print.js';
import { expandRegisterPaths } from '../registers/paths.js';
import type { RegisterInfo } from '../registers/read.js';
import { readRegisters } from '../registers/readSet.js';
import { disputeStore, petitionStore } from '../registers/store.js';
import type { CalendarDate } from '../registers/types.js';
import { breakdownBy, BY_FIELDS, resolveByField } from '../stats/breakdown.js';
import { computeReport } from '../stats/compare.js';
import { formatReportCsv, formatReportJson, formatReportTable} from '../stats/format.js';
import type { Period } from '../stats/period.js';
import { allPeriod, compareDates, parsePeriod, PERIOD_FORMS } from '../stats/period.js';
import type { CliIO } from './io.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './io.js';

export interface StatsOptions {
  period?: string;
  by?: string;
  format?: string;
  skipBadRows?: boolean;
}

const FORMATS = ['table', 'json', 'csv'] as const;

/** Errors about a register as a file, which --skip-bad-rows does not leave out. */
const FILE_ERRORS = new Set(['invalid-byte', 'mixed-encoding', 'unreadable-register', 'missing-column', 'unknown-register-kind', 'empty-register']);

/**
 * `gongwen stats <registers...> [--period P] [--by FIELD] [--format table|json|csv] [--skip-bad-rows]`
 *
 * A register argument may be a folder: its register files are read (see `expandRegisterPaths`).
 *
 * Reads every register, reports every bad row at once (stderr), and prints
 * the statistics of the period (stdout) with 环比/同比 where the registers
 * cover those periods. Without `--period`, every row counts and there is no
 * comparison. Exit 0; 1 when a register is unreadable or has bad rows (then
 * nothing is printed to stdout) unless `--skip-bad-rows`, which reports them
 * as warnings and leaves them out; 2 for a usage error.
 */
export async function statsCommand(registers: string[], options: StatsOptions, io: CliIO): Promise<number> {
  const usage = (message: string, hint?: string): number => {
    io.stderr(`gongwen stats: ${message}\n${hint ? `  ${hint}\n` : ''}`);
    return EXIT_USAGE;
  };
  if (registers.length === 0) return usage('no register given', 'usage: gongwen stats <registers...> [--period P] [--by FIELD] [--format table|json|csv]');
  const format = (options.format ?? 'table').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) return usage(`unknown format "${showText(options.format ?? '')}"`, `expected: ${FORMATS.join(', ')}`);
  let period: Period | undefined;
  if (options.period !== undefined) {
    period = parsePeriod(options.period);
    if (!period) return usage(`"${showText(options.period)}" is not a period`, `expected: ${PERIOD_FORMS}`);
  }
  const by = options.by !== undefined ? resolveByField(options.by) : undefined;
  if (options.by !== undefined && !by) return usage(`cannot group by "${showText(options.by)}"`, `expected one of: ${BY_FIELDS}`);

  const bag = new DiagnosticBag();
  // Rows are checked as they are read and kept a column at a time (src/registers/store.ts):
  // a register of a million rows is never held whole. A 编号 is checked across every register given.
  const { read, ...rows } = await readRegisters(expandRegisterPaths(registers, io.cwd, bag), bag, { skipBadRows: options.skipBadRows, cwd: io.cwd }, {
    petitions: petitionStore(),
    disputes: disputeStore(),
  });

  if (bag.items.length > 0) {
    const sources = new Map<string, string>();
    for (const r of read) if (r.source !== undefined) sources.set(r.file, r.source);
    const { errors, warnings } = summarize(bag.items);
    io.stderr(`${formatDiagnostics(bag.items, { color: io.color, sources })}\n\n`);
    if (bag.hasErrors) {
      // Errors in rows (not in the file: encoding, header, limits) can be left out with --skip-bad-rows.
      const badRows = bag.errors.filter((d) => d.start && d.start.line > 1 && !FILE_ERRORS.has(d.code)).length;
      const skippable = badRows > 0 && badRows === errors ? ' (use --skip-bad-rows to leave bad rows out)' : '';
      io.stderr(`gongwen stats: ${errors} error${errors === 1 ? '' : 's'}; no statistics written${skippable}\n`);
      return EXIT_INVALID;
    }
    const skipped = read.reduce((n, r) => n + r.skipped, 0);
    io.stderr(`gongwen stats: ${warnings} warning${warnings === 1 ? '' : 's'}${skipped > 0 ? `; ${skipped} bad row${skipped === 1 ? '' : 's'} left out` : ''}\n`);
  }

  if (!period) period = wholePeriod(read);
  const report = computeReport(rows, period);
  const breakdown = by ? breakdownBy(rows, by, period) : undefined;
  if (format === 'json') io.stdout(formatReportJson(report, { breakdown }));
  else if (format === 'csv') io.stdout(formatReportCsv(report, { breakdown }));
  else io.stdout(formatReportTable(report, { color: io.color, breakdown }));
  return EXIT_OK;
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
