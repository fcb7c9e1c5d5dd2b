import { HAN } from './cjk.js';
import { PART_OF_DAY, WRITTEN_CLOCK } from './dates.js';
import { isMeetingSaying } from './meeting.js';
import { readSmallNumber } from './numerals.js';

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
 * - three words or more of two characters, the middle ones alone between commas: 杂物，柴草，粪堆。 → 杂物、柴草、粪堆。, or
 *   a quotation of nothing else: “清脏，治乱，增绿” → “清脏、治乱、增绿” (phrases of four characters are as often clauses: kept).
 * - two items before 等 after a verb whose objects they are: 发展黄桃，猕猴桃等特色产业 → 黄桃、猕猴桃等.
 * - acts of disorder, 乱 and one character each: 杜绝污水乱排，乱倒 → 乱排、乱倒.
 * - items before 等 and the word that says what they are (宣传，排查，调处等工作 → 宣传、排查、调处等工作), or, three or more, the act done
 *   with them (空地，荒地，闲置地等开展植树造林): items of two to four characters,
 *   the middle ones standing alone between two commas; two items only where the first stands alone
 *   too, after a mark or a word that opens a list (涉及土地流转，征地拆迁等 → 涉及土地流转、征地拆迁等).
 *   (在重点时段管控宣传，排查等 keeps its comma: where the first item begins is not sure.)
 * - places after 在, 对 or 到 before where the act is (严禁在坟地，电力线路附近 → 坟地、电力线路附近): PLACES_BEFORE_LOCATIVE.
 * - acts 严禁, 禁止, 不得 … forbids, the last short (严禁上坟烧纸，烧荒。 → 上坟烧纸、烧荒): FORBIDDEN_ACTS.
 *
 * Never a clause boundary: 成绩显著，问题突出, “领导牵头，信访协调，部门负责” (golden summary-petitions-2009h1: phrases of
 * four characters, in a quotation or not, are as often clauses as items) (no 等, no adverb), 统一思想，提高认识, 各部门，各司其职
 * keep their commas; a connective (同时，为此，…), a pronoun or the meeting and its verb (会议明确，宣传，排查等工作) is never an item.
 */
export function joinShortItems(text: string): string {
  if (!text.includes('，')) return text;
  const joined = text
    .replace(NAMED_DAYS, (run) => run.replaceAll('，', '、'))
    .replace(TIMES_OF_DAY, (run) => run.replaceAll('，', '、'))
    .replace(SLOGAN_RUN, joinSlogan)
    .replace(WORDS_OF_ONE_HEAD, (run) => (CLAUSE_CHAR.test(run) ? run : run.replaceAll('，', '、')));
  // (the lists of 乱… and those before 等 are looked for only in a text that has one)
  const counted = joined.includes('一') ? joined.replace(ONE_EACH_RUN, (run) => run.replaceAll('，', '、')) : joined;
  const disorder = counted.includes('乱') ? counted.replace(DISORDER_RUN, (run) => run.replaceAll('，', '、')) : counted;
  const listed = disorder.includes('等') ? disorder.replace(LIST_BEFORE_DENG, joinList) : disorder;
  // (WORDS_OF_TWO and PAIR_BEFORE_DENG begin with a look behind, tried at every place of a text: each is looked for
  // only in a text that has what its every match holds, found first without one)
  const words = TWO_BETWEEN_COMMAS.test(listed) ? listed.replace(WORDS_OF_TWO, joinWords) : listed;
  const countedItems = /[和及与]/u.test(words) ? words.replace(COUNTED_ITEMS, joinCounted) : words;
  const pairs = ITEM_BEFORE_DENG.test(countedItems) ? countedItems.replace(PAIR_BEFORE_DENG, joinPair) : countedItems;
  const places = LOCATIVE.test(pairs) ? pairs.replace(PLACES_BEFORE_LOCATIVE, joinPlaces) : pairs;
  const villages = VILLAGE_BESIDE.test(places) ? places.replace(VILLAGES, joinVillages) : places;
  return FORBIDS.test(villages) ? villages.replace(FORBIDDEN_ACTS, joinForbidden) : villages;
}


