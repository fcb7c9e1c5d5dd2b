import type { SectionInput } from '../records/schema/common.js';
import { formatDate, parseDate, type DateParts, type DateStyle } from '../zh/dates.js';
import { countOf, enumerateSentence, holdsSentence, sequenceMark } from '../zh/enumerate.js';
import { circledNumber } from '../zh/numerals.js';
import { endSentence, stripSequenceMark, stripTrailingPunctuation } from '../zh/punctuation.js';
import { personInList, personInSentence, type Person } from '../zh/names.js';
import { paragraphShape, typedSequenceMark, type ParagraphShape } from '../zh/paragraphShape.js';
import { ORDER_WORDS } from '../zh/shortItems.js';
import { centredBlock, labeledBlock, tableBlock } from '../model/computedBlocks.js';
import type { ParagraphSource } from '../model/markdownText.js';

/** A section ready for a template: every string final but for punctuation, which is fixed on the model. */
export interface SectionView {
  /** Heading level 1–4: 一、 （一） 1. （1） */
  depth: number;
  title?: string;
  runIn: boolean;
  numbered: boolean;
  /** Paragraphs in order: record text, or a table or block built here (MarkdownBlock). */
  paragraphs: ParagraphSource[];
  sections: SectionView[];
  /** Paragraphs after the subsections. */
  closing: ParagraphSource[];
}

/** What a section's `insert:` items become (the statistics passage, the dispute list …). */
export type InsertResolver = (name: string) => ParagraphSource[];

/** The last paragraph taken off to lead into points or a sentence, when it is text (not a table). */
const popText = (paragraphs: ParagraphSource[]): string | undefined =>
  typeof paragraphs.at(-1) === 'string' ? (paragraphs.pop() as string) : undefined;

export interface SectionContext {
  dateStyle: DateStyle;
  resolveInsert: InsertResolver;
}

/** A sentence's end as typed, half-width or full, and as printed. */
const SENTENCE_END: Readonly<Record<string, string>> = { '。': '。', '.': '。', '！': '！', '!': '！', '？': '？', '?': '？' };

/** A clause that ends in the state it reaches (措施实, 底数清, 落实到位): no count can follow it as its object. */
const STATE_END = /(?:到位|到底|到实处|落地|见效|[清明实严细准全稳])$/u;
/** Verbs ending so that do take a count (抓实三点, 讲明两点). */
const COUNT_TAKING_END = /(?:抓实|做实|讲明|说明|查明|表明|阐明|申明|声明|讲清|说清|弄清|理清|厘清)$/u;

/**
 * A count a lead typed at its end, and its measure word: (以下)(5 | 五 | 几 | nothing before 方面)(点 | 个方面 | 项 …)(的工作 …)：.
 * Its groups: what stands before the count (以下 or nothing), the measure word, what follows it (的工作, 工作).
 */
const TYPED_COUNT = /(以下|)(?:\d{1,2}|[一二三四五六七八九十两几]{1,3}|(?<=以下)(?=个?方面))(个方面|方面|个问题|点|项|条|件)((?:的)?[^，,。；;：:、\s\d]{0,4})[：:]?$/u;

/**
 * "lead" + "五点：" + "一是……；二是……。" — a count is written only when a measure word and a lead are given. The
 * lead's own ending gives way to a count: 必须做到: + 五点： is 必须做到五点：; without a count a lead
 * ending in no mark gets a colon (取得了一定成效 → 取得了一定成效：一是……), one ending in ，：or 。 keeps it.
 */
