import type { DiagnosticBag, KeyPath, Position } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import { formatDate, formatDateTime, parseDate, type DateStyle } from '../zh/dates.js';
import type { DisputeCase, DisputeFigures, PetitionFigures } from './figures.js';
import { describePeriod as summaryPeriod } from '../zh/period.js';
import { nearestWords } from '../zh/didYouMean.js';
import { stripTrailingPunctuation } from '../zh/punctuation.js';
import { formatPercent, percent } from '../zh/percent.js';
import type { InsertResolver } from './sections.js';
import { markdownTable, type ParagraphSource } from '../model/markdownText.js';
import { dict, hasEntry } from '../util/dict.js';

export interface RegisterFigures {
  petitions?: PetitionFigures;
  disputes?: DisputeFigures;
  /** 问题类别 → count of the 受理 petitions (不予受理 left out), for the statistics table. */
  petitionsByCategory?: Record<string, number>;
  /** 纠纷类别 → count of the disputes found (排查), for the statistics table. */
  disputesByCategory?: Record<string, number>;
  /**
   * The same period a year before and the period before, where the registers cover them, for
   * {{受理同比}} / {{受理环比}} … (a record's 上年同期: / 上期: wins); compile/registers.ts counts
   * them from the rows of the shifted period, as `gongwen stats` compares them.
   */
  lastYear?: { petitions?: PetitionFigures; disputes?: Partial<DisputeFigures> };
  previous?: { petitions?: PetitionFigures; disputes?: Partial<DisputeFigures> };
}

const PETITION_NAMES: Record<keyof PetitionFigures, string> = {
  letters: '来信', visits: '来访', online: '网上信访', phone: '电话', accepted: '受理', handled: '办理', closed: '办结',
  assigned: '上级交办', assignedReplied: '交办已回复', infoReports: '报送信息', collective: '集体访', skipLevel: '越级访', repeat: '重复访',
};

type DisputeCount = 'found' | 'resolved' | 'inProgress' | 'unresolved';
const DISPUTE_NAMES: Record<DisputeCount, string> = { found: '排查', resolved: '化解', inProgress: '正在化解', unresolved: '未化解' };

/** Written where a rate has nothing to divide by (no 受理, no 上级交办件, no dispute found). */
export const NO_RATE = '—';

const endSentence = (s: string) => (/[。！？；]$/u.test(s) ? s : `${s}。`);
/** Trailing 。；，、： (and a half-width . typed as a full stop) dropped: sentences are joined and ended here. */
const bare = (s: string | undefined) => stripTrailingPunctuation((s ?? '').trim());

/** A name is told when the text has it, or has it without a generic ending (上坝村民 → 上坝, 赵家湾村民小组 → 赵家湾). */
function mentions(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const stem = name.replace(/(?:村民小组|村民|群众|等)$/u, '');
  return stem !== name && stem.length >= 2 && text.includes(stem);
}

/** How a document writes its amounts: 万元 from 10,000 up and 元 below (the habit), or all in one unit. */
export type AmountUnit = 'auto' | '元' | '万元';

/**
 * 6666元, 8万元, 9.6万元, 18.65万元 — one style in a document (GB/T 15835; prose.md "Large amounts"):
 * by default 万元 from 10,000 up and 元 below; `金额单位: 元` or `万元` writes every amount in that unit.
 * A 万元 figure keeps every digit it has (36500 → 3.65万元, never rounded).
 */
export function amountText(amount: number, unit: AmountUnit = 'auto'): string {
  const wan = unit === '万元' || (unit === 'auto' && amount >= 10_000);
  if (!wan) return `${amount}元`;
  return `${Number((amount / 10_000).toFixed(6))}万元`;
}

function amountTold(text: string, amount: number): boolean {
  const forms = [String(amount), amount.toLocaleString('en-US'), `${Number((amount / 10_000).toFixed(6))}万`];
  return forms.some((f) => text.includes(f));
}