/** Where things are, after the places named: 附近, 周边 … (not 上, 中, 内: 在会上，…). */
const LOCATIVE_WORDS = '附近|周边|周围|沿线|两侧|两旁|一带';
const LOCATIVE = new RegExp(`，[${HAN}]{2,6}(?:${LOCATIVE_WORDS})`, 'u');
/**
 * Places named after 在, 对 or 到 and before where the act is (严禁在坟地，电力线路附近燃放孔明灯 → 在坟地、电力线路附近; 完成对坟山，
 * 林区周边的野外火源排查 → 对坟山、林区周边, typed record 18): the phrase 在……附近 is not closed before the comma, so what
 * stands between is its places. Not the 在 of 存在, 现在, 正在 …, the 对 of 相对, 反对, the 到 of 达到, 做到 ….
 */
const PLACES_BEFORE_LOCATIVE = new RegExp(
  `(?<=(?<![存现正所实好自内潜])在|(?<![相绝反])对|(?<![达得受做遇感])到)([${HAN}]{2,6})((?:，[${HAN}]{2,6})+)(?=${LOCATIVE_WORDS})`,
  'gu',
);
/** A first item that is a time (在汛期，河道两侧…; 在今冬明春，林区周边…) or a place already closed (在这种情况下，…): a clause of its own. */
const TIME_OR_PLACE_END = /[期时节日月年季天前后间下上中里内外春夏秋冬]$/u;

function joinPlaces(run: string, first: string, rest: string): string {
  const items = [first, ...rest.split('，').slice(1)];
  if (TIME_OR_PLACE_END.test(first) || !items.every(isItem)) return run;
  return items.join('、');
}

/** Words that forbid the acts after them: 严禁, 禁止, 杜绝, 不准, 不得. */
const FORBIDS = /严禁|禁止|杜绝|不准|不得/u;
/**
 * Acts forbidden side by side, the last ending the sentence or before 等 (严禁上坟烧纸，烧荒。 → 上坟烧纸、烧荒; 不得推诿，扯皮 →
 * 推诿、扯皮): the acts after the first of two to four characters each, of three at most where there is only one, since a
 * clause of four may follow the ban (禁止通行，绕道行驶). A clause that says what follows the ban (违者罚款, 否则, 确保安全,
 * 注意安全, 切记) begins with a word no forbidden act begins with, or is a clause's verb (ACTION_FIRST).
 */
const FORBIDDEN_ACTS = new RegExp(`(?<=严禁|禁止|杜绝|不准|不得)([${HAN}]{2,6})((?:，[${HAN}]{2,4})+)(?=[。；！]|$|等)`, 'gu');
/** What a clause after a ban begins with (违者, 否则, 如有, 一经, 注意, 确保, 要, 必须, 务必, 请, 切记 …). */
const AFTER_A_BAN = /^[违否如若一注确要必务请并且及切则对凡经]/u;

function joinForbidden(run: string, first: string, rest: string): string {
  const acts = rest.split('，').slice(1);
  const longest = acts.length === 1 ? 3 : 4;
  const act = (item: string) => item.length <= longest && isItem(item) && !AFTER_A_BAN.test(item) && !ACTION_FIRST.test(item);
  if (!isItem(first) || !acts.every(act)) return run;
  return [first, ...acts].join('、');
}

/**
 * Items the text counts itself: 研究今冬明春防火，低保评议和村道硬化三件事 → 防火、低保评议和村道硬化三件事.
 * The items between the first and the one after 和 (及, 与, 以及) stand alone between commas, each of
 * one to eight characters with no 了, 的, 着 or 过 in it (never a clause of its own), and the count
 * before the matters (件事, 项工作, 个方面 …) is the number of items: the first, those between, the last
 * (听取汇报，讨论了方案和预算两个问题 is neither: 了, and three against 两).
 */
