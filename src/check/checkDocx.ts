/**
 * `gongwen check`: every departure of a DOCX from GB/T 9704-2012, as findings with their place
 * (paragraph number, page where the file says, an excerpt), rule code, clause and severity.
 * It reads the file only (../readers/docx); nothing is written.
 */
import { localize, say, type LocalText } from '../diagnostics/messages/index.js';
import { HAN, hasHan } from '../zh/cjk.js';
import { readSmallNumber } from '../zh/numerals.js';
import { fixPunctuation } from '../zh/punctuation.js';
import type { GongwenDocument } from '../model/document.js';
import type { RawDocument, RawParagraph, RawRun } from '../readers/raw.js';
import { headingOf } from '../readers/structure.js';
import { RULES, type RuleCode } from './rules.js';
import { DOC_NUMBER_START, STANDARD_DATE } from '../readers/patterns.js';
import { ELEMENTS, FONT_STYLES, LINE_PITCH_TWIP, PAGE, PAGE_TWIP, ZIHAO } from '../layout/standard.js';
import { twipToMm } from '../layout/units.js';

export interface Finding {
  rule: RuleCode;
  severity: 'error' | 'warning';
  clause: string;
  /** What the standard says, quoted. */
  says: string;
  /** What departs from the rule, in English (the JSON reporter's). */
  message: string;
  /** The same in the catalogue's words, for the user's language. */
  local?: LocalText;
  /** 1-based paragraph number in the document. */
  paragraph?: number;
  page?: number;
  excerpt?: string;
}

// the figures of GB/T 9704 as the writer sets them (src/layout/standard.ts), one source for both
const mm = (twip: number) => Math.round(twipToMm(twip) * 10) / 10;
const BODY_PT = ZIHAO.三号;
const TITLE_PT = ZIHAO.二号;
const PAGE_NUMBER_PT = ZIHAO.四号;

const FANGSONG = FONT_STYLES.fangsong.pattern;
const HEITI = FONT_STYLES.heiti.pattern;
const KAITI = FONT_STYLES.kaiti.pattern;
const XIAOBIAOSONG = FONT_STYLES.xiaobiaosong.pattern;
const SONG = FONT_STYLES.songti.pattern;

/** A label that opens a labeled line: 出席：, 会议记录与整理：, 组　长： (full-width spaces to align). */
const LABEL = new RegExp(`^[${HAN}](?:[${HAN}\\u3000 ]{0,10})[${HAN}][:：]$`, 'u');
const excerptOf = (text: string, n = 20) => {
  const t = text.replace(/\s*\n\s*/g, ' / ');
  return t.length > n ? `${t.slice(0, n)}…` : t;
};
const fontOf = (r: RawRun) => r.format.fontEastAsia ?? r.format.fontAscii ?? '(default)';
/** A run's font and size, as the messages name them (`宋体 18 pt`). */
const describe = (r: RawRun) => ({ font: fontOf(r), size: r.format.sizePt });
const textRuns = (p: RawParagraph) => p.runs.filter((r) => hasHan(r.text));

const DOC_NUMBER = DOC_NUMBER_START;
const DATE_LINE = /^(\d{2,4}|20XX|[〇○零一二三四五六七八九]{2,4})\s*年\s*(\S{1,3})\s*月\s*(\S{1,3})\s*日$/;

/** What every rule reads: the document as read, as recognised, its paragraphs and their parts. */
interface Check {
  raw: RawDocument;
  doc: GongwenDocument;
  /** The paragraphs with text. */
  paragraphs: RawParagraph[];
  add: (rule: RuleCode, message: LocalText, p?: RawParagraph, severity?: Finding['severity']) => void;
  isTitle: (p: RawParagraph) => boolean;
  titleParas: RawParagraph[];
  /** The index of the 版记's first paragraph (Infinity: none). */
  colophonStart: number;
  colophonParas: RawParagraph[];
  headParas: RawParagraph[];
  isAttachmentLabel: (p: RawParagraph) => boolean;
  attachmentTitles: Set<string>;
  /** The lines 2.…, 3.… of the 附件说明 under its first line 附件：1.… */
  attachmentNote: Set<RawParagraph>;
}

