import { toChineseNumber } from './numerals.js';

/**
 * Marks typed as a chat is typed, written as a 公文 writes them (GB/T 15834; prose.md "Punctuation":
 * two marks never meet, except a closing quote or bracket with the mark of its sentence):
 *
 * - a mark typed twice is one: 成效。。 → 成效。; 好!! → 好！; ，， ；； 、、 ：： ？？ alike, and .. after Chinese text; ……。 is ……;
 * - a comma, semicolon, 顿号 or colon before a full stop is the full stop alone (成效，。 → 成效。), and so is
 *   a full stop with a comma after it (成效。，现将 → 成效。现将); ！ or ？ with 。 is the ！ or ？;
 * - ！ or ？ before a comma, semicolon, 顿号 or colon inside a sentence that goes on is left out: 情绪激动！，当事人为
 *   → 情绪激动，当事人为 (the mark of feeling of a text that a sentence was built around);
 * - an ellipsis typed as ... or 。。。 (or one …) is …… (§4.11), a dash typed as -- is —— (§4.9);
 * - a ~ typed after Chinese text at a sentence's end (重复访~) is left out;
 * - a range of years or months typed with a hyphen takes the 一字线 (§4.13.3): 2026-2027年度 → 2026—2027年度,
 *   1-6月 → 1—6月, 5日-10日 → 5日—10日 (never a telephone number, 0731-1234567, or a date, 2026-06-18);
 * - a range of values typed with ~ takes the 浪纹线 (§4.13.3): 3~5天 → 3～5天, and so does one typed with a hyphen
 *   before a unit of measure: 5-10人 → 5～10人, 1.5-2万元 → 1.5万～2万元 (a range in 万 or 亿 says it after both, GB/T 15835), 1-2成 → 1～2成 (not before 号, 日, 月 or 年: 1-3号楼 is a range of items),
 *   and a range of percentages each typed with its %: 85%-90% → 85%～90%;
 * - a range of items typed in brackets takes the 一字线 (§4.13.3: 相关项目的起止): (1)--(3)项 → （1）—（3）项, not a 破折号;
 * - the items of an enumeration typed with commas take 分号 (prose.md: 一是……；二是……；三是……。): ordinalSemicolons.
 */
export function tidyTypedMarks(text: string): string {
  return ordinalSemicolons(MAYBE.test(text) ? tidyMarks(text) : text);
}

/** tidyTypedMarks's passes over a text that has something they change (MAYBE). */
function tidyMarks(text: string): string {
  return text
    .replace(ELLIPSIS, '……')
    .replace(TWO_STOPS, '。')
    .replace(BRACKETED_RANGE, '（$1）—（$2）')
    .replace(DASH, '——')
    .replace(TILDE, '')
    .replace(YEAR_RANGE, '$1—$2')
    .replace(MONTH_RANGE, '$1—$2')
    .replace(DAY_RANGE, '$1—$2')
    .replace(VALUE_RANGE, '$1～$2')
    // (a second number smaller than the first is no range: 5栋2-1户 is a flat's number)
    .replace(HYPHENED_VALUE_RANGE, (range, from: string, to: string) => (Number(to) > Number(from) ? `${from}～${to}` : range))
    .replace(PERCENT_RANGE, '$1～$2')
    .replace(RANGE_OF_WAN, '$1$3～$2$3')
    .replace(/！[!！]+/gu, '！')
    .replace(/？[?？]+/gu, '？')
    .replace(/(?<=[！？])[!?]/gu, (m) => (m === '!' ? '！' : '？'))
    .replace(/([，；、：])\1+/gu, '$1')
    // (the second of two typed before a digit was not widened: 共5户,,12人 → 共5户，,12人)
    .replace(/([，；：])[，,；;：:]*[,;:][，,；;：:]*/gu, '$1')
    .replace(/……。/gu, '……')
    .replace(/(?<!。)。。(?!。)/gu, '。')
    .replace(/[，；、：]+。/gu, '。')
    .replace(/。[，；、]/gu, '。')
    .replace(/([！？])。|。([！？])/gu, '$1$2')
    .replace(/[！？](?=[，；、：])/gu, '');
}

/** Whether a text has anything tidyTypedMarks changes (most texts do not: they are left as they are without the passes). */
const MAYBE = /[，；、：！？。]{2}|[，；：][,;:]|[！？][!?]|\.\.|…|[-－]{2}|[~～]|[\d日%％]\s*[-－–]\s*\d|）\s*[-－–—]/u;

