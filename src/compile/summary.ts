import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag, KeyPath } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import type { RecordOf } from '../records/schema/index.js';
import type { CountedFigures, DisputeFigures, PetitionFigures } from '../stats/figures.js';
import { checkFigureReferences } from './figureReferences.js';
import { describePeriod as summaryPeriod } from '../zh/period.js';
import { percent } from '../zh/percent.js';
import { reconcileDisputes, reconcilePetitions, type Locate } from './reconcileFigures.js';
import type { InsertResolver } from './sections.js';
import { summaryInserts } from './summaryPassages.js';
import type { PassagePartials } from '../templates/renderPassage.js';
import { comparisonValues, figureValues, shareValues } from './summaryValues.js';

/**
 * The figures counted from a summary's registers (src/stats/figures.ts `countFigures`, without its
 * row totals): the statistics passage, the dispute list, the statistics table, and the same period a
 * year before and the period before for {{受理同比}} / {{受理环比}} … (a record's 上年同期: / 上期: wins).
 */
export type RegisterFigures = Partial<Omit<CountedFigures, 'totals'>>;

/** What a 总结 adds to its template's context, and the passages its sections place. */
export interface SummaryView {
  values: {
    petitions: PetitionFigures & { closedRate?: string; assignedReplyRate?: string };
    disputes: ReturnType<typeof reconcileDisputes>['counts'] & { cases: DisputeFigures['cases']; resolvedRate?: string };
    periodText?: string;
    periodSpan?: string;
    /** {{办结率}} … by name, for the record's text. */
    figures: Record<string, string>;
  };
  resolveInsert: InsertResolver;
}

/**
 * The figures of a 总结: typed in the record, counted from registers, or both —
 * in which case they must agree (src/compile/reconcileFigures.ts). Parts and totals are checked
 * (来信 + 来访 = 受理, 化解 + 正在化解 + 未化解 = 排查); a message says where each number came from.
 */
export function computeSummary(
  d: Partial<RecordOf<'summary'>>,
  source: RecordSource,
  bag: DiagnosticBag,
  fromRegisters?: RegisterFigures,
  partials?: PassagePartials,
): SummaryView {
  const style = d.dateStyle ?? 'arabic';
  const at: Locate = (path: KeyPath) => {
    const loc = source.locate(path);
    return { start: (loc?.value ?? loc?.key)?.start ?? source.locateNearest(path)?.start, path };
  };
  const period = d.period ? summaryPeriod(String(d.period), d.dateStyle) : undefined;
  if (d.period && !period) {
    bag.error('bad-period', say('bad-period', { text: String(d.period) }), { ...at(['period']), expected: say('period-forms') });
  }
  const p = reconcilePetitions(d.petitions ?? {}, fromRegisters?.petitions ?? {}, at, bag);
  const disputes = reconcileDisputes(d.disputes ?? {}, fromRegisters?.disputes, style, at, bag);
  const dis = disputes.counts;
  const rates = {
    closedRate: percent(p.closed, p.accepted),
    assignedReplyRate: percent(p.assignedReplied, p.assigned),
    resolvedRate: percent(dis.resolved, dis.found),
  };
  const resolveInsert = summaryInserts(
    { p, disputes, rates, organ: d.organ ?? '', period, amountUnit: d.amountUnit ?? 'auto', fromRegisters, partials },
    at,
    bag,
  );
  const figures = figureValues(p, dis, rates, period?.label);
  Object.assign(figures, shareValues(p), comparisonValues(p, dis, d.lastYear ?? fromRegisters?.lastYear, '同比'), comparisonValues(p, dis, d.previous ?? fromRegisters?.previous, '环比'));
  checkFigureReferences(d, source, bag, figures, { p, dis, periodName: period?.span });
  return {
    values: {
      petitions: { ...p, ...rates },
      disputes: { ...dis, cases: disputes.cases, resolvedRate: rates.resolvedRate },
      periodText: period?.label,
      periodSpan: period?.span,
      figures,
    },
    resolveInsert,
  };
}
