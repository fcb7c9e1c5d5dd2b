import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { textsOf } from '../util/textsOf.js';
import type { RecordSource } from '../records/readRecord.js';
import { occurrencesBefore, typedSpan } from './typedSpan.js';

/**
 * Figures typed in a record's text as an office does not print them, each a warning at the figure itself (typedSpan); the
 * text is printed as typed, since only its writer knows what was meant:
 * - a comma typed for a decimal point (12,5亩 — on a phone the comma is next to the point; a thousands separator has
 *   three digits after it: zh/numerals withoutThousandsCommas), before a measure the figure may hold a fraction of;
 * - none written as a count of 0 after what was done (排查0件, 发生0起): an office writes 未排查出……, 未发生……
 *   (seed 002: 未出现越级……上访; the passage gongwen writes itself: 未排查出社会矛盾), or ……为零 (seed 001: 上访为零).
 */

/** Measures a figure may hold a fraction of, after which 12,5 is 12.5 typed with a comma. */
const MEASURE = '(?:亩|公顷|平方米|平方公里|立方米|万立方米|公里|千米|米|吨|公斤|千克|斤|万元|亿元|元|万|亿|%|个百分点)';
const DECIMAL_COMMA = new RegExp(`(?<![\\d.,，])(\\d+)[,，](\\d{1,2})(?![\\d,，])(?=\\s*(${MEASURE}))`, 'gu');

/** What was done, none of: the verb, and how 未 says it (排查 → 未排查出). */
const NONE_OF: Readonly<Record<string, string>> = {
  排查: '排查出', 发现: '发现', 发生: '发生', 出现: '出现', 受理: '受理', 接到: '接到', 收到: '收到', 查处: '查处', 查获: '查获',
};
const ZERO_COUNT = new RegExp(`(${Object.keys(NONE_OF).join('|')})出?[0０](?:件|起|次|例|宗|批次|批|个|处|人次|人)(?![\\d.])`, 'gu');

export function warnTypedFigures(data: Record<string, unknown>, source: RecordSource, bag: DiagnosticBag): void {
  for (const { text, path } of textsOf(data)) {
    if (!/[,，]/u.test(text) && !/[0０]/u.test(text)) continue;
    for (const m of text.matchAll(DECIMAL_COMMA)) {
      const typed = `${m[0]}${m[3]}`;
      const decimal = `${m[1]}.${m[2]}${m[3]}`;
      bag.warn('decimal-comma', say('decimal-comma', { typed, decimal }), {
        ...typedSpan(source, path, typed, occurrencesBefore(text, typed, m.index)),
        path,
        hint: say('decimal-comma.hint', { decimal }),
      });
    }
    for (const m of text.matchAll(ZERO_COUNT)) {
      bag.warn('zero-count', say('zero-count', { typed: m[0], verb: NONE_OF[m[1]!]! }), {
        ...typedSpan(source, path, m[0], occurrencesBefore(text, m[0], m.index)),
        path,
      });
    }
  }
}
