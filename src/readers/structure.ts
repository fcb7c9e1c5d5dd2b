/**
 * Recognises the parts of a 公文 in the paragraphs a reader found (DOCX, plain text, Markdown) and
 * builds the document model (../model/document.ts) that every writer lays out.
 *
 * Parts (GB/T 9704-2012): 版头 — 份号, 密级, 紧急程度, 发文机关标志, 发文字号 (§7.2); 标题 (§7.3.1);
 * 主送机关 (§7.3.2); headings 一、（一）1.（1） (§7.3.3) by their numbers, or by the DOCX's outline
 * level; 附件说明 (§7.3.4); 发文机关署名 and 成文日期 (§7.3.5); 附注 (§7.3.6); 附件 (§7.3.7 / §8);
 * 版记 — 抄送, 印发机关 and 印发日期, and the older 主题词 / 报 / 发 (§7.4); 纪要 labels 出席 / 请假 /
 * 列席 (§10.3) and the local 参会人员, 时间, 地点, 会议记录与整理.
 *
 * The text is kept as it is: only section numbers are re-counted (gapless, as the standard numbers
 * them; a changed number is a warning). What is not recognised stays body text, in order.
 */
import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Attachment, Block, DocumentHead, GongwenDocument, Heading, HeadingLevel, Paragraph, Signature } from '../model/document.js';
import { SectionCounter } from '../model/numbering.js';
import { FONT_STYLES } from '../layout/standard.js';
import { HAN } from '../zh/cjk.js';
import { fixNumeralZero } from '../zh/punctuation.js';
import { readColophon, type LineCursor } from './colophon.js';
import { DATE_LINE, DOC_NUMBER_END, DOC_NUMBER_LINE } from './patterns.js';
import type { RawBlock, RawParagraph } from './raw.js';
import { isPageNumberLine } from '../zh/pageNumber.js';

/** A face of 黑体 by any of its names (黑体, SimHei, FandolHei, Heiti SC …): the standard's own pattern. */
const HEITI = FONT_STYLES.heiti.pattern;

export type KindName = 'minutes' | 'summary' | 'plan' | 'speech';

export interface Recognised {
  document: GongwenDocument;
  /** The kind and why it was chosen, for `import` comments. */
  kindReason: string;
}

interface Line {
  text: string;
  raw?: RawParagraph;
  table?: string[][];
  index: number;
}

const SPACE = /^[\s\u3000\u200b\ufeff]+|[\s\u3000\u200b\ufeff]+$/g;
const clean = (s: string) => s.replace(/\r/g, '').replace(SPACE, '');
/** Pinyin glosses a converter left after characters: 據(jù), 發(fā). */
const PINYIN_GLOSS = new RegExp(`(?<=[${HAN}])\\([a-zA-Z\\u00fc\\u00e0-\\u00fa\\u0101-\\u01dc]{1,7}\\)`, 'gu');
/** Spaces between Chinese characters in short lines are layout (实 施 方 案, 组  长). */
const LAYOUT_SPACES = new RegExp(`(?<=[${HAN}])[ \\u3000]+(?=[${HAN}])`, 'gu');
const squeeze = (s: string) => s.replace(LAYOUT_SPACES, '');

const CN = '[一二三四五六七八九十]+';
export const HEADING_PATTERNS: { level: HeadingLevel; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^(${CN})\\s*[、，,.．]\\s*`) },
  { level: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*[、，,]?\\s*`) },
  { level: 3, re: /^(\d{1,2})\s*(?:[.．](?!\d)|、)\s*/ },
  { level: 4, re: /^[（(]\s*(\d{1,2})\s*[)）]\s*[、，,]?\s*/ },
];

const ATTENDANCE = /^(出席|请假|缺席|列席|参会人员|参会人|出席人员|与会人员)\s*[:：]\s*(.*)$/;
const LABELED = /^(参加人员|时间|地点|会议时间|会议地点|主持人|主持|会议主持|议题|会议议题|记录|记录人|记录整理|会议记录|会议记录与整理|会议记录与纪要整理)\s*[:：]\s*(.*)$/;
const SENTENCE = /[，。；！？,;]/;