/**
 * One dispute as the numbered narrative of seed 002, from whatever the case has:
 * date, place, what happened, parties (当事人为……), who mediated and the 包案领导
 * (由……调处，……包案; 由……包案), the dated steps, the agreement and its amount (涉及金额……), and
 * for a case still open 正在化解 (未化解: 尚未化解) at the end, as the seed ends them.
 * Nothing given is dropped, and nothing is said twice: a place, party, mediator or
 * amount the text already names is not added again; a step the 调处结果 repeats
 * (or a 调处结果 a step already says) is written once. A resolved case says nothing
 * more about its status (the seed does not); its 纠纷类别 is in the statistics table.
 */
export function disputeNarrative(c: DisputeCase, amountUnit: AmountUnit = 'auto'): string {
  const summary = bare(c.summary);
  const steps = c.steps.map((s) => ({ date: s.date, text: bare(s.text) }));
  const outcome = bare(c.outcome);
  const told = [summary, ...steps.map((s) => s.text), outcome].join('。');

  const sentences: string[] = [];
  let opening = [c.date, c.place && !mentions(told, c.place) ? c.place : undefined, summary].filter(Boolean).join('，');
  const parties = c.parties ?? [];
  if (parties.some((p) => !mentions(told, p))) opening += `${opening ? '，' : ''}当事人为${parties.join('、')}`;
  if (opening) sentences.push(opening);

  const mediators = c.mediators ?? [];
  const mediated = mediators.some((m) => !mentions(told, m)) ? `由${mediators.join('、')}调处` : '';
  // 包案 as seed 002 puts it: the leader 带队 (副镇长、派出所所长赵雄伟带队…), the 包案领导 named as such
  const leader = c.leader && !mentions(told, c.leader) ? c.leader : undefined;
  const who = leader ? (mediated ? `包案领导${leader}带队，${mediated}` : `包案领导${leader}带队调处`) : mediated;
  if (who) sentences.push(who);

  // The 调处结果 is written once: not after a step that already says it, and a step it repeats is left out.
  const outcomeInSteps = outcome !== '' && steps.some((s) => s.text.includes(outcome));
  for (const s of steps) {
    if (s.text === '' && !s.date) continue;
    if (!outcomeInSteps && outcome !== '' && s.text !== '' && outcome.includes(s.text)) continue;
    sentences.push(s.date ? (s.text ? `${s.date}，${s.text}` : s.date) : s.text);
  }
  let last = outcome !== '' && !outcomeInSteps && !summary.includes(outcome) ? outcome : '';
  if (c.amount && !amountTold(told, c.amount)) last += `${last ? '，' : ''}涉及金额${amountText(c.amount, amountUnit)}`;
  if (last) sentences.push(last);

  const open = c.status === '正在化解' ? (/正在化解/u.test(told) ? '' : '正在化解') : c.status === '未化解' ? (/未化解|尚未/u.test(told) ? '' : '尚未化解') : '';
  if (open) {
    if (sentences.length) sentences[sentences.length - 1] += `，${open}`;
    else sentences.push(open);
  }
  return sentences.map(endSentence).join('');
}

type From = 'record' | 'registers';
const fromText = (f: From | undefined) => (f === 'registers' ? 'from the registers' : 'typed in the record');

/**
 * The figures of a 总结: typed in the record, counted from registers, or both —
 * in which case they must agree. Parts and totals are checked (来信 + 来访 = 受理,
 * 化解 + 正在化解 + 未化解 = 排查); a message says where each number came from.
 */
