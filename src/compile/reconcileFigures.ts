import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag, KeyPath, Position } from '../diagnostics/diagnostic.js';
import type { RecordOf } from '../records/schema/index.js';
import { formatDate, formatDateTime, parseDate, type DateParts, type DateStyle } from '../zh/dates.js';
import type { DisputeCase, DisputeFigures, PetitionFigures } from '../stats/figures.js';
import { DISPUTE_NAMES, PETITION_NAMES, type DisputeCount, type DisputeCounts } from './summaryValues.js';

/**
 * A 总结's figures typed in the record and counted from registers, made one set: where both give a
 * figure they must agree, and parts must add up to their totals (来信 + 来访 = 受理, 化解 + 正在化解 +
 * 未化解 = 排查); a message says where each number came from.
 */

/** Where a message about a key of the record points. */
export type Locate = (path: KeyPath) => { start?: Position; path: KeyPath };

type From = 'record' | 'registers';
/** Where a figure came from, as a message says it (figure-term): a figure not counted was typed. */
const fromWord = (f: From | undefined): 'record' | 'registers' => (f === 'registers' ? 'registers' : 'record');

const CHANNELS = ['letters', 'visits', 'online', 'phone'] as const;

/** The petition figures: the registers' counts, each typed figure over them (a disagreement is an error). */
export function reconcilePetitions(typed: PetitionFigures, counted: PetitionFigures, at: Locate, bag: DiagnosticBag): PetitionFigures {
  const p: PetitionFigures = { ...counted };
  const from: Partial<Record<keyof PetitionFigures, From>> = {};
  for (const key of Object.keys(counted) as Array<keyof PetitionFigures>) if (counted[key] !== undefined) from[key] = 'registers';
  const mismatched = new Set<string>();
  for (const [key, value] of Object.entries(typed) as Array<[keyof PetitionFigures, number]>) {
    const fromRegister = counted[key];
    if (fromRegister !== undefined && fromRegister !== value) {
      bag.error('register-mismatch', say('register-mismatch', { figure: PETITION_NAMES[key], typed: value, counted: fromRegister }), at(['petitions', key]));
      mismatched.add(key);
    }
    p[key] = value;
    from[key] = 'record';
  }
  const parts = CHANNELS.filter((k) => p[k] !== undefined);
  const partsSum = parts.reduce((s, k) => s + (p[k] ?? 0), 0);
  // A part that disagrees with the registers is reported above; its sum would only say it again.
  if (parts.length && p.accepted !== undefined && partsSum !== p.accepted && ![...parts, 'accepted'].some((k) => mismatched.has(k))) {
    const allTyped = [...parts, 'accepted' as const].every((k) => from[k] === 'record');
    const tag = (k: keyof PetitionFigures) => (allTyped ? '' : fromWord(from[k]));
    const total = say('total-mismatch.total', { name: say('figure-name', { name: '受理', key: 'accepted' }), value: p.accepted, from: tag('accepted') });
    const terms = parts.map((k) => say('figure-term', { name: PETITION_NAMES[k], value: p[k] ?? 0, from: tag(k) }));
    bag.error('total-mismatch', say('total-mismatch', { total, terms, result: partsSum, allTyped }), {
      ...at(['petitions', 'accepted']),
      expected: say('total-mismatch.parts'),
    });
  }
  if (p.accepted === undefined && parts.length) p.accepted = partsSum;
  // 办结 within 办理 as well as within 受理 (the 总结's sentence says 办理19件，办结20件 otherwise); a part is said once
  const exceeding = new Set<keyof PetitionFigures>();
  for (const [k, total] of [['handled', 'accepted'], ['closed', 'handled'], ['closed', 'accepted'], ['assignedReplied', 'assigned']] as const) {
    const part = p[k];
    const whole = p[total];
    if (part !== undefined && whole !== undefined && part > whole && !exceeding.has(k)) {
      exceeding.add(k);
      bag.error('count-exceeds-total', say('count-exceeds-total', { part: PETITION_NAMES[k], value: part, total: PETITION_NAMES[total], totalValue: whole }), at(['petitions', k]));
    }
  }
  return p;
}

type TypedDisputes = NonNullable<RecordOf<'summary'>['disputes']>;

/** The disputes of a 总结 once reconciled: the counts, the cases to narrate, and whether those are only typical ones. */
export interface Disputes {
  counts: DisputeCounts;
  cases: DisputeCase[];
  /** The cases listed are typical cases (典型案例) of more found. */
  typical: boolean;
}

/** Whether a step is dated in its case's year, both typed with one. */
const sameYear = (step: DateParts, date: DateParts | undefined) => step.year !== undefined && step.year === date?.year;

/** The cases to narrate, with their dates as the record's date style writes them: typed, else the registers' rows. */
function disputeCases(typed: TypedDisputes, counted: DisputeFigures | undefined, style: DateStyle): DisputeCase[] {
  const caseDate = (text: string | undefined) => {
    if (!text || style !== 'chinese') return text;
    const parts = parseDate(text);
    return parts ? formatDate(parts, style) : text;
  };
  // a case's date and its steps' dates keep a time of day typed with them (2024年3月12日上午)
  const typedCases = typed.cases?.map(
    (c): DisputeCase => ({
      ...c,
      date: c.date ? formatDateTime(c.date, style) : undefined,
      // (a step in the case's year says its month and day only, as seed 002 writes them: 1.2009年1月24日，…。1月25日，…)
      steps: (c.steps ?? []).map((s) => ({ date: s.date ? formatDateTime(sameYear(s.date, c.date) ? { ...s.date, year: undefined } : s.date, style) : undefined, text: s.text })),
    }),
  );
  // (the dates its steps begin with too: 二〇二五年七月三日 … 七月五日, never 7月5日 in a case written in Chinese numerals)
  return typedCases ?? counted?.cases.map((c) => ({ ...c, date: caseDate(c.date), steps: c.steps.map((s) => ({ ...s, date: caseDate(s.date) })) })) ?? [];
}

