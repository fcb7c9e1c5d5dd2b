import type { CountedDispute, CountedPetition, RowList } from '../registers/store.js';
import { CHANNELS, DISPUTE_STATUSES, PETITION_STATUSES } from '../registers/types.js';
import { periodJson } from '../zh/period.js';
import type { DisputeTally, PetitionTally } from './tally.js';

/** The rows statistics are counted over; a kind is undefined when no register of it was given. */
export interface RegisterRows {
  petitions?: RowList<CountedPetition>;
  disputes?: RowList<CountedDispute>;
}

export type Counts = Record<string, number>;

/**
 * 信访 figures of a period, as `gongwen stats --format json` prints them (snake_case keys: that
 * output is read by people's scripts, and the README lists it). Definitions:
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

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
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

/** The 信访 statistics of a tally (the JSON `gongwen stats` prints keeps its snake_case keys). */
export function petitionStatisticsOf(t: PetitionTally): PetitionStatistics {
  const accepted = t.total - t.rejected;
  return {
    total: t.total,
    accepted,
    by_channel: fixed(CHANNELS, t.channel),
    by_category: ordered(t.category),
    by_village: ordered(t.village),
    by_status: fixed(PETITION_STATUSES, t.status),
    collective: t.collective,
    skip_level: t.skipLevel,
    repeat: t.repeat,
    assigned: t.assigned,
    assigned_replied: t.assignedReplied,
    closed: t.closed,
    closed_rate: ratio(t.closed, accepted),
    assigned_reply_rate: ratio(t.assignedReplied, t.assigned),
  };
}

export function disputeStatisticsOf<T extends CountedDispute>(t: DisputeTally<T>): DisputeStatistics {
  return {
    total: t.total,
    by_category: ordered(t.category),
    by_status: fixed(DISPUTE_STATUSES, t.status),
    resolved: t.resolved,
    in_progress: t.inProgress,
    resolved_rate: ratio(t.resolved, t.total),
    amount_total: t.amountCents / 100,
  };
}