export function appendPoints(lead: string | undefined, points: ReadonlyArray<string>, unit?: string): string {
  const text = (lead ?? '').trim();
  // a count needs words to count for (做好以下三项工作：); points with no lead are 一是……；二是……。 alone, not 三项：一是……
  if (unit && text !== '') {
    // a lead that counts its points itself (必须做到以下几点, 必须做到5点, 以下三个方面, 以下方面): the count in its place,
    // with the text's own measure word, never a second one beside it (以下四点几点：); a stale count (5 typed over four points,
    // an item taken out of last year's list) is the number of the points
    const typedCount = TYPED_COUNT.exec(text);
    if (typedCount) {
      const [, before, measure, after] = typedCount as unknown as [string, string, string, string];
      // (以下方面 is counted 以下四个方面)
      const measured = measure === '方面' ? '个方面' : measure;
      return `${text.slice(0, typedCount.index)}${before}${countOf(points.length, measured)}${after}：${enumerateSentence(points)}`;
    }
    const count = countOf(points.length, unit);
    // a lead that already announces the list takes the count into the announcement
    // (做好以下工作： → 做好以下三点工作：), never after it (做好以下工作三点：); 如下： needs none
    const announced = /以下([^，,。；;：:、\s]{0,8})[：:]?$/u.exec(text);
    if (announced) return `${text.slice(0, announced.index)}以下${count}${announced[1]}：${enumerateSentence(points)}`;
    if (/如下[：:]?$/u.test(text)) return text.replace(/[：:]?$/u, '：') + enumerateSentence(points);
    const bare = text.replace(/[，,：:；;、\s]+$/u, '');
    // the count is the object of the verb a lead ends with (必须做到五点：, 应注重五个方面：); after a sentence, or
    // a clause ending in its state (底数清，情况明，措施实; 落实到位), it would be read as part of the last word
    // (措施实三点：), so the count is announced after it (……措施实，具体有以下三点：)
    // (the lead as typed: its sentence may end in a half-width mark, 措施实. as 措施实。)
    const sentence = /[。！？.!?]$/u.exec(bare);
    if (sentence) return `${bare.slice(0, -1)}${SENTENCE_END[sentence[0]]}具体有以下${count}：${enumerateSentence(points)}`;
    if (STATE_END.test(bare) && !COUNT_TAKING_END.test(bare)) return `${bare}，具体有以下${count}：${enumerateSentence(points)}`;
    return `${bare}${count}：${enumerateSentence(points)}`;
  }
  // a lead ending in ，(活动的开展，一是……, as the township summary of the 大接访 campaign writes it), ：or a sentence's
  // end keeps its mark — a sentence typed with a half-width one too (严肃追责问责. is 问责。, never 问责。：)
  const sentence = /[。！？.!?]$/u.exec(text);
  const joined = text === '' || /[，,：:]$/u.test(text) ? text.replace(/,$/u, '，').replace(/:$/u, '：')
    : sentence ? `${text.slice(0, -1)}${SENTENCE_END[sentence[0]]}`
      : `${text.replace(/[；;、]+$/u, '')}：`;
  return joined + enumerateSentence(points);
}


/**
 * Pads a label with spaces to align with the longest, as an office types the list: a two-character one with ideographic
 * spaces (组长 → 组　长 beside 副组长; 成员 → 成　　员 beside 副指挥长), one of three beside one of four with a
 * half-width space between its characters, two halves making the one character it lacks (指挥长 → 指 挥 长 beside 副指挥长).
 */
function padLabel(label: string, width: number): string {
  const chars = Array.from(label);
  if (chars.length === 2 && width > 2) return `${chars[0]}${'\u3000'.repeat(width - 2)}${chars[1]}`;
  if (chars.length === 3 && width === 4) return chars.join(' ');
  return label;
}

/**
 * People side by side in a sentence: 顿号 between them (乡长刘志强、乡党委副书记孙明任副组长), or 逗号
 * where one holds several posts, which are already joined by 顿号 (人大主席崔国良，副乡长、综治办主任
 * 崔伟明，… — the township's 大接访 plan), GB/T 15834 §4.5.
 */
function listInSentence(people: Person[]): string {
  return people.map(personInSentence).join(people.some((p) => p.posts.length > 1) ? '，' : '、');
}

/**
 * The posts of a body by what it is: a 指挥部 has a 指挥长 and 副指挥长, a 委员会 a 主任, 副主任 and 委员, a 领导小组 (and
 * anything else) a 组长 and 副组长; the 成员 of each but a 委员会.
 */
