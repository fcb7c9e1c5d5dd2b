import { say } from '../diagnostics/messages/index.js';
import { valueAt } from '../util/valueAt.js';
import { nearestWords } from '../zh/didYouMean.js';
import type { DiagnosticBag, KeyPath, Position } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import type { PetitionFigures } from '../stats/figures.js';
import { DISPUTE_NAMES, NO_RATE, OTHER_FIGURES, PETITION_NAMES, RATES, SHARES, type DisputeCounts } from './summaryValues.js';
import { hasEntry } from '../util/dict.js';

/**
 * Looks at every {{name}} in the record's text (前言, 章节, 存在问题, 工作打算) before it is
 * filled in, and reports each at its own line: a rate with nothing to divide by is a
 * warning (it is written as "—"); a figure the record and registers do not give, or a
 * name that is no figure, is an error with the names there are.
 *
 * The filling in (`interpolateFigures`) reports unknown names only at the top-level key;
 * to have each reported once, at its line, a name reported here is given to it as itself.
 */
export function checkFigureReferences(
  d: Readonly<Record<string, unknown>>,
  source: RecordSource,
  bag: DiagnosticBag,
  figures: Record<string, string>,
  f: { p: PetitionFigures; dis: DisputeCounts; periodName?: string },
): void {
  const known = [...Object.keys(PETITION_NAMES).map((k) => PETITION_NAMES[k as keyof PetitionFigures]), ...Object.keys(RATES), ...Object.values(DISPUTE_NAMES), ...OTHER_FIGURES];
  const where = (path: KeyPath, index: number): Position | undefined => {
    const loc = source.locate(path);
    const span = loc?.value ?? loc?.key;
    if (!span) return source.locateNearest(path)?.start;
    // A one-line plain value: point at the {{ itself.
    const raw = source.text.split('\n')[span.start.line - 1]?.slice(span.start.column - 1) ?? '';
    const value = valueAt(d, path);
    return span.end.line === span.start.line && typeof value === 'string' && raw.startsWith(value.slice(0, index + 2))
      ? { line: span.start.line, column: span.start.column + index }
      : span.start;
  };
  const visit = (v: unknown, path: Array<string | number>): void => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/gu)) {
        const name = m[1];
        // its position only for a message (working it out parses the record again: src/records/readRecord.ts)
        const at = () => where(path, m.index ?? 0);
        const rate = RATES[name];
        if (figures[name] === NO_RATE && rate) {
          bag.warn('rate-undefined', say('rate-undefined', { name, shown: NO_RATE, period: f.periodName ?? say('rate-undefined.the-record'), none: rate.none }), {
            start: at(), path, hint: say('rate-undefined.hint'),
          });
          continue;
        }
        if (hasEntry(figures, name)) continue;
        if (known.includes(name)) {
          const compared = /(同比|环比)$/u.exec(name);
          const share = SHARES.find(([n]) => n === name);
          const earlier = compared?.[1] === '同比' ? '上年同期' : '上期';
          const needs = rate
            ? rate.needs
            : name === '时期'
              ? say('figure-needs.period')
              : share
                ? say('figure-needs.share', { part: PETITION_NAMES[share[1]] })
                : compared
                  ? say('figure-needs.compared', { figure: name.slice(0, -2), earlier })
                  : name;
          bag.error('figure-unavailable', say('figure-unavailable', { name, needs }), {
            start: at(), path,
            expected: compared ? say('figure-unavailable.compared', { earlier }) : say('figure-unavailable.where', { needs }),
          });
        } else {
          // the nearest names; one the misspelling begins (交办回复 → 交办回复率) first
          const near = nearestWords(name, known);
          bag.error('unknown-figure', say('unknown-figure', { name }), {
            start: at(), path,
            expected: Object.keys(figures).map((k) => `{{${k}}}`).join(' ') || say('unknown-figure.none'),
            hint: near.length ? say('did-you-mean.figures', { names: near }) : undefined,
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

