import { say, type Text } from '../diagnostics/messages/index.js';
import type { KeyPath } from '../diagnostics/diagnostic.js';
import type { RecordOf } from '../records/schema/index.js';
import { formatDate, formatDateTime, PART_OF_DAY, type DateStyle } from '../zh/dates.js';
import { countOf, enumerateLines, enumerateSentence, numberedItems, sequenceMark } from '../zh/enumerate.js';
import { joinNames, namesGroup, withoutNote } from '../zh/names.js';
import { endSentence, stripTrailingPunctuation } from '../zh/punctuation.js';
import { GOES_ON_FROM_OPENING, HEARD_THING, isDecisionVerb, MEETING_SUBJECT, OBJECT_VERBS, SUBJECT_AT_START } from '../zh/meeting.js';
import { personInSentence, splitPostAndName, type Person } from '../zh/names.js';
import { appendPoints, endParagraphs } from './sections.js';

/** The computed values of a 纪要: its sections as sentences, names joined, dates written, the headcount. */

type MinutesSection = NonNullable<RecordOf<'minutes'>['sections']>[number];
/** A warning about the record's text at a key path: what the text repeats of what gongwen writes itself. */
export type Warn = (path: KeyPath, code: 'verb-repeated' | 'opening-repeated', message: Text) => void;

/** Words that only announce the decisions: 以下事项, 如下五项, 以下几个事项, 如下几点. */
const ANNOUNCES_ITEMS = /^[，,：:\s]*(?:以下|如下)(?:[一二三四五六七八九十两几\d]+(?:项|个|条|点))?(?:事项|决定|意见)?$/u;

/** A lead whose subject is the meeting itself (zh/meeting.ts MEETING_SUBJECT): 经会议研究, 经过会议认真讨论, 会议听取了……, 这次会议听取了……. */
const SUBJECT_LEAD = new RegExp(`^(?:经过?|通过)?${MEETING_SUBJECT}`, 'u');

/** A decision typed with its own verb: 同意推荐……, 原则同意……, 原则通过……, 决定由…… (not 通过招标方式确定……, a means). */
const POINT_VERB = /^(?:(?:原则|一致|研究)?(?:同意|决定|议定|商定|确定)|(?:原则|审议)通过)/u;

/** A decision typed beginning with 同意 and what is agreed to after it (同意购置……; not 同意书). */
const AGREED_AGAIN = /^同意(?=[^书见，,：:。；;\s])/u;
/** The meeting's decision typed again at a decision's start: 会议决定，…… / 会议研究确定…… / 会议一致议定…… (the lead says it). */
const DECIDED_AGAIN = /^会议(?:研究|一致|讨论)?(?:决定|议定|商定|确定)[，,：:]?/u;

/**
 * A 纪要 section: 会议 + verb + ，+ the lead text, then its points. A decision (议定, 决定 …) reads
 * 会议议定以下五项事项： (with a measure word and more than one; 会议议定以下事项： / 会议研究决定： without one), then each
 * decision as its own paragraph, 一、…… or 1.……, each a full sentence ending in 。. A lead text that
 * already holds the verb (经认真研究，会议议定…) is warned about: the verb is written by gongwen.
 */