const CJK_BEFORE = '(?<=[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f”’）])';
/** ... or more (after Chinese text), 。。。 or more, one … alone or three and more. */
const ELLIPSIS = new RegExp(`${CJK_BEFORE}\\.{3,}|。{3,}|(?<!…)…(?!…)|…{3,}`, 'gu');
/** A full stop typed twice after Chinese text (总体平稳..但 → 总体平稳。但), as 。。 is one: at the text's end or before Chinese text, not 1..2. */
const TWO_STOPS = new RegExp(`(?<=[\\u3400-\\u9fff])\\.\\.(?=$|[\\u3400-\\u9fff“‘（])`, 'gu');
/** -- or more between Chinese text. */
const DASH = new RegExp(`${CJK_BEFORE}[-－]{2,}(?=[\\u3400-\\u9fff“‘（])`, 'gu');
/** ~ after a Han character, at the end or before a mark. */
const TILDE = /(?<=[\u3400-\u9fff])[~～]+(?=$|[，。；：！？、”）])/gu;
const YEAR_RANGE = /(?<![\d\-－–.])(\d{4})\s*[-－–~～]\s*(\d{4})(?=年)/gu;
const MONTH_RANGE = /(?<![\d\-－–.\/])(\d{1,2})\s*[-－–]\s*(\d{1,2}月)/gu;
/** A range of values typed with ~ before its unit: 3~5万元 → 3～5万元, 20~30% → 20～30%, the 浪纹线 (GB/T 15834 §4.13.3). */
const VALUE_RANGE = /(?<![\w.~])(\d+(?:\.\d+)?)\s*~\s*(\d+(?:\.\d+)?)(?=[%％\u3400-\u9fff])/gu;
/**
 * A range of values typed with a hyphen before its unit: 1.5-2万元 → 1.5～2万元, 5-10人, 20-30% (GB/T 15834 §4.13.3). Only
 * before a unit of measure, never after a digit, a letter, a point or another hyphen (0731-1234567, 2026-06-18, G4-2).
 */
const HYPHENED_VALUE_RANGE = /(?<![\w.\-－–~\/])(\d+(?:\.\d+)?)\s*[-－–]\s*(\d+(?:\.\d+)?)(?=(?:万元|亿元|元|万|亿|[%％]|人|户|名|位|个|件|次|起|家|所|亩|公顷|平方米|平方公里|公里|千米|米|厘米|吨|千克|公斤|天|小时|分钟|岁|倍|台|辆|栋|套|间|处|成|℃|级|毫米|立方米)(?![\d\-－–]))/gu;
/**
 * A range in 万 or 亿 says it after both numbers (GB/T 15835-2011 数值范围: 13万元～17万元, not 13～17万元; 9亿～16亿):
 * 3～5万元 → 3万～5万元, 1.5～2万亩 → 1.5万～2万亩. Plain units need it once (3～5天, 30～50元).
 */
