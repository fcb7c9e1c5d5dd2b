import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { hasEntry } from '../util/dict.js';

/**
 * Replaces {{办结率}}-style references in a record's text with computed figures,
 * so that a number is never typed twice. Unknown names are reported.
 */
export function interpolateFigures<T>(value: T, figures: Record<string, string>, bag: DiagnosticBag, where: () => { start?: { line: number; column: number } }): T {
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      // (a text without {{ has no reference: most of a record's texts, returned as they are)
      if (!v.includes('{{')) return v;
      return v.replace(/\{\{\s*([^{}\s]+)\s*\}\}/gu, (whole, name: string) => {
        if (hasEntry(figures, name)) return figures[name];
        bag.error('unknown-figure', say('unknown-figure', { name }), {
          ...where(),
          expected: Object.keys(figures).map((k) => `{{${k}}}`).join(' ') || say('unknown-figure.none'),
        });
        return whole;
      });
    }
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    }
    return v;
  };
  return visit(value) as T;
}