export function checkDocx(raw: RawDocument, doc: GongwenDocument): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: RuleCode, message: LocalText, p?: RawParagraph, severity = RULES[rule].severity) =>
    findings.push({
      rule,
      severity,
      clause: RULES[rule].clause,
      says: RULES[rule].says,
      message: localize(message, 'en'),
      local: message,
      paragraph: p?.index,
      page: p && raw.pagesKnown ? p.page : undefined,
      excerpt: p ? excerptOf(p.text) : undefined,
    });
  const paragraphs = raw.blocks.filter((b): b is RawParagraph => b.type === 'paragraph' && b.text.replace(/[\s\u200b]/g, '') !== '');
  const c: Check = { raw, doc, paragraphs, add, ...partsOf(raw, doc, paragraphs) };
  checkPage(c);
  checkTitle(c);
  const headingParas = checkHeadings(c);
  checkBodyText(c, headingParas);
  checkPunctuation(c);
  checkDocNumber(c);
  checkDate(c);
  checkPageNumbers(c);
  checkColophon(c);
  checkMinutes(c);
  return findings;
}

/** Which paragraph is what: the title, the 版头 above it, the 版记, attachment labels and titles. */
function partsOf(raw: RawDocument, doc: GongwenDocument, paragraphs: RawParagraph[]): Omit<Check, 'raw' | 'doc' | 'paragraphs' | 'add'> {
  const titleTexts = new Set(doc.title.map((t) => t.replace(/\s/g, '')));
  const titleLine = (p: RawParagraph) => !p.from && p.index <= 40 && titleTexts.has(p.text.replace(/[\s\u3000]/g, ''));
  // the title is one block: the first paragraph that is a line of it and the lines right after it. A later
  // paragraph of the same words is not the title: the 署名 中共青溪镇委员会 under a title whose first line
  // names the same organ, or a 发文机关标志 repeated as the title's first line.
  const first = paragraphs.findIndex(titleLine);
  const titleParas: RawParagraph[] = [];
  for (let k = first; k >= 0 && k < paragraphs.length && titleLine(paragraphs[k]!) && titleParas.length < doc.title.length; k++) titleParas.push(paragraphs[k]!);
  const isTitle = (p: RawParagraph) => titleParas.includes(p);
  const colophonStart = (() => {
    // the 版记: from the first rule or 抄送 / 主题词 / 印发 line in the last paragraphs
    for (let k = Math.max(0, raw.blocks.length - 40); k < raw.blocks.length; k++) {
      const b = raw.blocks[k]!;
      if (b.type === 'paragraph' && (/^(抄送|主题词|报|发)\s*[:：]/.test(b.text.trim()) || /印发$/.test(b.text.trim()))) return b.index;
    }
    return Infinity;
  })();
  const colophonParas = paragraphs.filter((p) => p.index >= colophonStart || (p.from === 'footnote' && /^(抄送|主题词|报|发)\s*[:：]|印发$/.test(p.text.trim())));
  const headParas = paragraphs.filter((p) => p.index <= (titleParas[0]?.index ?? 0) && !isTitle(p));
  const isAttachmentLabel = (p: RawParagraph) => /^附件\s*\d*$/.test(p.text.trim());
  const attachmentTitles = new Set(doc.attachments.map((a) => a.title).filter(Boolean) as string[]);
  // the 附件说明 (§7.3.5): 附件：1.…, then 2.…, 3.… each on a line of its own under it; numbered lines, not headings
  const attachmentNote = new Set<RawParagraph>();
  for (let k = 0; k < paragraphs.length; k++) {
    if (!/^附\s*件\s*[:：]\s*1\s*[.．、]/.test(paragraphs[k]!.text.trim())) continue;
    const numberOf = (p: RawParagraph) => Number(/^(\d+)\s*[.．、]/.exec(p.text.trim())?.[1]);
    for (let n = 2, j = k + 1; j < paragraphs.length && numberOf(paragraphs[j]!) === n; n++, j++) attachmentNote.add(paragraphs[j]!);
  }
  return { isTitle, titleParas, colophonStart, colophonParas, headParas, isAttachmentLabel, attachmentTitles, attachmentNote };
}

