import type { DiagnosticBag, KeyPath } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import { formatDate, parseDate, type DateStyle } from './dates.js';
import type { DisputeCase, DisputeFigures, PetitionFigures } from './figures.js';
import { describePeriod } from './period.js';
import { percent } from './rates.js';
import { markdownTable, type InsertResolver } from './sections.js';

export interface RegisterFigures {
  petitions?: PetitionFigures;
  disputes?: DisputeFigures;
  /** 问题类别 / 纠纷类别 → count, for the statistics table. */
  petitionsByCategory?: Record<string, number>;
  disputesByCategory?: Record<string, number>;
}

const PETITION_NAMES: Record<keyof PetitionFigures, string> = {
  letters: '来信', visits: '来访', online: '网上信访', phone: '电话', accepted: '受理', handled: '办理', closed: '办结',
  assigned: '上级交办', assignedReplied: '交办已回复', infoReports: '报送信息', collective: '集体访', skipLevel: '越级访', repeat: '重复访',
};

const endSentence = (s: string) => (/[。！？；]$/u.test(s) ? s : `${s}。`);

/** "2009年1月24日，…。1月25日，…。结果。" — one dispute as the numbered narrative of seed 002. */
export function disputeNarrative(c: DisputeCase): string {
  const parts: string[] = [];
  parts.push(endSentence(c.date ? `${c.date}，${c.summary}` : c.summary));
  for (const step of c.steps) parts.push(endSentence(step.date ? `${step.date}，${step.text}` : step.text));
  if (c.outcome) parts.push(endSentence(c.outcome));
  return parts.join('');
}