function minutesSection(s: MinutesSection, i: number, warn: Warn) {
  const verb = s.verb;
  const text: string[] = [...(s.text ?? [])];
  const points = s.points ?? [];
  const decision = isDecisionVerb(verb) && points.length > 0;
  const escaped = verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const verbAtStart = new RegExp(`^(会议)?${escaped}[，,：:]?`, 'u');
  // a decisions' lead that ends with the verb after a comma or 会议 (经研究，会议议定; not 根据县委的决定): the opening writes it
  const verbAtEnd = new RegExp(`(?:[，,\\s]*会议|[，,]\\s*)${escaped}$`, 'u');
  const typed = text.length ? text[0]!.match(verbAtStart)?.[0] : undefined;
  const typedAtEnd = decision && text.length ? stripTrailingPunctuation(text.join('')).match(verbAtEnd)?.[0] : undefined;
  if (typedAtEnd && !typed) {
    warn(['sections', i, 'text'], 'verb-repeated', say('verb-repeated.ends', { typed: typedAtEnd.replace(/^[，,\s]+/u, ''), verb }));
  } else if (typed) {
    warn(['sections', i, 'text'], 'verb-repeated', say('verb-repeated.starts', { typed: typed.replace(/[，,：:]$/u, ''), verb }));
    text[0] = text[0]!.slice(typed.length);
    if (text[0] === '') text.shift();
  } else if (decision && text.some((t) => t.includes(verb))) {
    warn(['sections', i, 'text'], 'verb-repeated', say('verb-repeated.lead', { verb }));
  }
  if (decision) {
    // a lead that only says what the opening writes itself (会议议定，以下事项 → 以下事项) is left out:
    // 会议议定以下事项：, never 以下事项，会议议定以下事项：
    // (without the verb it ends with: 经研究，会议议定以下事项：, never 经研究，会议议定，会议议定以下事项：)
    const typedLead = text.length ? stripTrailingPunctuation(stripTrailingPunctuation(text.join('')).replace(verbAtEnd, '')) : '';
    const lead = ANNOUNCES_ITEMS.test(typedLead) ? '' : typedLead;
    const unit = s.unit;
    // (a count of one is never said: 会议议定以下事项：, not 以下一项事项：)
    // (事项 only after a measure word of it, 项, 个 or 件: 以下两项事项, 以下两个事项; 以下两点, 以下两个方面, 以下三条)
    const what = unit && points.length > 1 ? `以下${countOf(points.length, unit)}${/^(?:项|个|件)$/u.test(unit) ? '事项' : ''}` : verb.endsWith('决定') ? '' : '以下事项';
    // 会议研究决定： unless the lead already says 研究 (经认真研究，会议决定：)
    // (and 经认真研究，会议决定：, not 经认真研究，会议研究决定：, where the verb typed is 研究决定)
    const verbText = verb === '决定' && !unit && !lead.includes('研究') ? '研究决定' : verb === '研究决定' && lead.includes('研究') ? '决定' : verb;
    // a lead whose subject is the meeting (经会议研究, 会议听取了……) is not followed by 会议 again: 经会议研究，同意……;
    // one that only names another meeting (根据县委常委会会议精神) is
    const subject = SUBJECT_LEAD.test(lead) ? '' : '会议';
    if (points.length === 1 && !s.style) {
      // one decision is one sentence, not a list of one (一、……): 经会议研究，同意推荐刘芳同志为……。 (a 样式 asks for the list);
      // a point that begins with its own verb (同意推荐……, 原则同意……) is not given the section's too: 会议同意同意……
      const point = points[0]!;
      const said = POINT_VERB.test(point) ? '' : verbText;
      const sentence = endSentence(`${lead ? `${lead}，` : ''}${subject}${said}${point}`);
      return { verb, opening: sentence, first: sentence, more: endParagraphs(s.after ?? [])! };
    }
    const opening = lead ? `${lead}，${subject}${verbText}${what}：` : `会议${verbText}${what}：`;
    // decisions announced by 同意 (会议一致同意以下事项：) do not say it again: 一、购置灭火器20具。, not 一、同意购置……
    // (another verb of a point, 原则同意……, is kept: it says more than the announcement)
    // and a point typed with the meeting's decision in front of it (会议决定，由……; 会议研究确定……) does not say it after
    // 会议议定以下事项：一、 (一、由……); 会议同意…… keeps 同意, which says more than the announcement
    const ended = points.map((p) => endSentence((verb.endsWith('同意') ? p.replace(AGREED_AGAIN, '') : p).replace(DECIDED_AGAIN, '').replace(/^会议(?=同意)/u, '')));
    const numbered = s.style === '1.' ? numberedItems(ended) : ended.map((p, n) => `${sequenceMark(1, n + 1)}${p}`);
    return { verb, opening, first: opening, more: [...numbered, ...endParagraphs(s.after ?? [])!] };
  }
  const paragraphs: string[] = [...text];
  if (points.length) paragraphs.push(appendPoints(paragraphs.pop(), points, s.unit));
  if (s.after?.length) paragraphs.push(...s.after);
  // each paragraph ends as a section's does (sections.ts endParagraph): 会议指出，……； → ……。
  const [first, ...more] = endParagraphs(paragraphs)!;
  // a verb whose object follows it (传达学习, 听取 …) takes no comma: 会议传达学习了县委十五届八次全会精神。
  if (OBJECT_VERBS.has(verb) && first && !points.length) return { verb, opening: `会议${verb}了${first.replace(/^了/u, '')}`, first, more };
  return { verb, opening: `会议${verb}，${first ?? ''}`, first: first ?? '', more };
}