export function computeSummary(
  d: Record<string, any>,
  source: RecordSource,
  bag: DiagnosticBag,
  fromRegisters?: RegisterFigures,
): { values: Record<string, unknown>; resolveInsert: InsertResolver } {
  const style: DateStyle = d.dateStyle ?? 'arabic';
  const amountUnit: AmountUnit = d.amountUnit ?? 'auto';
  const at = (path: KeyPath) => {
    const loc = source.locate(path);
    return { start: (loc?.value ?? loc?.key)?.start ?? source.locateNearest(path)?.start, path };
  };
  const period = d.period ? summaryPeriod(String(d.period), d.dateStyle) : undefined;
  if (d.period && !period) {
    bag.error('bad-period', `"${d.period}" is not a period`, { ...at(['period']), expected: '2009H1, 2009年上半年, 二〇〇九年上半年, 2009Q3, 2009-05, 2009, or 2009-01-01..2009-06-30' });
  }

  // Petitions: typed figures, checked against the registers' counts.
  const typed: PetitionFigures = d.petitions ?? {};
  const counted: PetitionFigures = fromRegisters?.petitions ?? {};
  const p: PetitionFigures = { ...counted };
  const from: Partial<Record<keyof PetitionFigures, From>> = {};
  for (const key of Object.keys(counted) as Array<keyof PetitionFigures>) if (counted[key] !== undefined) from[key] = 'registers';
  const mismatched = new Set<string>();
  for (const [key, value] of Object.entries(typed) as Array<[keyof PetitionFigures, number]>) {
    const fromRegister = counted[key];
    if (fromRegister !== undefined && fromRegister !== value) {
      bag.error('register-mismatch', `${PETITION_NAMES[key]} is ${value} in the record but ${fromRegister} in the registers`, at(['petitions', key]));
      mismatched.add(key);
    }
    p[key] = value;
    from[key] = 'record';
  }
  const parts = (['letters', 'visits', 'online', 'phone'] as const).filter((k) => p[k] !== undefined);
  const partsSum = parts.reduce((s, k) => s + (p[k] ?? 0), 0);
  // A part that disagrees with the registers is reported above; its sum would only say it again.
  if (parts.length && p.accepted !== undefined && partsSum !== p.accepted && ![...parts, 'accepted'].some((k) => mismatched.has(k))) {
    const allTyped = [...parts, 'accepted' as const].every((k) => from[k] === 'record');
    const tag = (k: keyof PetitionFigures) => (allTyped ? '' : ` (${fromText(from[k])})`);
    bag.error(
      'total-mismatch',
      `受理 (accepted) is ${p.accepted}${tag('accepted')}, but ${parts.map((k) => `${PETITION_NAMES[k]} ${p[k]}${tag(k)}`).join(' + ')} = ${partsSum}${allTyped ? ' (all typed in the record)' : ''}`,
      { ...at(['petitions', 'accepted']), expected: 'the parts to add up to the total, or leave the total out to have it computed' },
    );
  }
  if (p.accepted === undefined && parts.length) p.accepted = partsSum;
  for (const [k, total] of [['handled', 'accepted'], ['closed', 'accepted'], ['assignedReplied', 'assigned']] as const) {
    if (p[k] !== undefined && p[total] !== undefined && p[k]! > p[total]!) {
      bag.error('count-exceeds-total', `${PETITION_NAMES[k]} (${p[k]}) is more than ${PETITION_NAMES[total]} (${p[total]})`, at(['petitions', k]));
    }
  }

  // Disputes: 排查 = 化解 + 正在化解 + 未化解, and the listed cases.
  const typedD: Partial<DisputeFigures> & { complete?: boolean } = d.disputes ?? {};
  const countedD = fromRegisters?.disputes;
  const caseDate = (text: string | undefined) => {
    if (!text || style !== 'chinese') return text;
    const parts = parseDate(text);
    return parts ? formatDate(parts, style) : text;
  };
  const cases: DisputeCase[] = (typedD.cases as any[] | undefined)?.map((c) => ({
    ...c,
    // a case's date and its steps' dates keep a time of day typed with them (2024年3月12日上午)
    date: c.date ? formatDateTime(c.date, style) : undefined,
    steps: (c.steps ?? []).map((s: any) => ({ date: s.date ? formatDateTime(s.date, style) : undefined, text: s.text })),
  })) ?? countedD?.cases.map((c) => ({ ...c, date: caseDate(c.date) })) ?? [];
  const dis: Partial<Record<DisputeCount, number>> = {};
  const fromD: Partial<Record<DisputeCount, From>> = {};
  const mismatchedD = new Set<DisputeCount>();
  for (const key of ['found', 'resolved', 'inProgress', 'unresolved'] as const) {
    const t = (typedD as Record<string, number | undefined>)[key];
    const c = countedD?.[key];
    if (t !== undefined && c !== undefined && t !== c) {
      bag.error('register-mismatch', `${DISPUTE_NAMES[key]} is ${t} in the record but ${c} in the registers`, at(['disputes', key]));
      mismatchedD.add(key);
    }
    dis[key] = t ?? c;
    fromD[key] = t !== undefined ? 'record' : c !== undefined ? 'registers' : undefined;
  }
  // Listed cases are all the cases when the record says so (全部列出: true), when they come from
  // registers, or when no total is typed; otherwise they are typical cases (典型案例) under the
  // record's own totals, and only the totals are checked against each other.
  const fromRegisterRows = !typedD.cases?.length && !!countedD?.cases.length;
  const noTotals = dis.found === undefined && dis.resolved === undefined && dis.inProgress === undefined && dis.unresolved === undefined;
  const allListed = typedD.complete === true || fromRegisterRows || noTotals || (cases.length > 0 && cases.length === dis.found);
  const withStatus = cases.some((c) => c.status);
  const byStatus = (s: string) => cases.filter((c) => c.status === s).length;
  if (allListed) {
    if (dis.found === undefined && cases.length) dis.found = cases.length;
    if (dis.resolved === undefined && withStatus) dis.resolved = byStatus('已化解');
    if (dis.inProgress === undefined && withStatus) dis.inProgress = byStatus('正在化解');
    if (dis.unresolved === undefined && withStatus) dis.unresolved = byStatus('未化解');
  }
  // a total left out is computed from its parts: 化解 + 正在化解 (+ 未化解) = 排查
  if (dis.found === undefined && dis.resolved !== undefined && dis.inProgress !== undefined) {
    dis.found = dis.resolved + dis.inProgress + (dis.unresolved ?? 0);
    fromD.found = fromD.resolved;
  }
  const involved: DisputeCount[] = ['found', 'resolved', 'inProgress', 'unresolved'];
  if (dis.found !== undefined && dis.resolved !== undefined && dis.inProgress !== undefined && !involved.some((k) => mismatchedD.has(k))) {
    const sum = dis.resolved + dis.inProgress + (dis.unresolved ?? 0);
    if (sum !== dis.found) {
      const allTyped = involved.every((k) => dis[k] === undefined || fromD[k] !== 'registers');
      const tag = (k: DisputeCount) => (allTyped || !fromD[k] ? '' : ` (${fromText(fromD[k])})`);
      const terms = (['resolved', 'inProgress', 'unresolved'] as const).filter((k) => k !== 'unresolved' || dis.unresolved);
      bag.error(
        'total-mismatch',
        `排查 (found) is ${dis.found}${tag('found')}, but ${terms.map((k) => `${DISPUTE_NAMES[k]} ${dis[k]}${tag(k)}`).join(' + ')} = ${sum}`,
        { ...at(['disputes', 'found']), expected: '化解 + 正在化解 + 未化解 (cases marked 未化解) to add up to 排查' },
      );
    }
  }
  const listed = typedD.cases?.length ?? 0;
  if (listed && dis.found !== undefined && (typedD.complete === true ? listed !== dis.found : listed > dis.found)) {
    bag.error(
      'total-mismatch',
      typedD.complete === true
        ? `排查 (found) is ${dis.found}, but ${listed} cases are listed as all of them (全部列出: true)`
        : `${listed} cases are listed, more than the ${dis.found} found (排查)`,
      {
        ...at(['disputes', typedD.complete === true ? 'complete' : 'cases']),
        expected: typedD.complete === true ? 'every case listed, or 全部列出 left out to list typical cases (典型案例)' : 'a 排查 at least as large as the number of cases',
      },
    );
  }
  const typical = listed > 0 && !allListed && listed < (dis.found ?? 0);

  const organ = d.organ ?? '';
  const rates = {
    closedRate: percent(p.closed, p.accepted),
    assignedReplyRate: percent(p.assignedReplied, p.assigned),
    resolvedRate: percent(dis.resolved, dis.found),
  };

  const petitionsPassage = (): string => {
    if (p.accepted === undefined) {
      bag.error('insert-unavailable', '"insert: petitions" needs petition figures (petitions: or registers:)', at(['petitions']));
      return '';
    }
    return `${petitionsSentence(p, organ, period?.label ?? '', rates.closedRate)}。`;
  };

  const disputesPassage = (): string[] => {
    if (dis.found === undefined) {
      bag.error('insert-unavailable', '"insert: disputes" needs dispute figures (disputes: or registers:)', at(['disputes']));
      return [];
    }
    // 排查 and 化解 always; 正在化解 and 未化解 when there are any, so that the parts add up to 排查.
    let lead = `${period?.span ?? ''}排查${dis.found}件社会矛盾`;
    if (dis.resolved !== undefined) lead += `，化解${dis.resolved}件`;
    if (dis.inProgress) lead += `，正在化解${dis.inProgress}件`;
    if (dis.unresolved) lead += `，未化解${dis.unresolved}件`;
    if (!cases.length) return [`${lead}。`];
    // all the cases: 分别是： (seed 002); some of them: 典型案例如下：
    return [`${lead}。${typical ? '典型案例如下' : '分别是'}：`, ...cases.map((c, i) => `${i + 1}.${disputeNarrative(c, amountUnit)}`)];
  };

  const statisticsTable = (): ParagraphSource[] => {
    if (fromRegisters?.petitionsByCategory || fromRegisters?.disputesByCategory) {
      // 信访: the 受理 petitions, as the statistics passage counts them; 矛盾纠纷: every dispute found (排查).
      const rows: string[][] = [];
      for (const [type, counts] of [['信访', fromRegisters.petitionsByCategory], ['矛盾纠纷', fromRegisters.disputesByCategory]] as const) {
        if (!counts) continue;
        let total = 0;
        for (const [cat, n] of Object.entries(counts)) {
          rows.push([type, cat, String(n)]);
          total += n;
        }
        rows.push([type, '合计', String(total)]);
      }
      return [markdownTable(['类型', '类别', '件数'], rows)];
    }
    const figureRows: string[][] = [];
    for (const key of Object.keys(PETITION_NAMES) as Array<keyof PetitionFigures>) {
      if (p[key] !== undefined) figureRows.push([PETITION_NAMES[key], `${p[key]}${key === 'infoReports' ? '条' : '件'}`]);
    }
    if (rates.closedRate) figureRows.push(['办结率', rates.closedRate]);
    if (rates.assignedReplyRate) figureRows.push(['交办件回复率', rates.assignedReplyRate]);
    if (dis.found !== undefined) figureRows.push(['排查矛盾纠纷', `${dis.found}件`]);
    if (dis.resolved !== undefined) figureRows.push(['化解', `${dis.resolved}件`]);
    if (dis.inProgress) figureRows.push(['正在化解', `${dis.inProgress}件`]);
    if (dis.unresolved) figureRows.push(['未化解', `${dis.unresolved}件`]);
    return [markdownTable(['项目', '数量'], figureRows)];
  };

  const resolveInsert: InsertResolver = (name) => {
    if (name === 'petitions') return [petitionsPassage()];
    if (name === 'disputes') return disputesPassage();
    return statisticsTable();
  };

  const figures = figureValues(p, dis, rates, period?.label);
  Object.assign(figures, shareValues(p), comparisonValues(p, dis, d.lastYear ?? fromRegisters?.lastYear, '同比'), comparisonValues(p, dis, d.previous ?? fromRegisters?.previous, '环比'));
  checkFigureReferences(d, source, bag, figures, { p, dis, periodName: period?.span });

  return {
    values: {
      petitions: { ...p, ...rates },
      disputes: { ...dis, cases, resolvedRate: rates.resolvedRate },
      periodText: period?.label,
      periodSpan: period?.span,
      figures,
    },
    resolveInsert,
  };
}