/** Paper, margins and the 22 × 28 grid (§5.2): the first section holds the text. */
function checkPage(c: Check): void {
  const { raw, paragraphs, add } = c;
  const s = raw.sections[0];
  if (!s) add('paper', say('check.no-sections'));
  else {
    if (s.pageWidth === undefined || s.pageHeight === undefined || Math.abs(s.pageWidth - PAGE_TWIP.width) > 57 || Math.abs(s.pageHeight - PAGE_TWIP.height) > 57) {
      add('paper', s.pageWidth === undefined || s.pageHeight === undefined ? say('check.no-page-size') : say('check.paper', { width: mm(s.pageWidth), height: mm(s.pageHeight) }));
    }
    const margin = (side: 'top' | 'left' | 'right' | 'bottom', twip: number | undefined, want: number) => {
      if (twip === undefined || Math.abs(twipToMm(twip) - want) > 1) return say('check.margin', { side, mm: twip === undefined ? undefined : mm(twip), want });
      return undefined;
    };
    const off = [margin('top', s.top, PAGE.topMm), margin('left', s.left, PAGE.leftMm), margin('right', s.right, PAGE.rightMm), margin('bottom', s.bottom, PAGE.bottomMm)].filter((m) => m !== undefined);
    if (off.length) add('margins', say('check.margins', { margins: off }));
    // 22 lines: a grid of 579 twips, or the text's paragraphs set exactly at that pitch
    const body = paragraphs.filter((p) => !p.from && textRuns(p).length > 0);
    const exact = body.filter((p) => p.lineExactTwip !== undefined && Math.abs(p.lineExactTwip - LINE_PITCH_TWIP) <= 6).length;
    const gridOk = (s.gridType === 'lines' || s.gridType === 'linesAndChars') && s.linePitch !== undefined && Math.abs(s.linePitch - LINE_PITCH_TWIP) <= 6;
    const problems: LocalText[] = [];
    if (!gridOk && !(body.length && exact >= body.length * 0.6)) {
      problems.push(say('check.grid.lines', { gridType: s.gridType, pitch: s.linePitch, exact, body: body.length }));
    }
    // 28 characters of 16 pt fill 156 mm only condensed by ≥ 0.2 pt (gbt9704.md), or on Word's character grid
    // the body text's runs (仿宋 16 pt) where there are such, else every run of text
    const allRuns = body.flatMap(textRuns);
    const bodyRuns = allRuns.filter((r) => r.format.sizePt === BODY_PT && FANGSONG.test(fontOf(r)));
    const runs = bodyRuns.length ? bodyRuns : allRuns;
    const condensed = runs.filter((r) => (r.format.spacingTwip ?? 0) <= -4).length;
    if (s.gridType !== 'linesAndChars' && !(runs.length && condensed >= runs.length * 0.6)) {
      problems.push(say('check.grid.chars', { condensed, runs: runs.length }));
    }
    if (problems.length) add('grid', say('check.grid', { problems }));
  }
}

/** The title in 2号小标宋 (§7.3.1). */
function checkTitle(c: Check): void {
  const { titleParas, add } = c;
  for (const p of titleParas) {
    const bad = textRuns(p).find((r) => !XIAOBIAOSONG.test(fontOf(r)) || r.format.sizePt !== TITLE_PT);
    if (bad) add('title-font', say('check.title-font', describe(bad)), p);
  }
}