/** The kind a title names (纪要, 总结, 方案 / 意见, 讲话), or what the text's structure says. */
export function guessKind(title: string, body: string[]): { kind: KindName; reason: string } {
  const t = title.replace(/\s/g, '');
  if (/纪要/.test(t)) return { kind: 'minutes', reason: `标题含“纪要”` };
  if (/(讲话|发言|致辞|讲话稿|讲话材料)/.test(t)) return { kind: 'speech', reason: `标题含“${t.match(/讲话|发言|致辞/)![0]}”` };
  if (/总结/.test(t)) return { kind: 'summary', reason: `标题含“总结”` };
  if (/(方案|意见|办法|计划)/.test(t)) return { kind: 'plan', reason: `标题含“${t.match(/方案|意见|办法|计划/)![0]}”` };
  const text = body.join('\n');
  if (/^同志们[:：]/m.test(text)) return { kind: 'speech', reason: '正文以“同志们：”开头' };
  if (/会议(指出|强调|认为|要求|决定)/.test(text)) return { kind: 'minutes', reason: '正文有“会议指出／强调”' };
  if (/总结如下/.test(text)) return { kind: 'summary', reason: '前言有“总结如下”' };
  return { kind: 'plan', reason: '标题与正文都未指明文种，按实施方案处理' };
}

const isRed = (p?: RawParagraph) => Boolean(p?.runs.some((r) => r.text.trim() && r.format.color && /^(FF0000|C00000|E60000|FF0101|CC0000|DA0000)$/.test(r.format.color)));
const sizeOf = (p?: RawParagraph) => p?.runs.find((r) => r.text.trim())?.format.sizePt;

export interface RecogniseOptions {
  origin: string;
  /** --kind */
  kind?: KindName;
  /** Whether lines are wrapped into paragraphs by a Markdown source ('#' headings). */
  /** Set by recogniseDocument: whether the DOCX's outline-level headings carry their numbers in the text. */
  headingsNumberedInText?: boolean;
}

/** The lines of a document being recognised, and the part still to read: from `i` up to `end`. */
interface Cursor extends LineCursor {
  lines: Line[];
}

export function recogniseDocument(blocks: RawBlock[], bag: DiagnosticBag, options: RecogniseOptions): Recognised {
  const lines = linesOf(blocks, bag);
  const outlined = lines.filter((l) => l.raw?.outlineLevel !== undefined && l.raw.outlineLevel >= 0 && l.raw.outlineLevel <= 3);
  options = { ...options, headingsNumberedInText: outlined.some((l) => headingOf(l.text) !== undefined) };
  const cursor: Cursor = { lines, i: 0, end: lines.length };
  // from the top: 版头, 标题, 副标题; from the end: 版记, 附件, 附注 and 落款; then what is between
  const { head, mark } = readHead(cursor);
  const title = readTitle(cursor);
  const subtitle = readSubtitle(cursor);
  const colophon = readColophon(cursor);
  const attachments = readAttachments(cursor, bag, options);
  const { signature, notes } = readSignature(cursor);
  const body = readBody(cursor, bag, options);
  const kindGuess = options.kind ? { kind: options.kind, reason: '--kind' } : guessKind(title.join(''), lines.map((l) => l.text));
  const hasAny = (o: object) => Object.values(o).some((v) => v !== undefined);
  return {
    document: {
      kind: kindGuess.kind,
      template: 'read',
      head: hasAny(head) ? head : undefined,
      mark,
      title,
      subtitle,
      body,
      signature,
      notes,
      attachments,
      colophon: hasAny(colophon) ? colophon : undefined,
    },
    kindReason: kindGuess.reason,
  };
}

/** The blocks as lines: text cleaned of stray spaces and pinyin glosses; a 版头 laid out in a table as its cells. */
function linesOf(blocks: RawBlock[], bag: DiagnosticBag): Line[] {
  const lines: Line[] = [];
  let glosses = 0;
  const unGloss = (t: string) => t.replace(PINYIN_GLOSS, () => (glosses++, ''));
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      const text = unGloss(clean(b.text.replace(/\n/g, '')));
      // a page number copied with the text across a page break (— 2 —) is no paragraph: left out, and said
      if (isPageNumberLine(text)) {
        bag.warn('page-number-line', say('page-number-line', { typed: text }), { start: { line: b.index, column: 1 } });
        continue;
      }
      if (text) lines.push({ text, raw: b, index: b.index });
      if (b.from === 'textbox') bag.warn('read-textbox', say('document.textbox', { excerpt: excerpt(text) }), { start: { line: b.index, column: 1 } });
    } else if (b.type === 'table') {
      const rows = b.rows.map((r) => r.map((c) => unGloss(clean(c.replace(/\n/g, '')))));
      // a cell merged down over the rows below (类型: 信访 over its 类别) holds the value of each of
      // them: the model's table has it in every row (a Markdown table cannot merge; the DOCX writer
      // merges repeated values again)
      rows.forEach((r, y) => r.forEach((_, x) => b.continued?.[y]?.[x] && y > 0 && (r[x] = rows[y - 1]![x] ?? '')));
      lines.push({ text: '', table: rows, index: b.index });
    }
  }
  // a 版头 laid out in a table (as some Word and WPS templates do: 发文机关标志 and 发文字号 in cells)
  // is read as its lines
  for (let k = 0; k < Math.min(lines.length, 8); k++) {
    const table = lines[k]!.table;
    if (!table || !table.flat().some((c) => DOC_NUMBER_LINE.test(squeeze(c).replace(/\s+号/, '号')))) continue;
    const cells = table.flat().filter(Boolean).map((text) => ({ text, index: lines[k]!.index }));
    lines.splice(k, 1, ...cells);
    break;
  }
  if (glosses) bag.warn('read-pinyin', say('document.pinyin', { count: glosses }));
  return lines;
}