function groupPosts(name: string): { leader: string; deputy: string; member: string; body: string } {
  if (/指挥部$/u.test(name)) return { leader: '指挥长', deputy: '副指挥长', member: '成员', body: '指挥部' };
  if (/委员会$/u.test(name)) return { leader: '主任', deputy: '副主任', member: '委员', body: '委员会' };
  return { leader: '组长', deputy: '副组长', member: '成员', body: /(?:工作专班|专班|工作组)$/u.exec(name)?.[0] ?? '领导小组' };
}

/** 职责 typed with its subject at its start: the body (指挥部负责……, 该领导小组), its office, or the word 职责 (主要职责：……). */
const DUTIES_SAID_OF = /^(?:[该本]?(?:领导小组|指挥部|委员会|专班|工作组|小组|办公室)|(?:主要)?职责)/u;

/**
 * 职责 printed after the list, where the 办公室 line comes before it: said of the body, 指挥部负责……, as the township's
 * 大接访 summary writes it (领导小组和督导组负责组织推动……), never as if the 办公室 did it; typed with its subject, as typed.
 */
function dutiesOf(duties: ReadonlyArray<string>, body: string, name: string | undefined): string[] {
  const [first, ...rest] = duties;
  if (first === undefined || DUTIES_SAID_OF.test(first.trim()) || (name !== undefined && first.trim().startsWith(name))) return [...duties];
  return [`${body}${first.trim()}`, ...rest];
}

/** A lead text that sets up a body (成立镇森林防火指挥部, 成立了……领导小组): its name, up to what it is. */
const SETS_UP = /成立(?:了)?([^，。；：,;:]{0,30}?(?:领导小组|指挥部|委员会))/u;
/** The same at the lead's end: 镇党委决定成立活动领导小组. */
const SETS_UP_AT_END = new RegExp(`${SETS_UP.source}$`, 'u');

function groupParagraphs(group: NonNullable<SectionInput['group']>, lead: string | undefined, before = lead): { replaceLast?: string; add: ParagraphSource[] } {
  const deputies = group.deputies ?? [];
  const members = group.members ?? [];
  // the body the lead text sets up names it where the group has no 名称 (决定成立镇森林防火指挥部，组成人员如下)
  const setUp = SETS_UP.exec(before ?? '')?.[1];
  const name = group.name ?? '领导小组';
  const posts = groupPosts(group.name ?? setUp ?? name);
  if (group.style === 'sentence') {
    // a lead that ends by setting the body up (镇党委决定成立活动领导小组) says 成立 once: the sentence takes its place there,
    // and the body's name from it where the group has none (……决定成立由……为成员的活动领导小组)
    const typed = lead === undefined ? null : SETS_UP_AT_END.exec(stripTrailingPunctuation(lead));
    const parts = [`成立由${group.leader.map(personInSentence).join('、')}任${posts.leader}`];
    if (deputies.length) parts.push(`${listInSentence(deputies)}任${posts.deputy}`);
    let sentence = parts.join('，');
    if (members.length) sentence += `，${listInSentence(members)}为${posts.member}`;
    sentence += `的${group.name ?? typed?.[1] ?? name}`;
    const duties = group.duties?.length ? `，${stripTrailingPunctuation(group.duties.join(''))}` : '';
    // the 办公室 after it, as the list prints it (it was left out without a word)
    const office = group.office ? endSentence(group.office) : '';
    const opening = typed ? lead!.slice(0, typed.index) : (lead ?? '');
    return { replaceLast: endSentence(opening + sentence + duties) + office, add: [] };
  }
  const rows: Array<[string, Person[]]> = [
    [posts.leader, group.leader],
    [posts.deputy, deputies],
    [posts.member, members],
  ];
  const present = rows.filter(([, ps]) => ps.length);
  const width = Math.max(...present.map(([l]) => Array.from(l).length));
  const lines = present.map(([label, ps]) => ({ label: padLabel(label, width), value: ps.map(personInList).join('、') }));
  const out: ParagraphSource[] = [labeledBlock(lines)];
  if (group.office) out.push(group.office);
  if (group.duties?.length) out.push(...dutiesOf(group.duties, posts.body, group.name));
  return { add: out };
}