/** Headings (§7.3.3): their numbering, levels and fonts; returns the paragraphs that are headings. */
function checkHeadings(c: Check): Set<RawParagraph> {
  const { paragraphs, add, isTitle, colophonParas, isAttachmentLabel, attachmentNote } = c;
  const counts = [0, 0, 0, 0];
  let deepest = 0;
  const headingParas = new Set<RawParagraph>();
  const valueOf = (num: string) => {
    const d = num.match(/\d+/);
    if (d) return Number(d[0]);
    return readSmallNumber(num.match(/[一二三四五六七八九十]+/)?.[0] ?? '') ?? 0;
  };
  for (const p of paragraphs) {
    if (p.from === 'footnote' || p.from === 'table' || isTitle(p) || colophonParas.includes(p) || attachmentNote.has(p)) continue;
    const text = p.text.trim();
    if (isAttachmentLabel(p)) {
      counts.fill(0);
      deepest = 0;
      continue;
    }
    const h = headingOf(text);
    if (!h) continue;
    // a heading stands alone (short, no full stop: prose.md), runs in with its own run ending at its full stop, or has an
    // outline level; a numbered paragraph otherwise — long and in one run, or ending as a sentence or a lead-in ends
    // (值班人员不得脱岗！, 二、会议要求：) — is an enumerated item, not a heading. An item is never reported (its number
    // may not be read: 1.2009年1月24日，…), but it keeps the count: 一、会议指出，… (an item), then the heading 二、 does
    // not skip a number.
    const stop = text.search(/[。！？]/);
    const firstRun = textRuns(p)[0]?.text.trim() ?? '';
    const runIn = stop >= 0 && stop < text.length - 1 && firstRun.length >= stop && firstRun.length <= stop + 2;
    const standalone = text.length <= 40 && !/[。；！？：:]$/.test(text);
    const level = h.level;
    const n = valueOf(h.source);
    const heading = standalone || runIn || p.outlineLevel !== undefined;
    if (heading) {
      headingParas.add(p);
      const form = [/^[一二三四五六七八九十]+、$/, /^（[一二三四五六七八九十]+）$/, /^\d+\.$/, /^（\d+）$/][level - 1]!;
      if (!form.test(h.source)) add('heading-numbering', say('check.heading-form', { source: h.source, level, form: ['一、', '（一）', '1.', '（1）'][level - 1]! }), p);
      if (n !== counts[level - 1]! + 1) {
        add('heading-numbering', say(n <= counts[level - 1]! ? 'check.heading-back' : 'check.heading-gap', { source: h.source, before: counts[level - 1]! }), p);
      }
      if (level > deepest + 1) add('heading-level-skipped', say('check.level-skipped', { level, source: h.source, above: deepest }), p);
    }
    counts[level - 1] = n;
    for (let l = level; l < 4; l++) counts[l] = 0;
    deepest = level;
    if (!heading) continue;
    // the heading's own run: the first run with text (a run-in heading's paragraph text follows in 仿宋)
    const run = textRuns(p)[0];
    if (run) {
      // the face the writer gives the level (ELEMENTS: 黑体, 楷体, 仿宋, 仿宋 by §7.3.3)
      const { pattern: want, label: name } = FONT_STYLES[ELEMENTS[`heading${level}`].font];
      if (!want.test(fontOf(run)) || run.format.sizePt !== BODY_PT) add('heading-font', say('check.heading-font', { level, name, ...describe(run) }), p);
    }
  }

  return headingParas;
}

