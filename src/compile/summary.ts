import { distance } from 'fastest-levenshtein';
import type { DiagnosticBag, KeyPath, Position } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import { formatDate, parseDate, type DateStyle } from './dates.js';
import type { DisputeCase, DisputeFigures, PetitionFigures } from './figures.js';
import { summaryPeriod } from './period.js';
import { percent } from './rates.js';
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
/** Trailing 。；，, dropped: sentences are joined and ended here. */
const bare = (s: string | undefined) => (s ?? '').trim().replace(/[\s。；;，,]+$/u, '');

/** A name is told when the text has it, or has it without a generic ending (上坝村民 → 上坝, 赵家湾村民小组 → 赵家湾). */
function mentions(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const stem = name.replace(/(?:村民小组|村民|群众|等)$/u, '');
  return stem !== name && stem.length >= 2 && text.includes(stem);
}

/** 6666元, 8万元, 1234.5元 — as seed 002 writes amounts. */
export function amountText(amount: number): string {
  return amount >= 10_000 && amount % 10_000 === 0 ? `${amount / 10_000}万元` : `${amount}元`;
}

function amountTold(text: string, amount: number): boolean {
  const forms = [String(amount), amount.toLocaleString('en-US')];
  if (amount >= 10_000) forms.push(`${amount / 10_000}万`);
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
export function disputeNarrative(c: DisputeCase): string {
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
  const who = c.leader ? (mediated ? `${mediated}，${c.leader}包案` : `由${c.leader}包案`) : mediated;
  if (who) sentences.push(who);

  // The 调处结果 is written once: not after a step that already says it, and a step it repeats is left out.
  const outcomeInSteps = outcome !== '' && steps.some((s) => s.text.includes(outcome));
  for (const s of steps) {
    if (s.text === '' && !s.date) continue;
    if (!outcomeInSteps && outcome !== '' && s.text !== '' && outcome.includes(s.text)) continue;
    sentences.push(s.date ? (s.text ? `${s.date}，${s.text}` : s.date) : s.text);
  }
  let last = outcome !== '' && !outcomeInSteps && !summary.includes(outcome) ? outcome : '';
  if (c.amount && !amountTold(told, c.amount)) last += `${last ? '，' : ''}涉及金额${amountText(c.amount)}`;
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
  const typedD: Partial<DisputeFigures> = d.disputes ?? {};
  const countedD = fromRegisters?.disputes;
  const caseDate = (text: string | undefined) => {
    if (!text || style !== 'chinese') return text;
    const parts = parseDate(text);
    return parts ? formatDate(parts, style) : text;
  };
  const cases: DisputeCase[] = (typedD.cases as any[] | undefined)?.map((c) => ({
    ...c,
    date: c.date ? formatDate(c.date, style) : undefined,
    steps: (c.steps ?? []).map((s: any) => ({ date: s.date ? formatDate(s.date, style) : undefined, text: s.text })),
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
  const withStatus = cases.some((c) => c.status);
  const byStatus = (s: string) => cases.filter((c) => c.status === s).length;
  if (dis.found === undefined && cases.length) dis.found = cases.length;
  if (dis.resolved === undefined && withStatus) dis.resolved = byStatus('已化解');
  if (dis.inProgress === undefined && withStatus) dis.inProgress = byStatus('正在化解');
  if (dis.unresolved === undefined && withStatus) dis.unresolved = byStatus('未化解');
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
  if (typedD.cases?.length && typedD.found !== undefined && typedD.cases.length !== typedD.found) {
    bag.error('total-mismatch', `排查 (found) is ${typedD.found}, but ${typedD.cases.length} cases are listed`, at(['disputes', 'cases']));
  }

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
    // channels with no case are left out of the sentence (they still count in the total)
    const listed = parts.filter((k) => (p[k] ?? 0) > 0);
    const channels = listed.length > 1
      ? `（其中：${listed.map((k, i) => `${i === 0 ? '受理群众' : ''}${PETITION_NAMES[k]}${p[k]}件`).join('，')}）`
      : '';
    const what = listed.length ? listed.map((k) => (k === 'letters' || k === 'visits' ? PETITION_NAMES[k] : '')).join('') || '信访' : '来信来访';
    let s = `${organ}${period?.label ?? ''}受理群众${what}${p.accepted}件`;
    if (p.handled !== undefined) s += `，办理${p.handled}件`;
    s += channels;
    if (rates.closedRate) s += `，办结率${rates.closedRate}`;
    return `${s}。`;
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
    return [`${lead}。分别是：`, ...cases.map((c, i) => `${i + 1}.${disputeNarrative(c)}`)];
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

/** Each rate: what it divides, for messages. */
const RATES: Readonly<Record<string, { needs: string; none: string; zero: (f: { p: PetitionFigures; dis: Partial<Record<DisputeCount, number>> }) => boolean }>> = dict({
  办结率: { needs: '办结 and 受理 (or 来信, 来访 …)', none: '受理 petitions', zero: ({ p }) => p.accepted === 0 },
  交办回复率: { needs: '上级交办 and 交办已回复', none: '上级交办件', zero: ({ p }) => p.assigned === 0 },
  化解率: { needs: '排查 and 化解', none: 'disputes found (排查)', zero: ({ dis }) => dis.found === 0 },
});

const OTHER_FIGURES = ['时期', '未化解', '报送信息'];

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
          const needs = rate ? rate.needs : name === '时期' ? '时期 (period)' : name;
          bag.error('figure-unavailable', `{{${name}}} needs ${needs}, which neither the record nor its registers give`, {
            start, path, expected: `${needs} under 信访: / 矛盾纠纷:, or registers (台账:) that count it`,
          });
        } else {
          const best = Math.min(...known.map((k) => distance(name, k)));
          // the nearest names; one the misspelling begins (交办回复 → 交办回复率) first
          const near = best <= 2 ? known.filter((k) => distance(name, k) === best).sort((a, b) => Number(b.startsWith(name)) - Number(a.startsWith(name))) : [];
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

export { parseDate };