/** A phase's dates typed in brackets at the end of its name: 自查自纠阶段(8月20日—9月10日), 排查阶段（4月1日至4月10日）. */
const DATES_IN_NAME = /^(.+?)\s*[（(]\s*([^（）()]+?)\s*(?:至|到|—|－|-|–|～|~)\s*([^（）()]+?)\s*[）)]$/u;

/**
 * A phase's name and dates: those of 起 and 止, or where it has neither, those typed in brackets at the end of its name (as
 * last year's plan wrote them), so that every phase prints its dates alike — （一）自查自纠阶段（8月20日至9月10日）。 beside
 * （二）集中检查阶段（9月11日至10月31日）。, in the document's 日期格式 — where they read as dates.
 */
function namedDates(name: string, from: DateParts | undefined, to: DateParts | undefined): [string, DateParts | undefined, DateParts | undefined] {
  if (from || to) return [name, from, to];
  const m = DATES_IN_NAME.exec(name);
  const [start, end] = m ? [parseDate(m[2]!), parseDate(m[3]!)] : [];
  if (!start || !end || start.time !== undefined || end.time !== undefined || start.day === undefined || end.day === undefined) return [name, from, to];
  // (the end without its year takes the start's: 2025年8月20日—9月10日)
  return [m![1]!, start, end.year === undefined ? { ...end, year: start.year } : end];
}

function phaseTitle(name: string, from: DateParts | undefined, to: DateParts | undefined, style: DateStyle): string {
  if (!from && !to) return name;
  // a phase with one end says which (长效管护阶段（2026年4月1日起）, 排查摸底阶段（4月30日前）), never a single day
  if (!to) return `${name}（${formatDate(from!, style)}起）`;
  if (!from) return `${name}（${formatDate(to, style)}前）`;
  // the end of a range in the same year leaves the year out: 2024年4月1日至4月10日
  const end = to && from && to.year === from.year ? { ...to, year: undefined } : to;
  const range = [from && formatDate(from, style), end && formatDate(end, style)].filter(Boolean).join('至');
  return `${name}（${range}）`;
}

/**
 * A section's text typed as a list of two or more short phrases (- 加强组织领导 / - 落实经费保障): they
 * are one paragraph, 一是加强组织领导；二是落实经费保障。, as an office writes them, not paragraphs of
 * a few characters each — typed with their own 一是, 二是 … in order too (- 一是加强组织领导 / - 二是落实经费保障), which
 * the paragraph says once: 存在问题 typed so and 下步打算 typed without them are one shape, as they are when typed
 * in one line (一是……;二是……). The last may end as the list does (- 二是经费保障不足.). Undefined for any other text:
 * an item that is a sentence (ends in 。！？ or a single ., or holds one: 专班成立.每周调度), a label and its text
 * (道路交通：……), one numbered by hand otherwise (1., ①, 第一，, 首先，, A.), a salutation (同志们), one that leads into
 * what follows (具体情况如下), or one over 40 characters. With `stopsTyped` (a 总结's 存在问题 or 工作打算, where a list is the
 * writer itemising), each item may end with the full stop the last may: - 产业项目联农带农机制还不够完善. / - 部分脱贫户…不足.
 */
export function shortPhrases(text: SectionInput['text'], { stopsTyped = false } = {}): string[] | undefined {
  if (!text || text.length < 2) return undefined;
  const typed = text.map((item) => (typeof item === 'string' ? item.trim() : undefined));
  if (!typed.every((item): item is string => item !== undefined)) return undefined;
  // items numbered 一是, 二是 … in order, each of them, or none
  const ordinals = typed.map((item) => paragraphShape(item));
  const numbered = ordinals.every((shape, i) => shape.kind === 'ordinal' && shape.n === i + 1);
  if (!numbered && ordinals.some((shape) => shape.kind === 'ordinal')) return undefined;
  const items = numbered ? typed.map((item) => item.replace(ORDINAL_AT_START, '')) : typed;
  // (the last item's full stop is the list's own end)
  const last = items.length - 1;
  const bare = items.map((item, i) => (i === last || stopsTyped ? item.replace(LIST_END, '') : item));
  return bare.every(isShortPhrase) ? bare : undefined;
}
/** The ordinal an item was typed with: 一是, 十二是. */
const ORDINAL_AT_START = /^[一二三四五六七八九十]{1,3}是/u;
/** The full stop the last item of a list was typed with: 。 or one . (not the dots of 有待提高...). */
const LIST_END = /(?:。|(?<![.。])\.)$/u;
const isShortPhrase = (item: string): boolean =>
  PHRASE.test(item) && !SENTENCE_INSIDE.test(item) && !ENDS_SENTENCE.test(item) && stripSequenceMark(item) === item && !OPENS_IN_ORDER.test(item) && !LEADS_INTO.test(item);