const COUNTED_ITEMS = new RegExp(
  `((?:，[${HAN}]{1,8})+)(?=(?:以及|和|及|与)[${HAN}]{1,8}?([一二三四五六七八九十两])(?:件事|件大事|项工作|项任务|项内容|个方面|方面|个问题|项))`,
  'gu',
);
/** A verb done with the list its clause names, at a first item's start: 研究了, 部署了, 讨论了 (what follows is the item). */
const VERB_DONE = new RegExp(`^[${HAN}]{1,4}了`, 'u');
function joinCounted(between: string, _run: string, count: string): string {
  const counted = readSmallNumber(count);
  const items = between.split('，').slice(1);
  // the list's first item before the run (研究防火，低保和村道三件事), or one of the run's items when the
  // run began before the list (会议明确，防火，低保和村道三件事: 防火 is the first item, 明确's comma stays)
  // (a first item inside the run is the end of the clause that names the list, its verb and 了 before it:
  // 召开会议，研究了防火，低保和村道三件事 → 研究了防火、低保和村道; the item is what follows the 了)
  for (let first = -1; first < items.length; first++) {
    const listed = items.slice(Math.max(first, 0));
    if (first >= 0) listed[0] = listed[0]!.replace(VERB_DONE, '');
    if (listed.some((item) => item === '' || /[了的着过]/u.test(item)) || counted !== listed.length + (first < 0 ? 2 : 1)) continue;
    return items.map((item, i) => `${i <= first ? '，' : '、'}${item}`).join('');
  }
  return between;
}

/**
 * Days a 公文 names side by side, each a word no clause begins or ends with: festivals and the sessions
 * of a year (清明，春节等时段 → 清明、春节等时段; 全国两会，国庆等重要节点), days of the week (每周一，周四).
 */
const DAY = '(?:元旦|春节|元宵|清明|五一|端午|七一|中秋|国庆|重阳|寒衣节|冬至|全国两会|省两会|两会|周[一二三四五六日]|星期[一二三四五六日天])';
const NAMED_DAYS = new RegExp(`${DAY}(?:，${DAY})+`, 'gu');

/**
 * Times of day named side by side, each with its part of the day (每天上午9时，下午3时各巡山一次 → 上午9时、下午3时), the last
 * before what is done at each of them (各, 分别 …) or a mark: a time that a clause follows (上午9时集合，下午3时出发) is no item.
 */
const TIME_OF_DAY = `${PART_OF_DAY}${WRITTEN_CLOCK}`;
const TIMES_OF_DAY = new RegExp(`${TIME_OF_DAY}(?:，${TIME_OF_DAY})+(?=各|分别|两次|[和及等。；，]|$)`, 'gu');

/**
 * Adverbs a 公文 slogan repeats before each verb or noun: 早发现、早报告、早处置; 严把关; 多渠道; 全覆盖; 再动员、再部署.
 * Not 不: 不理解，不支持 are as often predicates of their own (你们尽给我灌黑水，不理解，不支持, golden speech-petition-meeting).
 */
const ADVERB = '早快严多勤常细全准先速零再';
/** Periods that begin items of a routine: 日排查、周报告、月分析. */
const PERIOD = '日周月季年';
/** What makes an item a phrase of its own rather than a word (群众的诉求): 的 inside it (了, 着, 得, 地 are also inside words: 了解, 着力, 取得, 土地). */
const CLAUSE_CHAR = /的/u;

/**
 * Items of a slogan, as many as follow one another (no lookahead: a regex that looked for the end of the last item
 * would give one back and take the rest, 日排查、周报告，月分析制度); joinSlogan looks at where the run ends.
 */
