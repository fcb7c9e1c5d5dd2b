import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { textsOf, type TypedText } from '../util/textsOf.js';
import type { RecordSource } from '../records/readRecord.js';
import { occurrencesBefore, typedSpan } from './typedSpan.js';
import { readSmallNumber } from '../zh/numerals.js';

/**
 * Figures typed in a record's text as an office does not print them, each a warning at the figure itself (typedSpan); the
 * text is printed as typed, since only its writer knows what was meant:
 * - a comma typed for a decimal point (12,5亩 — on a phone the comma is next to the point; a thousands separator has
 *   three digits after it: zh/numerals withoutThousandsCommas), before a measure the figure may hold a fraction of;
 * - none written as a count of 0 after what was done (排查0件, 发生0起): an office writes 未排查出……, 未发生……
 *   (seed 002: 未出现越级……上访; the passage gongwen writes itself: 未排查出社会矛盾), or ……为零 (seed 001: 上访为零);
 * - a rate's change typed in % (参保率达到98.6%，较去年提高了1.2%): a rate rises by 个百分点 (prose.md 总结), as gongwen writes
 *   its own {{办结率同比}};
 * - a percentage in Chinese numerals (百分之九十) in a document that writes others in Arabic numerals (95%): GB/T 15835 writes
 *   percentages in Arabic numerals, and one document in one style.
 */

/** Measures a figure may hold a fraction of, after which 12,5 is 12.5 typed with a comma. */
const MEASURE = '(?:亩|公顷|平方米|平方公里|立方米|万立方米|公里|千米|米|吨|公斤|千克|斤|万元|亿元|元|万|亿|%|个百分点)';
const DECIMAL_COMMA = new RegExp(`(?<![\\d.,，])(\\d+)[,，](\\d{1,2})(?![\\d,，])(?=\\s*(${MEASURE}))`, 'gu');

/** What was done, none of: the verb, and how 未 says it (排查 → 未排查出). */
const NONE_OF: Readonly<Record<string, string>> = {
  排查: '排查出', 发现: '发现', 发生: '发生', 出现: '出现', 受理: '受理', 接到: '接到', 收到: '收到', 查处: '查处', 查获: '查获',
};
const ZERO_COUNT = new RegExp(`(${Object.keys(NONE_OF).join('|')})出?[0０](?:件|起|次|例|宗|批次|批|个|处|人次|人)(?![\\d.])`, 'gu');

/** A change typed in %: the verb, 了, the number and the sign (提高了1.2%, 下降3%). */
const CHANGE_IN_PERCENT = /(提高|上升|下降|降低|增长|减少|增加|回落)(了?)(\d+(?:\.\d+)?)[%％]/gu;
/** What a comparison clause begins with: 较去年, 比上年, 同比, 环比, 与去年相比. */
const COMPARED = /^(?:较|比|同比|环比|与)/u;

/**
 * Whether the change at `index` is a rate's (prose.md 总结: 同比上升/下降X个百分点 for rates): its clause names a 率, or
 * is a comparison (较去年提高了1.2%) after a clause that gives a rate with its %: 参保率达到98.6%，较去年提高了1.2%.
 */
function rateChange(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1;
  const clause = before.slice(clauseStart);
  if (clause.includes('率')) return true;
  if (!COMPARED.test(clause)) return false;
  const previous = before.slice(0, Math.max(0, clauseStart - 1)).split(/[，,；;。]/u).at(-1) ?? '';
  return previous.includes('率') && /\d[%％]/u.test(previous);
}

/** A percentage written in Chinese numerals: 百分之九十, 百分之八十五. */
const PERCENT_IN_WORDS = /百分之([一二三四五六七八九十百]+)/gu;
/** A percentage in Arabic numerals: 95%, 96.5％. */
const PERCENT_IN_DIGITS = /\d+(?:\.\d+)?[%％]/u;

export function warnTypedFigures(data: Record<string, unknown>, source: RecordSource, bag: DiagnosticBag, texts: TypedText[] = textsOf(data)): void {
  // (percentages in words are said only where the document writes others in Arabic numerals: one style a document)
  const digitsPercent = texts.map((t) => PERCENT_IN_DIGITS.exec(t.text)?.[0]).find(Boolean);
  for (const { text, path } of texts) {
    if (text.includes('%') || text.includes('％')) {
      for (const m of text.matchAll(CHANGE_IN_PERCENT)) {
        if (!rateChange(text, m.index)) continue;
        bag.warn('rate-change-percent', say('rate-change-percent', { typed: m[0], points: `${m[1]}${m[2]}${m[3]}个百分点` }), {
          ...typedSpan(source, path, m[0], occurrencesBefore(text, m[0], m.index)),
          path,
        });
      }
    }
    if (digitsPercent && text.includes('百分之')) {
      for (const m of text.matchAll(PERCENT_IN_WORDS)) {
        const value = m[1] === '百' ? 100 : readSmallNumber(m[1]!);
        bag.warn('percent-styles-mixed', say('percent-styles-mixed', { typed: m[0], elsewhere: digitsPercent, digits: value === undefined ? '' : `${value}%` }), {
          ...typedSpan(source, path, m[0], occurrencesBefore(text, m[0], m.index)),
          path,
        });
      }
    }
  }
  for (const { text, path } of texts) {
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
