import { toChineseNumber } from './numerals.js';
import { stripTrailingPunctuation } from './punctuation.js';

/** 一是……；二是……；三是……。 — the ordinal sentence 公文 use for points (the 2012 militia-farm plan, the 2009 summaries). */
export function enumerateSentence(items: ReadonlyArray<string>, end = '。'): string {
  const bare = items.map(bareItem);
  return bare.map((item, i) => `${toChineseNumber(i + 1)}是${item}`).join(itemsEnd(bare)) + (items.length ? end : '');
}

/**
 * An item that holds a sentence of its own: a 。！？ inside it, or the . ! ? typed for one after Chinese text
 * (一是坚持领导包案.镇党委书记带头接访 — widened to 。 later), not a decimal point (1.5万元).
 */
const HOLDS_SENTENCE = /[。！？]|\p{Script=Han}[.!?](?!\d)/u;

/** Whether an item (its own end mark left out) holds a sentence of its own. */
export const holdsSentence = (item: string): boolean => HOLDS_SENTENCE.test(item);

/**
 * The mark between the items of a 一是……；二是…… list: ；, or 。 where an item before the last holds a sentence of its
 * own — a ； after a 。 inside the same item would join what a full stop has ended (GB/T 15834 §4.6.3; 一是压紧压实
 * 责任。村支部书记是第一责任人。二是……). A sentence in the last item alone is read as what follows the list (……六是网络
 * 舆论情况复杂。并指出……, seed 002): the items keep their ；.
 */
const itemsEnd = (bare: ReadonlyArray<string>) => (bare.slice(0, -1).some(holdsSentence) ? '。' : '；');

/** An item of a 一是……；二是…… list without the mark it was typed with: an exclamation typed at its end (报送情况!!) too — the list gives each item its ；and the last its 。. */
function bareItem(item: string): string {
  return stripTrailingPunctuation(stripTrailingPunctuation(item).replace(/[!！]+$/u, ''));
}

/** The same points as separate lines ("一是……；" each, the last with "。"). */
export function enumerateLines(items: ReadonlyArray<string>): string[] {
  const bare = items.map(bareItem);
  const between = itemsEnd(bare);
  return bare.map((item, i) => `${toChineseNumber(i + 1)}是${item}${i === items.length - 1 ? '。' : between}`);
}

/** A count with its measure word: (5, "点") → 五点; (6, "个方面") → 六个方面; a count of two is 两 (两点, 两个方面). */
export function countOf(n: number, unit: string): string {
  return (n === 2 && unit ? '两' : toChineseNumber(n)) + unit;
}

/** 结构层次序数 (GB/T 9704 §7.3.3), level 1 to 4: 一、 （一） 1. （1）. */
export function sequenceMark(level: 1 | 2 | 3 | 4, n: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumber(n)}、`;
    case 2:
      return `（${toChineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * Items numbered 1. 2. …, each with its number (GB/T 9704 §7.3.3's third level). Where an item begins with a digit
 * (12月10日前完成……), 1.12月 reads as the decimal 1.12: that list is numbered 一、 二、 instead (the standard's first
 * level, as a 纪要's decisions are by default; prose.md), one form for the whole list: 一、12月10日前……, 二、由…….
 */
export function numberedItems(items: ReadonlyArray<string>): string[] {
  const level = items.some((item) => /^\d/u.test(item)) ? 1 : 3;
  return items.map((item, i) => `${sequenceMark(level, i + 1)}${item}`);
}