const SLOGAN_RUN = new RegExp(`([${ADVERB}${PERIOD}])([${HAN}]{2})((?:，[${ADVERB}${PERIOD}][${HAN}]{2})+)`, 'gu');
/** Where the last item of a run ends, as a pattern's source: the text's end, a mark, 的 or 等. */
const ITEM_END = '$|[，。；：！？、”）的等]';
const ITEM_END_AT_START = new RegExp(`^(?:${ITEM_END})`, 'u');
/** The word after a slogan's last item that says what the items are: 日排查、周报告、月分析制度; 早发现、早报告、早处置要求. */
const SLOGAN_NAMED = /^(?:制度|机制|工作法|模式|要求|原则|方针|措施)/u;

/** Three or more words of two characters with the same first one: 公开，公平，公正 → 公开、公平、公正. */
const WORDS_OF_ONE_HEAD = new RegExp(`([${HAN}])[${HAN}](?:，\\1[${HAN}]){2,}(?=${ITEM_END})`, 'gu');

/**
 * Items a slogan counts by one each, three or more, the last ending where an item does (ITEM_END): one and a measure word
 * before a thing (即一张图，一本账，一支队伍 → 一张图、一本账、一支队伍; the “五个一” of a plan), one X one Y (一村一策，一户一档，
 * 一人一卡), or an act and the same 一起 / 一批 after each (发现一起，查处一起，曝光一起). Clauses that only begin with 一
 * (一方面…，一方面…; 一年来…) have no such shape.
 */
const ONE_EACH = `(?:一[个张本支套项条件次份把只块册卡][${HAN}]{1,2}|一[${HAN}]一[${HAN}])`;
const ONE_EACH_RUN = new RegExp(
  `${ONE_EACH}(?:，${ONE_EACH}){2,}(?=${ITEM_END})|[${HAN}]{2}(一[起批件])(?:，[${HAN}]{2}\\1){2,}(?=${ITEM_END})`,
  'gu',
);

/**
 * Acts of disorder a 公文 forbids, 乱 and one character each (杜绝污水乱排，乱倒 → 乱排、乱倒; 乱搭，乱建，乱堆): two are enough,
 * the last ending where an item does (ITEM_END) or at 现象 / 行为 / 问题. 乱 before a verb says nothing else.
 */
const DISORDER_RUN = new RegExp(`乱[排倒堆放建搭占贴画扔丢砍伐采挖烧摆停泊倾卸埋葬收罚拉扯设](?:，乱[排倒堆放建搭占贴画扔丢砍伐采挖烧摆停泊倾卸埋葬收罚拉扯设])+(?=${ITEM_END}|现象|行为|问题)`, 'gu');

function joinSlogan(run: string, first: string, rest0: string, rest: string, offset: number, whole: string): string {
  const items = [first + rest0, ...rest.split('，').slice(1)];
  const after = whole.slice(offset + run.length, offset + run.length + 3);
  if (ITEM_END_AT_START.test(after) || SLOGAN_NAMED.test(after)) return sloganItems(items) ?? run;
  // the last one goes on past three characters (月分析制度, 严肃处理): one more item of the slogan, longer, and the
  // run is not sure; a word the slogan's items are not (严肃 after 早发现，早报告) leaves the ones before it
  if (items.length < 3 || sloganItems(items) !== undefined) return run;
  const joined = sloganItems(items.slice(0, -1));
  return joined === undefined ? run : `${joined}，${items.at(-1)!}`;
}

/** The items of a slogan with 顿号: the same adverb before each, or each a different period; undefined if they are not. */
function sloganItems(items: string[]): string | undefined {
  if (items.some((item) => CLAUSE_CHAR.test(item))) return undefined;
  const heads = items.map((item) => item[0]!);
  const sameAdverb = ADVERB.includes(heads[0]!) && heads.every((h) => h === heads[0]);
  // each item a different period: 日排查，周报告，月分析
  const periods = heads.every((h) => PERIOD.includes(h)) && new Set(heads).size === heads.length;
  return sameAdverb || periods ? items.join('、') : undefined;
}

