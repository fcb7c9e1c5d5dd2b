import { dirname, resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import { formatDate as chineseDate } from '../zh/dates.js';
import { combineRegisters } from '../registers/combine.js';
import { kindName } from '../registers/columns.js';
import { readRegister } from '../registers/read.js';
import type { Register, RegisterKind } from '../registers/types.js';
import { computeStatistics } from '../stats/compute.js';
import { acceptedByCategory, disputeFigures, petitionFigures } from '../stats/figures.js';
import { parsePeriod, PERIOD_FORMS, previousPeriod, samePeriodLastYear, type Period } from '../zh/period.js';
import { covers } from '../stats/compare.js';
import type { RegisterFigures } from './summary.js';

/**
 * Figures counted from the registers a summary names (`registers:`, relative to the record),
 * for the summary's period: the statistics passage, the dispute list and the statistics table.
 * A period in which a kind's registers have no row is a warning (the figures are all 0),
 * naming the dates the registers do cover.
 */
export async function loadRegisterFigures(
  data: Record<string, unknown>,
  source: RecordSource,
  bag: DiagnosticBag,
  options: { skipBadRows?: boolean },
): Promise<RegisterFigures | undefined> {
  const period = typeof data.period === 'string' ? parsePeriod(data.period) : undefined;
  const periodAt = () => {
    const loc = source.locate(['period']);
    return (loc?.value ?? source.locate(['registers'])?.key)?.start;
  };
  if (!period) {
    bag.error('bad-period', data.period === undefined ? 'a summary that counts registers needs a period (时期)' : `"${String(data.period)}" is not a period`, {
      start: periodAt(),
      path: ['period'],
      expected: PERIOD_FORMS,
    });
    return undefined;
  }
  const dir = dirname(source.file);
  const registers: Register[] = [];
  const written = new Map<Register, string>();
  for (const name of data.registers as string[]) {
    const register = await readRegister(resolve(dir, name), bag, { skipBadRows: options.skipBadRows });
    registers.push(register);
    written.set(register, name);
  }
  if (bag.hasErrors) return undefined;
  // combined once, so that an id repeated across registers is reported once
  const rows = combineRegisters(registers, bag, { skipBadRows: options.skipBadRows });
  const stats = computeStatistics(rows, period);
  for (const kind of ['petitions', 'disputes'] as const) {
    const total = stats[kind]?.total;
    if (total === 0) warnEmptyPeriod(kind, registers.filter((r) => r.kind === kind), (r) => written.get(r) ?? r.file, period, bag, periodAt());
  }
  // the same period a year before and the period before, where the registers reach into them, for
  // {{受理同比}}, {{办结率环比}} … (as `gongwen stats` compares them)
  const shifted = (other: Period | undefined) => {
    if (!other) return undefined;
    const petitions = rows.petitions && covers(rows.petitions, other) ? petitionFigures(rows.petitions, other) : undefined;
    const disputes = rows.disputes && covers(rows.disputes, other) ? disputeFigures(rows.disputes, other) : undefined;
    return petitions || disputes ? { petitions, disputes } : undefined;
  };
  return {
    lastYear: shifted(samePeriodLastYear(period)),
    previous: shifted(previousPeriod(period)),
    petitions: rows.petitions ? petitionFigures(rows.petitions, period) : {},
    disputes: rows.disputes ? disputeFigures(rows.disputes, period) : { cases: [] },
    petitionsByCategory: rows.petitions ? acceptedByCategory(rows.petitions, period) : undefined,
    disputesByCategory: stats.disputes ? stats.disputes.by_category : undefined,
  };
}

function warnEmptyPeriod(
  kind: RegisterKind,
  registers: readonly Register[],
  nameOf: (r: Register) => string,
  period: Period,
  bag: DiagnosticBag,
  start: { line: number; column: number } | undefined,
): void {
  const range = (r: Register) =>
    r.span ? `${nameOf(r)} runs from ${chineseDate(r.span.first)} to ${chineseDate(r.span.last)}` : `${nameOf(r)} has no rows at all`;
  bag.warn('empty-period', `the ${kindName(kind)} register${registers.length === 1 ? ' has' : 's have'} no rows in ${period.label} (${period.code}): ${registers.map(range).join('; ')}`, {
    start,
    path: ['period'],
    hint: `its figures are all 0; check 时期 against the register${registers.length === 1 ? '' : 's'}`,
  });
}
