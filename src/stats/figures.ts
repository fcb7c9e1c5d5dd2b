/**
 * The figures a 总结 states about petitions (信访) and disputes (矛盾纠纷). They are typed in a
 * record, or counted from registers (台账) by `countFigures`; either way a summary's statistics
 * passage and dispute list are written from these.
 */
import { formatDate as chineseDate, dateKey } from '../zh/dates.js';
import type { RowList } from '../registers/store.js';
import type { Dispute, Petition } from '../registers/types.js';
import { countReportPeriods } from './compare.js';
import type { Period } from '../zh/period.js';
import { parseSteps } from './steps.js';
import { tallyDisputes, tallyPetitions, type DisputeTally, type PetitionTally } from './tally.js';

export interface PetitionFigures {
  /** 来信 */
  letters?: number;
  /** 来访 */
  visits?: number;
  /** 网上信访 */
  online?: number;
  /** 电话 */
  phone?: number;
  /** 受理 (= 来信 + 来访 + 网上 + 电话 when all parts are given) */
  accepted?: number;
  /** 办理 */
  handled?: number;
  /** 办结 */
  closed?: number;
  /** 上级交办件 */
  assigned?: number;
  /** 上级交办件 already replied to */
  assignedReplied?: number;
  /** 报送信访信息 (条) */
  infoReports?: number;
  /** 集体访 (来访 of 5 people or more) */
  collective?: number;
  /** 越级访 */
  skipLevel?: number;
  /** 重复访 */
  repeat?: number;
}

export interface DisputeStep {
  /** As printed, e.g. "2009年2月5日" or "2月5日". */
  date?: string;
  text: string;
}

export interface DisputeCase {
  id?: string;
  date?: string;
  place?: string;
  parties?: string[];
  category?: string;
  /** 简要情况: what happened. */
  summary: string;
  /** 调处单位 */
  mediators?: string[];
  /** 调处经过, dated steps. */
  steps: DisputeStep[];
  /** 调处结果 / agreement. */
  outcome?: string;
  /** 涉及金额, 元 */
  amount?: number;
  /** 已化解 / 正在化解 / 未化解 */
  status?: string;
  /** 包案领导 */
  leader?: string;
}

export interface DisputeFigures {
  /** 排查 */
  found?: number;
  /** 化解 */
  resolved?: number;
  /** 正在化解 */
  inProgress?: number;
  /** 未化解 (排查 = 化解 + 正在化解 + 未化解) */
  unresolved?: number;
  cases: DisputeCase[];
}

/** What registers give a 总结 for its period, with the period before and a year before where they reach. */
export interface CountedFigures {
  petitions: PetitionFigures;
  disputes: DisputeFigures;
  /** 问题类别 → 受理 petitions (不予受理 left out), most first: a statistics table that adds up to 受理. */
  petitionsByCategory?: Record<string, number>;
  /** 纠纷类别 → disputes found (排查), most first. */
  disputesByCategory?: Record<string, number>;
  lastYear?: { petitions?: PetitionFigures; disputes?: Partial<DisputeFigures> };
  previous?: { petitions?: PetitionFigures; disputes?: Partial<DisputeFigures> };
  /** Rows of the period by kind (every status); undefined for a kind no register has. */
  totals: { petitions?: number; disputes?: number };
}

/** Most frequent first; ties keep the order of first appearance. */
function ordered(map: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...map.entries()].sort((a, b) => b[1] - a[1]));
}

/**
 * A 总结's petition figures (by 登记日期): 受理 `accepted` = rows not 不予受理, and 来信/来访/网上/电话
 * among them, so that they add up to `accepted`; 办理 `handled` = `accepted` (an accepted petition is
 * being handled or is closed); 办结 `closed` = 已办结; 上级交办, 集体访, 越级, 重复 over every row of the
 * period. `infoReports` (报送信息) is in no register and stays undefined.
 */
export function petitionFigures(t: PetitionTally): PetitionFigures {
  const accepted = t.total - t.rejected;
  const by = (channel: string) => t.acceptedChannel.get(channel) ?? 0;
  return {
    letters: by('来信'), visits: by('来访'), online: by('网上信访'), phone: by('电话'),
    accepted, handled: accepted, closed: t.closed,
    assigned: t.assigned, assignedReplied: t.assignedReplied,
    collective: t.collective, skipLevel: t.skipLevel, repeat: t.repeat,
  };
}

/**
 * A 总结's dispute figures (by 排查日期): 排查 `found`, 化解 `resolved` (已化解), 正在化解 `inProgress`,
 * 未化解 `unresolved`, and — when the tally kept them — every case of the period in date order,
 * its 调处经过 read into dated steps.
 */
export function disputeFigures(t: DisputeTally<Dispute>): DisputeFigures {
  const cases = (t.rows ?? []).slice().sort((a, b) => dateKey(a.date) - dateKey(b.date) || a.line - b.line).map(disputeCase);
  return { ...disputeCounts(t), cases };
}

function disputeCounts(t: DisputeTally<Dispute>): Omit<DisputeFigures, 'cases'> {
  return { found: t.total, resolved: t.resolved, inProgress: t.inProgress, unresolved: t.status.get('未化解') ?? 0 };
}

/**
 * Counts what a 总结 states from register rows: the figures of `period`, its tables by category,
 * and those of the period before and a year before where the rows reach into them. Each kind's
 * rows are walked once for all three periods. A kind without rows (undefined) gives no figures.
 */
export function countFigures(
  rows: { petitions?: RowList<Petition>; disputes?: RowList<Dispute> },
  period: Period,
): CountedFigures {
  const p = countReportPeriods(rows.petitions, period, (ps) => tallyPetitions(rows.petitions!, ps));
  const d = countReportPeriods(rows.disputes, period, (ps) => tallyDisputes(rows.disputes!, ps, true));
  const shifted = (i: 1 | 2) => {
    const petitions = p[i] ? petitionFigures(p[i]!) : undefined;
    const disputes = d[i] ? disputeCounts(d[i]!) : undefined;
    return petitions || disputes ? { petitions, disputes } : undefined;
  };
  return {
    petitions: p[0] ? petitionFigures(p[0]) : {},
    disputes: d[0] ? disputeFigures(d[0]) : { cases: [] },
    petitionsByCategory: p[0] ? ordered(p[0].acceptedCategory) : undefined,
    disputesByCategory: d[0] ? ordered(d[0].category) : undefined,
    previous: shifted(1),
    lastYear: shifted(2),
    totals: { petitions: p[0]?.total, disputes: d[0]?.total },
  };
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
