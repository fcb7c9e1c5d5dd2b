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
import { say, type Text } from '../diagnostics/messages/index.js';
import { Document, isMap, isScalar, type Pair, type Scalar } from 'yaml';
import type { Block, GongwenDocument } from '../model/document.js';
import type { KindName } from '../readers/structure.js';
import { minutesRecord } from './minutes.js';
import { readPlanSections } from './planSections.js';
import { isThanks } from '../zh/thanks.js';
import { parseDate } from '../zh/dates.js';
import { blockText, colophonOf, KIND_ZH, lastSection, signatureOf, toSections, type Obj, type SectionOut } from './sections.js';


export interface ImportedRecord {
  kind: KindName;
  data: Obj;
  /** A comment before a top-level key: what was guessed and why. */
  comments: Map<string, string>;
  /** Text that could not be placed in its own key and went elsewhere (said to the user). */
  moved: Text[];
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

export function toRecord(doc: GongwenDocument, kind: KindName, kindReason: string): ImportedRecord {
  const comments = new Map<string, string>();
  const moved: Text[] = [];
  let effective = kind;
  let data: Obj | undefined;
  if (kind === 'minutes') {
    data = minutesRecord(doc, comments, moved);
    if (!data) {
      effective = 'summary';
      comments.set('类型', `文种按${kindReason}应为纪要，但正文不是叙述式（某日某人主持召开……会议指出……）或表头式（时间：地点：），按总结的通用结构（前言、章节）导入，文字不变`);
    }
  }
  data ??= generalRecord(doc, effective, { comments, moved });
  if (!comments.has('类型')) comments.set('类型', `文种：${KIND_ZH[effective]}（${kindReason}）`);
  return { kind: effective, data, comments, moved };
}

/** What a record's reading says beside its data: a comment on a key, text moved elsewhere. */
interface Said {
  comments: Map<string, string>;
  moved: Text[];
}

/** A 总结, 实施方案 or 讲话 (or a 纪要 of no known form): 版头, 标题, the lead, 章节, 落款, 附件, 附注, 版记. */
function generalRecord(doc: GongwenDocument, kind: KindName, said: Said): Obj {
  const { comments, moved } = said;
  const body: Block[] = [];
  let salutation: string | undefined;
  for (const b of doc.body) {
    if (b.type === 'paragraph' && b.role === 'salutation' && salutation === undefined && !body.length) salutation = b.text;
    else if (b.type === 'paragraph' && b.role === 'attachment-note' && doc.attachments.length) continue;
    else body.push(b);
  }
  const data: Obj = { 类型: KIND_ZH[kind] };
  headOf(doc, kind, data, body, said);
  data.标题 = doc.title.length > 1 && kind === 'plan' ? doc.title : doc.title.join('');
  if (doc.title.length > 1) comments.set('标题', `标题由${doc.title.length}行组成：${doc.title.join(' / ')}`);
  if (doc.subtitle.length && kind === 'speech') speakerAndDate(doc.subtitle, data, body, comments);
  else if (doc.subtitle.length && kind === 'plan') data.副标题 = doc.subtitle;
  else if (doc.subtitle.length) body.unshift(...doc.subtitle.map((text) => ({ type: 'paragraph' as const, text })));
  const { lead, sections, leadTable } = toSections(body, moved);
  if (leadTable) {
    sections.unshift({ 编号: false, 表格: leadTable });
    moved.push(say('import.table-before-heading'));
  }
  const tail: string[] = [];
  signatureOf(doc, data, comments, tail);
  if (tail.length) {
    const last = lastSection(sections);
    if (last) (last.内容 ??= []).push(...tail);
    else lead.push(...tail);
  }
  if (kind === 'speech') speechParts(data, salutation, lead, sections, comments);
  else leadOf(kind, data, salutation, lead, comments);
  if (kind === 'plan') readPlanSections(sections, comments);
  if (sections.length) data.章节 = sections;
  attachmentsOf(doc, kind, data, sections, moved);
  if (doc.notes.length && kind === 'plan') data.附注 = doc.notes.map((n) => n.replace(/^[（(]|[)）]$/g, ''));
  else if (doc.notes.length) {
    const last = lastSection(sections);
    (last ? (last.内容 ??= []) : lead).push(...doc.notes);
  }
  colophonOf(doc, data);
  if (kind === 'summary') {
    const figures = recogniseFigures(doc.body.map(blockText).filter(Boolean).join('\n'));
    if (figures.petitions) data.信访 = figures.petitions;
    if (figures.disputes) data.矛盾纠纷 = figures.disputes;
    if (figures.found.length) comments.set(figures.petitions ? '信访' : '矛盾纠纷', `从正文的标准说法读出的数字：${figures.found.join('、')}（正文照原文保留，不由这些数字生成）`);
  }
  return data;
}

/** The 版头 of a 实施方案 into its keys; of any other kind, kept as lines of text. */
function headOf(doc: GongwenDocument, kind: KindName, data: Obj, body: Block[], said: Said): void {
  const head = doc.head;
  if (kind === 'plan') {
    if (head?.issuer) data.发文机关 = head.issuer;
    if (head?.docNumber) data.发文字号 = head.docNumber;
    if (head?.issuer || head?.docNumber) said.comments.set(head?.issuer ? '发文机关' : '发文字号', '标题前的“某某发〔年份〕N号”一行读作发文字号（年份用六角括号，GB/T 9704 §7.2.4），它旁边的机关名称读作发文机关标志');
    if (head?.copyNumber) data.份号 = head.copyNumber;
    if (head?.secrecy) data.密级 = head.secrecy;
    if (head?.urgency) data.紧急程度 = head.urgency;
    if (head?.signer) data.签发人 = head.signer;
  } else if (head && Object.values(head).some(Boolean)) {
    const lines = [head.issuer, head.docNumber].filter(Boolean) as string[];
    body.unshift(...lines.map((text) => ({ type: 'paragraph' as const, text })));
    said.moved.push(say('import.head-kept', { lines: lines.join(' '), kind: KIND_ZH[kind] }));
  }
}

/**
 * The lines under a 讲话's title (gongwen's own DOCX centres them): the date in brackets, （2026年2月27日）, is its 日期,
 * and a short line of a post and a name (镇长  李明辉, 县委常委、常务副县长吴国栋) its 讲话人 — a speech has no 副标题.
 * Any other line is text before its 开头.
 */
function speakerAndDate(lines: string[], data: Obj, body: Block[], comments: Map<string, string>): void {
  const rest: string[] = [];
  for (const line of lines) {
    const dated = /^[（(](.+)[）)]$/u.exec(line.trim());
    if (dated && data.日期 === undefined && parseDate(dated[1]) !== undefined) data.日期 = dated[1]!;
    else if (!dated && data.讲话人 === undefined && [...line.trim()].length <= 30 && !/[。，,；;！!？?：:]/u.test(line)) data.讲话人 = line.trim();
    else rest.push(line);
  }
  if (data.讲话人 !== undefined || data.日期 !== undefined) comments.set(data.讲话人 !== undefined ? '讲话人' : '日期', '标题下的讲话人、（日期）两行');
  body.unshift(...rest.map((text) => ({ type: 'paragraph' as const, text })));
}

/** A 讲话's 称谓, 开头 (the paragraphs before the first heading) and 致谢 (谢谢大家！). */
function speechParts(data: Obj, salutation: string | undefined, lead: string[], sections: SectionOut[], comments: Map<string, string>): void {
  data.称谓 = salutation ?? '';
  if (!salutation) comments.set('称谓', '原文没有称谓（同志们：）');
  const last = lastSection(sections);
  const para = last?.内容 ?? lead;
  const end = para[para.length - 1];
  // the thanks as the render reads it (zh/thanks.ts): a last paragraph that is nothing else is the 致谢; one whose last
  // sentence thanks (…真抓实干！谢谢大家！) stays as typed, and the render does not thank twice
  if (end && isThanks(end)) {
    para.pop();
    data.致谢 = end.trim();
  } else data.致谢 = false;
  if (lead.length) {
    data.开头 = lead;
    comments.set('开头', `第一个标题之前的${lead.length}段`);
  }
  if (data.致谢 !== false) comments.set('致谢', `最后一段“${data.致谢 as string}”读作致谢`);
}

/** A line of 主送机关: short, no sentence in it, ending in a colon. */
const ADDRESSEES = /^[^。！？；;:：]{2,60}[：:]$/u;

/** What comes before the first heading: a 实施方案's 主送 and 依据, a 总结's 前言. */
function leadOf(kind: KindName, data: Obj, salutation: string | undefined, lead: string[], comments: Map<string, string>): void {
  // a plan's first line that names organs and ends in a colon is its 主送 (各村（社区），镇直各单位：), where the
  // document reader found no 称谓 (under a title such as 关于印发《…》的通知)
  if (kind === 'plan' && salutation === undefined && lead.length > 1 && ADDRESSEES.test(lead[0]!)) salutation = lead.shift();
  if (salutation) data[kind === 'plan' ? '主送' : '前言'] = kind === 'plan' ? salutation.replace(/[：:]$/, '') : [salutation, ...lead];
  if (lead.length) {
    if (kind === 'plan') data.依据 = lead;
    else if (!salutation) data.前言 = lead;
    comments.set(kind === 'plan' ? '依据' : '前言', `第一个标题之前的${lead.length}段`);
  }
  if (salutation && kind === 'plan') comments.set('主送', '标题下以冒号结尾的短行读作主送机关');
}

/** A 实施方案's 附件 as records of their own; any other kind's kept as text after the last section. */
function attachmentsOf(doc: GongwenDocument, kind: KindName, data: Obj, sections: SectionOut[], moved: Text[]): void {
  if (!doc.attachments.length) return;
  if (kind === 'plan') {
    data.附件 = doc.attachments.map((a) => {
      const s = toSections(a.body, moved);
      const att: Obj = { 标题: a.title ?? a.label };
      if (s.lead.length) att.内容 = s.lead;
      if (s.leadTable) att.表格 = s.leadTable;
      if (s.sections.length) att.小节 = s.sections;
      return att;
    });
    return;
  }
  const extra = doc.attachments.flatMap((a) => [a.label, ...(a.title ? [a.title] : []), ...(a.body.map(blockText).filter(Boolean) as string[])]);
  const last = lastSection(sections);
  if (last) (last.内容 ??= []).push(...extra);
  else {
    // no section to follow: after the text before the first heading, where leadOf or speechParts put it
    const key = kind === 'speech' ? '开头' : '前言';
    data[key] = [...((data[key] as string[] | undefined) ?? []), ...extra];
  }
  moved.push(say('import.attachments-kept', { kind: KIND_ZH[kind] }));
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