const COUNTS: readonly DisputeCount[] = ['found', 'resolved', 'inProgress', 'unresolved'];

/** The dispute figures: typed, counted, checked against each other and against the cases listed. */
export function reconcileDisputes(typed: TypedDisputes, counted: DisputeFigures | undefined, style: DateStyle, at: Locate, bag: DiagnosticBag): Disputes {
  const cases = disputeCases(typed, counted, style);
  const dis: DisputeCounts = {};
  const from: Partial<Record<DisputeCount, From>> = {};
  const mismatched = new Set<DisputeCount>();
  for (const key of COUNTS) {
    const t = typed[key];
    const c = counted?.[key];
    if (t !== undefined && c !== undefined && t !== c) {
      bag.error('register-mismatch', say('register-mismatch', { figure: DISPUTE_NAMES[key], typed: t, counted: c }), at(['disputes', key]));
      mismatched.add(key);
    }
    dis[key] = t ?? c;
    from[key] = t !== undefined ? 'record' : c !== undefined ? 'registers' : undefined;
  }
  // Listed cases are all the cases when the record says so (全部列出: true), when they come from
  // registers, or when no total is typed; otherwise they are typical cases (典型案例) under the
  // record's own totals, and only the totals are checked against each other.
  const fromRegisterRows = !typed.cases?.length && !!counted?.cases.length;
  const noTotals = COUNTS.every((k) => dis[k] === undefined);
  const allListed = typed.complete === true || fromRegisterRows || noTotals || (cases.length > 0 && cases.length === dis.found);
  if (allListed) countFromCases(dis, cases);
  // a total left out is computed from its parts: 化解 + 正在化解 (+ 未化解) = 排查
  if (dis.found === undefined && dis.resolved !== undefined && dis.inProgress !== undefined) {
    dis.found = dis.resolved + dis.inProgress + (dis.unresolved ?? 0);
    from.found = from.resolved;
  }
  if (!COUNTS.some((k) => mismatched.has(k))) checkDisputeTotal(dis, from, at, bag);
  const listed = typed.cases?.length ?? 0;
  checkListed(listed, typed.complete === true, dis.found, at, bag);
  return { counts: dis, cases, typical: listed > 0 && !allListed && listed < (dis.found ?? 0) };
}

/** Counts not given, taken from the cases when they are all the cases: 排查 their number, the others by status. */
function countFromCases(dis: DisputeCounts, cases: DisputeCase[]): void {
  const withStatus = cases.some((c) => c.status);
  const byStatus = (s: string) => cases.filter((c) => c.status === s).length;
  if (dis.found === undefined && cases.length) dis.found = cases.length;
  if (dis.resolved === undefined && withStatus) dis.resolved = byStatus('已化解');
  if (dis.inProgress === undefined && withStatus) dis.inProgress = byStatus('正在化解');
  if (dis.unresolved === undefined && withStatus) dis.unresolved = byStatus('未化解');
}

/** 化解 + 正在化解 + 未化解 = 排查, said with where each number came from when they do not agree. */
function checkDisputeTotal(dis: DisputeCounts, from: Partial<Record<DisputeCount, From>>, at: Locate, bag: DiagnosticBag): void {
  if (dis.found === undefined || dis.resolved === undefined || dis.inProgress === undefined) return;
  const sum = dis.resolved + dis.inProgress + (dis.unresolved ?? 0);
  if (sum === dis.found) return;
  const allTyped = COUNTS.every((k) => dis[k] === undefined || from[k] !== 'registers');
  const tag = (k: DisputeCount) => (allTyped || !from[k] ? '' : fromWord(from[k]));
  const terms = (['resolved', 'inProgress', 'unresolved'] as const).filter((k) => k !== 'unresolved' || dis.unresolved);
  const total = say('total-mismatch.total', { name: say('figure-name', { name: '排查', key: 'found' }), value: dis.found, from: tag('found') });
  const said = terms.map((k) => say('figure-term', { name: DISPUTE_NAMES[k], value: dis[k] ?? 0, from: tag(k) }));
  bag.error('total-mismatch', say('total-mismatch', { total, terms: said, result: sum, allTyped: false }), {
    ...at(['disputes', 'found']),
    expected: say('total-mismatch.disputes'),
  });
}

/** More cases listed than found, or a list said to be complete (全部列出: true) that is not. */
function checkListed(listed: number, complete: boolean, found: number | undefined, at: Locate, bag: DiagnosticBag): void {
  if (!listed || found === undefined || (complete ? listed === found : listed <= found)) return;
  bag.error(
    'total-mismatch',
    complete ? say('cases-not-all', { found, listed }) : say('cases-too-many', { found, listed }),
    {
      ...at(['disputes', complete ? 'complete' : 'cases']),
      expected: complete ? say('cases-not-all.expected') : say('cases-too-many.expected'),
    },
  );
}
