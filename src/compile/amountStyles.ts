import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { textsOf } from '../util/textsOf.js';
import type { RecordSource } from '../records/readRecord.js';
import { occurrencesBefore, typedSpan } from './typedSpan.js';

/**
 * Amounts in one style per document (../shared/prose.md "Numbers": 万元 with one or two decimals above ten thousand, 元
 * below; never 36500元 beside 3.65万元): where the record's text writes an amount in 万元 and another of ten thousand or
 * more in 元, a warning at the 元 one with its 万元 form. The text is printed as typed: which style the document keeps is
 * the writer's choice (all in 元 is a style too).
 */

/** An amount in 万元: 3.5万元, 128万元. */
const IN_WAN = /(?<![\d.])\d+(?:\.\d+)?万元/u;
/** An amount of ten thousand or more in 元, with or without thousands commas: 36500元, 1,236,000元 (not 3.5万元). */
const LARGE_IN_YUAN = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{5,})(\.\d+)?元/gu;


/** 36500 → 3.65万元: the amount in 万元, as few decimals as it needs. */
const inWan = (yuan: number) => `${Number((yuan / 10000).toFixed(4))}万元`;

export function warnAmountStyles(data: Record<string, unknown>, source: RecordSource, bag: DiagnosticBag): void {
  const all = textsOf(data);
  const wan = all.map((t) => IN_WAN.exec(t.text)?.[0]).find(Boolean);
  if (!wan) return;
  for (const { text, path } of all) {
    for (const m of text.matchAll(LARGE_IN_YUAN)) {
      bag.warn('amount-styles-mixed', say('amount-styles-mixed', { typed: m[0], elsewhere: wan }), {
        // the carets under the amount itself (36500元), not under the value's first character
        ...typedSpan(source, path, m[0], occurrencesBefore(text, m[0], m.index)),
        path,
        expected: say('amount-styles-mixed.expected', { wan: inWan(Number(`${m[1]!.replaceAll(',', '')}${m[2] ?? ''}`)) }),
      });
    }
  }
}
