import { dateKey } from '../zh/dates.js';
import type { RowList } from '../registers/store.js';
import type { CalendarDate } from '../registers/types.js';
import type { DisputeStatistics, PetitionStatistics, RegisterRows, Statistics } from './compute.js';
import { computeStatistics, disputeStatistics, petitionStatistics } from './compute.js';
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

export function compareWith(rows: RegisterRows, current: Statistics, other: Period | undefined): Comparison | null {
  if (!other) return null;
  const petitions = rows.petitions && covers(rows.petitions, other) ? petitionStatistics(rows.petitions, other) : null;
  const disputes = rows.disputes && covers(rows.disputes, other) ? disputeStatistics(rows.disputes, other) : null;
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

/** The statistics of a period with 环比 and 同比 where the registers cover those periods. */
export function computeReport(rows: RegisterRows, period: Period): StatisticsReport {
  const current = computeStatistics(rows, period);
  return {
    ...current,
    previous: period.kind === 'all' ? null : compareWith(rows, current, previousPeriod(period)),
    same_period_last_year: period.kind === 'all' ? null : compareWith(rows, current, samePeriodLastYear(period)),
  };
}
