import { say, type LocalText } from '../diagnostics/messages/index.js';
import type { PetitionFigures } from '../stats/figures.js';
import { formatPercent, percent } from '../zh/percent.js';
import { dict } from '../util/dict.js';

/** The figures a 总结 computes, by the names a record's text cites them with ({{办结率}}, {{受理同比}} …). */

export const PETITION_NAMES: Record<keyof PetitionFigures, string> = {
  letters: '来信', visits: '来访', online: '网上信访', phone: '电话', accepted: '受理', handled: '办理', closed: '办结',
  assigned: '上级交办', assignedReplied: '交办已回复', infoReports: '报送信息', collective: '集体访', skipLevel: '越级访', repeat: '重复访',
};

export type DisputeCount = 'found' | 'resolved' | 'inProgress' | 'unresolved';
export const DISPUTE_NAMES: Record<DisputeCount, string> = { found: '排查', resolved: '化解', inProgress: '正在化解', unresolved: '未化解' };

/** The dispute counts of a period: 排查, 化解, 正在化解, 未化解. */
export type DisputeCounts = Partial<Record<DisputeCount, number>>;

/** Written where a rate has nothing to divide by (no 受理, no 上级交办件, no dispute found). */
export const NO_RATE = '—';

/**
 * Names a record's text may use as {{办结率}} … to cite a computed figure instead of typing it.
 * A rate with nothing to divide by (no 受理, no 上级交办件, no dispute found) is "—" (`NO_RATE`);
 * {{时期}} is the period as the statistics passage writes it (二〇〇九年上半年).
 */
export function figureValues(
  p: PetitionFigures,
  dis: DisputeCounts,
  rates: { closedRate?: string; assignedReplyRate?: string; resolvedRate?: string },
  periodLabel?: string,
): Record<string, string> {
  // keyed by names a record's text cites: no prototype, so {{constructor}} names nothing
  const out = Object.create(null) as Record<string, string>;
  for (const [key, zh] of Object.entries(PETITION_NAMES)) {
    const v = p[key as keyof PetitionFigures];
    if (v !== undefined) out[zh] = String(v);
  }
  const rate = (value: string | undefined, numerator: number | undefined, denominator: number | undefined) =>
    value ?? (numerator !== undefined && denominator === 0 ? NO_RATE : undefined);
  const closedRate = rate(rates.closedRate, p.closed, p.accepted);
  const replyRate = rate(rates.assignedReplyRate, p.assignedReplied, p.assigned);
  const resolvedRate = rate(rates.resolvedRate, dis.resolved, dis.found);
  if (closedRate) out['办结率'] = closedRate;
  if (replyRate) out['交办回复率'] = replyRate;
  for (const key of ['found', 'resolved', 'inProgress', 'unresolved'] as const) {
    if (dis[key] !== undefined) out[DISPUTE_NAMES[key]] = String(dis[key]);
  }
  if (resolvedRate) out['化解率'] = resolvedRate;
  if (periodLabel) out['时期'] = periodLabel;
  return out;
}

/** Shares a text may cite: {{来信占比}} … of 受理, {{集体访占比}} … of 来访 — 占信访总量的X%. */
export const SHARES: Array<[string, keyof PetitionFigures, keyof PetitionFigures]> = [
  ['来信占比', 'letters', 'accepted'], ['来访占比', 'visits', 'accepted'], ['网上信访占比', 'online', 'accepted'], ['电话占比', 'phone', 'accepted'],
  ['集体访占比', 'collective', 'accepted'], ['越级访占比', 'skipLevel', 'accepted'], ['重复访占比', 'repeat', 'accepted'],
];

export function shareValues(p: PetitionFigures): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, part, whole] of SHARES) {
    const v = percent(p[part], p[whole]);
    if (v) out[name] = v;
  }
  return out;
}

