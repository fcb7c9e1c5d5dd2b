import { dateKey } from '../zh/dates.js';
import type { RowList } from '../registers/store.js';
import type { CalendarDate } from '../registers/types.js';
import type { DisputeStatistics, PetitionStatistics, RegisterRows, Statistics } from './compute.js';
import { disputeStatisticsOf, petitionStatisticsOf } from './compute.js';
import { tallyDisputes, tallyPetitions } from './tally.js';
import type { Period } from '../zh/period.js';
import { periodJson, previousPeriod, samePeriodLastYear } from '../zh/period.js';

export interface Change {
  /** This period less the other. */
  delta: number;
  /** delta / the other period's figure; null when that is 0. */
  rate: number | null;
}

/** Another period's figures beside this one's (环比 or 同比). */
export interface Comparison {
  period: ReturnType<typeof periodJson>;
  /** Null when no petition register covers the period. */
  petitions: PetitionStatistics | null;
  /** Null when no dispute register covers the period. */
  disputes: DisputeStatistics | null;
  change: {
    petitions: { total: Change; accepted: Change; closed: Change } | null;
    disputes: { total: Change; resolved: Change; in_progress: Change; amount_total: Change } | null;
  };
}

export interface StatisticsReport extends Statistics {
  /** 环比: the period before; null when no register covers it (or no --period was given). */
  previous: Comparison | null;
  /** 同比: the same period of last year; null when no register covers it. */
  same_period_last_year: Comparison | null;
}

function change(now: number, before: number): Change {
  const delta = Math.round((now - before) * 100) / 100;
  return { delta, rate: before === 0 ? null : delta / before };
}

/**
 * A register covers a period when its rows reach into it: its first date is on
 * or before the period's last day and its last date on or after its first day.
 */
export function covers(rows: RowList<{ date: CalendarDate }> | undefined, p: Period): boolean {
  if (!rows || rows.length === 0) return false;
  let span = rows.dateSpan?.();
  if (!span) {
    let first = Infinity;
    let last = -Infinity;
    for (const r of rows) {
      const k = dateKey(r.date);
      if (k < first) first = k;
      if (k > last) last = k;
    }
    span = { first, last };
  }
  return span.first <= dateKey(p.end) && span.last >= dateKey(p.start);
}

function comparison(
  other: Period,
  petitions: PetitionStatistics | null,
  disputes: DisputeStatistics | null,
  current: Statistics,
): Comparison | null {
  if (!petitions && !disputes) return null;
  const p = current.petitions;
  const d = current.disputes;
  return {
    period: periodJson(other),
    petitions,
    disputes,
    change: {
      petitions: petitions && p ? {
        total: change(p.total, petitions.total),
        accepted: change(p.accepted, petitions.accepted),
        closed: change(p.closed, petitions.closed),
      } : null,
      disputes: disputes && d ? {
        total: change(d.total, disputes.total),
        resolved: change(d.resolved, disputes.resolved),
        in_progress: change(d.in_progress, disputes.in_progress),
        amount_total: change(d.amount_total, disputes.amount_total),
      } : null,
    },
  };
}

/**
 * Counts a kind's rows for the periods a report shows, in one pass (`tally`): the period itself,
 * then 环比 (the period before) and 同比 (the same period a year before) — each only where the rows
 * reach into it (`covers`), undefined otherwise. No row list: nothing is counted.
 */
export function countReportPeriods<T>(
  rows: RowList<{ date: CalendarDate }> | undefined,
  period: Period,
  tally: (periods: Period[]) => T[],
): [T | undefined, T | undefined, T | undefined] {
  if (!rows) return [undefined, undefined, undefined];
  const shifted = (other: () => Period | undefined) => {
    const p = period.kind === 'all' ? undefined : other();
    return p && covers(rows, p) ? p : undefined;
  };
  const periods = [period, shifted(() => previousPeriod(period)), shifted(() => samePeriodLastYear(period))];
  const asked = periods.filter((x): x is Period => x !== undefined);
  const counted = tally(asked);
  const [now, before, lastYear] = periods.map((x) => (x ? counted[asked.indexOf(x)] : undefined));
  return [now, before, lastYear];
}

/** The statistics of a period with 环比 and 同比 where the registers cover those periods; each kind's rows are walked once. */
export function computeReport(rows: RegisterRows, period: Period): StatisticsReport {
  const p = countReportPeriods(rows.petitions, period, (ps) => tallyPetitions(rows.petitions!, ps).map(petitionStatisticsOf));
  const d = countReportPeriods(rows.disputes, period, (ps) => tallyDisputes(rows.disputes!, ps).map(disputeStatisticsOf));
  const current: Statistics = { period: periodJson(period), petitions: p[0] ?? null, disputes: d[0] ?? null };
  const other = (i: 1 | 2, shifted: Period | undefined) => (shifted ? comparison(shifted, p[i] ?? null, d[i] ?? null, current) : null);
  return {
    ...current,
    previous: other(1, period.kind === 'all' ? undefined : previousPeriod(period)),
    same_period_last_year: other(2, period.kind === 'all' ? undefined : samePeriodLastYear(period)),
  };
}