/** Body text in 3号仿宋 (§5.2.3), grouped by what it is set in. */
function checkBodyText(c: Check, headingParas: Set<RawParagraph>): void {
  const { doc, paragraphs, add, isTitle, headParas, colophonParas, isAttachmentLabel, attachmentTitles } = c;
  const groups = new Map<string, { count: number; first: RawParagraph; font: ReturnType<typeof describe> }>();
  const subtitles = new Set(doc.subtitle.map((t) => t.replace(/\s/g, '')));
  // an unnumbered heading (后半年工作思路): short, no sentence and no label (as ../readers/structure.ts
  // reads one), set wholly in 黑体 or 楷体
  const unnumberedHeading = (p: RawParagraph) =>
    p.text.trim().length <= 30 && !/[，。；：:]/.test(p.text) && textRuns(p).every((r) => HEITI.test(fontOf(r)) || KAITI.test(fontOf(r)));
  for (const p of paragraphs) {
    if (p.from === 'footnote' || headingParas.has(p) || isTitle(p) || headParas.includes(p) || colophonParas.includes(p) || isAttachmentLabel(p)) continue;
    if (attachmentTitles.has(p.text.trim()) || subtitles.has(p.text.replace(/\s/g, '')) || /^\{PAGE\}$/.test(p.text) || unnumberedHeading(p)) continue;
    const runs = textRuns(p);
    for (const r of runs) {
      // A labeled line's label in 黑体: §10.3 sets 出席：/请假：/列席： so (“用3号黑体字”), and the
      // local labels (参会人员：, 会议记录与整理：) and those of a plan's lists (组　长：, 成　员：,
      // spaced to align with the longer 副组长：) follow its form. Only the run that opens the line
      // and ends at its colon; the names after it are text, in 仿宋.
      if (r === runs[0] && LABEL.test(r.text.trim()) && HEITI.test(fontOf(r))) continue;
      const size = r.format.sizePt;
      const okSize = p.from === 'table' ? size !== undefined && size >= ZIHAO.五号 && size <= BODY_PT : size === BODY_PT;
      if (FANGSONG.test(fontOf(r)) && okSize) continue;
      const font = describe(r);
      const key = `${font.font} ${font.size}`;
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { count: 1, first: p, font });
    }
  }
  for (const g of groups.values()) add('body-font', say('check.body-font', { count: g.count, ...g.font }), g.first);
}

/** Half-width punctuation between Chinese characters (GB/T 15834). */
function checkPunctuation(c: Check): void {
  const { paragraphs, add } = c;
  let punct = 0;
  for (const p of paragraphs) {
    const fixed = fixPunctuation(p.text);
    if (fixed === p.text) continue;
    const at = [...p.text].findIndex((c, k) => c !== [...fixed][k] && /[,;:?!()"]/.test(c));
    if (at < 0) continue;
    if (++punct <= 20) add('punctuation', say('check.punctuation', { mark: [...p.text][at]!, at: at + 1 }), { ...p, text: [...p.text].slice(Math.max(0, at - 8), at + 8).join('') });
  }
  if (punct > 20) add('punctuation', say('check.punctuation.more', { count: punct - 20 }));
}

/** The 发文字号 (§7.2.4): the year in full in 〔〕, no 第, no leading zero. */
function checkDocNumber(c: Check): void {
  const { paragraphs, add } = c;
  for (const p of paragraphs.slice(0, 12)) {
    const t = p.text.replace(/\s/g, '');
    if (!DOC_NUMBER.test(t)) continue;
    const year = !/〔\d{4}〕/.test(t);
    const problems = {
      yearShort: year && /〔\d{2}〕/.test(t),
      yearBrackets: year && !/〔\d{2}〕/.test(t),
      di: /第\d/.test(t),
      zero: /[〕\])）】]0\d*号/.test(t),
    };
    if (Object.values(problems).some(Boolean)) add('doc-number', say('check.doc-number', { number: t, ...problems }), p);
    break;
  }
}

/** The 成文日期 (§7.3.5.1): the date of the signature, in Arabic numerals. */
function checkDate(c: Check): void {
  const { doc, paragraphs, add } = c;
  const date = doc.signature?.date;
  if (date) {
    const p = [...paragraphs].reverse().find((x) => x.text.replace(/\s/g, '') === date.replace(/\s/g, '') || fixPunctuation(x.text.replace(/\s/g, '')) === date);
    const m = date.match(DATE_LINE);
    if (m) {
      const sourceText = p?.text.replace(/\s/g, '') ?? date;
      if (/○/.test(sourceText)) add('date-form', say('check.date-circle', { date: sourceText }), p);
      else if (/^[〇零一二三四五六七八九]/.test(m[1]!)) add('date-form', say('check.date-chinese', { date: sourceText }), p, 'warning');
      else if (m[1]!.length !== 4 || /^0/.test(m[2]!) || /^0/.test(m[3]!)) add('date-form', say('check.date-form', { date: sourceText, yearShort: m[1]!.length !== 4 }), p);
    }
  }
}

