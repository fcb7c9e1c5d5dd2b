import { dateKey } from '../zh/dates.js';
import type { CountedDispute, CountedPetition, RowList } from '../registers/store.js';
import type { CalendarDate } from '../registers/types.js';
import { CHANNELS, DISPUTE_STATUSES, PETITION_STATUSES } from '../registers/types.js';
import type { Period } from '../zh/period.js';
import { periodJson } from '../zh/period.js';

/** The rows statistics are counted over; a kind is undefined when no register of it was given. */
export interface RegisterRows {
  petitions?: RowList<CountedPetition>;
  disputes?: RowList<CountedDispute>;
}

export type Counts = Record<string, number>;

/**
 * 信访 figures of a period. Definitions (the issue leaves some open):
 * - a petition belongs to the period of its 登记日期;
 * - `total`: every row registered in the period, 不予受理 included;
 * - `accepted` (受理): `total` less 不予受理; every accepted petition is being handled (办理);
 * - `closed` (办结): 办理状态 已办结; `closed_rate` = closed / accepted (null when nothing was accepted);
 * - `collective` (集体访): 来访 of 5 or more people; `skip_level`, `repeat`: rows marked 是;
 * - `assigned`: 来源 上级交办; `assigned_replied`: of those, 是否回复 是;
 *   `assigned_reply_rate` = assigned_replied / assigned (null when none was assigned);
 * - `by_channel` and `by_status` list every value, 0 included; `by_category` and
 *   `by_village` the values as written, most frequent first, empty cells as 未填写.
 */
export interface PetitionStatistics {
  total: number;
  accepted: number;
  by_channel: Counts;
  by_category: Counts;
  by_village: Counts;
  by_status: Counts;
  collective: number;
  skip_level: number;
  repeat: number;
  assigned: number;
  assigned_replied: number;
  closed: number;
  closed_rate: number | null;
  assigned_reply_rate: number | null;
}

/**
 * 矛盾纠纷 figures of a period: a dispute belongs to the period of its 排查日期
 * (排查 = `total`); `resolved` = 已化解, `in_progress` = 正在化解;
 * `resolved_rate` = resolved / total (null when none); `amount_total` in 元.
 */
export interface DisputeStatistics {
  total: number;
  by_category: Counts;
  by_status: Counts;
  resolved: number;
  in_progress: number;
  resolved_rate: number | null;
  amount_total: number;
}

export interface Statistics {
  period: ReturnType<typeof periodJson>;
  /** Null when no 信访登记 register was given. */
  petitions: PetitionStatistics | null;
  /** Null when no 矛盾纠纷 register was given. */
  disputes: DisputeStatistics | null;
}

export const UNFILLED = '未填写';

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Most frequent first; ties keep the order of first appearance. */
function ordered(map: Map<string, number>): Counts {
  // fromEntries defines each key as an own property: a value such as "__proto__" is a key like any other.
  return Object.fromEntries([...map.entries()].sort((a, b) => b[1] - a[1]));
}

function fixed(keys: readonly string[], map: Map<string, number>): Counts {
  const out: Counts = {};
  for (const k of keys) out[k] = map.get(k) ?? 0;
  return out;
}

function inPeriod(period: Period | undefined): (d: CalendarDate) => boolean {
  if (!period) return () => true;
  const from = dateKey(period.start);
  const to = dateKey(period.end);
  return (d) => {
    const k = d.year * 10_000 + d.month * 100 + d.day;
    return k >= from && k <= to;
  };
}

export function petitionStatistics(rows: RowList<CountedPetition>, period?: Period): PetitionStatistics {
  const within = inPeriod(period);
  const channel = new Map<string, number>();
  const category = new Map<string, number>();
  const village = new Map<string, number>();
  const status = new Map<string, number>();
  let total = 0, rejected = 0, collective = 0, skipLevel = 0, repeat = 0, assigned = 0, assignedReplied = 0, closed = 0;
  for (const p of rows) {
    if (!within(p.date)) continue;
    total++;
    bump(channel, p.channel);
    bump(category, p.category ?? UNFILLED);
    bump(village, p.village ?? UNFILLED);
    bump(status, p.status);
    if (p.status === '不予受理') rejected++;
    else if (p.status === '已办结') closed++;
    if (p.channel === '来访' && (p.people ?? 1) >= 5) collective++;
    if (p.skipLevel) skipLevel++;
    if (p.repeat) repeat++;
    if (p.source === '上级交办') {
      assigned++;
      if (p.replied) assignedReplied++;
    }
  }
  const accepted = total - rejected;
  return {
    total,
    accepted,
    by_channel: fixed(CHANNELS, channel),
    by_category: ordered(category),
    by_village: ordered(village),
    by_status: fixed(PETITION_STATUSES, status),
    collective,
    skip_level: skipLevel,
    repeat,
    assigned,
    assigned_replied: assignedReplied,
    closed,
    closed_rate: ratio(closed, accepted),
    assigned_reply_rate: ratio(assignedReplied, assigned),
  };
}

export function disputeStatistics(rows: RowList<CountedDispute>, period?: Period): DisputeStatistics {
  const within = inPeriod(period);
  const category = new Map<string, number>();
  const status = new Map<string, number>();
  let total = 0, resolved = 0, inProgress = 0, amountCents = 0;
  for (const d of rows) {
    if (!within(d.date)) continue;
    total++;
    bump(category, d.category ?? UNFILLED);
    bump(status, d.status);
    if (d.status === '已化解') resolved++;
    else if (d.status === '正在化解') inProgress++;
    if (d.amount !== undefined) amountCents += Math.round(d.amount * 100);
  }
  return {
    total,
    by_category: ordered(category),
    by_status: fixed(DISPUTE_STATUSES, status),
    resolved,
    in_progress: inProgress,
    resolved_rate: ratio(resolved, total),
    amount_total: amountCents / 100,
  };
}

/** Counts the rows of a period; a kind with no register (undefined rows) gives null. */
export function computeStatistics(rows: RegisterRows, period: Period): Statistics {
  return {
    period: periodJson(period),
    petitions: rows.petitions ? petitionStatistics(rows.petitions, period) : null,
    disputes: rows.disputes ? disputeStatistics(rows.disputes, period) : null,
  };
}