/** The words that put clauses in order (首先……，其次……): a clause's opening, never an item; not a list's item either (compile/sections). */
export const ORDER_WORDS = ['首先', '其次', '再次', '最后', '一方面', '另一方面'] as const;

/** Words that begin a clause or stand for a subject, never items of a list. */
const NOT_AN_ITEM = new Set([
  ...ORDER_WORDS,
  '同时', '因此', '此外', '另外', '然后', '目前', '当前', '总之', '其中', '例如', '比如', '为此', '对此',
  '据此', '于是', '所以', '但是', '然而', '而且', '并且', '不过', '近年来', '今年以来', '截至目前', '特别是', '尤其是',
  '我们', '大家', '他们', '你们', '同志们',
]);
/** A word that opens a clause: a connective, a pronoun, or the meeting and its verb (会议指出, 会议明确: zh/meeting.ts). */
const opensClause = (word: string) => NOT_AN_ITEM.has(word) || isMeetingSaying(word);
const isItem = (item: string) => !opensClause(item) && !CLAUSE_CHAR.test(item) && !/^[一二三四五六七八九十]是/u.test(item);

/**
 * 等 that ends a list of things: before the word that says what they are (等形式, 等方面, 等问题, 等工作, 等重点部位) or
 * a mark — not 等 before a count, whose items are people (白水镇，刘某等14名务工人员: README, typed record 05), nor
 * before anything else (村民等聚集), nor the 等 of 坐等, 平等, 同等 … (the last item's last character).
 */
const DENG = '(?<![坐平同相对均初高中上下次何稍])等(?=等|[，。；、：）”…]|$|方面|问题|工作|形式|领域|时段|时期|节点|节日|部门|单位|内容|事项|活动|措施|方式|渠道|手段|载体|地区|区域|场所|部位|行业|企业|人员|群体|因素|纠纷|矛盾|情况|项目|环节|重点|重要|有关|相关|突出|热点|难点|多种|各类|各种|一系列|类|特色|产业|作物|果树|苗木|树种|品种|设施|物品|物资|农资|杂物|垃圾|资源|困难|行为|现象)';

/**
 * 等 that ends a list of three items or more before the act done with them (空地，荒地，闲置地等开展植树造林): three items of two to
 * four characters alone between their commas are a list, and 等 then says no more than that it goes on.
 */
const DENG_BEFORE_ACT = '(?<![坐平同相对均初高中上下次何稍])等(?=开展|进行|实施|推进|建设|种植|栽植|发展|用于|作为)';
/** Two or more commas between items of two to four characters, the last before 等 (the first is what stands before the first comma). */
const LIST_BEFORE_DENG = new RegExp(`(?:，[${HAN}]{2,4}){2,}(?=${DENG}|${DENG_BEFORE_ACT})`, 'gu');
const HAN_TAIL = new RegExp(`[${HAN}]+$`, 'u');