/** Items that number themselves in words or letters (第一，…; 首先，…; A. …), or a speech's salutation (同志们). */
const OPENS_IN_ORDER = new RegExp(`^(?:第[一二三四五六七八九十]+[，、,]|${ORDER_WORDS.join('|')}|[A-Za-z][.、．]|.{0,8}们[：:，,]?$)`, 'u');
/** One clause of at most 40 characters, a list's mark (；，、) at most at its end. */
const PHRASE = /^[^。；;！!？?：:]{1,40}[；;，,、]?$/u;
/** A sentence's end typed half-width inside the item (专班成立.每周调度), not a decimal point (98.4%). */
const SENTENCE_INSIDE = /\.(?=\p{Script=Han})/u;
/** A sentence's end at the item's end: 。！？, or one . (the dots of a chat's 有待提高... are no end). */
const ENDS_SENTENCE = /(?:[。！？!?]|(?<!\.)\.)$/u;

/** Turns a record's section (to four levels) into the view the `section` partial renders. */
export function buildSection(input: SectionInput, ctx: SectionContext, depth = 1): SectionView {
  // Subsections are one level down, or at the level the section names (一、 straight to 1. is common practice).
  const childDepth = Math.min(4, Math.max(depth + 1, input.sectionsLevel ?? depth + 1));
  const paragraphs: ParagraphSource[] = [];
  // (a text that leads into points, steps or a group is their lead, not a list of its own)
  const phrases = input.points?.length || input.steps?.length || input.group ? undefined : shortPhrases(input.text);
  if (phrases) paragraphs.push(enumerateSentence(phrases));
  else {
    for (const item of input.text ?? []) {
      if (typeof item === 'string') paragraphs.push(item);
      else paragraphs.push(...ctx.resolveInsert(item.insert));
    }
  }
  if (input.points?.length) {
    const lead = popText(paragraphs);
    paragraphs.push(appendPoints(lead, input.points, input.unit));
  }
  if (input.after?.length) paragraphs.push(...input.after);
  // a ③ line with no name and more lines under it is the step's title, kept as written (by its place:
  // paragraphs are only pushed and popped at the end, and a title is never last)
  const asWritten = new Set<number>();
  input.steps?.forEach((step, i) => {
    const [first, ...rest] = step.text;
    if (!step.name && rest.length > 0) asWritten.add(paragraphs.length);
    paragraphs.push(`${circledNumber(i + 1)}${step.name ? `${step.name}：` : ''}${first ?? ''}`, ...rest);
  });
  if (input.group) {
    // a group listed with its name and nothing before it is introduced as prose.md's 实施方案 introduces it: 成立……领导小组，组成人员如下：
    if (input.group.style !== 'sentence' && input.group.name && paragraphs.length === 0) paragraphs.push(`成立${stripTrailingPunctuation(input.group.name)}，组成人员如下：`);
    // a lead that sets the body up and ends there (镇政府决定成立青溪镇森林防灭火指挥部。) leads into the list as prose.md's does:
    // ……指挥部，组成人员如下：
    const lead = paragraphs.at(-1);
    if (input.group.style !== 'sentence' && typeof lead === 'string' && SETS_UP_AT_END.test(stripTrailingPunctuation(lead))) {
      paragraphs[paragraphs.length - 1] = `${stripTrailingPunctuation(lead)}，组成人员如下：`;
    }
    // (a list's lead stays where it is, read for the body it sets up: groupParagraphs SETS_UP)
    const last = paragraphs.at(-1);
    const g = groupParagraphs(input.group, input.group.style === 'sentence' ? popText(paragraphs) : undefined, typeof last === 'string' ? last : undefined);
    if (g.replaceLast !== undefined) paragraphs.push(g.replaceLast);
    paragraphs.push(...g.add);
  }
  if (input.table) {
    if (input.table.caption) paragraphs.push(centredBlock(input.table.caption));
    paragraphs.push(tableBlock(input.table.columns, input.table.rows));
  }
  const sections: SectionView[] = (input.phases ?? []).map((p) => ({
    depth: childDepth,
    title: phaseTitle(...namedDates(stripSequenceMark(p.name), p.from, p.to), ctx.dateStyle),
    runIn: true,
    numbered: true,
    paragraphs: endParagraphs(p.text ?? [])!,
    sections: [],
    closing: [],
  }));
  for (const sub of input.sections ?? []) sections.push(buildSection(sub, ctx, childDepth));
  renumberTypedItems(paragraphs, depth);
  return {
    depth,
    // a 标题 typed with the number it had in last year's document (一、指导思想, (1)排查目标) is numbered once, by gongwen
    // (one that gongwen does not number, 编号: false, keeps what was typed)
    title: input.title === undefined || input.numbered === false ? input.title : stripSequenceMark(input.title),
    runIn: input.runIn ?? false,
    numbered: input.numbered ?? true,
    paragraphs: endParagraphs(paragraphs, asWritten)!,
    sections,
    closing: endParagraphs(input.closing ?? [])!,
  };
}