/** 版头 (§7.2): the lines before the title — 份号, 密级, 紧急程度, 发文字号, and the 发文机关标志 next to it. */
function readHead(at: Cursor): { head: DocumentHead; mark?: string } {
  const head: DocumentHead = {};
  let mark: string | undefined;
  // 版头: the lines before the title — 份号, 密级, 紧急程度, 发文字号, and the 发文机关标志 next to it.
  const docNumberAt = at.lines.slice(0, 7).findIndex((l) => !l.table && DOC_NUMBER_LINE.test(squeeze(l.text).replace(/\s+号/, '号')));
  if (docNumberAt >= 0) {
    const issuer: string[] = [];
    for (; at.i < docNumberAt; at.i++) {
      const t = squeeze(at.lines[at.i]!.text);
      if (/^\d{6}$/.test(t)) head.copyNumber = t;
      else if (/^(绝密|机密|秘密)/.test(t) && t.length <= 12) head.secrecy = t;
      else if (/^(特急|加急|特提|平急)$/.test(t)) head.urgency = t;
      else issuer.push(t);
    }
    const m = squeeze(at.lines[at.i]!.text).match(DOC_NUMBER_LINE)!;
    // §7.2.5: the year in 六角括号 〔〕, no 第, no leading zeros
    head.docNumber = m[1]!.replace(/\s+/g, '').replace(DOC_NUMBER_END, '〔$1〕$2号');
    if (m[2]) head.signer = m[2].trim();
    at.i++;
    const signer = at.lines[at.i]?.table ? undefined : at.lines[at.i]?.text.match(/^签发人\s*[:：]\s*(.+)$/);
    if (signer) {
      head.signer = signer[1]!.trim();
      at.i++;
    }
    // the 标志 after the number (some documents copied from the web put it there), when it is an organ's name and not the title
    const next = at.lines[at.i];
    if (!issuer.length && next && !next.table && isOrganName(next.text) && !/^关于/.test(next.text) && !KIND_WORD.test(next.text)) {
      issuer.push(squeeze(next.text));
      at.i++;
    }
    if (issuer.length) head.issuer = issuer.join('');
  } else if (at.lines[0] && !at.lines[0].table && (isRed(at.lines[0].raw) || /文件$/.test(at.lines[0].text)) && at.lines.length > 2) {
    const t = squeeze(at.lines[0].text);
    if (/纪要$/.test(t)) mark = t;
    else head.issuer = t;
    at.i = 1;
  }
  return { head, mark };
}

/** 标题 (§7.3.1). */
function readTitle(at: Cursor): string[] {
  // 标题 (§7.3.1): centred lines in the title's size; in plain text the first line, and the lines
  // that complete it (a title that does not yet name its kind, continued by a short line).
  const title: string[] = [];
  const first = at.lines[at.i];
  if (first && !first.table) {
    title.push(squeeze(first.text));
    at.i++;
    const titleSize = sizeOf(first.raw);
    while (at.i < at.lines.length && !at.lines[at.i]!.table) {
      const l = at.lines[at.i]!;
      const t = squeeze(l.text);
      const sameLook = l.raw?.runs.length ? l.raw.align === 'center' && sizeOf(l.raw) === titleSize && titleSize !== undefined && titleSize >= 18 : false;
      // a title laid out as one (centred) continues in the same look; a title typed as plain lines
      // (a text, or a DOCX saved from one) by the text's rule
      const laidOut = first.raw?.align === 'center';
      const continues = laidOut ? sameLook : !KIND_WORD.test(title.join('')) && t.length <= 20 && !SENTENCE.test(t) && !/[:：]$/.test(t) && !headingOf(t);
      if (!continues || title.length >= 4) break;
      title.push(t);
      at.i++;
    }
  }
  return title;
}

