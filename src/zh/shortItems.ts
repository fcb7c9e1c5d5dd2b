import { HAN } from './cjk.js';

/**
 * Short coordinate items typed with 逗号 take 顿号 (GB/T 15834 §4.5: 顿号 between coordinate words and
 * short phrases; 逗号 between clauses), where the shape of the items makes it sure that they are items
 * and not clauses:
 *
 * - days named side by side: 清明，春节等时段 → 清明、春节等时段; 每周一，周四 → 每周一、周四.
 * - items of three characters that begin with the same adverb of a slogan (早发现，早报告，早处置 →
 *   早发现、早报告、早处置; 严把关，严审查) or each with a period (日排查，周报告，月分析), the last one
 *   ending where the text does or at a mark, 的 or 等 (…早处置的要求). A verb and its object (抓党建，
 *   抓发展) begins with no such adverb and keeps its commas, as two-character words do (问题严重，严格…).
 * - three or more words of two characters with the same first one: 公开，公平，公正 → 公开、公平、公正.
 * - three words or more of two characters, the middle ones alone between commas: 杂物，柴草，粪堆。 → 杂物、柴草、粪堆。
 * - items before 等 and the word that says what they are (宣传，排查，调处等工作 → 宣传、排查、调处等工作): items of two to four characters,
 *   the middle ones standing alone between two commas; two items only where the first stands alone
 *   too, after a mark or a word that opens a list (涉及土地流转，征地拆迁等 → 涉及土地流转、征地拆迁等).
 *   (在重点时段管控宣传，排查等 keeps its comma: where the first item begins is not sure.)
 *
 * Never a clause boundary: 成绩显著，问题突出, “领导牵头，信访协调，部门负责” (golden summary-petitions-2009h1: phrases of
 * four characters, in a quotation or not, are as often clauses as items) (no 等, no adverb), 统一思想，提高认识, 各部门，各司其职
 * keep their commas; a connective (同时，为此，…) or a pronoun is never an item.
 */
export function joinShortItems(text: string): string {
  if (!text.includes('，')) return text;
  const joined = text
    .replace(NAMED_DAYS, (run) => run.replaceAll('，', '、'))
    .replace(SLOGAN_RUN, joinSlogan)
    .replace(WORDS_OF_ONE_HEAD, (run) => (CLAUSE_CHAR.test(run) ? run : run.replaceAll('，', '、')));
  // (the lists before 等 are looked for only in a text that has one)
  const listed = joined.includes('等') ? joined.replace(LIST_BEFORE_DENG, joinList) : joined;
  const words = listed.replace(WORDS_OF_TWO, joinWords);
  return words.includes('等') ? words.replace(PAIR_BEFORE_DENG, joinPair) : words;
}

/**
 * Days a 公文 names side by side, each a word no clause begins or ends with: festivals and the sessions
 * of a year (清明，春节等时段 → 清明、春节等时段; 全国两会，国庆等重要节点), days of the week (每周一，周四).
 */
const DAY = '(?:元旦|春节|元宵|清明|五一|端午|七一|中秋|国庆|重阳|寒衣节|冬至|全国两会|省两会|两会|周[一二三四五六日]|星期[一二三四五六日天])';
const NAMED_DAYS = new RegExp(`${DAY}(?:，${DAY})+`, 'gu');

/**
 * Adverbs a 公文 slogan repeats before each verb or noun: 早发现、早报告、早处置; 严把关; 多渠道; 全覆盖.
 * Not 不: 不理解，不支持 are as often predicates of their own (你们尽给我灌黑水，不理解，不支持, golden speech-petition-meeting).
 */
const ADVERB = '早快严多勤常细全准先速零';
/** Periods that begin items of a routine: 日排查、周报告、月分析. */
const PERIOD = '日周月季年';
/** What makes an item a phrase of its own rather than a word (群众的诉求): 的 inside it (了, 着, 得, 地 are also inside words: 了解, 着力, 取得, 土地). */
const CLAUSE_CHAR = /的/u;

const SLOGAN_RUN = new RegExp(`([${ADVERB}${PERIOD}])([${HAN}]{2})((?:，[${ADVERB}${PERIOD}][${HAN}]{2})+)(?=$|[，。；：！？、”）的等])`, 'gu');

/** Three or more words of two characters with the same first one: 公开，公平，公正 → 公开、公平、公正. */
const WORDS_OF_ONE_HEAD = new RegExp(`([${HAN}])[${HAN}](?:，\\1[${HAN}]){2,}(?=$|[，。；：！？、”）的等])`, 'gu');