/**
 * Paragraphs typed with their own numbers (last year's text pasted under a heading: （一）受理登记。… （二）调查核实。…
 * （3）调解处理。…) numbered at the level under the section's, in place: GB/T 9704 §7.3.3 numbers the items under a （三）
 * 1. 2. 3., never a second （一） under it, nor a series that changes its style at its third item. Only a list sure to be one:
 * every paragraph with a mark, numbered 1 to n in order, two or more; and only where its marks are at the section's level or
 * above it, or of more than one level — a list one level down, or two (1. 2. under 一、, common practice), is as typed.
 */
function renumberTypedItems(paragraphs: ParagraphSource[], depth: number): void {
  if (depth >= MAX_HEADING_DEPTH) return;
  const items = paragraphs.flatMap((p, i) => {
    const mark = typeof p === 'string' ? typedSequenceMark(p) : undefined;
    return mark ? [{ i, ...mark }] : [];
  });
  if (items.length < 2 || !items.every((item, k) => item.n === k + 1)) return;
  if (!items.some((item) => item.level <= depth) && items.every((item) => item.level === items[0]!.level)) return;
  const level = (depth + 1) as 2 | 3 | 4;
  // (1. before a digit reads as a decimal, 1.3个工作日: such a list is left as typed)
  if (level === 3 && items.some((item) => /^\s*\d/u.test((paragraphs[item.i] as string).slice(item.length)))) return;
  for (const item of items) paragraphs[item.i] = `${sequenceMark(level, item.n)}${(paragraphs[item.i] as string).slice(item.length)}`;
}

/** The end of a paragraph that leads into what follows: 如下, 如下意见, 以下几点要求, 以下几项工作 (and the marks typed after it); not 5万元以下. */
const LEADS_INTO =
  /(?:如下(?:几|[一二三四五六七八九十两])?[点项条]?(?:意见|要求|事项|措施|规定|办法)?|以下(?:(?:几|[一二三四五六七八九十两])(?:[点项条]|个方面))?的?(?:意见|要求|事项|措施|规定|办法|工作|任务|方面|问题)|以下(?:几|[一二三四五六七八九十两])点)[；;。.，,、\s]*$/u;

/**
 * A paragraph ends as a paragraph of a 公文 does: with 。！？ (or …), or with ： before what it
 * introduces. A ；，、 typed at its end — a list item pasted as a paragraph — becomes 。, and 。 is
 * added where nothing ends it (清理畜禽养殖粪污 → 清理畜禽养殖粪污。); a paragraph that ends 如下 leads
 * into what follows and takes ： (现将有关情况总结如下 → 现将有关情况总结如下：, prose.md 总结), and so
 * does one that ends 如下意见 or 以下意见 (现提出如下意见。 → 现提出如下意见：, as the 实施意见 of seed 004 writes it).
 */