/**
 * 应到7人，实到6人: the members expected (出席 + 请假 + 缺席) and present, the 主持人 among them where 出席 does not name
 * them (出席: 张强、李红 under 主持人: 周桂兰 is three present); none where an entry names a group (各村支部书记, 全体党员),
 * which cannot be counted.
 */
function headcount(present: string[] | undefined, absent: string[] | undefined, chairs: Person[]): string | undefined {
  if (!present?.length || [...present, ...(absent ?? [])].some(namesGroup)) return undefined;
  // (a chair typed with their post and no space, 支部书记黄立新, is the 黄立新 of 出席)
  const named = present.map((entry) => splitPostAndName(withoutNote(entry)).name);
  const here = present.length + chairs.filter((c) => !named.some((n) => c.name.endsWith(n) || n.endsWith(c.name))).length;
  return `应到${here + (absent?.length ?? 0)}人，实到${here}人`;
}

/**
 * 会议情况 that begins by saying again what the opening sentence says (11月28日下午，张国强主持召开村两委
 * 联席会议，……; 会议由张国强同志主持召开。……): at most two clauses of the day or the place, then a clause
 * in which this record's chair (by name, their posts before it) convenes — nothing but 同志 and 主持
 * between the name and 召开 — this meeting, a 会议 of a few words, or nothing named. Anything else is kept whole: another
 * meeting convened (镇党委书记王明主持召开全镇防火工作会议, 要求各组召开群众会), a clause before it that
 * says more than when or where (会上，张国强传达了……召开的……; 受其委托，会议由李明主持召开).
 */
const DAY_OR_PLACE = new RegExp(`^(?:[^，,。；;]{0,12}(?:年|月|日|号)${PART_OF_DAY}?|(?:今天|昨天|当天|近日|日前)${PART_OF_DAY}?|${PART_OF_DAY}|在[^，,。；;]{1,20})$`, 'u');
const CONVENES = /^(?:会议由)?([^，,。；;]*?)(?:同志)?(?:主持)?召开了?([^，,。；;]*)$/u;

/** What 会议情况 says after its clauses that repeat the opening, and how it joins the opening (，or 。). */
function afterConvening(proceedings: string, meeting: string | undefined, chairs: Person[]): { rest: string; joiner: '，' | '。'; repeated: string } | undefined {
  // each clause's words and the mark after them, apart
  const clauses = [...proceedings.matchAll(/([^，,。；;]+)([，,。；;]?)/gu)].map((m) => ({ words: m[1]!.trim(), mark: m[2]!, typed: m[0] }));
  let i = 0;
  while (i < 2 && i < clauses.length - 1 && DAY_OR_PLACE.test(clauses[i]!.words)) i++;
  const clause = clauses[i];
  const m = clause && CONVENES.exec(clause.words);
  if (!m) return undefined;
  const [, who, what] = m as unknown as [string, string, string];
  // this record's chair, as 主持人 names them or by the name their posts end in (主持人: 村党支部书记张国强,
  // 会议由张国强同志主持召开), and nothing but words of posts before: no act (张国强要求各组召开……)
  const named = who.trim();
  const isChair = named.length >= 2 && chairs.some((c) => c.name.endsWith(named) || named.endsWith(c.name));
  if (!isChair || /的|了|要求|决定|传达|研究|部署|委托/u.test(named)) return undefined;
  const thisMeeting = what === '' || what === meeting || (what.length <= 20 && /(?:会议|会)$/u.test(what) && !/[的]/u.test(what));
  if (!thisMeeting) return undefined;
  const said = clauses.slice(0, i + 1).map((c) => c.typed).join('');
  return { rest: proceedings.slice(said.length).trim(), joiner: /[，,]/u.test(clause.mark) ? '，' : '。', repeated: said.slice(0, said.length - clause.mark.length) };
}

/**
 * A name in a list of those present, as a sentence names a person: a post typed before it with a space (镇长 张伟,
 * 镇森林防火指挥部副指挥长 王芳) is written before it without one (镇长张伟); a name alone, a group (各村支部书记) or a
 * name with a note (韩冬(下乡督查)) is as typed (zh/names splitPostAndName reads only a post and a name).
 */
const postBeforeName = (entry: string) => personInSentence(splitPostAndName(entry));

/** What a 纪要 says before the decisions or requirements it lists: 会议议定, 会议研究决定, 会议要求, 议定如下 … */
const LEADS_POINTS = /(?:议定|决定|商定|确定|明确|要求|强调|如下|以下事项)$/u;

