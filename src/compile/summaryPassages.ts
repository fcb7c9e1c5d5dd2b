import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { tableBlock } from '../model/computedBlocks.js';
import type { ParagraphSource } from '../model/markdownText.js';
import { disputeNarrative, type AmountUnit } from './disputeNarrative.js';
import type { PetitionFigures } from './figures.js';
import type { Disputes, Locate } from './reconcileFigures.js';
import type { InsertResolver } from './sections.js';
import { PETITION_NAMES } from './summaryValues.js';
import type { RegisterFigures } from './summary.js';

/** What the passages of a 总结 are written from. */
export interface SummaryFacts {
  p: PetitionFigures;
  disputes: Disputes;
  rates: { closedRate?: string; assignedReplyRate?: string; resolvedRate?: string };
  organ: string;
  period?: { label: string; span: string };
  amountUnit: AmountUnit;
  fromRegisters?: RegisterFigures;
}

/** `insert: petitions`, `insert: disputes`, `insert: statistics-table`: the passages a 总结's sections place. */
export function summaryInserts(f: SummaryFacts, at: Locate, bag: DiagnosticBag): InsertResolver {
  return (name) => {
    if (name === 'petitions') {
      if (f.p.accepted === undefined) {
        bag.error('insert-unavailable', '"insert: petitions" needs petition figures (petitions: or registers:)', at(['petitions']));
        return [];
      }
      return [`${petitionsSentence(f.p, f.organ, f.period?.label ?? '', f.rates.closedRate)}。`];
    }
    if (name === 'disputes') {
      if (f.disputes.counts.found === undefined) {
        bag.error('insert-unavailable', '"insert: disputes" needs dispute figures (disputes: or registers:)', at(['disputes']));
        return [];
      }
      return disputesPassage(f);
    }
    return [statisticsTable(f)];
  };
}

/** The dispute passage: 排查…件社会矛盾，化解…件, then each case as a numbered narrative. */
function disputesPassage({ disputes, period, amountUnit }: SummaryFacts): string[] {
  const dis = disputes.counts;
  // 排查 and 化解 always; 正在化解 and 未化解 when there are any, so that the parts add up to 排查.
  let lead = `${period?.span ?? ''}排查${dis.found}件社会矛盾`;
  if (dis.resolved !== undefined) lead += `，化解${dis.resolved}件`;
  if (dis.inProgress) lead += `，正在化解${dis.inProgress}件`;
  if (dis.unresolved) lead += `，未化解${dis.unresolved}件`;
  if (!disputes.cases.length) return [`${lead}。`];
  // all the cases: 分别是： (as the 2009 half-year summary lists them); some of them: 典型案例如下：
  return [`${lead}。${disputes.typical ? '典型案例如下' : '分别是'}：`, ...disputes.cases.map((c, i) => `${i + 1}.${disputeNarrative(c, amountUnit)}`)];
}

/** The statistics table: by category when registers are read, else the figures and rates of the period. */
function statisticsTable({ p, disputes, rates, fromRegisters }: SummaryFacts): ParagraphSource {
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
    return tableBlock(['类型', '类别', '件数'], rows);
  }
  const dis = disputes.counts;
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
  return tableBlock(['项目', '数量'], figureRows);
}

/** How the statistics passage names a channel (电话 as 来电). */
const CHANNEL_WORDS: Record<string, string> = { letters: '来信', visits: '来访', online: '网上信访', phone: '来电' };

/**
 * The statistics sentence, naming the channels the figures have. Letters and visits only, as the 2009 half-year
 * petitions summary writes it: 路居镇2009年上半年受理群众来信来访11件，办理11件（其中：受理群众来信5件，来访6件），办结率100%;
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
    // the 2009 half-year summary puts （其中：受理群众来信…） after 办理; without 办理 （其中来信…） follows the total it breaks down
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
