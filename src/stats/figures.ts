import type { DisputeCase, DisputeFigures, PetitionFigures } from '../compile/figures.js';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { dateKey, formatDate as chineseDate } from '../zh/dates.js';
import { combineRegisters } from '../registers/combine.js';
import type { Dispute, Petition, Register } from '../registers/types.js';
import { disputeStatistics, petitionStatistics, UNFILLED } from './compute.js';
import type { Period } from '../zh/period.js';
import { periodContains } from '../zh/period.js';
import { parseSteps } from './steps.js';

/**
 * What a 总结 says about a period, counted from registers:
 * - petitions (by 登记日期): 受理 `accepted` = rows not 不予受理; 来信/来访/网上/电话
 *   are counted among the accepted, so they add up to `accepted`; 办理 `handled`
 *   = `accepted` (an accepted petition is being handled or is closed); 办结
 *   `closed` = 已办结; 上级交办 `assigned` and `assignedReplied`, 集体访, 越级,
 *   重复 over every row of the period. `infoReports` (报送信息) is not in a
 *   register and stays undefined.
 * - disputes (by 排查日期): 排查 `found`, 化解 `resolved` (已化解), 正在化解
 *   `inProgress`, 未化解 `unresolved`, and every case of the period in date order, its 调处经过 read
 *   into dated steps.
 * A kind no register has gives no figures (all undefined, no cases).
 * Registers are combined as `combineRegisters` does: a 编号 repeated across
 * registers is counted once; pass `bag` to hear about it.
 */
export function figuresFromRegisters(
  registers: readonly Register[],
  period: Period,
  bag: DiagnosticBag = new DiagnosticBag(),
): { petitions: PetitionFigures; disputes: DisputeFigures } {
  const rows = combineRegisters(registers, bag);
  return {
    petitions: rows.petitions ? petitionFigures(rows.petitions, period) : {},
    disputes: rows.disputes ? disputeFigures(rows.disputes, period) : { cases: [] },
  };
}

export function petitionFigures(rows: readonly Petition[], period: Period): PetitionFigures {
  const s = petitionStatistics(rows, period);
  const accepted = { 来信: 0, 来访: 0, 网上信访: 0, 电话: 0 };
  for (const p of rows) if (p.status !== '不予受理' && periodContains(period, p.date)) accepted[p.channel]++;
  return {
    letters: accepted.来信,
    visits: accepted.来访,
    online: accepted.网上信访,
    phone: accepted.电话,
    accepted: s.accepted,
    handled: s.accepted,
    closed: s.closed,
    assigned: s.assigned,
    assignedReplied: s.assigned_replied,
    collective: s.collective,
    skipLevel: s.skip_level,
    repeat: s.repeat,
  };
}

export function disputeFigures(rows: readonly Dispute[], period: Period): DisputeFigures {
  const s = disputeStatistics(rows, period);
  const cases = rows
    .filter((d) => periodContains(period, d.date))
    .sort((a, b) => dateKey(a.date) - dateKey(b.date) || a.line - b.line)
    .map(disputeCase);
  return { found: s.total, resolved: s.resolved, inProgress: s.in_progress, unresolved: s.by_status['未化解'] ?? 0, cases };
}

/**
 * 受理 petitions of a period (not 不予受理) by 问题类别, most first (ties in order of
 * first appearance), empty cells as 未填写: what a 总结's statistics table counts, so
 * that it adds up to the 受理 of its statistics passage.
 */
export function acceptedByCategory(rows: readonly Petition[], period: Period): Record<string, number> {
  const counts = new Map<string, number>();
  for (const p of rows) {
    if (p.status === '不予受理' || !periodContains(period, p.date)) continue;
    const key = p.category ?? UNFILLED;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...counts.entries()].sort((a, b) => b[1] - a[1]));
}

/** A register row as a 总结 tells it. */
export function disputeCase(d: Dispute): DisputeCase {
  const c: DisputeCase = {
    id: d.id,
    date: chineseDate(d.date),
    summary: d.summary ?? '',
    steps: parseSteps(d.steps),
    status: d.status,
  };
  if (d.place) c.place = d.place;
  if (d.parties.length > 0) c.parties = d.parties;
  if (d.category) c.category = d.category;
  if (d.mediators.length > 0) c.mediators = d.mediators;
  if (d.outcome) c.outcome = d.outcome;
  if (d.amount !== undefined) c.amount = d.amount;
  if (d.leader) c.leader = d.leader;
  return c;
}