const RANGE_OF_WAN = /(?<![\w.～])(\d+(?:\.\d+)?)～(\d+(?:\.\d+)?)([万亿])/gu;
/** A range of percentages typed with a hyphen or a ~, each with its %: 85%-90% → 85%～90%, 15%~20% → 15%～20% (GB/T 15834 §4.13.3). */
const PERCENT_RANGE = /(?<![\w.\-－–~\/])(\d+(?:\.\d+)?[%％])\s*[-－–~]\s*(\d+(?:\.\d+)?[%％])/gu;
/** A range of items typed in brackets with a hyphen, a dash or a ~ (the brackets already full-width): (1)--(3)项 → （1）—（3）项. */
const BRACKETED_RANGE = /（(\d{1,2}|[一二三四五六七八九十]{1,3})）\s*(?:[-－–~～]{1,2}|—{1,2})\s*（(\d{1,2}|[一二三四五六七八九十]{1,3})）/gu;
/** A range of days: 每月5日-10日 → 5日—10日, 3月1日-3月10日 → 3月1日—3月10日 (prose.md "Ranges"; a date written 日 is no telephone number). */
const DAY_RANGE = /(\d{1,2}日)\s*[-－–~～]\s*((?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)/gu;

/** The ordinals of an enumeration's items, 一是 … 十是, each the one after the one before it. */
const ORDINALS = Array.from({ length: 10 }, (_, i) => toChineseNumber(i + 1));
/** A comma or a 分号 before an ordinal of an item (，二是 ；三是), not the 是否 of a question (二是否属实 is no item). */
const MARK_BEFORE_ORDINAL = /[，；](?=([二三四五六七八九十])是(?![否非]))/gu;
/** A full stop before an ordinal of an item: 一是思想认识到位。二是…. */
const STOP_BEFORE_ORDINAL = /。(?=([二三四五六七八九十])是(?![否非]))/gu;
/** The longest item of a few words (思想认识到位, 工作措施到位) whose full stop an enumeration makes a 分号. */
const SHORT_ITEM = 16;
/** An item of a few words: one phrase with no mark inside it. */
const isShortItem = (item: string) => Array.from(item).length <= SHORT_ITEM && !/[，、：；。！？,;:]/u.test(item);

/**
 * The items of an enumeration typed in one paragraph take 分号 between them (prose.md "Punctuation": 一是……；二是……；
 * 三是……。, above all when they hold commas): 一是要严格火源管控，每天设卡，二是要加强队伍建设 → 设卡；二是; and 句号 where
 * an item before the last holds a sentence of its own (GB/T 15834 §4.6.3; zh/enumerate joins the points gongwen
 * numbers so): 一是做强油茶产业。新建加工厂1座；二是…… → 1座。二是……. Only the mark before the ordinal that follows the
 * last one said in the text (二是 after 一是, 三是 after 二是): a 二是 with no 一是 before it, or out of order, keeps its
 * mark, and so does a 。 typed between items — but where every item is a few words (shortItemsStops).
 */
export function ordinalSemicolons(text: string): string {
  if (!text.includes('一是')) return text;
  const typed = text.includes('。') ? shortItemsStops(text) : text;
  const ends = [...typed.matchAll(MARK_BEFORE_ORDINAL)].filter((m) => ORDINALS.indexOf(m[1]!) === lastOrdinalBefore(typed, m.index) + 1);
  if (!ends.length) return typed;
  // each enumeration of the text apart (one begins at each 一是): its items' marks, and whether one holds a sentence
  const lists = new Map<number, { marks: number[]; holdsSentence: boolean }>();
  for (const m of ends) {
    const start = typed.lastIndexOf('一是', m.index);
    const list = lists.get(start) ?? { marks: [], holdsSentence: false };
    const itemStart = list.marks.length ? list.marks.at(-1)! + 1 : start;
    list.holdsSentence ||= /[。！？]/u.test(typed.slice(itemStart, m.index));
    list.marks.push(m.index);
    lists.set(start, list);
  }
  // (one mark for another, one UTF-16 unit each: the places found stay where they are)
  let out = typed;
  for (const { marks, holdsSentence } of lists.values()) {
    for (const at of marks) out = out.slice(0, at) + (holdsSentence ? '。' : '；') + out.slice(at + 1);
  }
  return out;
}

/**
 * Items of a few words typed with full stops after the words that lead into them (要做到三个到位：一是思想认识到位。二是工作措施
 * 到位。三是责任落实到位。) are one enumeration, as the same typed with commas is: ；between them, the last keeping its 。. Every
 * item of the list, the last to the next end of a sentence, is one phrase of at most SHORT_ITEM characters, and the list follows
 * a ：or a ，; items that are sentences, or that begin a paragraph or follow a 。 (一是加强巡护。二是严控火源。), keep their 。.
 */
function shortItemsStops(text: string): string {
  const stops = [...text.matchAll(STOP_BEFORE_ORDINAL)].filter((m) => ORDINALS.indexOf(m[1]!) === lastOrdinalBefore(text, m.index) + 1);
  const lists = new Map<number, number[]>();
  for (const m of stops) {
    const start = text.lastIndexOf('一是', m.index);
    lists.set(start, [...(lists.get(start) ?? []), m.index]);
  }
  let out = text;
  for (const [start, marks] of lists) {
    // each item from after its ordinal (一是, 二是: two characters) to its mark; the last to the next end
    const items = marks.map((at, k) => text.slice((k ? marks[k - 1]! + 1 : start) + 2, at));
    items.push(text.slice(marks.at(-1)! + 3).split(/[。！？；]/u)[0]!);
    // (a list that a sentence leads into, after its ：or ，: one at a paragraph's start or after a 。 is sentences, each its own)
    if (!/[：，]\s*$/u.test(text.slice(0, start)) || !items.every(isShortItem)) continue;
    for (const at of marks) out = out.slice(0, at) + '；' + out.slice(at + 1);
  }
  return out;
}

/** The index in ORDINALS of the last item's ordinal (一是, 二是 …) before `offset`, or -1. */
function lastOrdinalBefore(text: string, offset: number): number {
  const before = text.slice(0, offset);
  let last = -1;
  let at = -1;
  ORDINALS.forEach((o, i) => {
    const k = before.lastIndexOf(`${o}是`);
    if (k > at) (at = k), (last = i);
  });
  return last;
}