function joinList(run: string, offset: number, whole: string): string {
  // what stands before the first comma, back to the last mark: a Han text (searched back from the comma, not at every place)
  const before = HAN_TAIL.exec(whole.slice(Math.max(0, offset - 40), offset))?.[0];
  if (!before) return run;
  const items = run.split('，').slice(1);
  // the first item is what stands before the first comma, back to the last mark: it may be the end of a longer clause
  // (开展宣传，排查，调处等: 开展宣传), so only a word that opens a clause standing alone there (同时, 会议明确) is refused
  if (opensClause(before) || !items.every(isItem)) return run;
  // an item that begins with 在, 对, 从 … begins the list there (完善视频监控，在村口，学校，集市等部位 → 完善视频监控，在村口、学校、集市等):
  // what stands before it is a clause of its own; so does one that begins with a verb whose objects the items are
  // (新建油茶基地200亩，发展黄桃，猕猴桃等特色产业 → 200亩，发展黄桃、猕猴桃等), or with the verb of a clause of its own
  // (抓好春耕备耕，确保种子，化肥，农药等农资供应充足 → 抓好春耕备耕，确保种子、化肥、农药等)
  // — unless the items after it are acts too, of its length or beginning with such a verb: then they are parallel, the
  // one before the comma among them (采取教育疏导，严格管控，落实稳控等措施 → 教育疏导、严格管控、落实稳控等;
  // 开展宣传，认真排查，及时调处等工作 → 开展宣传、认真排查、及时调处等)
  const rest = items.slice(1);
  const parallel = rest.some((item) => ACTION_FIRST.test(item)) || rest.every((item) => item.length === items[0]!.length);
  const clauseVerb = ACTION_FIRST.test(items[0]!) && !parallel;
  // (and what stands before the first comma when it says when, 清明期间 or 今年以来: the time of the list, a clause of its own)
  if (PREPOSITION.test(items[0]!) || OPENS_ITEMS.test(items[0]!) || clauseVerb || SAYS_WHEN.test(before)) return '，' + items.join('、');
  return '、' + items.join('、');
}

/** A phrase that says when what follows it is: 清明期间, 今年以来, 汛期前后. */
const SAYS_WHEN = /(?:期间|以来|之际|前后|期内)$/u;

/** Verbs that open a list of their objects (涉及土地流转，征地拆迁等; 发展黄桃，猕猴桃等), as a pattern's source. */
const LIST_VERBS = '涉及|包括|包含|集中在|主要有|主要是|诸如|利用|通过|采取|采用|发展|种植|栽植|栽种|引进|推广|扶持|帮扶|救助|慰问';
/** A verb that opens a list of its objects, at an item's start: 发展黄桃, 利用空地. */
const OPENS_ITEMS = new RegExp(`^(?:${LIST_VERBS})`, 'u');

/** The verbs a clause of a 公文 begins with (确保, 做好, 加强 …), at an item's start: the comma before it ends the clause before. */
const ACTION_FIRST = /^(?:确保|做好|抓好|加强|落实|推进|完善|健全|强化|开展|组织|严格|加快|积极|认真|切实|全面|深入|进一步|坚持|建立|实行|实施|保障|提高|提升)/u;

/** A preposition that begins a phrase, at an item's start (not 在职, 对口, 从业, 由于 …: words of their own). */
const PREPOSITION = /^(?:在(?![职岗校编建册外逃押])|对(?![口象手])|把(?!关)|从(?![业事])|向(?![阳导])|由(?![于此])|按(?![时期])|经(?![济费验营常]))/u;

/** What is done with things named before it (杂物，柴草，粪堆清理): the act after the last of them, as a pattern's source. */
const ACT_ON_THINGS = '(?:清理|清除|清运|整治|处置|回收)';

/**
 * Three words or more of two characters, the middle ones alone between commas and the last before a mark, the end or what is
 * done with them (ACT_ON_THINGS: 村道沿线杂物，柴草，粪堆清理 → 杂物、柴草、粪堆清理):
 * 全面清理房前屋后杂物，柴草，粪堆。 → 杂物、柴草、粪堆。 (a clause has more than two characters between its commas).
 */
const WORDS_OF_TWO = new RegExp(`(?<=[${HAN}])[${HAN}]{2}(?:，[${HAN}]{2}){2,}(?=[。；，！？”）]|$|${ACT_ON_THINGS})|(?<=“)[${HAN}]{2}(?:，[${HAN}]{2}){2,}(?=”)`, 'gu');

/** What every match of WORDS_OF_TWO holds: a word of two characters alone between two commas. */
const TWO_BETWEEN_COMMAS = new RegExp(`，[${HAN}]{2}，`, 'u');

