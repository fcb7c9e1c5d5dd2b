import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { tableBlock } from '../model/computedBlocks.js';
import type { ParagraphSource } from '../model/markdownText.js';
import { disputeNarrative, type AmountUnit } from './disputeNarrative.js';
import type { CountedFigures, PetitionFigures } from '../stats/figures.js';
import type { Disputes, Locate } from './reconcileFigures.js';
import type { InsertResolver } from './sections.js';
import { PETITION_NAMES } from './summaryValues.js';
import { oneParagraph, renderPassage, type PassagePartials } from '../templates/renderPassage.js';
import { loadPartials } from '../templates/catalog.js';

/** What the passages of a 总结 are written from. */
export interface SummaryFacts {
  p: PetitionFigures;
  disputes: Disputes;
  rates: { closedRate?: string; assignedReplyRate?: string; resolvedRate?: string };
  organ: string;
  period?: { label: string; span: string };
  amountUnit: AmountUnit;
  fromRegisters?: Pick<CountedFigures, 'petitionsByCategory' | 'disputesByCategory'>;
  /** The partials the passages' wording is read from (the project's, else the built-in ones). */
  partials?: PassagePartials;
}

/** `insert: petitions`, `insert: disputes`, `insert: statistics-table`: the passages a 总结's sections place. */
export function summaryInserts(facts: SummaryFacts, at: Locate, bag: DiagnosticBag): InsertResolver {
  // the built-in partials, where none are given, are looked up once for the summary, not by each
  // passage and each dispute case (a directory listing and a stat of every partial file)
  let f: SummaryFacts | undefined;
  return (name) => {
    f ??= { ...facts, partials: facts.partials ?? loadPartials([]) };
    if (name === 'petitions') {
      if (f.p.accepted === undefined) {
        bag.error('insert-unavailable', say('insert-unavailable.petitions'), at(['petitions']));
        return [];
      }
      const values = petitionsPassageValues(f.p, f.organ, f.period?.label ?? '', f.rates.closedRate);
      return [`${oneParagraph(renderPassage('summary-petitions', values, bag, f.partials))}。`];
    }
    if (name === 'disputes') {
      if (f.disputes.counts.found === undefined) {
        bag.error('insert-unavailable', say('insert-unavailable.disputes'), at(['disputes']));
        return [];
      }
      return disputesPassage(f, bag);
    }
    return [statisticsTable(f)];
  };
}

/** The dispute passage: 排查…件社会矛盾，化解…件, then each case as a numbered narrative. */
function disputesPassage({ disputes, period, amountUnit, partials }: SummaryFacts, bag: DiagnosticBag): string[] {
  // the lead's wording is templates/partials/summary-disputes.hbs; all the cases follow it with
  // 分别是： (as the 2009 half-year summary lists them), some of them with 典型案例如下：
  const values = { span: period?.span ?? '', ...disputes.counts, cases: disputes.cases.length > 0, typical: disputes.typical };
  const lead = oneParagraph(renderPassage('summary-disputes', values, bag, partials));
  const write = (name: string, v: object) => renderPassage(name, v, bag, partials);
  return [lead, ...disputes.cases.map((c, i) => `${i + 1}.${disputeNarrative(c, amountUnit, write)}`)];
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
 * What the statistics sentence (templates/partials/summary-petitions.hbs) is written from: the
 * channels that have a case, each with its word and count; a channel with no case is left out (it
 * counts in the total).
 */
export function petitionsPassageValues(p: PetitionFigures, organ: string, period: string, closedRate?: string) {
  const channels = (['letters', 'visits', 'online', 'phone'] as const).filter((k) => (p[k] ?? 0) > 0);
  return {
    organ,
    period,
    accepted: p.accepted,
    handled: p.handled,
    closed: p.closed,
    closedRate,
    channels: channels.map((k) => ({ word: CHANNEL_WORDS[k], number: p[k] })),
    lettersAndVisits: channels.every((k) => k === 'letters' || k === 'visits'),
    several: channels.length > 1,
    // 办结 is said beside 办理 when fewer were closed than handled (办理16件，办结15件，办结率93.8%)
    closedBelowHandled: p.closed !== undefined && p.handled !== undefined && p.closed < p.handled,
  };
}