/** Page numbers (§7.5): "— N —" in 4号宋体, odd pages right and even pages left. */
function checkPageNumbers(c: Check): void {
  const { raw, add } = c;
  const s = raw.sections[0];
  if (s) {
    const footers = s.footers;
    const numbered = (ps?: RawParagraph[]) => ps?.find((p) => p.text.includes('{PAGE}'));
    const odd = numbered(footers.default);
    const even = numbered(footers.even);
    if (!odd && !even) add('page-number', say('check.no-page-number'));
    else {
      for (const [p, side] of [
        [odd, 'odd'],
        [even, 'even'],
      ] as const) {
        if (!p) continue;
        const t = p.text.trim();
        // a footer is not a paragraph of the text: the finding names the footer, not a paragraph number
        if (s.pageNumberFormat === 'numberInDash') add('page-number', say('check.page-number-dash', { side }));
        else if (!/^—\s*\{PAGE\}\s*—$/.test(t)) add('page-number', say('check.page-number-text', { side, text: t.replace('{PAGE}', 'N') }));
        const run = p.runs.find((r) => r.text.includes('{PAGE}'));
        if (run && (!SONG.test(fontOf(run)) || run.format.sizePt !== PAGE_NUMBER_PT)) add('page-number', say('check.page-number-font', { side, ...describe(run) }));
      }
      if (!raw.evenAndOddHeaders || !even) add('page-number-position', say('check.one-footer'));
      else {
        // a frame placed "outside" (Word's page-number gallery) is right on odd pages and left on even ones
        const side = (p: RawParagraph) => (p.frameAlign === 'outside' ? 'outside' : (p.frameAlign ?? p.align ?? 'left'));
        if (odd && !['right', 'outside'].includes(side(odd))) add('page-number-position', say('check.page-number-side', { side: 'odd', placed: side(odd) }));
        if (!['left', 'outside'].includes(side(even))) add('page-number-position', say('check.page-number-side', { side: 'even', placed: side(even) }));
      }
    }
  }
}

/** The 版记 (§7.4): its rules, 4号仿宋, 抄送 ending with a full stop, the 印发日期. */
function checkColophon(c: Check): void {
  const { raw, add, colophonStart, colophonParas } = c;
  if (colophonParas.length) {
    const ruled = raw.blocks.some((b) => b.type === 'paragraph' && (b.index >= colophonStart - 2 || b.from === 'footnote') && (b.borderTop || b.borderBottom));
    if (!ruled) add('colophon', say('check.colophon-rules'), colophonParas[0]);
    for (const p of colophonParas) {
      const run = textRuns(p).find((r) => !/^(抄送|主题词|报|发)[:：]?$/.test(r.text.trim()));
      if (run && (!FANGSONG.test(fontOf(run)) || (run.format.sizePt !== PAGE_NUMBER_PT && !/^(主题词|报|发)/.test(p.text.trim())))) {
        add('colophon', say('check.colophon-font', describe(run)), p);
        break;
      }
    }
    // §7.4.2: "最后一个抄送机关名称后标句号"
    const cc = colophonParas.find((p) => /^抄送\s*[:：]/.test(p.text.trim()));
    if (cc && !/[。.]$/.test(cc.text.trim())) add('colophon', say('check.copy-to-stop'), cc);
    const printed = colophonParas.find((p) => /印发$/.test(p.text.trim()));
    if (printed && !new RegExp(`${STANDARD_DATE}印发$`).test(printed.text.replace(/\s/g, ''))) add('colophon', say('check.printed-date'), printed);
  }
}

/** A 纪要 (§10.3): 出席 / 请假 / 列席 labels in 3号黑体. */
function checkMinutes(c: Check): void {
  const { doc, paragraphs, add } = c;
  const isMinutes = /纪要$/.test(doc.title.join('') || doc.mark || '');
  if (isMinutes) {
    const labels = paragraphs.filter((p) => /^(出席|请假|列席)\s*[:：]/.test(p.text.trim()));
    if (!labels.length) add('minutes-labels', say('check.minutes-no-attendees'));
    for (const p of labels) {
      const run = textRuns(p)[0];
      if (run && !HEITI.test(fontOf(run))) add('minutes-labels', say('check.minutes-label-font', { label: p.text.trim().slice(0, 3), ...describe(run) }), p, 'error');
    }
  }
}

