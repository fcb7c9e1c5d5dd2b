import { say } from '../diagnostics/messages/index.js';
import { dirname, resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import { formatDate as chineseDate } from '../zh/dates.js';
import { kindName } from '../registers/columns.js';
import type { RegisterInfo } from '../registers/read.js';
import { readRegisters } from '../registers/readSet.js';
import { KeptRows } from '../registers/store.js';
import type { Dispute, Petition, RegisterKind } from '../registers/types.js';
import { countFigures } from '../stats/figures.js';
import { parsePeriod, type Period } from '../zh/period.js';
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
    bag.error('bad-period', data.period === undefined ? say('bad-period.missing') : say('bad-period', { text: String(data.period) }), {
      start: periodAt(),
      path: ['period'],
      expected: say('period-forms'),
    });
    return undefined;
  }
  const dir = dirname(source.file);
  const names = data.registers as string[];
  const { read, petitions, disputes } = await readRegisters(names.map((name) => resolve(dir, name)), bag, { skipBadRows: options.skipBadRows }, {
    petitions: new KeptRows<Petition>(),
    disputes: new KeptRows<Dispute>(),
  });
  const written = new Map<RegisterInfo, string>(read.map((r, i) => [r, names[i]]));
  if (bag.hasErrors) return undefined;
  const counted = countFigures({ petitions, disputes }, period);
  for (const kind of ['petitions', 'disputes'] as const) {
    if (counted.totals[kind] === 0) warnEmptyPeriod(kind, read.filter((r) => r.kind === kind), (r) => written.get(r) ?? r.file, period, bag, periodAt());
  }
  const { totals: _totals, ...figures } = counted;
  return figures;
}

function warnEmptyPeriod(
  kind: RegisterKind,
  registers: readonly RegisterInfo[],
  nameOf: (r: RegisterInfo) => string,
  period: Period,
  bag: DiagnosticBag,
  start: { line: number; column: number } | undefined,
): void {
  const range = (r: RegisterInfo) =>
    r.span
      ? say('empty-period.range', { register: nameOf(r), first: chineseDate(r.span.first), last: chineseDate(r.span.last) })
      : say('empty-period.no-rows', { register: nameOf(r) });
  const several = registers.length !== 1;
  bag.warn('empty-period', say('empty-period', { kind: kindName(kind), several, period: period.label, code: period.code, ranges: registers.map(range) }), {
    start,
    path: ['period'],
    hint: say('empty-period.hint', { several }),
  });
}
