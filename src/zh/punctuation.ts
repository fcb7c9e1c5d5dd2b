/**
 * Full-width punctuation between Chinese characters (GB/T 15834): text pasted
 * from web pages has `,;:()?!` where a 公文 has ，；：（）？！.
 * Latin and numeric contexts are left alone: 12:20, 1,000, (a), v1.2, URLs.
 */

import { HAN, hasHan, isCjk, isHan } from './cjk.js';
import { clockColonsInText, datesInText, officeTimesInText, timeRangesInText } from './dates.js';
import { halfWidthDigits, wanShorthand, withoutThousandsCommas } from './numerals.js';
import { percentSigns } from './percent.js';
import { joinShortItems } from './shortItems.js';
import { tidyTypedMarks } from './typedMarks.js';

const WIDE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * A text's characters, one an index: the text itself where each of its code units is a character (every character in
 * U+0000–U+FFFF, as nearly every Chinese text is), else its characters as Array.from splits them (a Han character of
 * Extension B and later is two code units). Both index, measure and include alike; span() cuts either into a string.
 */
type Chars = string | readonly string[];

/** The characters from `start` up to `end` of `chars`, as one string. */
function span(chars: Chars, start: number, end: number): string {
  return typeof chars === 'string' ? chars.slice(start, end) : chars.slice(start, end).join('');
}

/** Whether the bracket opened at `open` encloses a Chinese character before it closes. */
function bracketHoldsCjk(chars: Chars, open: number): boolean {
  let depth = 0;
  for (let j = open; j < chars.length; j++) {
    if (chars[j] === '(') depth++;
    else if (chars[j] === ')' && --depth === 0) return false;
    else if (isCjk(chars[j])) return true;
  }
  return false;
}

const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9]/.test(ch);

/** Whether the bracket opened at `open` holds one or two digits alone and Chinese text follows it: (1)严禁瞒报, or another such bracket a range mark after it: (1)--(3)项. */
function sequenceMarkBeforeCjk(chars: Chars, open: number): boolean {
  let j = open + 1;
  while (j < chars.length && j - open <= 2 && isDigit(chars[j])) j++;
  if (!(j > open + 1 && chars[j] === ')')) return false;
  if (isCjk(chars[j + 1])) return true;
  // the first of a range of items: (1)--(3)项, (1)-(3)项, (1)~(3)项
  let k = j + 1;
  while (k < chars.length && k - j <= 2 && /[-－–~～—]/u.test(chars[k]!)) k++;
  return k > j + 1 && chars[k] === '(' && sequenceMarkBeforeCjk(chars, k);
}

/** The index of the first character after `i` that is not a space. */
function nextIndexAfter(chars: Chars, i: number): number {
  let j = i + 1;
  while (j < chars.length && chars[j] === ' ') j++;
  return j;
}

/** The index of the last character before `i` that is not a space. */
function lastIndexBefore(chars: Chars, i: number): number {
  let j = i - 1;
  while (j >= 0 && chars[j] === ' ') j--;
  return j;
}

function neighbour(chars: Chars, i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    if (chars[j] !== ' ') return chars[j];
  }
  return undefined;
}

const NUMERAL = /[〇○零一二三四五六七八九十]/u;

/** The zero of a Chinese numeral is 〇 (U+3007); ○ (U+25CB, a circle) is a common mistake: 二○○九 → 二〇〇九. */
export function fixNumeralZero(text: string): string {
  if (!text.includes('○')) return text;
  return text.replace(/○+/gu, (run, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + run.length];
    return (before && NUMERAL.test(before)) || (after && NUMERAL.test(after)) ? '〇'.repeat(run.length) : run;
  });
}

const CITED_DOC_NUMBER = new RegExp(`([${HAN}])\\s*[[(（【]\\s*(\\d{4})\\s*[\\])）】]\\s*第?0*(\\d+)号`, 'gu');

/** A 发文字号 cited in running text gets 〔〕 too: 隰办发[2012]4号 → 隰办发〔2012〕4号. */
function fixCitedDocNumbers(text: string): string {
  if (!text.includes('号')) return text;
  return text.replace(CITED_DOC_NUMBER, '$1〔$2〕$3号');
}

