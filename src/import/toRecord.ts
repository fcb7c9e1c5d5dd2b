/**
 * `gongwen import`: an existing document (already read into the document model) → a record, with
 * Chinese keys as a secretary writes them and a comment on every guess. The record renders back to
 * the document's text (punctuation and section numbers as the standard sets them).
 *
 * - 纪要: the narrative form (X月X日，……在……主持召开了……。现将会议内容纪要如下： / 会议指出，……)
 *   or the header form (时间： 地点： 参加人员：), else the general structure of a 总结 (said in a comment).
 * - 总结: 前言, 章节; the figures of the standard wording (受理N件, 办结率N%, 排查N件 化解N件 …) in 信访 / 矛盾纠纷.
 * - 实施方案 / 实施意见: 版头, 标题, 主送, 依据, 章节, 附件, 落款, 附注, 版记.
 * - 讲话: 称谓, 开头, 章节, 致谢.
 */
import { Document, isMap, isScalar, type Pair, type Scalar } from 'yaml';
import type { Block, GongwenDocument, Heading } from '../model/document.js';
import { headingOf, type KindName } from '../readers/structure.js';
import { HAN } from '../zh/cjk.js';
import { splitNames } from '../zh/names.js';
import { toArabicNumerals } from '../zh/numerals.js';

type Obj = Record<string, unknown>;

export interface ImportedRecord {
  kind: KindName;
  data: Obj;
  /** A comment before a top-level key: what was guessed and why. */
  comments: Map<string, string>;
  /** Text that could not be placed in its own key and went elsewhere (said to the user). */
  moved: string[];
}

const KIND_ZH: Record<KindName, string> = { minutes: '纪要', summary: '总结', plan: '实施方案', speech: '讲话' };

