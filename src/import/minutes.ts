/**
 * A 纪要 read back into a record: the narrative form (X月X日，……在……主持召开了……。 / 会议指出，……),
 * the 支部委员会 form (minutes-branch) or the header form (时间： 地点： 参加人员：, minutes-header).
 */
import { say, type Text } from '../diagnostics/messages/index.js';
import type { Block, GongwenDocument } from '../model/document.js';
import { YEAR } from '../readers/patterns.js';
import { headingOf } from '../readers/structure.js';
import { HAN } from '../zh/cjk.js';
import { MEETING_VERB_PARAGRAPH } from '../zh/meeting.js';
import { blockText, colophonOf, signatureOf, type Obj } from './sections.js';

/** 委员某某同志汇报了……: a report in a branch meeting's minutes, the post, the name (two or three 汉字) and what was said. */
const COMRADE = new RegExp(`^(.*?(?:委员|书记|主任|组长|部长|队长))?([${HAN}]{2,3})同志(.+)$`, 'u');

/** 会议指出，……: a section of a 纪要, in zh/meeting.ts's words. */
const MINUTES_VERB = new RegExp(MEETING_VERB_PARAGRAPH, 'u');
const OPENING = new RegExp(`^(${YEAR}?年?\\d{1,2}月\\d{1,2}日)(上午|下午|晚上|晚|早上|中午)?[，,](.+?)在(.+?)主持召开了?(.+?)。(.*)$`);

/** A 纪要 of a known form as a record; undefined when it is none of them (it is then read as a 总结). */
export function minutesRecord(doc: GongwenDocument, comments: Map<string, string>, moved: Text[]): Obj | undefined {
  const data: Obj = { 类型: '纪要', 标题: doc.title.join('') };
  if (doc.mark) data.纪要标志 = doc.mark;
  const body = doc.body;
  const first = body[0]?.type === 'paragraph' ? body[0].text : '';
  const opening = first.match(OPENING);
  const labels = body.filter((b) => b.type === 'labeled').map((b) => (b as { label: string }).label);
  if (opening) {
    if (!narrativeMinutes(opening, body, data, comments, moved)) return undefined;
  } else if (branchMinutes(body, data, comments)) {
    // the 支部委员会 form: read by branchMinutes
  } else if (labels.includes('时间') && labels.includes('地点')) {
    headerMinutes(body, data, comments, moved);
  } else return undefined;
  const tail: string[] = [];
  signatureOf(doc, data, comments, tail);
  if (tail.length) return undefined;
  colophonOf(doc, data);
  return data;
}

/**
 * The narrative form: the opening sentence (date, 时段, 主持人, 地点, 会议名称), a section per
 * 会议+verb paragraph, the labelled lines (参会人员, 记录, 出席 …). false when text is left over
 * and there is no section to put it in.
 */
function narrativeMinutes(opening: RegExpMatchArray, body: Block[], data: Obj, comments: Map<string, string>, moved: Text[]): boolean {
  data.日期 = opening[1];
  if (opening[2]) data.时段 = opening[2];
  data.主持人 = opening[3];
  data.地点 = opening[4];
  data.会议名称 = opening[5];
  let rest = opening[6]!.trim();
  const lead = rest.match(/[，,。]?\s*(现将[^，,。]*如下)[：:]$/);
  if (lead) {
    rest = rest.slice(0, rest.length - lead[0].length);
    if (lead[1] !== '现将会议内容纪要如下') data.导语 = lead[1];
  }
  if (rest) data.会议情况 = rest;
  comments.set('日期', '从第一段“某月某日，某人在某地主持召开了某会议”读出日期、时段、主持人、地点、会议名称');
  const sections: Obj[] = [];
  const extra: string[] = [];
  let previous: Block | undefined;
  for (const b of body.slice(1)) {
    const before = previous;
    previous = b;
    if (b.type === 'labeled') continue;
    const t = blockText(b);
    if (!t) continue;
    // a line right after 参会人员 with no punctuation continues the names (a list wrapped onto a second line)
    if (before?.type === 'labeled' && /^(参会人员|参加人员)$/.test(before.label) && b.type === 'paragraph' && t.length <= 40 && !/[，。；：,;:]/.test(t)) {
      before.value = `${before.value}${before.value ? ' ' : ''}${t}`;
      continue;
    }
    const m = t.match(MINUTES_VERB);
    if (m) sections.push({ 动词: m[1], 内容: [m[2]!.trim()] });
    else if (sections.length) ((sections[sections.length - 1]!.内容 as string[]) ??= []).push(t);
    else extra.push(t);
  }
  extra.push(...labelledLines(body, data));
  if (extra.length) {
    if (!sections.length) return false;
    (sections[sections.length - 1]!.内容 as string[]).push(...extra);
    moved.push(...extra.map((t) => say('import.not-minutes-paragraph', { excerpt: t.slice(0, 16) })));
  }
  data.章节 = sections;
  comments.set('章节', '每段“会议指出／认为／强调／要求……”为一节');
  return true;
}

/** The labelled lines of a narrative 纪要 into their keys; the lines of no known label, as text. */
function labelledLines(body: Block[], data: Obj): string[] {
  const unknown: string[] = [];
  for (const b of body) {
    if (b.type !== 'labeled') continue;
    if (/^(参会人员|参加人员|参会人|与会人员)$/.test(b.label)) data.参会人员 = b.value;
    else if (/记录|整理/.test(b.label)) {
      data.会议记录与整理 = b.value;
      if (b.label !== '会议记录与整理') data.记录标签 = b.label;
    } else if (/^(出席|请假|列席|缺席)$/.test(b.label)) {
      const att = (data.出席情况 ??= {}) as Obj;
      att[b.label] = b.value;
    } else unknown.push(`${b.label}：${b.value}`);
  }
  return unknown;
}