/**
 * Straight double quotes taken in pairs, in order: a pair becomes “…” when Chinese stands inside it
 * or on either side of it (他说:"好!" / "4.25"事件); an English quotation stays as typed.
 * Returns, for each `"` that becomes curly, '“' or '”'.
 */
function quotePairs(chars: Chars): Map<number, string> {
  const at: number[] = [];
  for (let i = chars.indexOf('"'); i >= 0; i = chars.indexOf('"', i + 1)) at.push(i);
  const curly = new Map<number, string>();
  for (let k = 0; k + 1 < at.length; k += 2) {
    const open = at[k]!;
    const close = at[k + 1]!;
    const outside = isCjk(neighbour(chars, open, -1)) || isCjk(neighbour(chars, close, 1)) || WIDE[neighbour(chars, open, -1) ?? ''] !== undefined;
    let inside = false;
    for (let j = open + 1; j < close && !inside; j++) inside = isCjk(chars[j]);
    if (outside || inside) {
      curly.set(open, '“');
      curly.set(close, '”');
    }
  }
  if (at.length % 2 === 1) {
    // an unpaired quote opens a quotation next to Chinese text
    const last = at[at.length - 1]!;
    if (isCjk(neighbour(chars, last, -1)) || isCjk(neighbour(chars, last, 1))) curly.set(last, '“');
  }
  return curly;
}

/** The organs of one level a 公文 names side by side: 县委、县政府; 镇党委、镇政府、镇人大. */
const ORGAN = '(?:党委|党工委|纪委|监委|委|人民政府|政府|人大|政协|人武部|武装部)';
/** The same without the bare 委, which after a comma begins other words (委托, 委员). */
const NAMED_ORGAN = '(?:党委|党工委|纪委|监委|人民政府|政府|人大|政协|人武部|武装部)';
const LEVEL = '(?:省|市|州|盟|县|区|旗|乡|镇|街道)';
/** What follows an organ's name when it is a person's post, not the organ: 县委书记, 镇人大代表. */
const NOT_A_POST = '(?!员|长|代表|书记|主任|委员)';
const ORGAN_PAIR = new RegExp(`(${LEVEL})(${ORGAN})${NOT_A_POST}[,，]\\s*(?=(?:\\1${ORGAN}|${NAMED_ORGAN})${NOT_A_POST})`, 'gu');

/**
 * Organs of one level listed side by side take 顿号, not 逗号 (GB/T 15834 §4.5: 顿号 between coordinate
 * words): 在县委,县政府的领导下 → 在县委、县政府的领导下; 镇党委，政府 → 镇党委、政府. Only a pair
 * of the same level (县委 … 县政府, or 镇党委 … 政府 without its level) is joined: 报告县委，市政府 …
 * stays two clauses.
 */
export function joinOrgans(text: string): string {
  let joined = text.replace(ORGAN_PAIR, '$1$2、');
  // each organ joined lets the one after it be found (镇党委、政府，人大，政协: 人大, then 政协); an organ after a list is
  // after an organ and a 、, which a text without one has none of (the pattern's look behind, tried at every place, is the costly part)
  if (!ORGAN_LISTED.test(joined)) return joined;
  for (let before = ''; before !== joined; ) (before = joined), (joined = joined.replace(ORGAN_AFTER_LIST, '$1、'));
  return joined;
}

/** What every match of ORGAN_AFTER_LIST stands after: an organ and a 、. */
const ORGAN_LISTED = new RegExp(`${ORGAN}、`, 'u');

/** An organ without its level after one a 、 joined, before a comma and another: 镇党委、政府，人大 → 镇党委、政府、人大. */
const ORGAN_AFTER_LIST = new RegExp(`(?<=${ORGAN}、(?:${NAMED_ORGAN}、)*)(${NAMED_ORGAN})${NOT_A_POST}[,，]\\s*(?=${NAMED_ORGAN}${NOT_A_POST})`, 'gu');

/**
 * Units that 各 names side by side (各村（社区）、各单位; 各乡镇、各部门): a clause that is only 各 and a
 * unit, before a comma and another 各 and a unit, is the first of a list, which takes 顿号 (GB/T 15834 §4.5):
 * 各乡镇,各部门要… → 各乡镇、各部门要…; 乡与各村,各企业签订… → 乡与各村、各企业签订…. A clause with more than the unit keeps its comma: 各村要落实，各单位…;
 * 各乡镇要包保到村，各部门…; 各部门，各司其职. Between 各 and the unit only the words that say which units
 * (各有关单位, 各县直部门, 各企事业单位), never a verb and its object. The units named by the level they belong to
 * (镇直各单位, 县属各部门) are such an item too, as seed 002 writes them beside the villages (各村委会、镇属各单位):
 * 各村（社区），镇直各单位： → 各村（社区）、镇直各单位：.
 */
