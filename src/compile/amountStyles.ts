import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { textsOf, type TypedText } from '../util/textsOf.js';
import type { RecordSource } from '../records/readRecord.js';
import { amountText, type AmountUnit } from './disputeNarrative.js';
import { occurrencesBefore, typedSpan } from './typedSpan.js';

/**
 * Amounts in one style per document (../shared/prose.md "Numbers": 万元 with one or two decimals above ten thousand, 元
 * below; never 36500元 beside 3.65万元): where the document writes an amount in 万元 — typed in the record's text, or a
 * case's 涉及金额 as the 总结 prints it (compile/disputeNarrative amountText: 36500 → 3.65万元) — and the text another of ten
 * thousand or more in 元, a warning at the 元 one with its 万元 form; where the record asks for every amount in 元
 * (金额单位: 元), a warning at each amount typed in 万元, with its 元 form. The text is printed as typed: which style the
 * document keeps is the writer's choice (all in 元 is a style too).
 */

/** An amount in 万元, with or without thousands commas: 3.5万元, 128万元, 1,286.5万元 (never the 286.5万元 of it). */
const IN_WAN = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?万元/gu;
/** An amount of ten thousand or more in 元, with or without thousands commas: 36500元, 1,236,000元 (not 3.5万元). */
const LARGE_IN_YUAN = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{5,})(\.\d+)?元/gu;

/** 36500 → 3.65万元: the amount in 万元, as few decimals as it needs. */
const inWan = (yuan: number) => `${Number((yuan / 10000).toFixed(4))}万元`;
/** 12.5万元 → 125000元. */
const inYuan = (wan: number) => `${Number((wan * 10000).toFixed(2))}元`;
/** The number of an amount as typed: its thousands commas left out. */
const valueOf = (m: RegExpMatchArray) => Number(`${m[1]!.replaceAll(',', '')}${m[2] ?? ''}`);

export function warnAmountStyles(
  data: Record<string, unknown> & { amountUnit?: AmountUnit; disputes?: { cases?: Array<{ amount?: number }> } }, source: RecordSource, bag: DiagnosticBag, all: TypedText[] = textsOf(data),
): void {
  if (data.amountUnit === '元') {
    for (const { text, path } of all) {
      for (const m of text.matchAll(IN_WAN)) {
        bag.warn('amount-styles-mixed', say('amount-styles-mixed.unit', { typed: m[0], unit: '元' }), {
          ...typedSpan(source, path, m[0], occurrencesBefore(text, m[0], m.index)),
          path,
          expected: say('amount-styles-mixed.unit-expected', { yuan: inYuan(valueOf(m)) }),
        });
      }
    }
    return;
  }
  const typed = all.map((t) => t.text.match(IN_WAN)?.[0]).find(Boolean);
  // (a case's amount printed in 万元 is the document's 万元 too, where nothing typed is)
  const printed = (data.disputes?.cases ?? []).map((c) => (c.amount === undefined ? undefined : amountText(c.amount, data.amountUnit))).find((t) => t?.endsWith('万元'));
  const wan = typed ?? printed;
  if (!wan) return;
  for (const { text, path } of all) {
    for (const m of text.matchAll(LARGE_IN_YUAN)) {
      bag.warn('amount-styles-mixed', say('amount-styles-mixed', { typed: m[0], elsewhere: wan }), {
        // the carets under the amount itself (36500元), not under the value's first character
        ...typedSpan(source, path, m[0], occurrencesBefore(text, m[0], m.index)),
        path,
        expected: say('amount-styles-mixed.expected', { wan: inWan(valueOf(m)) }),
      });
    }
  }
}