/** 副标题. */
function readSubtitle(at: Cursor): string[] {
  // 副标题: centred lines under the title, or a line in brackets: （2008年6月30日）, a speaker
  const subtitle: string[] = [];
  while (at.i < at.lines.length && !at.lines[at.i]!.table) {
    const l = at.lines[at.i]!;
    const bracketed = /^[（(][^（()）]{2,30}[)）]$/.test(l.text);
    const centred = l.raw?.align === 'center' && l.text.length <= 30 && !SENTENCE.test(l.text.replace(/[（）()]/g, '')) && !/[:：]$/.test(l.text);
    // a speaker's line typed under the title of a text, not centred, before the date in brackets (镇长  李明辉 / （2026年2月26日）)
    const next = at.lines[at.i + 1];
    const speaker = !subtitle.length && l.text.length <= 30 && !SENTENCE.test(l.text) && !/[:：，,、]$/.test(l.text) && next !== undefined && !next.table && /^[（(][^（()）]{2,30}[)）]$/.test(next.text);
    if (!bracketed && !centred && !speaker) break;
    subtitle.push(l.text);
    at.i++;
  }
  return subtitle;
}

/** 附件 (§8), from the end of the text on. */
function readAttachments(at: Cursor, bag: DiagnosticBag, options: RecogniseOptions): Attachment[] {
  // 附件 (§8): from the first line that is only 附件 / 附件1 on to the 版记
  const attachments: Attachment[] = [];
  let attachmentStart = at.end;
  for (let k = at.i; k < at.end; k++) {
    if (!at.lines[k]!.table && /^附件\s*\d*$/.test(at.lines[k]!.text) && k > at.i) {
      attachmentStart = k;
      break;
    }
  }
  if (attachmentStart < at.end) {
    let k = attachmentStart;
    while (k < at.end) {
      const label = at.lines[k]!.text.replace(/\s/g, '');
      k++;
      let stop = k;
      while (stop < at.end && !(!at.lines[stop]!.table && /^附件\s*\d*$/.test(at.lines[stop]!.text))) stop++;
      const part = at.lines.slice(k, stop);
      let attTitle: string | undefined;
      if (part[0] && !part[0].table && !SENTENCE.test(part[0].text.slice(0, -1)) && part[0].text.length <= 40) attTitle = squeeze(part.shift()!.text);
      attachments.push({ label, title: attTitle, body: bodyBlocks(part, bag, options) });
      k = stop;
    }
    at.end = attachmentStart;
  }
  return attachments;
}

/** 附注, 成文日期 and 署名 (§7.3.5, §7.3.6), from the end of the text. */
function readSignature(at: Cursor): { signature?: Signature; notes: string[] } {
  // 附注, 成文日期 and 署名 (§7.3.5, §7.3.6), from the end of the text
  const notes: string[] = [];
  let signature: Signature | undefined;
  let tail = at.end;
  const noteLines: string[] = [];
  while (tail > at.i && /^[（(][^（()）]{1,40}[)）]$/.test(at.lines[tail - 1]!.text) && !at.lines[tail - 1]!.table) {
    noteLines.unshift(at.lines[tail - 1]!.text);
    tail--;
  }
  const dateLine = at.lines[tail - 1];
  if (dateLine && !dateLine.table && DATE_LINE.test(dateLine.text) && tail - 1 > at.i) {
    const organs: string[] = [];
    let k = tail - 1;
    while (k - 1 > at.i && organs.length < 4) {
      const l = at.lines[k - 1]!;
      if (l.table || !isOrganName(l.text) || l.raw?.align === 'justify' || headingOf(l.text)) break;
      organs.unshift(squeeze(l.text));
      k--;
    }
    signature = { organs, date: fixNumeralZero(dateLine.text.replace(/\s/g, '')) };
    notes.push(...noteLines);
    at.end = k;
  } else if (noteLines.length) {
    // brackets at the end with no date before them are text: (次页无正文) stays where it is
  }
  return { signature, notes };
}

