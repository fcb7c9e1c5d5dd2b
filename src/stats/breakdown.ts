import { DISPUTE_COLUMNS, fieldOfColumn, PETITION_COLUMNS } from '../registers/columns.js';
import type { CountedDispute, CountedPetition } from '../registers/store.js';
import type { CalendarDate } from '../registers/types.js';
import type { RegisterRows } from './compute.js';
import { UNFILLED } from './tally.js';
import type { Period } from '../zh/period.js';
import { periodContains } from '../zh/period.js';

type PetitionKey = 'channel' | 'category' | 'village' | 'status' | 'source' | 'petitioner' | 'month' | 'quarter';
type DisputeKey = 'category' | 'status' | 'place' | 'leader' | 'month' | 'quarter';

export interface ByField {
  /** As the user wrote it. */
  name: string;
  petitions?: PetitionKey;
  disputes?: DisputeKey;
}

const PETITION_KEYS: readonly PetitionKey[] = ['channel', 'category', 'village', 'status', 'source', 'petitioner'];
const DISPUTE_KEYS: readonly DisputeKey[] = ['category', 'status', 'place', 'leader'];
const TIME = new Map<string, 'month' | 'quarter'>([['month', 'month'], ['月', 'month'], ['月份', 'month'], ['quarter', 'quarter'], ['季度', 'quarter']]);

export const BY_FIELDS =
  'channel (信访形式), category (问题类别/纠纷类别), village (村社区), status (办理状态/化解状态), source (来源), petitioner (信访人), place (地点), leader (包案领导), month (月份), quarter (季度)';

/**
 * How a table heads a grouping, in Chinese whatever `--by` was given as: 月份, 季度,
 * or the column's name in that kind of register (category → 问题类别 / 纠纷类别).
 */
export function byFieldLabel(by: ByField, kind: 'petitions' | 'disputes'): string {
  const key = kind === 'petitions' ? by.petitions : by.disputes;
  if (key === 'month') return '月份';
  if (key === 'quarter') return '季度';
  if (!key) return by.name;
  return kind === 'petitions' ? PETITION_COLUMNS[key as keyof typeof PETITION_COLUMNS][0] : DISPUTE_COLUMNS[key as keyof typeof DISPUTE_COLUMNS][0];
}

/** Every month (2009-01 …) or quarter (2009Q1 …) a period touches, in order. */
export function timeKeys(kind: 'month' | 'quarter', period: Period): string[] {
  const keys: string[] = [];
  let year = period.start.year;
  let month = period.start.month;
  const last = period.end.year * 12 + period.end.month;
  while (year * 12 + month <= last) {
    const key = timeKey(kind, { year, month, day: 1 });
    if (keys[keys.length - 1] !== key) keys.push(key);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return keys;
}

/** Which field `--by` names, in either kind of register; undefined when neither has it. */
export function resolveByField(text: string): ByField | undefined {
  const name = text.trim();
  const time = TIME.get(name.toLowerCase());
  if (time) return { name, petitions: time, disputes: time };
  const p = fieldOfColumn('petitions', name);
  const d = fieldOfColumn('disputes', name);
  const by: ByField = { name };
  if (p && (PETITION_KEYS as readonly string[]).includes(p)) by.petitions = p as PetitionKey;
  if (d && (DISPUTE_KEYS as readonly string[]).includes(d)) by.disputes = d as DisputeKey;
  return by.petitions || by.disputes ? by : undefined;
}

export interface PetitionGroup { total: number; accepted: number; closed: number; closed_rate: number | null }
export interface DisputeGroup { total: number; resolved: number; in_progress: number; resolved_rate: number | null; amount_total: number }

export interface Breakdown {
  field: string;
  /** Null when the field is not a petition column or no petition register was given. */
  petitions: Record<string, PetitionGroup> | null;
  disputes: Record<string, DisputeGroup> | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function timeKey(kind: 'month' | 'quarter', d: CalendarDate): string {
  return kind === 'month' ? `${d.year}-${pad(d.month)}` : `${d.year}Q${Math.floor((d.month - 1) / 3) + 1}`;
}

function petitionKey(p: CountedPetition, key: PetitionKey): string {
  if (key === 'month' || key === 'quarter') return timeKey(key, p.date);
  return p[key] ?? UNFILLED;
}

function disputeKey(d: CountedDispute, key: DisputeKey): string {
  if (key === 'month' || key === 'quarter') return timeKey(key, d.date);
  return d[key] ?? UNFILLED;
}

function order<T extends { total: number }>(groups: Map<string, T>, chronological: boolean): Record<string, T> {
  const entries = [...groups.entries()];
  if (chronological) entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  else entries.sort((a, b) => b[1].total - a[1].total);
  return Object.fromEntries(entries);
}

/** The period's rows grouped by a field, with the main counts of each group. */
export function breakdownBy(rows: RegisterRows, by: ByField, period: Period): Breakdown {
  let petitions: Breakdown['petitions'] = null;
  let disputes: Breakdown['disputes'] = null;
  if (by.petitions && rows.petitions) {
    const groups = new Map<string, PetitionGroup>();
    // By month or quarter, every one of the period is listed, an empty one as 0.
    if (by.petitions === 'month' || by.petitions === 'quarter') {
      for (const k of timeKeys(by.petitions, period)) groups.set(k, { total: 0, accepted: 0, closed: 0, closed_rate: null });
    }
    for (const p of rows.petitions) {
      if (!periodContains(period, p.date)) continue;
      const k = petitionKey(p, by.petitions);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { total: 0, accepted: 0, closed: 0, closed_rate: null }));
      g.total++;
      if (p.status !== '不予受理') g.accepted++;
      if (p.status === '已办结') g.closed++;
    }
    for (const g of groups.values()) g.closed_rate = g.accepted === 0 ? null : g.closed / g.accepted;
    petitions = order(groups, by.petitions === 'month' || by.petitions === 'quarter');
  }
  if (by.disputes && rows.disputes) {
    const groups = new Map<string, DisputeGroup>();
    const cents = new Map<string, number>();
    if (by.disputes === 'month' || by.disputes === 'quarter') {
      for (const k of timeKeys(by.disputes, period)) groups.set(k, { total: 0, resolved: 0, in_progress: 0, resolved_rate: null, amount_total: 0 });
    }
    for (const d of rows.disputes) {
      if (!periodContains(period, d.date)) continue;
      const k = disputeKey(d, by.disputes);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { total: 0, resolved: 0, in_progress: 0, resolved_rate: null, amount_total: 0 }));
      g.total++;
      if (d.status === '已化解') g.resolved++;
      if (d.status === '正在化解') g.in_progress++;
      if (d.amount !== undefined) cents.set(k, (cents.get(k) ?? 0) + Math.round(d.amount * 100));
    }
    for (const [k, g] of groups) {
      g.resolved_rate = g.total === 0 ? null : g.resolved / g.total;
      g.amount_total = (cents.get(k) ?? 0) / 100;
    }
    disputes = order(groups, by.disputes === 'month' || by.disputes === 'quarter');
  }
  return { field: by.name, petitions, disputes };
}