/** 二〇一二年三月九日 → 2012年3月9日 (a record's dates are Arabic; 日期格式: 汉字 prints them back). */
export function arabicDate(date: string): { date: string; chinese: boolean } {
  if (!/^[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$/u.test(date)) return { date, chinese: false };
  return { date: toArabicNumerals(date), chinese: true };
}

const blockText = (b: Block): string | undefined => {
  switch (b.type) {
    case 'paragraph':
      return b.text;
    case 'labeled':
      return `${b.label}：${b.value}`;
    case 'heading':
      return `${b.number}${b.text}${b.runIn ?? ''}`;
    default:
      return undefined;
  }
};

interface SectionOut extends Obj {
  标题?: string;
  段首标题?: boolean;
  编号?: boolean;
  小节层级?: number;
  内容?: string[];
  表格?: Obj;
  小节?: SectionOut[];
}

/** Headings → nested 章节; what comes before the first heading is the lead. */
export function toSections(blocks: Block[], moved: string[]): { lead: string[]; sections: SectionOut[]; leadTable?: Obj } {
  const lead: string[] = [];
  let leadTable: Obj | undefined;
  const top: SectionOut[] = [];
  // open sections by their level (index 0 = level 1)
  const open: Array<{ level: number; s: SectionOut } | undefined> = [];
  let current: SectionOut | undefined;
  for (const b of blocks) {
    if (b.type === 'heading') {
      const s: SectionOut = {};
      if (b.text) s.标题 = b.text;
      if (b.runIn !== undefined) {
        s.段首标题 = true;
        if (b.runIn) s.内容 = [b.runIn];
      }
      if (b.number === '') s.编号 = false;
      let parent: { level: number; s: SectionOut } | undefined;
      for (let l = b.level - 1; l >= 1 && !parent; l--) parent = open[l - 1];
      if (parent) {
        if (b.level !== parent.level + 1) {
          if (parent.s.小节层级 === undefined && !parent.s.小节?.length) parent.s.小节层级 = b.level;
        }
        (parent.s.小节 ??= []).push(s);
      } else if (b.level === 1) top.push(s);
      else {
        // a document whose first headings are below level 1 (（一）… under no 一、): an unnumbered,
        // untitled level-1 section holds them
        let holder = top[top.length - 1];
        if (!holder || holder.标题 !== undefined || holder.编号 !== false) top.push((holder = { 编号: false }));
        if (b.level !== 2) holder.小节层级 ??= b.level;
        (holder.小节 ??= []).push(s);
        open[0] = { level: 1, s: holder };
      }
      open[b.level - 1] = { level: b.level, s };
      for (let l = b.level; l < 4; l++) open[l] = undefined;
      current = s;
      continue;
    }
    if (b.type === 'table') {
      const table: Obj = { 表头: b.header, 行: b.rows.map((r) => b.header.map((_, k) => r[k] ?? '')) };
      if (current && !current.表格 && !current.小节?.length) current.表格 = table;
      else if (!current && !leadTable) leadTable = table;
      else {
        const rows = [b.header, ...b.rows].map((r) => r.join('　'));
        (current ? (current.内容 ??= []) : lead).push(...rows);
        moved.push(`a second table (${rows[0]}) is kept as lines of text`);
      }
      continue;
    }
    const t = blockText(b);
    if (!t) continue;
    if (current) {
      if (current.小节?.length) moved.push(`"${t.slice(0, 16)}…" follows the subsections of its section: it is placed before them`);
      (current.内容 ??= []).push(t);
    } else lead.push(t);
  }
  return { lead, sections: top, leadTable };
}

function signatureOf(doc: GongwenDocument, data: Obj, comments: Map<string, string>, body: string[]): void {
  const sig = doc.signature;
  if (!sig) return;
  const date = sig.date ? arabicDate(sig.date) : undefined;
  if (sig.organs.length) {
    data.落款 = { 署名: sig.organs, ...(date ? { 成文日期: date.date } : {}) };
    comments.set('落款', '正文末尾日期上方的机关名称读作发文机关署名，日期读作成文日期');
    if (date?.chinese) {
      data.日期格式 = '汉字';
      comments.set('日期格式', `原文的成文日期写作“${sig.date}”（汉字），这里记为阿拉伯数字，按汉字印出`);
    }
  } else if (sig.date) {
    // a date with no organ above it: a record's 落款 needs an organ, so the date stays a line of text
    body.push(sig.date);
    comments.set('__date', `成文日期“${sig.date}”上方没有发文机关署名，作为正文最后一行保留`);
  }
}

function colophonOf(doc: GongwenDocument, data: Obj): void {
  const c = doc.colophon;
  if (!c) return;
  if (c.keywords) data.主题词 = c.keywords;
  if (c.report) data.报 = splitNames(c.report);
  if (c.distribute) data.发 = splitNames(c.distribute);
  if (c.cc) data.抄送 = splitNames(c.cc);
  if (c.printer) data.印发机关 = c.printer;
  if (c.printDate) data.印发日期 = c.printDate;
}

/** 受理N件, 办结率N%, 排查N件 化解N件 正在化解N件 …: the standard wording of a 总结's figures. */
export function recogniseFigures(text: string): { petitions?: Obj; disputes?: Obj; found: string[] } {
  const found: string[] = [];
  const num = (re: RegExp) => {
    const m = text.match(re);
    if (!m) return undefined;
    found.push(m[0]);
    return Number(m[1]);
  };
  const petitions: Obj = {};
  const accepted = num(/受理(?:群众)?(?:来信来访)?(\d+)件/);
  const letters = num(/来信(\d+)件/);
  const visits = num(/(?<!来信)来访(\d+)件/);
  const handled = num(/办理(\d+)件/);
  const rate = num(/办结率(?:达)?(\d+(?:\.\d+)?)%/);
  if (accepted !== undefined) petitions.受理 = accepted;
  if (letters !== undefined) petitions.来信 = letters;
  if (visits !== undefined) petitions.来访 = visits;
  if (handled !== undefined) petitions.办理 = handled;
  if (rate !== undefined && accepted !== undefined) petitions.办结 = Math.round((rate / 100) * accepted);
  const disputes: Obj = {};
  const f = num(/排查(?:出)?(\d+)件/);
  const inProgress = num(/正在化解(\d+)件/);
  const resolved = num(/(?<!正在|未)化解(\d+)件/);
  const unresolved = num(/未化解(\d+)件/);
  if (f !== undefined) disputes.排查 = f;
  if (resolved !== undefined) disputes.化解 = resolved;
  if (inProgress !== undefined) disputes.正在化解 = inProgress;
  if (unresolved !== undefined) disputes.未化解 = unresolved;
  return { petitions: Object.keys(petitions).length ? petitions : undefined, disputes: Object.keys(disputes).length ? disputes : undefined, found };
}

const MINUTES_VERB = /^会议(指出|认为|强调|要求|决定|明确|同意|议定|提出|号召|研究决定|一致认为)[，,：:](.*)$/;
const OPENING = /^((?:\d{4}|20XX|20xx)?年?\d{1,2}月\d{1,2}日)(上午|下午|晚上|晚|早上|中午)?[，,](.+?)在(.+?)主持召开了?(.+?)。(.*)$/;

function minutesRecord(doc: GongwenDocument, comments: Map<string, string>, moved: string[]): Obj | undefined {
  const data: Obj = { 类型: '纪要', 标题: doc.title.join('') };
  if (doc.mark) data.纪要标志 = doc.mark;
  const body = doc.body;
  const first = body[0]?.type === 'paragraph' ? body[0].text : '';
  const opening = first.match(OPENING);
  const labels = body.filter((b) => b.type === 'labeled').map((b) => (b as { label: string }).label);
  const extra: string[] = [];
  const labelled = (rest: Block[]) => {
    for (const b of rest) {
      if (b.type !== 'labeled') continue;
      if (/^(参会人员|参加人员|参会人|与会人员)$/.test(b.label)) data.参会人员 = b.value;
      else if (/记录|整理/.test(b.label)) {
        data.会议记录与整理 = b.value;
        if (b.label !== '会议记录与整理') data.记录标签 = b.label;
      } else if (/^(出席|请假|列席|缺席)$/.test(b.label)) {
        const att = (data.出席情况 ??= {}) as Obj;
        att[b.label === '缺席' ? '请假' : b.label] = b.value;
      } else extra.push(`${b.label}：${b.value}`);
    }
  };
  if (opening) {
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
    let previous: Block | undefined;
    for (const b of body.slice(1)) {
      const before = previous;
      previous = b;
      if (b.type === 'labeled') continue;
      const t = blockText(b);
      if (!t) continue;
      // a line right after 参会人员 with no punctuation continues the names (seed 000: a wrapped list)
      if (before?.type === 'labeled' && /^(参会人员|参加人员)$/.test(before.label) && b.type === 'paragraph' && t.length <= 40 && !/[，。；：,;:]/.test(t)) {
        before.value = `${before.value}${before.value ? ' ' : ''}${t}`;
        continue;
      }
      const m = t.match(MINUTES_VERB);
      if (m) sections.push({ 动词: m[1], 内容: [m[2]!.trim()] });
      else if (sections.length) ((sections[sections.length - 1]!.内容 as string[]) ??= []).push(t);
      else extra.push(t);
    }
    labelled(body);
    if (extra.length) {
      if (!sections.length) return undefined;
      (sections[sections.length - 1]!.内容 as string[]).push(...extra);
      moved.push(...extra.map((t) => `"${t.slice(0, 16)}…" is not a 会议+verb paragraph or a label: placed after the last one`));
    }
    data.章节 = sections;
    comments.set('章节', '每段“会议指出／认为／强调／要求……”为一节');
  } else if (branchMinutes(body, data, comments)) {
    // the 支部委员会 form: read by branchMinutes
  } else if (labels.includes('时间') && labels.includes('地点')) {
    data.模板 = 'minutes-header';
    comments.set('模板', '有“时间：地点：参加人员：”三行，按表头式纪要（minutes-header）导入');
    const text: string[] = [];
    const points: string[] = [];
    for (const b of body) {
      if (b.type === 'labeled' && /^(时间|会议时间)$/.test(b.label)) data.日期 = b.value;
      else if (b.type === 'labeled' && /^(地点|会议地点)$/.test(b.label)) data.地点 = b.value;
      else if (b.type === 'labeled' && /^(参加人员|参会人员)$/.test(b.label)) data.参加人员 = b.value;
      else {
        const t = blockText(b);
        if (!t) continue;
        const h = headingOf(t);
        if (h && h.level === 3) points.push(h.rest);
        else if (points.length) {
          points[points.length - 1] += t;
          moved.push(`"${t.slice(0, 16)}…" after the numbered points is joined to the last point`);
        } else text.push(t);
      }
    }
    if (text.length) data.正文 = text;
    if (points.length) data.要点 = points;
  } else return undefined;
  const tail: string[] = [];
  signatureOf(doc, data, comments, tail);
  if (tail.length) return undefined;
  colophonOf(doc, data);
  return data;
}

const BRANCH_OPENING = /^((?:\d{4}|20XX|20xx)年\d{1,2}月\d{1,2}日)(上午|下午|晚上|晚)?[，,](.+?)(按照[^，,。]+?要求)?[，,]?召开了(.+?)。$/;
const ORDINAL = /[一二三四五六七八九十]是/;

/**
 * The 支部委员会 form (seed 003): 某日，某支部按照……要求，召开了支部委员会。 / 支部委员会议题一是……，二是……。
 * 委员某某同志…… / 经过……形成共识如下： / 一是……；二是……。 / closing paragraphs. Fills `data` and
 * says true when every part is there, as the minutes-branch template writes them.
 */
/** 委员某某同志汇报了……: a report in a branch meeting's minutes, the post, the name (two or three 汉字) and what was said. */
const COMRADE = new RegExp(`^(.*?(?:委员|书记|主任|组长|部长|队长))?([${HAN}]{2,3})同志(.+)$`, 'u');

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

export function toRecord(doc: GongwenDocument, kind: KindName, kindReason: string): ImportedRecord {
  const comments = new Map<string, string>();
  const moved: string[] = [];
  let effective = kind;
  let data: Obj | undefined;
  if (kind === 'minutes') {
    data = minutesRecord(doc, comments, moved);
    if (!data) {
      effective = 'summary';
      comments.set('类型', `文种按${kindReason}应为纪要，但正文不是叙述式（某日某人主持召开……会议指出……）或表头式（时间：地点：），按总结的通用结构（前言、章节）导入，文字不变`);
    }
  }
  if (!data) {
    const body: Block[] = [];
    let salutation: string | undefined;
    for (const b of doc.body) {
      if (b.type === 'paragraph' && b.role === 'salutation' && salutation === undefined && !body.length) salutation = b.text;
      else if (b.type === 'paragraph' && b.role === 'attachment-note' && doc.attachments.length) continue;
      else body.push(b);
    }
    const tail: string[] = [];
    data = { 类型: KIND_ZH[effective] };
    if (effective === 'plan') {
      if (doc.head?.issuer) data.发文机关 = doc.head.issuer;
      if (doc.head?.docNumber) data.发文字号 = doc.head.docNumber;
      if (doc.head?.issuer || doc.head?.docNumber) comments.set(doc.head?.issuer ? '发文机关' : '发文字号', '标题前的“某某发〔年份〕N号”一行读作发文字号（年份用六角括号，GB/T 9704 §7.2.4），它旁边的机关名称读作发文机关标志');
      if (doc.head?.copyNumber) data.份号 = doc.head.copyNumber;
      if (doc.head?.secrecy) data.密级 = doc.head.secrecy;
      if (doc.head?.urgency) data.紧急程度 = doc.head.urgency;
      if (doc.head?.signer) data.签发人 = doc.head.signer;
    } else if (doc.head && Object.values(doc.head).some(Boolean)) {
      const lines = [doc.head.issuer, doc.head.docNumber].filter(Boolean) as string[];
      body.unshift(...lines.map((text) => ({ type: 'paragraph' as const, text })));
      moved.push(`the 版头 (${lines.join(' ')}) of a ${KIND_ZH[effective]} is kept as text: only 实施方案 records have one`);
    }
    data.标题 = doc.title.length > 1 && effective === 'plan' ? doc.title : doc.title.join('');
    if (doc.title.length > 1) comments.set('标题', `标题由${doc.title.length}行组成：${doc.title.join(' / ')}`);
    if (doc.subtitle.length && (effective === 'plan' || effective === 'speech')) data.副标题 = doc.subtitle;
    else if (doc.subtitle.length) body.unshift(...doc.subtitle.map((text) => ({ type: 'paragraph' as const, text })));
    const { lead, sections, leadTable } = toSections(body, moved);
    if (leadTable) {
      sections.unshift({ 编号: false, 表格: leadTable });
      moved.push('a table before the first heading is placed in an untitled section');
    }
    signatureOf(doc, data, comments, tail);
    if (tail.length) {
      const last = lastSection(sections);
      if (last) (last.内容 ??= []).push(...tail);
      else lead.push(...tail);
    }
    if (effective === 'speech') {
      data.称谓 = salutation ?? '';
      if (!salutation) comments.set('称谓', '原文没有称谓（同志们：）');
      const last = lastSection(sections);
      const para = last?.内容 ?? lead;
      const end = para[para.length - 1];
      if (end && /^(谢谢大家|谢谢)[！!。]?$/.test(end)) {
        para.pop();
        data.致谢 = end;
      } else data.致谢 = false;
      if (lead.length) {
        data.开头 = lead;
        comments.set('开头', `第一个标题之前的${lead.length}段`);
      }
      if (data.致谢 !== false) comments.set('致谢', '最后一段“谢谢大家！”读作致谢');
    } else {
      if (salutation) data[effective === 'plan' ? '主送' : '前言'] = effective === 'plan' ? salutation.replace(/[：:]$/, '') : [salutation, ...lead];
      if (lead.length) {
        if (effective === 'plan') data.依据 = lead;
        else if (!salutation) data.前言 = lead;
        comments.set(effective === 'plan' ? '依据' : '前言', `第一个标题之前的${lead.length}段`);
      }
      if (salutation && effective === 'plan') comments.set('主送', '标题下以冒号结尾的短行读作主送机关');
    }
    if (sections.length) data.章节 = sections;
    if (effective === 'plan' && doc.attachments.length) {
      data.附件 = doc.attachments.map((a) => {
        const s = toSections(a.body, moved);
        const att: Obj = { 标题: a.title ?? a.label };
        if (s.lead.length) att.内容 = s.lead;
        if (s.leadTable) att.表格 = s.leadTable;
        if (s.sections.length) att.小节 = s.sections;
        return att;
      });
    } else if (doc.attachments.length) {
      const extra = doc.attachments.flatMap((a) => [a.label, ...(a.title ? [a.title] : []), ...(a.body.map(blockText).filter(Boolean) as string[])]);
      const last = lastSection(sections);
      if (last) (last.内容 ??= []).push(...extra);
      moved.push(`the 附件 of a ${KIND_ZH[effective]} are kept as text after the last section: only 实施方案 records have attachments`);
    }
    if (doc.notes.length && effective === 'plan') data.附注 = doc.notes.map((n) => n.replace(/^[（(]|[)）]$/g, ''));
    else if (doc.notes.length) {
      const last = lastSection(sections);
      (last ? (last.内容 ??= []) : lead).push(...doc.notes);
    }
    colophonOf(doc, data);
    if (effective === 'summary') {
      const figures = recogniseFigures(doc.body.map(blockText).filter(Boolean).join('\n'));
      if (figures.petitions) data.信访 = figures.petitions;
      if (figures.disputes) data.矛盾纠纷 = figures.disputes;
      if (figures.found.length) comments.set(figures.petitions ? '信访' : '矛盾纠纷', `从正文的标准说法读出的数字：${figures.found.join('、')}（正文照原文保留，不由这些数字生成）`);
    }
  }
  if (!comments.has('类型')) comments.set('类型', `文种：${KIND_ZH[effective]}（${kindReason}）`);
  return { kind: effective, data, comments, moved };
}

function lastSection(sections: SectionOut[]): SectionOut | undefined {
  let s = sections[sections.length - 1];
  while (s?.小节?.length) s = s.小节[s.小节.length - 1];
  return s;
}

/** The record as YAML, the comments before their keys. */
export function recordYaml(record: ImportedRecord, source: string): string {
  const doc = new Document(record.data);
  doc.commentBefore = ` 由 gongwen import 从 ${source} 导入。核对每条注释说明的推断，再用 gongwen validate 检查。`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair<Scalar, unknown>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const c = record.comments.get(key);
      if (c && isScalar(pair.key)) pair.key.commentBefore = ` ${c}`;
    }
  }
  const date = record.comments.get('__date');
  if (date) doc.comment = ` ${date}`;
  return doc.toString({ lineWidth: 0 });
}
