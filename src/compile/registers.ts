import { dirname, resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import { combineRegisters } from '../registers/combine.js';
import { readRegister } from '../registers/read.js';
import { computeStatistics } from '../stats/compute.js';
import { disputeFigures, petitionFigures } from '../stats/figures.js';
import { parsePeriod, PERIOD_FORMS } from '../stats/period.js';
import type { RegisterFigures } from './summary.js';

/**
 * Figures counted from the registers a summary names (`registers:`, relative to the record),
 * for the summary's period: the statistics passage, the dispute list and the statistics table.
 */
export async function loadRegisterFigures(
  data: Record<string, unknown>,
  source: RecordSource,
  bag: DiagnosticBag,
  options: { skipBadRows?: boolean },
): Promise<RegisterFigures | undefined> {
  const period = typeof data.period === 'string' ? parsePeriod(data.period) : undefined;
  if (!period) {
    const loc = source.locate(['period']);
    bag.error('bad-period', data.period === undefined ? 'a summary that counts registers needs a period (时期)' : `"${String(data.period)}" is not a period`, {
      start: (loc?.value ?? source.locate(['registers'])?.key)?.start,
      path: ['period'],
      expected: PERIOD_FORMS,
    });
    return undefined;
  }
  const dir = dirname(source.file);
  const registers = [];
  for (const name of data.registers as string[]) {
    registers.push(await readRegister(resolve(dir, name), bag, { skipBadRows: options.skipBadRows }));
  }
  if (bag.hasErrors) return undefined;
  // combined once, so that an id repeated across registers is reported once
  const rows = combineRegisters(registers, bag, { skipBadRows: options.skipBadRows });
  const stats = computeStatistics(rows, period);
  return {
    petitions: rows.petitions ? petitionFigures(rows.petitions, period) : {},
    disputes: rows.disputes ? disputeFigures(rows.disputes, period) : { cases: [] },
    petitionsByCategory: stats.petitions?.total ? stats.petitions.by_category : undefined,
    disputesByCategory: stats.disputes?.total ? stats.disputes.by_category : undefined,
  };
}