/** 主送机关 / 称谓, then the text's blocks. */
function readBody(at: Cursor, bag: DiagnosticBag, options: RecogniseOptions): Block[] {
  // 主送机关 / 称谓 (§7.3.2): a short line ending in a colon right after the title
  const body: Block[] = [];
  const salutation = at.lines[at.i];
  if (salutation && !salutation.table && /[:：]$/.test(salutation.text) && salutation.text.length <= 40 && !ATTENDANCE.test(salutation.text) && !LABELED.test(salutation.text) && !headingOf(salutation.text) && !/[，。,]/.test(salutation.text)) {
    body.push({ type: 'paragraph', text: salutation.text, align: 'left', indent: false, role: 'salutation' });
    at.i++;
  }
  body.push(...bodyBlocks(at.lines.slice(at.i, at.end), bag, options));
  return body;
}

const KIND_WORD = /(纪要|方案|意见|总结|讲话|通知|报告|决定|请示|批复|函|办法|规定|计划|材料|稿)$/;

/** A short line with no sentence punctuation: an organ's name (中共张庄镇纪委, 山西省隰县民兵农建营). */
function isOrganName(t: string): boolean {
  return t.length >= 2 && t.length <= 30 && !SENTENCE.test(t) && !/[:：]/.test(t) && !DATE_LINE.test(t);
}

export function headingOf(text: string): { level: HeadingLevel; numeral: string; source: string; rest: string } | undefined {
  for (const { level, re } of HEADING_PATTERNS) {
    const m = text.match(re);
    if (m && m[0].length < text.length) return { level, numeral: m[1]!, source: m[0].trim(), rest: text.slice(m[0].length) };
  }
  return undefined;
}

function excerpt(t: string, n = 16): string {
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** The text's blocks: headings by their numbers (or outline levels), labels, tables, paragraphs. */
function bodyBlocks(lines: Line[], bag: DiagnosticBag, options: RecogniseOptions): Block[] {
  const blocks: Block[] = [];
  const counter = new SectionCounter();
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.table) {
      const [header = [], ...rows] = l.table;
      blocks.push({ type: 'table', header, rows, align: header.map(() => 'left') });
      continue;
    }
    const t = l.text;
    const where = { start: { line: l.index, column: 1 } };
    // a DOCX says by the label's font which it is: 黑体 for the attendance of §10.3
    const labelInHei = l.raw?.runs.length ? HEITI.test(l.raw.runs.find((r) => r.text.trim())?.format.fontEastAsia ?? '') : undefined;
    const att = t.match(ATTENDANCE);
    if (att && t.length <= 200 && !/。.+/.test(att[2]!)) {
      blocks.push({ type: 'labeled', label: att[1]!, value: att[2]!.trim(), style: labelInHei === false ? 'plain' : 'attendance' });
      continue;
    }
    const lab = t.match(LABELED);
    if (lab && t.length <= 80) {
      blocks.push({ type: 'labeled', label: lab[1]!, value: lab[2]!.trim(), style: labelInHei ? 'attendance' : 'plain' });
      continue;
    }
    if (/^附件\s*[:：]/.test(t) || (blocks.length && (blocks[blocks.length - 1] as Paragraph).role === 'attachment-note' && /^\d+[.．、]/.test(t))) {
      blocks.push({ type: 'paragraph', text: t, role: 'attachment-note' });
      continue;
    }
    const h = headingOf(t);
    const outline = l.raw?.outlineLevel;
    const styleLevel = outline !== undefined && outline >= 0 && outline <= 3 ? ((outline + 1) as HeadingLevel) : undefined;
    if (h) {
      blocks.push(...numberedHeading(l, lines[k + 1], h, styleLevel, counter, bag));
      continue;
    }
    if (styleLevel !== undefined && t.length <= 60) {
      // a heading by outline level with no number: where the document's other headings carry theirs
      // in the text, it is unnumbered on purpose (后半年工作思路 among 一、…四、); where none does, the
      // author left numbering to the styles, and it is numbered in sequence (§7.3.3)
      if (options.headingsNumberedInText) {
        counter.next(styleLevel, false);
        blocks.push({ type: 'heading', level: styleLevel, number: '', text: t });
      } else blocks.push(heading(styleLevel, t, counter, undefined, bag, where));
      continue;
    }
    // an unnumbered heading (后半年工作思路): a short line set wholly in 黑体 (DOCX)
    if (l.raw?.runs.length && t.length <= 30 && !/[，。；：:]/.test(t) && l.raw.runs.filter((r) => r.text.trim()).every((r) => HEITI.test(r.format.fontEastAsia ?? ''))) {
      counter.next(1, false);
      blocks.push({ type: 'heading', level: 1, number: '', text: t });
      continue;
    }
    const align = l.raw?.align;
    if (align === 'center' || align === 'right') blocks.push({ type: 'paragraph', text: t, align, indent: false });
    else blocks.push({ type: 'paragraph', text: t });
  }
  return blocks;
}