const UNIT = '(?:有关|相关|[县市区乡镇]直|[县乡镇]属|驻村|驻镇|职能|成员|行政|企事业|基层|直属|重点|中小|涉农|执法|机关)?(?:村|社区|乡镇|乡|镇|街道|单位|部门|科室|站所|处室|县市区|级|企业|学校|医院)';
/** The units of a level: 镇直各单位, 县直各部门, 镇属各单位. */
const LEVEL_UNITS = '[县市区乡镇][直属]各(?:单位|部门|机关|站所|科室)';
const UNIT_ITEM = `(?:各${UNIT}(?:（[^（）]{1,6}）)?|${LEVEL_UNITS})`;
// (what stands before 各 is looked behind, not taken, so that each of three or more is found: 各村、各单位、各部门)
const EACH_UNIT = new RegExp(`(?<=^|[，。；：！？、“（\\s]|[与和及对向在由把将从给为同跟])(${UNIT_ITEM})，(?=${UNIT_ITEM})`, 'gu');
/** What every match of EACH_UNIT holds: a comma before 各, or before the units of a level. */
const COMMA_BEFORE_UNITS = /，(?:各|[县市区乡镇][直属]各)/u;

/**
 * Levels of government listed by a single word each (GB/T 15834 §4.5: 顿号 between coordinate words):
 * 中央,省,市关于 → 中央、省、市关于; 县,乡两级 → 县、乡两级; 县,乡镇,村三级 → 县、乡镇、村三级. Only where a level stands alone between
 * two commas, or a pair is followed by 两级 / 三级 / 各级 / 关于: 到县，市里… stays.
 */
const LEVEL_WORD = '(?:中央|省|市|州|县|区|乡镇|乡|镇|村)';
const LEVEL_RUN = new RegExp(`(${LEVEL_WORD})((?:，${LEVEL_WORD}){2,}|，${LEVEL_WORD}(?=[两三四五]级|各级|关于))`, 'gu');

/**
 * A pair of levels whose 要求, 部署, 领导 … the text names (按照省，市要求 → 按照省、市要求; 县，乡领导带头接访), the first at the
 * text's start, after what is no Han character (of any plane: 𪚥村，镇党委 is no list) or after a word that opens what they do
 * or say (按照, 根据, 由, 向 …): not the 市 of 城市
 * (城市，县城), nor a level a clause ends with (我们到县，市里也有人来).
 */
const LEVEL_PAIR = new RegExp(
  `(${LEVEL_WORD})，(?=${LEVEL_WORD}(?:要求|部署|精神|文件|领导|统一|有关|相关|党委|政府|会议|安排|规定|指示|批示|主管|业务|两级|各级|关于))`,
  'gu',
);
/** What every match of LEVEL_RUN and LEVEL_PAIR holds: a level, a comma and a level. */
const LEVELS_BESIDE = new RegExp(`${LEVEL_WORD}，${LEVEL_WORD}`, 'u');
/** What may stand before the first level of a pair: nothing, what is no Han character, or a word that opens what they do. */
const BEFORE_LEVELS = new RegExp(`(?:^|[^${HAN}\\u{20000}-\\u{3FFFF}]|按照|根据|依照|依据|按|向|对|由|经|在|和|及|与|受|报|从|为)$`, 'u');
const joinLevelPair = (pair: string, level: string, offset: number, whole: string) =>
  BEFORE_LEVELS.test(whole.slice(Math.max(0, offset - 2), offset)) ? `${level}、` : pair;

/** Lists of units and levels typed with commas take 顿号: 各乡镇，各部门 → 各乡镇、各部门; 中央，省，市 → 中央、省、市. */
export function joinUnits(text: string): string {
  // (EACH_UNIT's look behind is tried at every place of a text; the ，各 it needs, found first, spares most texts that)
  const units = COMMA_BEFORE_UNITS.test(text) ? text.replace(EACH_UNIT, '$1、') : text;
  // (both lists of levels hold a comma between two levels, looked for once)
  if (!LEVELS_BESIDE.test(units)) return units;
  return units.replace(LEVEL_RUN, (run) => run.replaceAll('，', '、')).replace(LEVEL_PAIR, joinLevelPair);
}

