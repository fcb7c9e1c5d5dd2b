import { dateKey } from '../zh/dates.js';
import type { CountedDispute, CountedPetition } from '../registers/store.js';
import type { Period } from '../zh/period.js';

/** What an empty 问题类别, 村社区 or 纠纷类别 cell is counted as. */
export const UNFILLED = '未填写';

/**
 * What one pass over a kind's rows counts for one period: every figure the statistics
 * (`gongwen stats`) and a 总结's passage state is derived from these, so that both count
 * the same way and rows are walked once however many periods (本期, 环比, 同比) are asked for.
 */
export interface PetitionTally {
  /** Rows registered in the period, 不予受理 included. */
  total: number;
  rejected: number;
  closed: number;
  collective: number;
  skipLevel: number;
  repeat: number;
  assigned: number;
  assignedReplied: number;
  /** By 信访形式, every row / the accepted ones (not 不予受理). */
  channel: Map<string, number>;
  acceptedChannel: Map<string, number>;
  /** By 问题类别, every row / the accepted ones; empty cells as 未填写, in order of first appearance. */
  category: Map<string, number>;
  acceptedCategory: Map<string, number>;
  village: Map<string, number>;
  status: Map<string, number>;
}

export interface DisputeTally<T = CountedDispute> {
  total: number;
  resolved: number;
  inProgress: number;
  /** 涉及金额 in 分, so that sums of 元 with 角 and 分 stay exact. */
  amountCents: number;
  category: Map<string, number>;
  status: Map<string, number>;
  /** The rows of the period, in the order read (only when asked for, and for the first period: a 总结 tells them). */
  rows?: T[];
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * One pass over `rows`: each row is added (`add`) to the tally of every period its date falls in
 * (first to last day, inclusive); an undefined period takes every row.
 */
function tallyInPeriods<R, T>(
  rows: Iterable<R>,
  periods: ReadonlyArray<Period | undefined>,
  dateOf: (row: R) => Parameters<typeof dateKey>[0],
  empty: (index: number) => T,
  add: (tally: T, row: R) => void,
): T[] {
  const ranges = periods.map((p) => (p ? [dateKey(p.start), dateKey(p.end)] : [-Infinity, Infinity]));
  const tallies = periods.map((_, i) => empty(i));
  for (const row of rows) {
    const k = dateKey(dateOf(row));
    for (let i = 0; i < ranges.length; i++) if (k >= ranges[i][0] && k <= ranges[i][1]) add(tallies[i], row);
  }
  return tallies;
}

function emptyPetitionTally(): PetitionTally {
  return {
    total: 0, rejected: 0, closed: 0, collective: 0, skipLevel: 0, repeat: 0, assigned: 0, assignedReplied: 0,
    channel: new Map(), acceptedChannel: new Map(), category: new Map(), acceptedCategory: new Map(), village: new Map(), status: new Map(),
  };
}

/** Counts 信访 rows for each period (by 登记日期) in one pass; undefined stands for every row. */
export function tallyPetitions(rows: Iterable<CountedPetition>, periods: ReadonlyArray<Period | undefined>): PetitionTally[] {
  return tallyInPeriods(rows, periods, (p) => p.date, () => emptyPetitionTally(), (t, p) => {
    const category = p.category ?? UNFILLED;
    t.total++;
    bump(t.channel, p.channel);
    bump(t.category, category);
    bump(t.village, p.village ?? UNFILLED);
    bump(t.status, p.status);
    if (p.status === '不予受理') t.rejected++;
    else {
      bump(t.acceptedChannel, p.channel);
      bump(t.acceptedCategory, category);
      if (p.status === '已办结') t.closed++;
    }
    // 集体访: a 来访 of 5 or more people
    if (p.channel === '来访' && (p.people ?? 1) >= 5) t.collective++;
    if (p.skipLevel) t.skipLevel++;
    if (p.repeat) t.repeat++;
    if (p.source === '上级交办') {
      t.assigned++;
      if (p.replied) t.assignedReplied++;
    }
  });
}

/**
 * Counts 矛盾纠纷 rows for each period (by 排查日期) in one pass; undefined stands for
 * every row. With `keepRows`, the first period's tally lists its rows (a 总结 tells the cases of its
 * own period; those of 环比 and 同比, only counted, are not kept).
 */
export function tallyDisputes<T extends CountedDispute>(
  rows: Iterable<T>,
  periods: ReadonlyArray<Period | undefined>,
  keepRows = false,
): Array<DisputeTally<T>> {
  const empty = (i: number): DisputeTally<T> => ({
    total: 0, resolved: 0, inProgress: 0, amountCents: 0, category: new Map(), status: new Map(), rows: keepRows && i === 0 ? [] : undefined,
  });
  return tallyInPeriods(rows, periods, (d) => d.date, empty, (t, d) => {
    t.total++;
    bump(t.category, d.category ?? UNFILLED);
    bump(t.status, d.status);
    if (d.status === '已化解') t.resolved++;
    else if (d.status === '正在化解') t.inProgress++;
    if (d.amount !== undefined) t.amountCents += Math.round(d.amount * 100);
    t.rows?.push(d);
  });
}