/** Figures a text may compare with an earlier period (同期 / 上期): counts by percent, rates by points. */
const COMPARED_COUNTS: Array<[string, (f: Record<string, number | undefined>) => number | undefined]> = [
  ['受理', (f) => f.accepted], ['来信', (f) => f.letters], ['来访', (f) => f.visits], ['网上信访', (f) => f.online], ['电话', (f) => f.phone],
  ['办结', (f) => f.closed], ['集体访', (f) => f.collective], ['越级访', (f) => f.skipLevel], ['重复访', (f) => f.repeat],
  ['排查', (f) => f.found], ['化解', (f) => f.resolved],
];
/** The names {{受理同比}} {{办结率环比}} … that comparisons give, for messages. */
const COMPARISON_NAMES = [...COMPARED_COUNTS.map(([n]) => n), '办结率', '化解率'].flatMap((n) => [`${n}同比`, `${n}环比`]);

/** 上升12.5% / 下降3.2% / 持平 for counts; 上升2.3个百分点 for rates. */
function change(now: number, before: number, unit: '%' | '个百分点'): string | undefined {
  if (unit === '%') {
    if (before === 0) return undefined;
    const shown = formatPercent(Math.abs(now - before) / before);
    if (shown === '0%') return '持平';
    return `${now > before ? '上升' : '下降'}${shown}`;
  }
  const pts = Math.round((now - before) * 10) / 10;
  if (pts === 0) return '持平';
  return `${pts > 0 ? '上升' : '下降'}${Math.abs(pts)}个百分点`;
}

/**
 * {{受理同比}} → 上升12.5%, {{办结率同比}} → 上升2.3个百分点: this period's figures against the earlier
 * period the record gives (上年同期: for 同比, 上期: for 环比), under the same keys as 信访 / 矛盾纠纷.
 */
export function comparisonValues(
  p: PetitionFigures,
  dis: DisputeCounts,
  earlier: { petitions?: PetitionFigures; disputes?: DisputeCounts } | undefined,
  suffix: '同比' | '环比',
): Record<string, string> {
  if (!earlier) return {};
  const out: Record<string, string> = {};
  const before: Record<string, number | undefined> = { ...earlier.petitions, ...earlier.disputes };
  const ep = { ...(earlier.petitions ?? {}) };
  if (ep.accepted === undefined) {
    const parts = (['letters', 'visits', 'online', 'phone'] as const).filter((k) => ep[k] !== undefined);
    if (parts.length) before.accepted = parts.reduce((sum, k) => sum + (ep[k] ?? 0), 0);
  }
  const now: Record<string, number | undefined> = { ...p, ...dis };
  for (const [name, pick] of COMPARED_COUNTS) {
    const a = pick(now);
    const b = pick(before);
    if (a !== undefined && b !== undefined) {
      const c = change(a, b, '%');
      if (c) out[`${name}${suffix}`] = c;
    }
  }
  const ratio = (n?: number, d?: number) => (n !== undefined && d ? (n / d) * 100 : undefined);
  const rateNow = { 办结率: ratio(p.closed, p.accepted), 化解率: ratio(dis.resolved, dis.found) };
  const rateBefore = { 办结率: ratio(before.closed, before.accepted), 化解率: ratio(before.resolved, before.found) };
  for (const name of ['办结率', '化解率'] as const) {
    if (rateNow[name] !== undefined && rateBefore[name] !== undefined) out[`${name}${suffix}`] = change(rateNow[name]!, rateBefore[name]!, '个百分点')!;
  }
  return out;
}

/** Each rate: what it divides, for messages. */
export const RATES: Readonly<Record<string, { needs: LocalText; none: LocalText; zero: (f: { p: PetitionFigures; dis: DisputeCounts }) => boolean }>> = dict({
  办结率: { needs: say('rate.needs.closed'), none: say('rate.none.accepted'), zero: ({ p }) => p.accepted === 0 },
  交办回复率: { needs: say('rate.needs.replied'), none: say('rate.none.assigned'), zero: ({ p }) => p.assigned === 0 },
  化解率: { needs: say('rate.needs.resolved'), none: say('rate.none.found'), zero: ({ dis }) => dis.found === 0 },
});

export const OTHER_FIGURES = ['时期', '未化解', '报送信息', ...SHARES.map(([n]) => n), ...COMPARISON_NAMES];