/**
 * The header form's paragraphs, the last one ending in ： where it ends in the verb that introduces the points after it
 * (…，会议议定 typed without a mark; prose.md: a colon introduces what follows), not in 。.
 */
function leadOfPoints(text: string[] | undefined, points: string[] | undefined): string[] | undefined {
  const last = text?.at(-1);
  if (!text || last === undefined || !points?.length) return text;
  const bare = stripTrailingPunctuation(last);
  return LEADS_POINTS.test(bare) ? [...text.slice(0, -1), `${bare}：`] : text;
}

/** What 听取 names, each report as the thing heard (……情况 → ……情况的汇报), several joined A、B和C. */
function heardText(heard: string | string[] | undefined): string | undefined {
  if (heard === undefined) return undefined;
  const things = (Array.isArray(heard) ? heard : [heard]).map((h) => (HEARD_THING.test(stripTrailingPunctuation(h)) ? h : `${stripTrailingPunctuation(h)}的汇报`));
  if (things.length === 1) return things[0];
  return `${things.slice(0, -1).map(stripTrailingPunctuation).join('、')}和${things.at(-1)!}`;
}

/** A meeting's medium typed as its 地点 (视频会议, 线上, 电话会议形式), and the platforms one is held on (腾讯会议, 钉钉 …). */
const MEDIUM = /^(?:视频|电话|线上|网上|网络|远程|在线)(?:会议|连线)?(?:形式|方式)?$/u;
const PLATFORM = /^(?:腾讯会议|钉钉|飞书|微信|企业微信|zoom|welink)/iu;

/**
 * Where the opening says the meeting was held: 在三楼会议室; a medium is no place to be 在 (在视频会议主持召开了), and an
 * office writes 以视频会议形式 (线上: 以线上会议形式) or, for a platform, 通过腾讯会议; none without a 地点.
 */
function placeIn(place: string | undefined): string | undefined {
  if (!place) return undefined;
  if (PLATFORM.test(place)) return `通过${place}`;
  if (!MEDIUM.test(place)) return `在${place}`;
  const medium = place.replace(/(?:形式|方式)$/u, '');
  return `以${medium}${/(?:会议|连线)$/u.test(medium) ? '' : '会议'}形式`;
}

/** A meeting's name that names a 会 (……会议, 调度会, 座谈会, ……会议（扩大）), which is convened (主持召开了). */
const CONVENED = /[会會](?:[议議])?(?:[（(][^（）()]*[）)])?$/u;

/** The label of the recorders' line, by the key the record names them with; 会议记录与整理 otherwise. */
const RECORDERS_LABEL: Readonly<Record<string, string>> = { 记录人: '记录人', 记录: '记录人', 记录员: '记录员', 会议记录: '会议记录' };

/**
 * The label of those absent (缺席, records/aliases.ts), by the key the record names them with; typed in English, the
 * template's own label (请假 in the narrative and header forms, 缺席 in a 支部委员会's), as it was before 请假 had a key
 * of its own.
 */
const ABSENT_LABEL: Readonly<Record<string, string>> = { 缺席: '缺席', 缺席人员: '缺席' };

/**
 * 请假 and 缺席 as a template prints them. Both given: `onLeave` is the 请假 line and `absent` the 缺席 line. One of them
 * alone is `absent` with its label (`absentLabel`): the one line of those not present that templates printed before 请假
 * had a key of its own, so that an office's ejected template (gongwen templates eject) renders such a record as before.
 */
function awayLines(onLeave: string[] | undefined, absent: string[] | undefined, written: WrittenKeys) {
  const names = (list: string[] | undefined) => list && joinNames(list.map(postBeforeName));
  if (onLeave?.length && absent?.length) return { onLeave: names(onLeave), absent: names(absent), absentLabel: '缺席' };
  if (onLeave?.length) return { absent: names(onLeave), absentLabel: '请假' };
  return { absent: names(absent), absentLabel: ABSENT_LABEL[written.absent ?? ''] };
}

/** The keys as the record writes them, where the document prints a label from them (记录员：, 缺席：). */
export interface WrittenKeys {
  recorders?: string;
  absent?: string;
}