/**
 * The header form (时间： 地点： 主持人： 参加人员： 记录：, then the text): the minutes-header template. Its
 * points are one level (1. 2. …); a text numbered in more levels (一、会议指出，…… / 二、会议要求： / 1、…) is
 * kept paragraph by paragraph as its 正文, numbers as typed, rather than folded into the points.
 */
function headerMinutes(body: Block[], data: Obj, comments: Map<string, string>, moved: Text[]): void {
  data.模板 = 'minutes-header';
  comments.set('模板', '有“时间：地点：参加人员：”三行，按表头式纪要（minutes-header）导入');
  const rest: Block[] = [];
  for (const b of body) {
    if (b.type === 'labeled' && /^(时间|会议时间)$/.test(b.label)) data.日期 = b.value;
    else if (b.type === 'labeled' && /^(地点|会议地点)$/.test(b.label)) data.地点 = b.value;
    else if (b.type === 'labeled' && /^(主持人|主持|会议主持人?)$/.test(b.label)) data.主持人 = b.value;
    else rest.push(b);
  }
  // 参加人员, 记录 and 出席/请假/列席 as the narrative form reads them; a line of another label stays text
  const text = labelledLines(rest, data);
  const paragraphs = rest.filter((b) => b.type !== 'labeled').map(blockText).filter((t): t is string => Boolean(t));
  if (paragraphs.some((t) => (headingOf(t)?.level ?? 3) !== 3)) {
    data.正文 = [...text, ...paragraphs];
    comments.set('正文', '原文有“一、”“二、”等几层编号，逐段照原文保留为正文（表头式纪要的要点只有 1. 2. 一层）');
    return;
  }
  const points: string[] = [];
  for (const t of paragraphs) {
    const h = headingOf(t);
    if (h) points.push(h.rest);
    else if (points.length) {
      points[points.length - 1] += t;
      moved.push(say('import.after-points', { excerpt: t.slice(0, 16) }));
    } else text.push(t);
  }
  if (text.length) data.正文 = text;
  if (points.length) data.要点 = points;
}

const BRANCH_OPENING = new RegExp(`^(${YEAR}年\\d{1,2}月\\d{1,2}日)(上午|下午|晚上|晚)?[，,](.+?)(按照[^，,。]+?要求)?[，,]?召开了(.+?)。$`);
const ORDINAL = /[一二三四五六七八九十]是/;

/**
 * The 支部委员会 form (the branch committee minutes of the seeds): 某日，某支部按照……要求，召开了支部委员会。 / 支部委员会议题一是……，二是……。
 * 委员某某同志…… / 经过……形成共识如下： / 一是……；二是……。 / closing paragraphs. Fills `data` and
 * says true when every part is there, as the minutes-branch template writes them.
 */
function branchMinutes(body: Block[], data: Obj, comments: Map<string, string>): boolean {
  const texts = body.map(blockText);
  const m = texts[0]?.match(BRANCH_OPENING);
  if (!m || texts.some((t) => t === undefined)) return false;
  const meeting = m[5]!;
  const second = texts[1] ?? '';
  if (!second.startsWith(`${meeting}议题`)) return false;
  const stop = second.indexOf('。');
  const topicsText = second.slice(meeting.length + 2, stop < 0 ? undefined : stop);
  const topics = topicsText.split(/[，,；;]?\s*[一二三四五六七八九十]是/).map((t) => t.trim()).filter(Boolean);
  if (topics.length < 1 || !ORDINAL.test(topicsText.slice(0, 2))) return false;
  const reports: Obj[] = [];
  const rest = stop < 0 ? '' : second.slice(stop + 1).replace(/[。.]$/, '');
  for (const seg of rest ? rest.split(/[，,]/) : []) {
    const r = seg.match(COMRADE);
    if (r) reports.push({ ...(r[1] ? { 角色: r[1] } : {}), 姓名: r[2], 内容: r[3] });
    else if (reports.length) reports[reports.length - 1]!.内容 += `，${seg}`;
    else return false;
  }
  const leadAt = texts.findIndex((t, k) => k > 1 && /如下[：:]$/.test(t!));
  if (leadAt < 0) return false;
  const points: string[] = [];
  let k = leadAt + 1;
  for (; k < texts.length && /^[一二三四五六七八九十]是/.test(texts[k]!); k++) {
    points.push(...texts[k]!.split(/[；;]\s*(?=[一二三四五六七八九十]是)/).map((t) => t.replace(/^[一二三四五六七八九十]是/, '').replace(/[；;。.]$/, '')));
  }
  if (!points.length || leadAt !== 2) return false;
  data.模板 = 'minutes-branch';
  data.日期 = m[1]!.replace('xx', 'XX');
  if (m[2]) data.时段 = m[2];
  data.单位 = m[3];
  if (m[4]) data.依据 = m[4];
  data.会议名称 = meeting;
  data.议题 = topics;
  if (reports.length) data.汇报 = reports;
  const lead = texts[leadAt]!.replace(/[：:]$/, '');
  data.共识 = { ...(lead !== '经过大家认真学习讨论并形成共识如下' ? { 引语: lead } : {}), 要点: points };
  if (k < texts.length) data.结尾 = texts.slice(k);
  comments.set('模板', '第一段“某日，某支部……召开了支部委员会”，有议题、委员汇报和“形成共识如下”：按支部委员会纪要（minutes-branch）导入');
  return true;
}
