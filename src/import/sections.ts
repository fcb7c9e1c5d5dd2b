/**
 * The parts every imported record shares: the text of a block, headings → nested 章节, the 落款 and
 * the 版记, a date in Chinese numerals made Arabic (./toRecord.ts, ./minutes.ts).
 */
import { say, type Text } from '../diagnostics/messages/index.js';
import type { Block, GongwenDocument } from '../model/document.js';
import type { KindName } from '../readers/structure.js';
import { splitNames } from '../zh/names.js';
import { toArabicNumerals } from '../zh/numerals.js';

export type Obj = Record<string, unknown>;

export const KIND_ZH: Record<KindName, string> = { minutes: '纪要', summary: '总结', plan: '实施方案', speech: '讲话' };

/** 二〇一二年三月九日 → 2012年3月9日 (a record's dates are Arabic; 日期格式: 汉字 prints them back). */
export function arabicDate(date: string): { date: string; chinese: boolean } {
  if (!/^[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$/u.test(date)) return { date, chinese: false };
  return { date: toArabicNumerals(date), chinese: true };
}

export const blockText = (b: Block): string | undefined => {
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

export interface SectionOut extends Obj {
  标题?: string;
  段首标题?: boolean;
  编号?: boolean;
  小节层级?: number;
  内容?: string[];
  表格?: Obj;
  小节?: SectionOut[];
}

/** Headings → nested 章节; what comes before the first heading is the lead. */
export function toSections(blocks: Block[], moved: Text[]): { lead: string[]; sections: SectionOut[]; leadTable?: Obj } {
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
        moved.push(say('import.second-table', { header: rows[0] ?? '' }));
      }
      continue;
    }
    const t = blockText(b);
    if (!t) continue;
    if (current) {
      if (current.小节?.length) moved.push(say('import.after-subsections', { excerpt: t.slice(0, 16) }));
      (current.内容 ??= []).push(t);
    } else lead.push(t);
  }
  return { lead, sections: top, leadTable };
}

export function signatureOf(doc: GongwenDocument, data: Obj, comments: Map<string, string>, body: string[]): void {
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

export function colophonOf(doc: GongwenDocument, data: Obj): void {
  const c = doc.colophon;
  if (!c) return;
  if (c.keywords) data.主题词 = c.keywords;
  if (c.report) data.报 = splitNames(c.report);
  if (c.distribute) data.发 = splitNames(c.distribute);
  if (c.cc) data.抄送 = splitNames(c.cc);
  if (c.printer) data.印发机关 = c.printer;
  if (c.printDate) data.印发日期 = c.printDate;
}

export function lastSection(sections: SectionOut[]): SectionOut | undefined {
  let s = sections[sections.length - 1];
  while (s?.小节?.length) s = s.小节[s.小节.length - 1];
  return s;
}