export function computeMinutes(d: RecordOf<'minutes'>, style: DateStyle, warn: Warn, written: WrittenKeys = {}): Record<string, unknown> {
  const chairs: Person[] = d.chair ?? [];
  const sections = (d.sections ?? []).map((s, i) => minutesSection(s, i, warn));
  const reports = d.reports?.length
    ? d.reports.map((r) => endSentence(`${r.role ?? ''}${r.name}同志${stripTrailingPunctuation(r.text)}`))
    : undefined;
  // values a template follows with its own punctuation (在{{place}}召开了{{meeting}}。) end without theirs
  const bare = (v: string | undefined) => (v === undefined ? v : stripTrailingPunctuation(v));
  const convened = d.proceedings ? afterConvening(d.proceedings, d.meeting, chairs) : undefined;
  if (convened) warn(['proceedings'], 'opening-repeated', say('opening-repeated', { repeated: convened.repeated }));
  return {
    // 会议情况 after the opening sentence (……主持召开了某会议。会议情况), or, when it began by saying the
    // same, what it says after that, joined as it was (……主持召开了某会议，专题研究……)
    // (what goes on from the opening joins it with ，; a sentence with 会议 as its subject stands after 。)
    proceedingsJoin: convened?.rest
      ? GOES_ON_FROM_OPENING.test(convened.rest) ? '，' : SUBJECT_AT_START.test(convened.rest) ? '。' : convened.joiner
      : d.proceedings && GOES_ON_FROM_OPENING.test(d.proceedings.trim()) ? '，' : '。',
    proceedingsText: convened ? convened.rest || undefined : d.proceedings,
    // header form: each numbered point a full sentence (1.……。), whatever it was typed with, and the
    // paragraphs before them ended as a section's are (a heading typed on its own line keeps no 。)
    points: d.points?.map(endSentence),
    // the same, each with its number: 1.……。, or 一、12月10日前……。 in a list where a point begins with a digit (zh/enumerate numberedItems)
    numberedPoints: d.points && numberedItems(d.points.map(endSentence)),
    text: leadOfPoints(endParagraphs(d.text), d.points),
    // branch form: the closing paragraphs too
    closing: endParagraphs(d.closing),
    // what was heard, as the thing heard: 会议听取了镇财政所关于……情况的汇报 (……情况 alone is no object of 听取); several
    // reports joined as coordinate phrases are (prose.md): A、B和C
    heard: heardText(d.heard),
    place: bare(d.place),
    placeIn: placeIn(bare(d.place)),
    meeting: bare(d.meeting),
    // what the chair did: a meeting (……会议, ……会) is convened, a study or a session that is no 会 (……集体学习, 专题研讨) chaired
    convened: !bare(d.meeting) || CONVENED.test(bare(d.meeting)!) ? '主持召开了' : '主持了',
    organ: bare(d.organ),
    basis: bare(d.basis),
    chairText: chairs.map(personInSentence).join('、'),
    chairNames: chairs.map((c) => c.name).join('、'),
    // 时间: 2024年4月12日上午9:00 fills the date and the time of day; 时段: 下午 gives the time alone
    dateText: d.date ? formatDateTime(d.date, style, d.time ?? d.date.time) : undefined,
    dayText: d.date ? formatDate(d.date, style) : undefined,
    leadIn: stripTrailingPunctuation(d.leadIn ?? '现将会议内容纪要如下'),
    sections,
    participantsText: d.participants ? joinNames(d.participants.map(postBeforeName)) : undefined,
    recordersText: d.recorders ? joinNames(d.recorders) : undefined,
    recordersLabel: d.recordersLabel ?? RECORDERS_LABEL[written.recorders ?? ''] ?? '会议记录与整理',
    attendance: d.attendance
      ? {
          present: d.attendance.present && joinNames(d.attendance.present.map(postBeforeName)),
          ...awayLines(d.attendance.onLeave, d.attendance.absent, written),
          observers: d.attendance.observers && joinNames(d.attendance.observers.map(postBeforeName)),
          headcount: headcount(d.attendance.present, [...(d.attendance.onLeave ?? []), ...(d.attendance.absent ?? [])], chairs),
        }
      : undefined,
    // 会议议题：一是……；二是……。 (prose.md, branch committee)
    topicsText: d.topics?.length ? enumerateSentence(d.topics) : undefined,
    // each member's report its own sentence
    reportsText: reports?.join(''),
    reportsList: reports,
    consensusLines: d.consensus ? enumerateLines(d.consensus.points) : undefined,
    consensusLead: stripTrailingPunctuation(d.consensus?.lead ?? '经过大家认真学习讨论并形成共识如下'),
  };
}