export function endParagraph(text: string): string {
  const t = text.trimEnd();
  if (t === '' || /[：:…]$/u.test(t)) return t;
  if (LEADS_INTO.test(t)) return `${stripTrailingPunctuation(t)}：`;
  return endSentence(t);
}

/** Whether a paragraph's neighbour is an item of the same hand-typed list as it (1.…… beside 2.……). */
const sameList = (shape: ParagraphShape, other: ParagraphShape | undefined) =>
  other !== undefined && 'mark' in other && 'mark' in shape && other.mark === shape.mark;

/**
 * How a paragraph ends among the paragraphs around it (zh/paragraphShape reads how each was typed):
 * - a heading typed by hand on a line of its own (（一）清理河道 with its text below, or last) keeps no
 *   mark (prose.md: a standalone heading has no full stop); followed by an item of the same list
 *   (1.加强领导 / 2.严明纪律), or last or before text after a line as short of the same list, it is an
 *   item of a list and ends as a sentence;
 * - an item of 一是…… followed by the next ends in ； (一是……；二是……；三是……。), or in 。 where an item
 *   of its list holds a sentence of its own (GB/T 15834 §4.6.3: where one item or more of a list holds a
 *   。, no item ends in ；);
 * - items ①…… typed with ； before the next keep it (分项列举, GB/T 15834 §4.6.3), the last ends in 。, and so
 *   does each where one of them holds a sentence;
 * - a contact line (联系人：张三，联系电话：0731-1234567) ends with its number, with no mark;
 * - any other paragraph as endParagraph ends it.
 */
function endAmong(text: string, shape: ParagraphShape, before: ParagraphShape | undefined, after: ParagraphShape | undefined, listHoldsSentence = false): string {
  const t = text.trimEnd();
  switch (shape.kind) {
    case 'contact':
      return contactLine(t);
    case 'heading':
      // (the last of such items keeps its 。 before a paragraph of text or a contact line too: 1.严禁上坟烧纸 /
      // 2.严禁烧荒 / 3.严禁在林区吸烟 / 对违反上述规定的，…; a heading has text between it and the next, never a heading)
      return sameList(shape, after) || (after === undefined && sameList(shape, before)) || (before?.kind === 'heading' && sameList(shape, before))
        ? endParagraph(t)
        : t;
    case 'numbered':
      return shape.mark === '①' && sameList(shape, after) && /[；;]$/u.test(t) ? circledItem(t, listHoldsSentence) : endParagraph(t);
    case 'ordinal': {
      if (after?.kind !== 'ordinal' || after.n !== shape.n + 1) return endParagraph(t);
      const s = t.replace(/[；;，,、\s]+$/u, '');
      // an item that ends in ：leads into what follows it (一是做到三个到位：), and one ended by its writer keeps its mark
      if (/[。！？…：][”’）)]?$/u.test(s)) return s;
      if (/:$/u.test(s)) return `${s.slice(0, -1)}：`;
      return listHoldsSentence ? `${s}。` : `${s}；`;
    }
    default:
      return endParagraph(t);
  }
}

/**
 * A contact line as a 公文 prints it: spaces typed between its fields become a comma
 * (联系人：唐小燕  联系电话：… → 联系人：唐小燕，联系电话：…), a unit and a name a space apart are
 * joined (县农经站 邓辉 → 县农经站邓辉: no spaces inside Chinese text), two numbers a comma apart take a
 * full-width one (0739-5231234,13800001111 → 0739-5231234，13800001111), and it ends with its number.
 */