export function fixPunctuation(input: string): string {
  return joinShortItems(joinUnits(joinOrgans(tidyTypedMarks(widenPunctuation(timeRangesInText(clockColonsInText(officeTimesInText(datesInText(withoutThousandsCommas(wanShorthand(percentSigns(figuresWithoutSpaces(halfWidthDigits(input))))))))))))));
}

/** What follows a comma between telephone numbers: a number of seven digits or more (a mobile, a local number, 0739-…). */
const TELEPHONE_AFTER = /^(?:\d{7,}|0\d{2,3}-\d{7,8})(?!\d)/u;

/** The characters widenPunctuation's switch looks at (a case added there is added here, and to HAS_WIDENED); every other one is kept as it is, its neighbours never looked at. */
const WIDENED = new Set([',', ':', ';', '?', '!', '(', ')', '.', '"']);

/** What follows a year and belongs to it (2025年下半年, 2026年底, 2026年春节): after 2025. it says the point stands for 年. */
const YEAR_PART = /^(?:年|上半年|下半年|全年|春节|元旦|国庆|[一二三四]季度|第[一二三四]季度)/u;

/** Whether a text holds one of the WIDENED characters (most texts of a record typed with full-width marks hold none). */
const HAS_WIDENED = /[,:;?!()."]/u;
/** The next of the WIDENED characters in a text whose code units are its characters (Chars), from its lastIndex on. */
const NEXT_WIDENED = /[,:;?!()."]/g;
/** A code unit of a character beyond U+FFFF: a text that holds one is not its own Chars. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** The index of the first of the WIDENED characters at or after `from`, or -1. */
function nextWidened(chars: Chars, from: number): number {
  if (typeof chars === 'string') {
    NEXT_WIDENED.lastIndex = from;
    return NEXT_WIDENED.exec(chars)?.index ?? -1;
  }
  for (let j = from; j < chars.length; j++) if (WIDENED.has(chars[j]!)) return j;
  return -1;
}

/**
 * A title typed between angle brackets, as a chat or a web page gives it (<森林防火条例>, ‹安全生产法›, «…»): the content
 * begins with a Han character and holds no space or bracket of its kind — an address (<https://…>) or a comparison
 * (x<5 且 y>3) is none.
 */
const ANGLE_TITLE = /[<‹«](?=\p{Script=Han})([^<>‹›«»\s]{1,60})[>›»]/gu;

/**
 * A title typed between angle brackets takes the 书名号 (GB/T 15834 §4.15): 学习<森林防火条例> → 学习《森林防火条例》; one inside
 * a 《》 the inner 〈〉 (《<安全生产法>释义》 → 《〈安全生产法〉释义》).
 */
export function angleTitles(text: string): string {
  if (!/[<‹«]/u.test(text)) return text;
  return text.replace(ANGLE_TITLE, (_typed, title: string, offset: number) => {
    const before = text.slice(0, offset);
    const inside = before.lastIndexOf('《') > before.lastIndexOf('》');
    return inside ? `〈${title}〉` : `《${title}》`;
  });
}

/** The corner quotes of a page from Hong Kong or Taiwan, or a phone set to 繁體, and the mainland marks for them (GB/T 15834 §4.1). */
const CORNER_QUOTES: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** 「」 and 『』 as a mainland 公文 writes them: “” and ‘’ (关于落实「三会一课」制度 → 关于落实“三会一课”制度). */
export function cornerQuotes(text: string): string {
  return /[「」『』]/u.test(text) ? text.replace(/[「」『』]/gu, (q) => CORNER_QUOTES[q]!) : text;
}

/**
 * A space typed between Chinese text and a figure: after a Han character before a digit, or after the figure before a Han
 * character — not beside a number of seven digits or more, a telephone (联系人：唐小燕 13800001111), which a space sets apart,
 * nor after the number of a table, a figure or an attachment before its title (表1 各村防火物资储备情况).
 */
const SPACE_BESIDE_FIGURE = /(?<=\p{Script=Han})[ \u3000]+(?=\d(?!\d{6}))|(?<=\p{Script=Han}[ \u3000]*\d{1,6}(?:\.\d+)?[%％]?)(?<!(?:表|图|附件|附表|附图)\d{1,3})[ \u3000]+(?=\p{Script=Han})/gu;

/**
 * No space between Chinese text and the figures in it (GB/T 15835; the DOCX turns Word's own spacing of them off):
 * 上半年收益 3.6万元 → 上半年收益3.6万元, 共排查 15 处 → 共排查15处. Figures beside Latin text keep theirs (Windows 10 系统).
 */
export function figuresWithoutSpaces(text: string): string {
  return /\d/u.test(text) && /[ \u3000]/u.test(text) ? text.replace(SPACE_BESIDE_FIGURE, '') : text;
}

function widenPunctuation(input: string): string {
  const text = cornerQuotes(angleTitles(fixCitedDocNumbers(fixNumeralZero(input))));
  // the loop below keeps every other character as it is: a text without one is returned whole
  if (!HAS_WIDENED.test(text)) return text;
  const chars: Chars = SURROGATE.test(text) ? Array.from(text) : text;
  // the text in pieces: what lies between the marks widened is copied as it stands, from `kept` on
  const out: string[] = [];
  let kept = 0;
  const openStack: boolean[] = [];
  const quotes = chars.includes('"') ? quotePairs(chars) : undefined;
  for (let i = nextWidened(chars, 0); i >= 0; i = nextWidened(chars, i + 1)) {
    const ch = chars[i];
    const prev = neighbour(chars, i, -1);
    const next = neighbour(chars, i, 1);
    const cjkSide = isCjk(prev) || isCjk(next);
    let wide: string | undefined;
    switch (ch) {
      case ',':
      case ':':
        if (!(isDigit(prev) && isDigit(next)) && cjkSide) wide = WIDE[ch];
        // between two telephone numbers in Chinese text (电话：0739-5321234,13907391234): no thousands separator, which has
        // three digits after it
        else if (ch === ',' && isDigit(prev) && isDigit(next) && TELEPHONE_AFTER.test(span(chars, i + 1, i + 13)) && hasHan(text)) wide = '，';
        // after a percentage, before what is no digit, in Chinese text: GDP增长6.8%,PPP项目3个 (a percentage takes no thousands)
        else if (ch === ',' && (prev === '%' || prev === '％') && !isDigit(next) && hasHan(text)) wide = '，';
        break;
      case ';':
      case '?':
      case '!':
        if (cjkSide) wide = WIDE[ch];
        break;
      case '(': {
        // brackets around Chinese text are full-width even where a digit or the line's start stands outside them,
        // and so is a sequence mark before Chinese text: (1)严禁瞒报 → （1）严禁瞒报
        const convert = cjkSide || bracketHoldsCjk(chars, i) || sequenceMarkBeforeCjk(chars, i);
        openStack.push(convert);
        if (convert) wide = '（';
        break;
      }
      case ')': {
        const opened = openStack.pop();
        if (opened ?? cjkSide) wide = '）';
        break;
      }
      case '.': {
        // A sentence end after Chinese text, not a decimal point or 1. marker.
        // (and after a percentage or a bracket that ends a Chinese sentence: 占25.5%.受理 → 占25.5%。受理;
        // after a quotation: 是“牛鼻子”.要做到 → ”。要做到, the straight quote before it being curled here)
        const closes = isCjk(prev) || prev === '%' || prev === ')' || (prev === '"' && quotes?.get(lastIndexBefore(chars, i)) === '”');
        // after a Han character a . before a digit ends a sentence too (汇报.2025年 → 汇报。2025年): a decimal point has a digit before it
        // (and after a percentage: 98.4%.1.5万元), and so does one before the quotation's closing mark: 人人有责." → 人人有责。”
        const afterHan = isHan(prev) || prev === '%';
        const closingQuote = next === '”' || (next === '"' && quotes?.get(nextIndexAfter(chars, i)) === '”');
        // after a number of three digits or more (a telephone, an amount) before Chinese text: 值班电话:0739-6621119.对… → 。对
        // (a sequence mark has one or two digits: 1.对各村; a decimal has digits after its point; a year before what
        // belongs to it is a year typed with a point for 年, not a sentence's end: 2025.下半年, 2026.年底, 2026.春节)
        const before = span(chars, Math.max(0, i - 16), i);
        // (and after a time of day: 上午8:30.各村要… — a sequence mark has no colon before its number; a number alone at the
        // text's start is its sequence mark at any length, 100.第99条, as 1. is)
        const afterNumber =
          isDigit(prev) &&
          !/^\s*\d+$/u.test(span(chars, 0, i)) &&
          (/(?:^|[^\d.])\d{3,}$/u.test(before) || /(?:^|\D)\d{1,2}[:：]\d{2}$/u.test(before)) &&
          isHan(next) &&
          !(/(?:^|\D)(?:19|20)\d{2}$/u.test(before) && YEAR_PART.test(span(chars, i + 1, i + 4)));
        if (afterNumber || (closes && (next === undefined || (isCjk(next) && !isDigit(next)) || (afterHan && (isDigit(next) || closingQuote))))) wide = '。';
        break;
      }
      case '"':
        wide = quotes?.get(i);
        break;
      default:
        break;
    }
    if (wide) {
      // drop spaces that stood around the half-width mark (those before it are all after `kept`: the piece before
      // ends with the mark widened last, and the spaces after that were skipped)
      let end = i;
      while (end > kept && chars[end - 1] === ' ') end--;
      out.push(span(chars, kept, end), wide);
      while (chars[i + 1] === ' ') i++;
      kept = i + 1;
    }
  }
  out.push(span(chars, kept, chars.length));
  return out.join('');
}

/**
 * The sequence mark a paragraph begins with, as GB/T 9704 §7.3.3 writes it (一、 （一） 1. （1）),
 * where it was typed otherwise: 1、 → 1., 一. (widened to 一。) → 一、, （一）、 → （一）, （1）. → （1）. Only at the start of
 * a paragraph, before Chinese text: 1、2、3 inside a sentence, or 1.5万元, is no sequence mark — but the items typed after the
 * first in the same paragraph, each after a sentence's end, are (inlineSequenceMarks: 1.提高认识。…2、强化督查 → 2.强化督查).
 */
export function fixSequenceMark(text: string): string {
  return inlineSequenceMarks(text
    .replace(/^(\s*)(\d{1,2})、(?=[\u3400-\u9fff“（(])/u, '$1$2.')
    .replace(/^(\s*)(\d{1,2})．(?=[\u3400-\u9fff“（(])/u, '$1$2.')
    .replace(/^(\s*)([一二三四五六七八九十]{1,3})[.．。](?=[\u3400-\u9fff“（(])/u, '$1$2、')
    .replace(/^(\s*)([（(])([一二三四五六七八九十]{1,3}|\d{1,2})([）)])[、.．]?(?=[\u3400-\u9fff“（(])/u, '$1（$3）'));
}

/**
 * The items typed in one paragraph after the first (1.提高认识。各村要高度重视。2、强化督查。…): each number after a sentence's
 * end, in order from 2, with the mark the paragraph's first has (1.), where it was typed 2、 or 2．: one list, one form.
 */
function inlineSequenceMarks(text: string): string {
  if (!/^\s*1\.(?!\d)/u.test(text) || !/[。！？；]\d{1,2}[、．]/u.test(text)) return text;
  let out = text;
  for (let n = 2; ; n++) {
    const next = new RegExp(`(?<=[。！？；])${n}[、．.](?=[\\u3400-\\u9fff“（(])`, 'u').exec(out);
    if (!next) return out;
    out = `${out.slice(0, next.index)}${n}.${out.slice(next.index + next[0].length)}`;
  }
}

/**
 * An item of a list that gongwen numbers itself (要点 → 一是……；二是……, or 1. 2.; 议题; 共识) without the
 * sequence mark typed before it, which would be printed twice (1.1、各村民小组…, 一是一是…): 1、 1. (1) 一、
 * （一） ① and 一是 at its start, before Chinese text or a year (1.2025年1月8日，…). 1.5万元, 12月10日前 and 2026年 are no
 * sequence marks.
 */
export function stripSequenceMark(text: string): string {
  return text.replace(DIGIT_MARK_BEFORE_TEXT, '').replace(OTHER_MARK_BEFORE_TEXT, '');
}

/**
 * The items of a list that gongwen numbers itself, each without the sequence mark typed before it (stripSequenceMark).
 * Where every item begins with its own number in order (1. 2. 3., 1、2、3、), a number before a date is the item's too,
 * and comes off: 1.12月10日前…, which stripSequenceMark keeps (1.12 could be a decimal). Before any other digit it
 * stays: 1.5万元, 2.5米 and 1、2月份 are numbers of the text.
 */
export function stripSequenceMarks(items: readonly string[]): string[] {
  const own = (i: number, after = '') => new RegExp(String.raw`^\s*${i + 1}${NUMBER_MARK}\s*${after}`, 'u');
  const inOrder = items.length > 1 && items.every((item, i) => own(i).test(item));
  return items.map((item, i) => {
    const bare = stripSequenceMark(item);
    if (bare !== item || !inOrder) return bare;
    const beforeDate = own(i, String.raw`(?=\d{1,2}月\d{1,2}[日号])`).exec(item);
    return beforeDate ? item.slice(beforeDate[0].length) : item;
  });
}

/** The marks after a sequence number: 1、 1. 1． 1。 */
const NUMBER_MARK = '[、.．。]';
/** 1、 1. 1． 1。 — a number with its mark. */
const DIGIT_MARK = String.raw`\d{1,2}${NUMBER_MARK}`;
/** Marks that are no number of the text even before a digit: (2) （一） 一、 一是 ① (1.5万元 and 1、2月份 are numbers). */
const OTHER_MARK = String.raw`[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)][、.．]?|[一二三四五六七八九十]{1,3}[、.．。]|[一二三四五六七八九十]{1,2}是(?![否非])|[\u2460-\u2473\u2776-\u277f]`;
// (and before a year: 1.2025年1月8日，… is item 1 of a case list, never the number 1.2025 — a year is followed by 年)
const DIGIT_MARK_BEFORE_TEXT = new RegExp(String.raw`^\s*${DIGIT_MARK}\s*(?=[\u3400-\u9fff“（(《]|(?:19|20)\d{2}年)`, 'u');
// (2)2027年重点发展…, 一是2027年…, ①12月前…
const OTHER_MARK_BEFORE_TEXT = new RegExp(String.raw`^\s*(?:${OTHER_MARK})\s*(?=[\u3400-\u9fff“（(《\d])`, 'u');

/**
 * A sequence mark stripSequenceMark takes off, with the spaces after it, as a pattern's source: the JSON Schema
 * accepts a key typed with one (一、指导思想:, 三、存在的问题:) as the reader does (src/records/jsonSchema.ts).
 */
export const SEQUENCE_MARK = String.raw`(?:${DIGIT_MARK}|${OTHER_MARK})\s*`;

/**
 * 发文字号 with 六角括号 (GB/T 9704 §7.2.4): 隰民农营发[2012] 2号 → 隰民农营发〔2012〕2号.
 * Accepts [], (), （）, 【】 around the year; drops 第 and leading zeros of the number.
 */
export function formatDocNumber(text: string): string {
  const compact = text.replace(/\s+/g, '');
  const m = compact.match(/^(.*?)[[(（【〔]?(\d{4})[\])）】〕]?第?0*(\d+)号$/u);
  if (!m) return compact;
  return `${m[1]}〔${m[2]}〕${m[3]}号`;
}

/** The marks an item may end with that a sentence built around it replaces: ；;。.，,、：: and spaces. */
const TRAILING = /[；;。.，,、：:\s]+$/u;

/** Strips the punctuation a text ends with, so that what is built around it supplies its own. */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(TRAILING, '');
}

/**
 * A sentence ends in 。, or the ！？ it has (a closing quote or bracket may follow them, a straight "
 * as typed too: fixPunctuation curls it later, 说："好。" → 说：“好。”); a trailing ，；、： or a
 * half-width . typed at the end (…疏导交通.) is replaced by 。. A sentence left open with …… takes
 * no 。 after it (two marks never meet: 水库等……, not 水库等……。).
 */
export function endSentence(text: string): string {
  const s = stripTrailingPunctuation(text.trim());
  // (a quotation ended by a typed . is a sentence's end too: 所说:"群众利益无小事." — the . is widened later)
  return /[。！？!?][”’）)"']?$|(?<=\p{Script=Han})\.[”’"']$|…$/u.test(s) ? s : `${s}。`;
}