/**
 * A line that starts with a heading's number: a heading (standalone, or run in with its paragraph),
 * or an enumerated paragraph that only looks like one.
 */
function numberedHeading(l: Line, next: Line | undefined, h: NonNullable<ReturnType<typeof headingOf>>, styleLevel: HeadingLevel | undefined, counter: SectionCounter, bag: DiagnosticBag): Block[] {
  const t = l.text;
  const where = { start: { line: l.index, column: 1 } };
  const out: Block[] = [];
  const level = h.level;
  // a standalone heading whose paragraph follows on the same line after a space
  // ("1、充分认识……的重要意义 开展……" in the militia farm plan of the seeds)
  const gap = h.rest.match(/^([^\s。，；：,;:]{2,40})[ \u3000]+(\S.*)$/);
  if (gap && gap[2]!.length > 10) {
    out.push(heading(level, gap[1]!, counter, h, bag, where));
    out.push({ type: 'paragraph', text: gap[2]! });
    return out;
  }
  // What is a heading and what an enumerated paragraph (4.清理劣质品种，保护烟农利益。):
  // - standalone: short, no full stop at the end (prose.md), or a short line ending in 。 followed
  //   by its paragraph (1、落实责任，严肃纪律。 / 要按照……);
  // - run in: the heading's own run ends at its full stop (DOCX), or a short sentence opens the
  //   line (plain text, at most 24 characters);
  // - or the DOCX gives it an outline level.
  const stop = h.rest.search(/[。！？]/);
  const nextIsText = next !== undefined && !next.table && !headingOf(next.text) && !ATTENDANCE.test(next.text) && !LABELED.test(next.text);
  const firstRun = l.raw?.runs.find((r) => r.text.trim())?.text.trim();
  const runBoundary = firstRun !== undefined && l.raw!.runs.length > 1 && firstRun.length >= h.source.length + stop && firstRun.length <= t.length - 1 && /[。！？]$/.test(firstRun);
  const standalone = t.length <= 40 && (!/[。；]$/.test(t) || (stop === h.rest.length - 1 && nextIsText && t.length <= 30));
  // run in by formatting only when the runs differ in look (LibreOffice splits runs of one look)
  const looks = new Set(l.raw?.runs.filter((r) => r.text.trim()).map((r) => JSON.stringify([r.format.fontEastAsia, r.format.sizePt, r.format.bold, r.format.color])));
  const formatted = looks.size > 1;
  const runIn = stop >= 0 && stop < h.rest.length - 1 && (formatted ? runBoundary : stop <= 24);
  if (!standalone && !runIn && styleLevel === undefined) {
    counter.countIfNext(level, markOf(level, h.numeral));
    out.push({ type: 'paragraph', text: t });
    return out;
  }
  const block = heading(level, runIn ? h.rest.slice(0, stop + 1) : h.rest, counter, h, bag, where);
  if (runIn) block.runIn = h.rest.slice(stop + 1).trim();
  out.push(block);
  return out;
}

/** A heading's number in the standard's form (1、 → 1., (一) → （一）, GB/T 9704 §7.3.3) from its numeral. */
const markOf = (level: HeadingLevel, numeral: string) => [`${numeral}、`, `（${numeral}）`, `${numeral}.`, `（${numeral}）`][level - 1]!;

/**
 * A heading keeps the number it is written with, in the standard's form (1、 → 1., (一) → （一）,
 * GB/T 9704 §7.3.3); a number that breaks the sequence is kept and warned about — it may be an
 * enumerated item the reader took for a heading. A heading without a number (an outline level in
 * the DOCX) is numbered in sequence.
 */
function heading(level: HeadingLevel, text: string, counter: SectionCounter, source: { numeral: string; source: string } | undefined, bag: DiagnosticBag, where: { start: { line: number; column: number } }): Heading {
  const expected = counter.next(level, true);
  if (!source) return { type: 'heading', level, number: expected, text };
  const number = markOf(level, source.numeral);
  if (number !== expected) {
    bag.warn('read-numbering', say('document.numbering', { heading: `${source.source}${excerpt(text, 12)}`, due: expected }), where);
  }
  return { type: 'heading', level, number, text };
}