function contactLine(t: string): string {
  return t
    .replace(/(?<=[\p{Script=Han}\w）)])[ \u3000]+(?=(?:联系电话|联系方式|电\s*话|手\s*机|传\s*真|电子邮箱|邮\s*箱|地\s*址|邮\s*编)\s*[：:])/gu, '，')
    .replace(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, '')
    // two numbers a comma apart are two numbers (0739-5231234,13800001111), not one number's thousands
    .replace(/(?<=\d{5})\s*,\s*(?=\d{5})/gu, '，')
    .replace(/[；;，,、。.\s]+$/u, '');
}

/** An item ①…… typed with ； before the next: it keeps its ； (①……；②……；③……。), unless an item of its list holds a sentence. */
const circledItem = (t: string, listHoldsSentence: boolean) => {
  const s = t.replace(/[；;\s]+$/u, '');
  return listHoldsSentence ? `${s}。` : `${s}；`;
};

/** Whether the paragraph after `i` is the next item of the same list: 一是…… then 二是……, ①…… then ②……. */
function nextItem(shapes: ReadonlyArray<ParagraphShape>, i: number): boolean {
  const [shape, after] = [shapes[i]!, shapes[i + 1]];
  if (shape.kind === 'ordinal') return after?.kind === 'ordinal' && after.n === shape.n + 1;
  return 'mark' in shape && shape.mark === '①' && sameList(shape, after);
}

/**
 * For each paragraph, whether it is an item of a list (一是……；二是……, ①……；②……) one item of which holds a
 * sentence of its own (its text before the mark it ends with holds a 。): all its items then end in 。.
 */
function listsHoldingSentences(texts: ReadonlyArray<string | undefined>, shapes: ReadonlyArray<ParagraphShape>): boolean[] {
  const holds = texts.map(() => false);
  for (let start = 0; start < texts.length; ) {
    let end = start;
    while (end + 1 < texts.length && nextItem(shapes, end)) end++;
    const range = Array.from({ length: end - start + 1 }, (_, k) => start + k);
    if (end > start && range.some((k) => holdsSentence((texts[k] ?? '').trim().replace(/[；;，,、。.！？!?\s]+$/u, '')))) {
      for (const k of range) holds[k] = true;
    }
    start = end + 1;
  }
  return holds;
}

/**
 * The paragraphs of a section, 前言, 开头 or 结尾 (texts; an insert or a block is left as it is), each
 * ended by what it is and what stands beside it (endAmong); those at `asWritten` are kept as typed.
 */
export function endParagraphs<T>(paragraphs: T[] | undefined, asWritten?: ReadonlySet<number>): T[] | undefined {
  if (!paragraphs) return paragraphs;
  // a table or block between paragraphs is text to its neighbours: a heading above a table is a heading
  const shapes = paragraphs.map((p): ParagraphShape => (typeof p === 'string' ? paragraphShape(p) : { kind: 'text' }));
  const holds = listsHoldingSentences(paragraphs.map((p) => (typeof p === 'string' ? p : undefined)), shapes);
  return paragraphs.map((p, i) =>
    typeof p === 'string' && !asWritten?.has(i) ? (endAmong(p, shapes[i]!, shapes[i - 1], shapes[i + 1], holds[i]) as T) : p,
  );
}

/** The four heading levels GB/T 9704 §7.3.3 numbers: 一、 （一） 1. （1）. */
export const MAX_HEADING_DEPTH = 4;

interface NestedSection {
  sections?: NestedSection[];
  phases?: unknown[];
  sectionsLevel?: number;
}

/**
 * Where a record's sections go past the fourth level (which buildSection would fold into the
 * fourth): the key paths of the `sections` / `phases` lists that would be a fifth level.
 */
export function sectionsTooDeep(sections: NestedSection[] | undefined, path: (string | number)[], depth = 1): (string | number)[][] {
  const out: (string | number)[][] = [];
  (sections ?? []).forEach((s, i) => {
    const childDepth = Math.max(depth + 1, s.sectionsLevel ?? depth + 1);
    const here = [...path, i];
    if (childDepth > MAX_HEADING_DEPTH) {
      if (s.sections?.length) out.push([...here, 'sections']);
      if (s.phases?.length) out.push([...here, 'phases']);
    } else out.push(...sectionsTooDeep(s.sections, [...here, 'sections'], childDepth));
  });
  return out;
}
