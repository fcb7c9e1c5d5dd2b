import type { DiagnosticBag, Position } from '../diagnostics/diagnostic.js';
import { say } from '../diagnostics/messages/index.js';
import { compareDates, formatDate, parseDate, type CalendarDate, type DateParts } from '../zh/dates.js';
import type { RecordSource } from './readRecord.js';
import type { SectionInput } from './schema/common.js';

/** A range of two dates typed in a phase's name: 总结提升阶段（2024年6月1日至6月30日）. */
const NAMED_RANGE = /((?:\d{4}年)?\d{1,2}月\d{1,2}日)\s*(?:至|到|—|-|～|~)\s*((?:\d{4}年)?\d{1,2}月\d{1,2}日)/u;

interface PlanData {
  title?: string[];
  sections?: SectionInput[];
  attachments?: Array<{ sections?: SectionInput[] }>;
  signature?: { date?: DateParts };
}

/**
 * The dates of a 实施方案's phases (阶段, as 起 / 止 or a range typed in the 名称), as a plan copied from last year's
 * gets them wrong: a phase dated in a year before the plan's (the earliest of its title's years and its 成文日期's) is
 * a warning at its date (stale-year); a phase that ends before it begins (2025年5月1日至3月30日: an end without a year
 * is in its beginning's) an error at its end (phase-reversed); one that begins before the phase above it ends a warning
 * at its beginning, with that phase's line (phases-overlap).
 */
export function reportPhaseDates(data: PlanData, source: RecordSource, bag: DiagnosticBag): void {
  const titleYears = (data.title ?? []).join('').match(/\d{4}(?=年)/gu)?.map(Number) ?? [];
  const signed = yearOf(data.signature?.date);
  const planYears = [...titleYears, ...(signed === undefined ? [] : [signed])];
  const planYear = planYears.length ? Math.min(...planYears) : undefined;

  const visit = (sections: SectionInput[] | undefined, at: Array<string | number>): void => {
    sections?.forEach((section, i) => {
      // the phase above: its name, last day and line, which the next is held against (phases-overlap)
      let above: { name: string; end: CalendarDate; to: DateParts; line: () => number } | undefined;
      section.phases?.forEach((phase, j) => {
        const path = [...at, i, 'phases', j];
        const named = NAMED_RANGE.exec(phase.name);
        const from = phase.from ?? (named ? parseDate(named[1]) : undefined);
        const to = phase.to ?? (named ? parseDate(named[2]) : undefined);
        // where each date is: its own key's value, or its place in the 名称 — worked out only for a message said: a
        // position of a record read plainly runs the whole yaml-library parse (readRecord.ts fullRead)
        const fromAt = () => (phase.from ? valueStart(source, [...path, 'from']) : named && inName(source, [...path, 'name'], phase.name, named.index)) || undefined;
        const toAt = () => (phase.to ? valueStart(source, [...path, 'to']) : named && inName(source, [...path, 'name'], phase.name, named.index + named[0].length - named[2]!.length)) || undefined;
        const year = yearOf(from) ?? yearOf(to);
        if (planYear !== undefined && year !== undefined && year < planYear) {
          bag.warn('stale-year', say('stale-year', { phase: year, plan: planYear, title: titleYears.length > 0, signed: signed !== undefined }), { start: yearOf(from) !== undefined ? fromAt() : toAt(), path });
        }
        if (from && to && from.month !== undefined && to.month !== undefined) {
          const start = { year: yearOf(from) ?? yearOf(to) ?? planYear ?? 0, month: from.month, day: from.day ?? 1 };
          const end = { year: yearOf(to) ?? start.year, month: to.month, day: to.day ?? 31 };
          if (compareDates(end, start) < 0) {
            bag.error('phase-reversed', say('phase-reversed', { from: formatDate(from), to: formatDate(to) }), { start: toAt(), path });
          }
          // a phase that begins before the one above it ends (a range copied and not moved on): one beginning on the day
          // the one above ends is not, as plans often write it
          if (above && compareDates(start, above.end) < 0) {
            bag.warn('phases-overlap', say('phases-overlap', { name: phase.name, from: formatDate(from), previous: above.name, to: formatDate(above.to), line: above.line() }), {
              start: fromAt(), path,
            });
          }
          above = { name: phase.name, end, to, line: () => source.locate(path)?.value?.start.line ?? source.locateNearest(path)?.start.line ?? 0 };
        } else above = undefined;
      });
      visit(section.sections, [...at, i, 'sections']);
    });
  };
  visit(data.sections, ['sections']);
  data.attachments?.forEach((a, k) => visit(a.sections, ['attachments', k, 'sections']));
}

function yearOf(date: DateParts | undefined): number | undefined {
  return typeof date?.year === 'number' ? date.year : undefined;
}

function valueStart(source: RecordSource, path: Array<string | number>): Position | undefined {
  return (source.locate(path)?.value ?? source.locateNearest(path))?.start;
}

/** The place of the character at `index` of a 名称 typed on one line (after its opening quote, when quoted). */
function inName(source: RecordSource, path: Array<string | number>, name: string, index: number): Position | undefined {
  const at = source.locate(path)?.value;
  if (!at) return source.locateNearest(path)?.start;
  const line = source.text.split('\n')[at.start.line - 1] ?? '';
  const quoted = /["']/.test(line[at.start.column - 1] ?? '');
  return { line: at.start.line, column: at.start.column + (quoted ? 1 : 0) + name.slice(0, index).length };
}