/**
 * Names a record's text may use as {{办结率}} … to cite a computed figure instead of typing it.
 * A rate with nothing to divide by (no 受理, no 上级交办件, no dispute found) is "—" (`NO_RATE`);
 * {{时期}} is the period as the statistics passage writes it (二〇〇九年上半年).
 */
export function figureValues(
  p: PetitionFigures,
  dis: Partial<Record<DisputeCount, number>>,
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

/** How the statistics passage names a channel (电话 as 来电). */
const CHANNEL_WORDS: Record<string, string> = { letters: '来信', visits: '来访', online: '网上信访', phone: '来电' };

/**
 * The statistics sentence, naming the channels the figures have. Letters and visits only, as seed
 * 002 writes it: 路居镇2009年上半年受理群众来信来访11件，办理11件（其中：受理群众来信5件，来访6件），办结率100%;
 * with 网上信访 or 电话 among them, each is named: 受理群众来信、来访、网上信访1903件（其中来信312件，
 * 来访486件，网上信访1105件），办理…，办结率…. A channel with no case is left out (it counts in the total).
 */
export function petitionsSentence(p: PetitionFigures, organ: string, periodLabel: string, closedRate?: string): string {
  const channels = (['letters', 'visits', 'online', 'phone'] as const).filter((k) => (p[k] ?? 0) > 0);
  const head = `${organ}${periodLabel}受理群众`;
  const rate = closedRate ? `，办结率${closedRate}` : '';
  const handled = p.handled !== undefined ? `，办理${p.handled}件` : '';
  const closed = p.closed !== undefined && p.handled === undefined ? `，办结${p.closed}件` : '';
  if (channels.every((k) => k === 'letters' || k === 'visits')) {
    const what = channels.length ? channels.map((k) => CHANNEL_WORDS[k]).join('') : '来信来访';
    // seed 002 puts （其中：受理群众来信…） after 办理; without 办理 （其中来信…） follows the total it breaks down
    if (p.handled !== undefined) {
      const parts = channels.length > 1 ? `（其中：${channels.map((k, i) => `${i === 0 ? '受理群众' : ''}${CHANNEL_WORDS[k]}${p[k]}件`).join('，')}）` : '';
      return `${head}${what}${p.accepted}件${handled}${parts}${rate}`;
    }
    const parts = channels.length > 1 ? `（其中${channels.map((k) => `${CHANNEL_WORDS[k]}${p[k]}件`).join('，')}）` : '';
    return `${head}${what}${p.accepted}件${parts}${closed}${rate}`;
  }
  const what = channels.map((k) => CHANNEL_WORDS[k]).join('、');
  const parts = channels.length > 1 ? `（其中${channels.map((k) => `${CHANNEL_WORDS[k]}${p[k]}件`).join('，')}）` : '';
  return `${head}${what}${p.accepted}件${parts}${handled}${closed}${rate}`;
}

/** Shares a text may cite: {{来信占比}} … of 受理, {{集体访占比}} … of 来访 — 占信访总量的X%. */
const SHARES: Array<[string, keyof PetitionFigures, keyof PetitionFigures]> = [
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
export const COMPARISON_NAMES = [...COMPARED_COUNTS.map(([n]) => n), '办结率', '化解率'].flatMap((n) => [`${n}同比`, `${n}环比`]);

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
  dis: Partial<Record<DisputeCount, number>>,
  earlier: { petitions?: PetitionFigures; disputes?: Partial<Record<DisputeCount, number>> } | undefined,
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
const RATES: Readonly<Record<string, { needs: string; none: string; zero: (f: { p: PetitionFigures; dis: Partial<Record<DisputeCount, number>> }) => boolean }>> = dict({
  办结率: { needs: '办结 and 受理 (or 来信, 来访 …)', none: '受理 petitions', zero: ({ p }) => p.accepted === 0 },
  交办回复率: { needs: '上级交办 and 交办已回复', none: '上级交办件', zero: ({ p }) => p.assigned === 0 },
  化解率: { needs: '排查 and 化解', none: 'disputes found (排查)', zero: ({ dis }) => dis.found === 0 },
});

const OTHER_FIGURES = ['时期', '未化解', '报送信息', ...SHARES.map(([n]) => n), ...COMPARISON_NAMES];

/**
 * Looks at every {{name}} in the record's text (前言, 章节, 存在问题, 工作打算) before it is
 * filled in, and reports each at its own line: a rate with nothing to divide by is a
 * warning (it is written as "—"); a figure the record and registers do not give, or a
 * name that is no figure, is an error with the names there are.
 *
 * The filling in (`interpolateFigures`) reports unknown names only at the top-level key;
 * to have each reported once, at its line, a name reported here is given to it as itself.
 */
function checkFigureReferences(
  d: Record<string, any>,
  source: RecordSource,
  bag: DiagnosticBag,
  figures: Record<string, string>,
  f: { p: PetitionFigures; dis: Partial<Record<DisputeCount, number>>; periodName?: string },
): void {
  const known = [...Object.keys(PETITION_NAMES).map((k) => PETITION_NAMES[k as keyof PetitionFigures]), ...Object.keys(RATES), ...Object.values(DISPUTE_NAMES), ...OTHER_FIGURES];
  const where = (path: KeyPath, index: number): Position | undefined => {
    const loc = source.locate(path);
    const span = loc?.value ?? loc?.key;
    if (!span) return source.locateNearest(path)?.start;
    // A one-line plain value: point at the {{ itself.
    const raw = source.text.split('\n')[span.start.line - 1]?.slice(span.start.column - 1) ?? '';
    const value = getAt(d, path);
    return span.end.line === span.start.line && typeof value === 'string' && raw.startsWith(value.slice(0, index + 2))
      ? { line: span.start.line, column: span.start.column + index }
      : span.start;
  };
  const visit = (v: unknown, path: Array<string | number>): void => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/gu)) {
        const name = m[1];
        const start = where(path, m.index ?? 0);
        const rate = RATES[name];
        if (figures[name] === NO_RATE && rate) {
          bag.warn('rate-undefined', `{{${name}}} is written as "${NO_RATE}": ${f.periodName ?? 'the record'} has no ${rate.none} to divide by`, {
            start, path, hint: 'reword the sentence for this period, or leave the rate out',
          });
          continue;
        }
        if (hasEntry(figures, name)) continue;
        if (known.includes(name)) {
          const compared = /(同比|环比)$/u.exec(name);
          const share = SHARES.find(([n]) => n === name);
          const needs = rate ? rate.needs : name === '时期' ? '时期 (period)' : share ? `${PETITION_NAMES[share[1]]} and 受理` : compared ? `${name.slice(0, -2)} of this period and of the earlier one` : name;
          bag.error('figure-unavailable', `{{${name}}} needs ${needs}, which neither the record nor its registers give`, {
            start, path,
            expected: compared
              ? `${compared[1] === '同比' ? '上年同期' : '上期'}: with 信访: / 矛盾纠纷: figures of that period (受理: 1690 …)`
              : `${needs} under 信访: / 矛盾纠纷:, or registers (台账:) that count it`,
          });
        } else {
          // the nearest names; one the misspelling begins (交办回复 → 交办回复率) first
          const near = nearestWords(name, known);
          bag.error('unknown-figure', `{{${name}}} names no computed figure`, {
            start, path,
            expected: Object.keys(figures).map((k) => `{{${k}}}`).join(' ') || 'figures from petitions:, disputes: or registers:',
            hint: near.length ? `did you mean ${near.map((k) => `{{${k}}}`).join(' or ')}?` : undefined,
          });
        }
        reported.add(name);
      }
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, [...path, i]));
    } else if (v && typeof v === 'object' && !(v instanceof Date)) {
      for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
    }
  };
  const reported = new Set<string>();
  for (const key of ['intro', 'sections', 'problems', 'outlook']) visit(d[key], [key]);
  for (const name of reported) figures[name] = `{{${name}}}`;
}

function getAt(d: unknown, path: KeyPath): unknown {
  let v: any = d;
  for (const k of path) v = v?.[k];
  return v;
}