function joinWords(run: string, offset: number, whole: string): string {
  const items = run.split('，');
  if (!items.every(isItem)) return run;
  // the first word is the end of a longer text: a subject's state (上访人情绪激动，哭闹，谩骂 — 激动 is what 情绪 is, and
  // 哭闹 what the person does) is a clause of its own
  const before = whole.slice(Math.max(0, offset - 2), offset);
  if (STATE_OF.test(before) || STATES.has(items[0]!)) return run;
  return items.join('、');
}

/** A subject whose state a two-character word after it says (情绪激动, 秩序混乱, 态度蛮横): the two are a clause. */
const STATE_OF = /(?:情绪|秩序|态度|场面|心情|形势|房屋|天气|气温|身体|精神)$/u;
/** Words that say a state (激动, 混乱, 严重 …): after any subject a clause, never the first item of a list of things or acts. */
const STATES = new Set([
  '激动', '混乱', '紧张', '失控', '恶劣', '蛮横', '强硬', '偏激', '低落', '不满', '严重', '突出', '复杂', '尖锐', '激烈',
  '老旧', '破旧', '困难', '薄弱', '滞后', '落后', '良好', '平稳', '稳定', '好转', '较多', '偏多', '偏少', '偏高', '偏低',
]);

/**
 * The words that open a list of items, and the words a phrase begins with (但, 在, 对 …), after which the first
 * item begins: 但土地流转，征地拆迁等领域 → 但土地流转、征地拆迁等领域.
 */
const OPENS_LIST = `${LIST_VERBS}|[但在对把将从与和及因由向以是有如]`;
/** One comma between two items before 等, the first standing alone: after a mark, the text's start or a word that opens a list. */
const PAIR_BEFORE_DENG = new RegExp(`(?<=^|[，。；：！？、“（]|${OPENS_LIST})([${HAN}]{2,4})，([${HAN}]{2,4})(?=${DENG})`, 'gu');

/** What every match of PAIR_BEFORE_DENG holds: a comma, two to four characters and 等. */
const ITEM_BEFORE_DENG = new RegExp(`，[${HAN}]{2,4}等`, 'u');

function joinPair(pair: string, first: string, second: string): string {
  return isItem(first) && isItem(second) ? `${first}、${second}` : pair;
}

/**
 * A village or community by its name (石塘村, 新屋村, 城东社区): two to four characters before 村 or 社区, which ends the word
 * (not the 村 of 村民, 村委会, 村级 …: 两户村民 names no village).
 */
const VILLAGE = `[${HAN}]{2,4}(?:村|社区)(?![民委务级庄口头里干规组])`;
/** What every match of VILLAGES holds: a comma between the names of two villages. */
const VILLAGE_BESIDE = new RegExp(`村，[${HAN}]{2,4}(?:村|社区)|社区，[${HAN}]{2,4}(?:村|社区)`, 'u');
/**
 * Villages named side by side (石塘村，新屋村火情高发 → 石塘村、新屋村; 对石塘村，新屋村，白鹤村开展检查): a name alone between
 * commas is no clause. The first begins at the text's start, after a mark or a word that opens a list (对, 在, 涉及 …), and
 * the last is not followed by what makes it a clause's subject (石塘村，新屋村也派人参加: 也, 都, 还 …).
 */
const VILLAGES = new RegExp(`(?<=^|[，。；：！？、“（]|${OPENS_LIST})(${VILLAGE})((?:，${VILLAGE})+)(?![也都还则又却就才便])`, 'gu');
/** The words before 村 that say which village or how many, not its name: 全村, 本村, 该村, 各村, 两个村, 农村, 乡村 …. */
const NO_NAME = /^(?:全|本|该|各|每|邻|进|驻|到|入|[一二两三四五六七八九十几])|(?:农|乡)村$/u;

function joinVillages(run: string, first: string, rest: string): string {
  const names = [first, ...rest.split('，').slice(1)];
  return names.every((name) => isItem(name) && !NO_NAME.test(name)) ? names.join('、') : run;
}