function joinSlogan(run: string, first: string, rest0: string, rest: string): string {
  const items = [first + rest0, ...rest.split('，').slice(1)];
  if (items.some((item) => CLAUSE_CHAR.test(item))) return run;
  const heads = items.map((item) => item[0]!);
  const sameAdverb = ADVERB.includes(first) && heads.every((h) => h === first);
  // each item a different period: 日排查，周报告，月分析
  const periods = heads.every((h) => PERIOD.includes(h)) && new Set(heads).size === heads.length;
  return sameAdverb || periods ? items.join('、') : run;
}

/** Words that begin a clause or stand for a subject, never items of a list. */
const NOT_AN_ITEM = new Set([
  '同时', '因此', '此外', '另外', '然后', '其次', '首先', '最后', '再次', '目前', '当前', '总之', '其中', '例如', '比如', '为此', '对此',
  '据此', '于是', '所以', '但是', '然而', '而且', '并且', '不过', '近年来', '今年以来', '截至目前', '特别是', '尤其是', '一方面', '另一方面',
  '我们', '大家', '他们', '你们', '同志们', '会议指出', '会议强调', '会议要求', '会议认为',
]);
const isItem = (item: string) => !NOT_AN_ITEM.has(item) && !CLAUSE_CHAR.test(item) && !/^[一二三四五六七八九十]是/u.test(item);

/**
 * 等 that ends a list of things: before the word that says what they are (等形式, 等方面, 等问题, 等工作, 等重点部位) or
 * a mark — not 等 before a count, whose items are people (白水镇，刘某等14名务工人员: README, typed record 05), nor
 * before anything else (村民等聚集), nor the 等 of 坐等, 平等, 同等 … (the last item's last character).
 */
const DENG = '(?<![坐平同相对均初高中上下次何稍])等(?=等|[，。；、：）”…]|$|方面|问题|工作|形式|领域|时段|时期|节点|节日|部门|单位|内容|事项|活动|措施|方式|渠道|手段|载体|地区|区域|场所|部位|行业|企业|人员|群体|因素|纠纷|矛盾|情况|项目|环节|重点|重要|有关|相关|突出|热点|难点|多种|各类|各种|一系列|类)';

/** Two or more commas between items of two to four characters, the last before 等 (the first is what stands before the first comma). */
const LIST_BEFORE_DENG = new RegExp(`(?:，[${HAN}]{2,4}){2,}(?=${DENG})`, 'gu');
const HAN_TAIL = new RegExp(`[${HAN}]+$`, 'u');

function joinList(run: string, offset: number, whole: string): string {
  // what stands before the first comma, back to the last mark: a Han text (searched back from the comma, not at every place)
  const before = HAN_TAIL.exec(whole.slice(Math.max(0, offset - 40), offset))?.[0];
  if (!before) return run;
  const items = run.split('，').slice(1);
  // the first item is what stands before the first comma, back to the last mark: it may be the end of a longer clause
  // (开展宣传，排查，调处等: 开展宣传), so only a connective standing alone there is refused
  if (NOT_AN_ITEM.has(before) || !items.every(isItem)) return run;
  return '、' + items.join('、');
}

/**
 * Three words or more of two characters, the middle ones alone between commas and the last before a mark or the end:
 * 全面清理房前屋后杂物，柴草，粪堆。 → 杂物、柴草、粪堆。 (a clause has more than two characters between its commas).
 */
const WORDS_OF_TWO = new RegExp(`(?<=[${HAN}])[${HAN}]{2}(?:，[${HAN}]{2}){2,}(?=[。；，！？”）]|$)`, 'gu');

function joinWords(run: string): string {
  const items = run.split('，');
  return items.every(isItem) ? items.join('、') : run;
}

/**
 * The words that open a list of items, and the words a phrase begins with (但, 在, 对 …), after which the first
 * item begins: 但土地流转，征地拆迁等领域 → 但土地流转、征地拆迁等领域.
 */
const OPENS_LIST = '涉及|包括|包含|集中在|主要有|主要是|诸如|利用|通过|采取|采用|[但在对把将从与和及因由向以是有如]';
/** One comma between two items before 等, the first standing alone: after a mark, the text's start or a word that opens a list. */
const PAIR_BEFORE_DENG = new RegExp(`(?<=^|[，。；：！？、“（]|${OPENS_LIST})([${HAN}]{2,4})，([${HAN}]{2,4})(?=${DENG})`, 'gu');

function joinPair(pair: string, first: string, second: string): string {
  return isItem(first) && isItem(second) ? `${first}、${second}` : pair;
}