/**
 * The figures of a 总结: typed in the record, counted from registers, or both —
 * in which case they must agree. Parts and totals are checked (来信 + 来访 = 受理).
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

  // Petitions: typed figures, checked against the registers' counts.
  const typed: PetitionFigures = d.petitions ?? {};
  const counted: PetitionFigures = fromRegisters?.petitions ?? {};
  const p: PetitionFigures = { ...counted };
  for (const [key, value] of Object.entries(typed) as Array<[keyof PetitionFigures, number]>) {
    const fromRegister = counted[key];
    if (fromRegister !== undefined && fromRegister !== value) {
      bag.error('register-mismatch', `${PETITION_NAMES[key]} is ${value} in the record but ${fromRegister} in the registers`, at(['petitions', key]));
    }
    p[key] = value;
  }
  const parts = (['letters', 'visits', 'online', 'phone'] as const).filter((k) => p[k] !== undefined);
  const partsSum = parts.reduce((s, k) => s + (p[k] ?? 0), 0);
  if (parts.length && p.accepted !== undefined && partsSum !== p.accepted) {
    bag.error(
      'total-mismatch',
      `受理 (accepted) is ${p.accepted}, but ${parts.map((k) => `${PETITION_NAMES[k]} ${p[k]}`).join(' + ')} = ${partsSum}`,
      { ...at(['petitions', 'accepted']), expected: 'the parts to add up to the total, or leave the total out to have it computed' },
    );
  }
  if (p.accepted === undefined && parts.length) p.accepted = partsSum;
  for (const [k, total] of [['handled', 'accepted'], ['closed', 'accepted'], ['assignedReplied', 'assigned']] as const) {
    if (p[k] !== undefined && p[total] !== undefined && p[k]! > p[total]!) {
      bag.error('count-exceeds-total', `${PETITION_NAMES[k]} (${p[k]}) is more than ${PETITION_NAMES[total]} (${p[total]})`, at(['petitions', k]));
    }
  }

  // Disputes: 排查 = 化解 + 正在化解 (+ 未化解), and the listed cases.
  const typedD: Partial<DisputeFigures> = d.disputes ?? {};
  const countedD = fromRegisters?.disputes;
  const cases: DisputeCase[] = (typedD.cases as any[] | undefined)?.map((c) => ({
    ...c,
    date: c.date ? formatDate(c.date, style) : undefined,
    steps: (c.steps ?? []).map((s: any) => ({ date: s.date ? formatDate(s.date, style) : undefined, text: s.text })),
  })) ?? countedD?.cases ?? [];
  const dis = {
    found: typedD.found ?? countedD?.found,
    resolved: typedD.resolved ?? countedD?.resolved,
    inProgress: typedD.inProgress ?? countedD?.inProgress,
  };
  if (countedD) {
    for (const key of ['found', 'resolved', 'inProgress'] as const) {
      const names = { found: '排查', resolved: '化解', inProgress: '正在化解' };
      if (typedD[key] !== undefined && countedD[key] !== undefined && typedD[key] !== countedD[key]) {
        bag.error('register-mismatch', `${names[key]} is ${typedD[key]} in the record but ${countedD[key]} in the registers`, at(['disputes', key]));
      }
    }
  }
  if (cases.length && !typedD.cases?.length && countedD) {
    // counted from registers: nothing to check
  }
  if (dis.found === undefined && cases.length) dis.found = cases.length;
  if (dis.resolved === undefined && cases.some((c) => c.status)) dis.resolved = cases.filter((c) => c.status === '已化解').length;
  if (dis.inProgress === undefined && cases.some((c) => c.status)) dis.inProgress = cases.filter((c) => c.status === '正在化解').length;
  if (dis.found !== undefined && dis.resolved !== undefined && dis.inProgress !== undefined) {
    const unresolved = cases.filter((c) => c.status === '未化解').length;
    if (dis.resolved + dis.inProgress + unresolved !== dis.found) {
      bag.error(
        'total-mismatch',
        `排查 (found) is ${dis.found}, but 化解 ${dis.resolved} + 正在化解 ${dis.inProgress}${unresolved ? ` + 未化解 ${unresolved}` : ''} = ${dis.resolved + dis.inProgress + unresolved}`,
        at(['disputes', 'found']),
      );
    }
  }
  if (typedD.cases?.length && typedD.found !== undefined && typedD.cases.length !== typedD.found) {
    bag.error('total-mismatch', `排查 (found) is ${typedD.found}, but ${typedD.cases.length} cases are listed`, at(['disputes', 'cases']));
  }

  const period = d.period ? describePeriod(String(d.period), style) : undefined;
  if (d.period && !period) {
    bag.error('bad-period', `"${d.period}" is not a period`, { ...at(['period']), expected: '2009H1, 2009年上半年, 2009Q3, 2009-05, 2009, or 2009-01-01..2009-06-30' });
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
    let lead = `${period?.span ?? ''}排查${dis.found}件社会矛盾`;
    if (dis.resolved !== undefined) lead += `，化解${dis.resolved}件`;
    if (dis.inProgress !== undefined) lead += `，正在化解${dis.inProgress}件`;
    if (!cases.length) return [`${lead}。`];
    return [`${lead}。分别是：`, ...cases.map((c, i) => `${i + 1}.${disputeNarrative(c)}`)];
  };

  const statisticsTable = (): string[] => {
    const rows: string[][] = [];
    if (fromRegisters?.petitionsByCategory) {
      for (const [cat, n] of Object.entries(fromRegisters.petitionsByCategory)) rows.push(['信访', cat, String(n)]);
    }
    if (fromRegisters?.disputesByCategory) {
      for (const [cat, n] of Object.entries(fromRegisters.disputesByCategory)) rows.push(['矛盾纠纷', cat, String(n)]);
    }
    if (rows.length) return [markdownTable(['类型', '类别', '件数'], rows)];
    const figureRows: string[][] = [];
    for (const key of Object.keys(PETITION_NAMES) as Array<keyof PetitionFigures>) {
      if (p[key] !== undefined) figureRows.push([PETITION_NAMES[key], `${p[key]}${key === 'infoReports' ? '条' : '件'}`]);
    }
    if (rates.closedRate) figureRows.push(['办结率', rates.closedRate]);
    if (rates.assignedReplyRate) figureRows.push(['交办件回复率', rates.assignedReplyRate]);
    if (dis.found !== undefined) figureRows.push(['排查矛盾纠纷', `${dis.found}件`]);
    if (dis.resolved !== undefined) figureRows.push(['化解', `${dis.resolved}件`]);
    if (dis.inProgress !== undefined) figureRows.push(['正在化解', `${dis.inProgress}件`]);
    return [markdownTable(['项目', '数量'], figureRows)];
  };

  const resolveInsert: InsertResolver = (name) => {
    if (name === 'petitions') return [petitionsPassage()];
    if (name === 'disputes') return disputesPassage();
    return statisticsTable();
  };

  return {
    values: {
      petitions: { ...p, ...rates },
      disputes: { ...dis, cases, resolvedRate: rates.resolvedRate },
      periodText: period?.label,
      periodSpan: period?.span,
      figures: figureValues(p, dis, rates),
    },
    resolveInsert,
  };
}

/** Names a record's text may use as {{办结率}} … to cite a computed figure instead of typing it. */
export function figureValues(
  p: PetitionFigures,
  dis: { found?: number; resolved?: number; inProgress?: number },
  rates: { closedRate?: string; assignedReplyRate?: string; resolvedRate?: string },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, zh] of Object.entries(PETITION_NAMES)) {
    const v = p[key as keyof PetitionFigures];
    if (v !== undefined) out[zh] = String(v);
  }
  if (rates.closedRate) out['办结率'] = rates.closedRate;
  if (rates.assignedReplyRate) out['交办回复率'] = rates.assignedReplyRate;
  if (dis.found !== undefined) out['排查'] = String(dis.found);
  if (dis.resolved !== undefined) out['化解'] = String(dis.resolved);
  if (dis.inProgress !== undefined) out['正在化解'] = String(dis.inProgress);
  if (rates.resolvedRate) out['化解率'] = rates.resolvedRate;
  return out;
}

export { parseDate };
