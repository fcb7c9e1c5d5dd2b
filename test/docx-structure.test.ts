/**
 * The DOCX writer's output, read back as XML: page geometry, fonts and sizes per element, page-number
 * footers, 版头 and 版记 rules, tables — asserted on the structure, never byte-for-byte goldens.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx, sourceDateEpoch } from '../src/writers/docx/index.js';
import { LINE_PITCH_TWIP, PAGE_TWIP, NOT_AT_LINE_START, SQUEEZED_CHAR_SPACING_TWIP } from '../src/layout/standard.js';
import { twipToPt } from '../src/layout/units.js';
import { textAdvanceTwip } from '../src/writers/docx/textWidth.js';
import type { GongwenDocument } from '../src/model/document.js';
import { gridDocument, longDocument, minutes } from './fixtures/docx/documents.js';
import {
  attr,
  child,
  children,
  findAll,
  overflowPunctOn,
  paraFormat,
  paragraphs,
  path,
  readDocx,
  runFormat,
  tagOf,
  textOf,
  type Docx,
  type Para,
  type XNode,
} from './support/docx-xml.js';

let long: Docx;
let longParas: Para[];
let plain: Docx;
let mins: Docx;

function find(paras: Para[], text: string): Para {
  const p = paras.find((x) => x.text.includes(text));
  if (!p) throw new Error(`no paragraph with ${JSON.stringify(text)}`);
  return p;
}

function runWith(p: Para, text: string) {
  const r = p.runs.find((x) => x.text.includes(text));
  if (!r) throw new Error(`no run with ${JSON.stringify(text)} in ${JSON.stringify(p.text)}`);
  return runFormat(r);
}

beforeAll(async () => {
  long = readDocx(await writeDocx(longDocument, { fontProfile: 'gb2312' }));
  longParas = paragraphs(long.xml('word/document.xml'));
  plain = readDocx(await writeDocx(longDocument, { fontProfile: 'plain' }));
  mins = readDocx(await writeDocx(minutes, { fontProfile: 'gb2312' }));
});

describe('page (GB/T 9704 §5.2)', () => {
  it('is A4 with margins 37 / 28 / 26 / 35 mm and a line grid of 22 lines (no character grid)', () => {
    const sect = findAll(long.xml('word/document.xml'), 'w:sectPr');
    expect(sect).toHaveLength(1);
    const pgSz = child(sect[0], 'w:pgSz');
    expect(attr(pgSz, 'w:w')).toBe('11906');
    expect(attr(pgSz, 'w:h')).toBe('16838');
    const mar = child(sect[0], 'w:pgMar');
    expect(Number(attr(mar, 'w:top'))).toBe(2098); // 37 mm
    expect(Number(attr(mar, 'w:left'))).toBe(1587); // 28 mm
    expect(Number(attr(mar, 'w:right'))).toBe(1474); // 26 mm
    expect(Number(attr(mar, 'w:bottom'))).toBe(1984); // 35 mm
    // The page number: its dash 7 mm below the 版心, the dash 2.62 mm below the top of its 14 pt line:
    // the footer 35 − (7 − 2.62) − 4.94 = 25.68 mm above the bottom edge.
    const footer = Number(attr(mar, 'w:footer'));
    expect(footer / 1440 * 25.4).toBeCloseTo(25.68, 1);
    // A line grid of 579 twips (22 lines in the 版心); not linesAndChars, which makes LibreOffice lay
    // out about 19 characters a line.
    const grid = child(sect[0], 'w:docGrid');
    expect([attr(grid, 'w:type'), attr(grid, 'w:linePitch')]).toEqual(['lines', '579']);
  });

  it('sets the text at 3号 with exact 28.95 pt lines and −0.25 pt character spacing (22 × 28)', () => {
    const p = find(longParas, '为深入贯彻落实上级');
    const f = paraFormat(p);
    expect(f.line).toBe(579);
    expect(f.lineRule).toBe('exact');
    expect(LINE_PITCH_TWIP * 22).toBeLessThanOrEqual(PAGE_TWIP.textHeight);
    for (const r of p.runs) {
      expect(runFormat(r).size).toBe(32);
      // −0.9 pt on a line squeezed to hold a closing mark (挤进), which then ends with it
      if (runFormat(r).spacing === SQUEEZED_CHAR_SPACING_TWIP) expect(NOT_AT_LINE_START.has([...r.text].pop()!), r.text).toBe(true);
      else expect(runFormat(r).spacing).toBe(-5);
    }
    expect(p.runs.some((r) => runFormat(r).spacing === -5)).toBe(true);
  });

  it('forbids hanging punctuation in LibreOffice: <w:overflowPunct/> on every paragraph (imported inverted there)', () => {
    for (const name of Object.keys(long.files).filter((n) => /^word\/(document|footnotes|footer\d*)\.xml$/.test(n))) {
      for (const p of paragraphs(long.xml(name))) {
        if (!p.pPr || !p.text) continue;
        expect(overflowPunctOn(p), `${name}: ${p.text.slice(0, 20)}`).toBe(true);
      }
    }
  });

  it('uses even and odd footers', () => {
    expect(long.text('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });
});

describe('fonts per element (GB/T 9704 §7)', () => {
  it('sets eastAsia, ascii and hAnsi, hint eastAsia and lang zh-CN on every run', () => {
    const all = [
      ...paragraphs(long.xml('word/document.xml')),
      ...paragraphs(long.xml('word/footnotes.xml')),
      ...Object.keys(long.files)
        .filter((n) => /^word\/footer\d*\.xml$/.test(n))
        .flatMap((n) => paragraphs(long.xml(n))),
    ];
    let checked = 0;
    for (const p of all) {
      for (const r of p.runs) {
        // every run that prints something, the 版记's invisible anchor (U+200B) too
        if (!r.text) continue;
        const f = runFormat(r);
        expect(f.eastAsia, r.text).toBeTruthy();
        expect(f.ascii, r.text).toBe(f.eastAsia);
        expect(f.hAnsi, r.text).toBe(f.eastAsia);
        expect(f.hint, r.text).toBe('eastAsia');
        expect(f.langEastAsia, r.text).toBe('zh-CN');
        expect(f.size, r.text).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('title: 2号 方正小标宋简体, centred', () => {
    const p = find(longParas, '关于印发2012年民兵农建营');
    expect(paraFormat(p).align).toBe('center');
    expect(runWith(p, '关于印发')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 });
    const p2 = find(longParas, '工作实施方案的通知');
    expect(runWith(p2, '工作')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 });
  });

  it('body: 3号 仿宋_GB2312, two characters in (firstLine 640 and firstLineChars 200), justified', () => {
    const p = find(longParas, '为深入贯彻落实上级');
    expect(runWith(p, '为深入')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32, color: '000000' });
    expect(paraFormat(p)).toMatchObject({ firstLine: 640, firstLineChars: 200, align: 'both' });
  });

  it('salutation: flush left', () => {
    const p = find(longParas, '各乡镇人民政府，县直各有关单位：');
    expect(paraFormat(p)).toMatchObject({ align: 'left', firstLine: 0 });
  });

  it('headings: 一、黑体  （一）楷体_GB2312  1. and （1） 仿宋_GB2312, all 3号 and indented', () => {
    const h1 = find(longParas, '一、指导思想');
    expect(runWith(h1, '一、')).toMatchObject({ eastAsia: '黑体', size: 32 });
    expect(paraFormat(h1).firstLine).toBe(640);
    const h2 = find(longParas, '（二）明确工作职责');
    expect(runWith(h2, '（二）')).toMatchObject({ eastAsia: '楷体_GB2312', size: 32 });
    const h3 = find(longParas, '1.县人武部');
    expect(runWith(h3, '1.')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32 });
    const h4 = find(longParas, '（1）各乡镇负责');
    expect(runWith(h4, '（1）')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32 });
    for (const h of [h1, h2, h3, h4]) expect(paraFormat(h).firstLine).toBe(640);
  });

  it('run-in headings keep their font, the text after them is 仿宋', () => {
    const p = find(longParas, '（一）成立领导小组。');
    expect(runWith(p, '（一）成立领导小组。')).toMatchObject({ eastAsia: '楷体_GB2312' });
    expect(runWith(p, '要坚持')).toMatchObject({ eastAsia: '仿宋_GB2312' });
  });

  it('the plain profile uses 仿宋 and 楷体', () => {
    const paras = paragraphs(plain.xml('word/document.xml'));
    expect(runWith(find(paras, '为深入贯彻'), '为深入')).toMatchObject({ eastAsia: '仿宋', ascii: '仿宋' });
    expect(runWith(find(paras, '（二）明确'), '（二）')).toMatchObject({ eastAsia: '楷体' });
    expect(plain.text('word/document.xml')).not.toContain('GB2312');
  });

  it('writes no Word list numbering: enumerations are text', () => {
    expect(findAll(long.xml('word/document.xml'), 'w:numPr')).toHaveLength(0);
  });
});

describe('版头 (§7.2) and 纪要标志 (§10.3)', () => {
  it('份号, 密级, 紧急程度 flush left in 黑体 on lines 1–3', () => {
    expect(longParas[0]!.text).toBe('000001');
    expect(longParas[1]!.text).toBe('秘密★1年');
    expect(longParas[2]!.text).toBe('特急');
    for (const p of longParas.slice(0, 3)) {
      expect(paraFormat(p).align).toBe('left');
      expect(runFormat(p.runs[0]!).eastAsia).toBe('黑体');
    }
  });

  it('issuer in red 小标宋, centred, its line 35 mm below the top of the 版心', () => {
    const p = find(longParas, '隰县民兵农建营文件');
    expect(paraFormat(p).align).toBe('center');
    expect(runWith(p, '隰县')).toMatchObject({ eastAsia: '方正小标宋简体', color: 'FF0000' });
    const before = Number(attr(child(p.pPr, 'w:spacing'), 'w:before'));
    expect(before + 3 * 579).toBe(1984); // 35 mm, after three lines of 份号/密级/紧急程度
  });

  it('发文字号 centred with the red rule under it, two empty lines below the issuer (§7.2.5: 下空二行)', () => {
    const i = longParas.findIndex((p) => p.text === '隰民农营发〔2012〕2号');
    expect(longParas[i - 1]!.text).toBe('');
    expect(longParas[i - 2]!.text).toBe('');
    expect(longParas[i - 3]!.text).toBe('隰县民兵农建营文件');
    const p = longParas[i]!;
    expect(paraFormat(p).align).toBe('center');
    const bottom = path(p.node, 'w:pPr', 'w:pBdr', 'w:bottom');
    expect(attr(bottom, 'w:color')).toBe('FF0000');
    expect(attr(bottom, 'w:val')).toBe('single');
    // The rule runs between the paragraph's indents: none, so it is the width of the 版心.
    expect(paraFormat(p).left ?? 0).toBe(0);
    expect(paraFormat(p).right ?? 0).toBe(0);
    // The title two lines below the rule.
    expect(longParas[i + 1]!.text).toBe('');
    expect(longParas[i + 2]!.text).toBe('');
    expect(longParas[i + 3]!.text).toContain('关于印发');
  });

  it('a long issuer shrinks to fit one line, never below 1 pt (w:sz 2, the smallest size Word sets)', async () => {
    const sizes: number[] = [];
    for (const n of [30, 1000]) {
      const doc: GongwenDocument = { ...minutes, head: { issuer: '县'.repeat(n) }, colophon: undefined };
      const p = find(paragraphs(readDocx(await writeDocx(doc, { fontProfile: 'gb2312' })).xml('word/document.xml')), '县县县');
      sizes.push(runWith(p, '县').size!);
    }
    // 30 characters: the largest half-point size at which they fit the 版心's width (w:sz is in half-points)
    const widthPt = twipToPt(PAGE_TWIP.textWidth);
    expect((sizes[0]! / 2) * 30).toBeLessThanOrEqual(widthPt);
    expect(((sizes[0]! + 1) / 2) * 30).toBeGreaterThan(widthPt);
    expect(sizes[1]).toBe(2);
  });

  it('minutes: the 纪要标志 in red 小标宋, centred', () => {
    const paras = paragraphs(mins.xml('word/document.xml'));
    const p = find(paras, '张庄镇信访工作会议纪要');
    expect(paraFormat(p).align).toBe('center');
    expect(runWith(p, '纪要')).toMatchObject({ eastAsia: '方正小标宋简体', color: 'FF0000' });
  });

  it('出席/请假/列席: label in 黑体, wrapped lines aligned after the colon', () => {
    const paras = paragraphs(mins.xml('word/document.xml'));
    const p = find(paras, '出席：');
    expect(runWith(p, '出席：')).toMatchObject({ eastAsia: '黑体', size: 32 });
    expect(runWith(p, '王建国')).toMatchObject({ eastAsia: '仿宋_GB2312' });
    const f = paraFormat(p);
    // First line two characters in; the rest after "出席：" (three characters of 15.75 pt).
    expect(f.hanging).toBe(3 * 315);
    expect(f.left! - f.hanging!).toBe(640);
    // one line below the text
    const i = paras.indexOf(p);
    expect(paras[i - 1]!.text).toBe('');
  });
});

describe('署名, 日期, 附注, 附件 (§7.3, §8)', () => {
  it('附件说明: two characters in, wrapped lines after "附件："', () => {
    const p = find(longParas, '附件：1.');
    const f = paraFormat(p);
    expect(f.left! - f.hanging!).toBe(640);
    expect(f.hanging).toBe(3 * 315);
    const p2 = find(longParas, '2. 各乡镇民兵农建营任务分配');
    expect(paraFormat(p2).left).toBe(f.left);
    expect(paraFormat(p2).firstLine ?? 0).toBe(0);
  });

  it('signature: one line below the text, the date on the next line; a date longer than the name ends two characters from the right', () => {
    const i = longParas.findIndex((p) => p.text === '隰县民兵农建营');
    expect(i).toBeGreaterThan(0);
    expect(longParas[i - 1]!.text).toBe('');
    const name = paraFormat(longParas[i]!);
    const date = paraFormat(longParas[i + 1]!);
    expect(longParas[i + 1]!.text).toBe('2012年3月9日');
    // "2012年3月9日" is set about 7.2 characters wide (digits and the space around them), the name 7:
    // the date is the longer line: it ends two characters from the right, and the name starts two
    // characters left of the date's first character.
    const dateTwip = textAdvanceTwip('2012年3月9日', 16, -5);
    expect(dateTwip).toBeGreaterThan(7 * 315);
    expect(date).toMatchObject({ align: 'right', right: 2 * 315 });
    expect(name).toMatchObject({ align: 'left', firstLine: 0 });
    expect(name.left).toBe(PAGE_TWIP.textWidth - 2 * 315 - dateTwip - 2 * 315);
  });

  it('signature: a name longer than the date ends two characters from the right, the date starts two characters right of it', async () => {
    const doc: GongwenDocument = { ...minutes, signature: { organs: ['中共张庄镇委员会办公室'], date: '2012年7月2日' } };
    const paras = paragraphs(readDocx(await writeDocx(doc, { fontProfile: 'gb2312' })).xml('word/document.xml'));
    const name = paraFormat(find(paras, '中共张庄镇委员会办公室'));
    const date = paraFormat(find(paras, '2012年7月2日'));
    // both placed by their first character: left indents in characters of 15.75 pt
    expect(name).toMatchObject({ align: 'left', left: PAGE_TWIP.textWidth - 2 * 315 - 11 * 315 });
    expect(date).toMatchObject({ align: 'left', left: name.left! + 2 * 315 });
  });

  it('joint issuers: one organ per line, their first characters aligned', async () => {
    const d = readDocx(await writeDocx(gridDocument, { fontProfile: 'gb2312' }));
    const paras = paragraphs(d.xml('word/document.xml'));
    const a = paraFormat(find(paras, '隰县人民政府'));
    const b = paraFormat(find(paras, '隰县人民武装部'));
    expect(a.align).toBe('left');
    expect(a.left).toBe(b.left);
  });

  it('附件说明: one empty line above it (§7.3.4)', () => {
    const i = longParas.findIndex((p) => p.text.startsWith('附件：1.'));
    expect(longParas[i - 1]!.text).toBe('');
    expect(longParas[i - 2]!.text.length).toBeGreaterThan(0);
  });

  it('附注 in round brackets, two characters in, after the date', () => {
    const i = longParas.findIndex((p) => p.text === '（此件公开发布）');
    expect(longParas[i - 1]!.text).toBe('2012年3月9日');
    expect(paraFormat(longParas[i]!).firstLine).toBe(640);
  });

  it('attachments: each on a new page, the label in 黑体 flush left, the title 2号 小标宋 on the third line', () => {
    for (const label of ['附件1', '附件2']) {
      const i = longParas.findIndex((p) => p.text === label);
      const p = longParas[i]!;
      expect(paraFormat(p)).toMatchObject({ pageBreakBefore: true, align: 'left' });
      expect(runFormat(p.runs[0]!).eastAsia).toBe('黑体');
      expect(longParas[i + 1]!.text).toBe('');
      const title = longParas[i + 2]!;
      expect(paraFormat(title).align).toBe('center');
      expect(runFormat(title.runs[0]!)).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 });
    }
  });
});

describe('tables', () => {
  const tables = () => findAll(long.xml('word/document.xml'), 'w:tbl');

  it('have a grid that sums to the width of the 版心, a repeated header row, rows kept whole', () => {
    expect(tables().length).toBe(2);
    for (const t of tables()) {
      const cols = findAll(child(t, 'w:tblGrid')!, 'w:gridCol').map((c) => Number(attr(c, 'w:w')));
      expect(cols.reduce((a, b) => a + b, 0)).toBe(PAGE_TWIP.textWidth);
      const rows = children(t).filter((c) => tagOf(c) === 'w:tr');
      expect(child(child(rows[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
      for (const r of rows) expect(child(child(r, 'w:trPr'), 'w:cantSplit')).toBeDefined();
      const borders = path(t, 'w:tblPr', 'w:tblBorders');
      for (const side of ['w:top', 'w:bottom', 'w:insideH', 'w:insideV']) {
        expect(attr(child(borders, side), 'w:val')).toBe('single');
      }
    }
  });

  it('gives wide content the wider column', () => {
    const cols = findAll(child(tables()[1]!, 'w:tblGrid')!, 'w:gridCol').map((c) => Number(attr(c, 'w:w')));
    // 序号 narrowest, 建设内容 widest
    expect(Math.min(...cols)).toBe(cols[0]);
    expect(Math.max(...cols)).toBe(cols[2]);
  });

  it('cell paragraphs override the body indent and line pitch', () => {
    for (const p of paragraphs(tables()[0]!)) {
      const f = paraFormat(p);
      expect(f.firstLine ?? 0).toBe(0);
      expect(f.left ?? 0).toBe(0);
      expect(f.line).toBeLessThan(579);
      for (const r of p.runs) expect(runFormat(r).size).toBe(28);
    }
  });

  it('a value repeated down the first column is one merged cell, the cells it covers set as table cells (no row taller for them)', async () => {
    const doc: GongwenDocument = {
      ...minutes,
      colophon: undefined,
      body: [
        {
          type: 'table',
          header: ['类型', '名称', '件数'],
          rows: [['来信', '甲', '1'], ['来信', '乙', '2'], ['来信', '丙', '3'], ['来访', '丁', '4']],
          align: ['center', 'left', 'left'],
        },
      ],
    };
    const t = findAll(readDocx(await writeDocx(doc, { fontProfile: 'gb2312' })).xml('word/document.xml'), 'w:tbl')[0]!;
    const rows = children(t).filter((c) => tagOf(c) === 'w:tr');
    const firstCells = rows.map((r) => children(r).find((c) => tagOf(c) === 'w:tc')!);
    expect(firstCells.map((c) => attr(path(c, 'w:tcPr', 'w:vMerge'), 'w:val') ?? '')).toEqual(['', 'restart', 'continue', 'continue', '']);
    expect(firstCells.map((c) => textOf(c))).toEqual(['类型', '来信', '', '', '来访']);
    // every paragraph of the table, the covered ones too, has a table style and the cells' line
    for (const p of paragraphs(t)) {
      expect(['GwTableHeader', 'GwTableCell'], p.text).toContain(p.style);
      expect(paraFormat(p).line, p.text).toBeLessThan(LINE_PITCH_TWIP);
    }
    // the covered cells are aligned as the merged one
    for (const c of firstCells.slice(2, 4)) expect(paraFormat(paragraphs(c)[0]!).align).toBe('center');
  });

  it('a table that ends the text keeps its last row with the signature (§7.3.5: no signature on a page without text); elsewhere it does not', async () => {
    const rows = [['类型一', '1'], ['类型二', '2'], ['类型三', '3'], ['类型三', '4']];
    const lastRowKeeps = async (after: GongwenDocument['body']) => {
      const doc: GongwenDocument = { ...longDocument, attachments: [], notes: [], body: [{ type: 'paragraph', text: '正文。' }, { type: 'table', header: ['类型', '件数'], rows, align: [] }, ...after] };
      const t = findAll(readDocx(await writeDocx(doc, { fontProfile: 'gb2312' })).xml('word/document.xml'), 'w:tbl')[0]!;
      const trs = children(t).filter((c) => tagOf(c) === 'w:tr');
      const keeps = (tr: XNode) => paragraphs(tr).map((p) => child(p.directPPr, 'w:keepNext') !== undefined);
      // the header and the first row keep with the rows under them (a header never ends a page), the rows after do not
      expect(keeps(trs[0]!)).toEqual([true, true]);
      expect(keeps(trs[1]!)).toEqual([true, true]);
      expect(keeps(trs[2]!)).toEqual([false, false]);
      return keeps(trs[4]!); // the last row, its first cell covered by the merged 类型三 above
    };
    expect(await lastRowKeeps([])).toEqual([true, true]);
    expect(await lastRowKeeps([{ type: 'paragraph', text: '表后正文。' }])).toEqual([false, false]);
  });

  it('a table of no row is left out (Word refuses a w:tbl without w:tr); one of a header only is its header row', async () => {
    const body = async (table: { header: string[]; rows: string[][] }) => {
      const doc: GongwenDocument = { ...minutes, colophon: undefined, body: [{ type: 'paragraph', text: '前文。' }, { type: 'table', ...table, align: [] }, { type: 'paragraph', text: '后文。' }] };
      return readDocx(await writeDocx(doc, { fontProfile: 'gb2312' })).xml('word/document.xml');
    };
    const empty = await body({ header: [], rows: [] });
    expect(findAll(empty, 'w:tbl')).toEqual([]);
    expect(paragraphs(empty).map((p) => p.text)).toEqual(expect.arrayContaining(['前文。', '后文。']));
    const headerOnly = findAll(await body({ header: ['甲', '乙'], rows: [] }), 'w:tbl');
    expect(headerOnly).toHaveLength(1);
    const rows = children(headerOnly[0]!).filter((c) => tagOf(c) === 'w:tr');
    expect(rows.map((r) => textOf(r))).toEqual(['甲乙']);
    for (const tc of findAll(headerOnly[0]!, 'w:tc')) expect(findAll(tc, 'w:p').length).toBeGreaterThan(0);
  });
});

describe('page numbers (§7.5)', () => {
  function footers(d: Docx) {
    const sect = findAll(d.xml('word/document.xml'), 'w:sectPr')[0]!;
    const rels = d.text('word/_rels/document.xml.rels');
    const out: Record<string, Para> = {};
    for (const ref of children(sect).filter((c) => tagOf(c) === 'w:footerReference')) {
      const id = attr(ref, 'r:id')!;
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      const file = `word/${target[1] ?? target[2]}`;
      out[attr(ref, 'w:type')!] = paragraphs(d.xml(file))[0]!;
    }
    return out;
  }

  it('odd pages (default footer) on the right, even pages on the left, one character in', () => {
    const f = footers(long);
    expect(Object.keys(f).sort()).toEqual(['default', 'even']);
    expect(paraFormat(f.default!)).toMatchObject({ align: 'right', right: 280, firstLine: 0 });
    expect(paraFormat(f.even!)).toMatchObject({ align: 'left', left: 280, firstLine: 0 });
  });

  it('"— N —" in 4号 宋体 with a PAGE field, overriding the body line pitch', () => {
    for (const p of Object.values(footers(long))) {
      expect(p.text.startsWith('\u2014 ')).toBe(true);
      expect(p.text.endsWith(' \u2014')).toBe(true);
      const instr = findAll(p.node, 'w:instrText').map((n) => textOf([n]) || String(children(n)[0]?.['#text'] ?? ''));
      expect(instr.join(' ')).toMatch(/PAGE/);
      for (const r of p.runs.filter((x) => x.text)) expect(runFormat(r)).toMatchObject({ eastAsia: '宋体', size: 28 });
      expect(paraFormat(p).line).toBe(280);
      expect(paraFormat(p).lineRule).toBe('exact');
    }
  });
});

describe('版记 (§7.4)', () => {
  function colophon(d: Docx): Para[] {
    const notes = d.xml('word/footnotes.xml');
    const note = findAll(notes, 'w:footnote').find((n) => attr(n, 'w:id') === '1')!;
    return paragraphs(note);
  }

  it('is a footnote of the last paragraph, with no mark and no separator, so it sits at the bottom of the 版心', () => {
    const doc = long.text('word/document.xml');
    expect(doc).toMatch(/<w:footnoteReference w:customMarkFollows="1" w:id="1"\/><w:t>\u200b<\/w:t>/);
    // the reference is in the last paragraph of the body
    const body = paragraphs(long.xml('word/document.xml'));
    expect(findAll(body[body.length - 1]!.node, 'w:footnoteReference')).toHaveLength(1);
    const notes = long.text('word/footnotes.xml');
    expect(notes).not.toContain('<w:footnoteRef/>');
    expect(notes).not.toContain('<w:separator/>');
    expect(notes).not.toContain('<w:continuationSeparator/>');
  });

  it('its anchor keeps with the 成文日期 before it, and the 日期 with the 署名: where the 版记 does not fit under them they go on together', async () => {
    const doc: GongwenDocument = { ...longDocument, attachments: [], notes: [] };
    const body = paragraphs(readDocx(await writeDocx(doc, { fontProfile: 'gb2312' })).xml('word/document.xml'));
    const anchor = body.length - 1;
    expect(findAll(body[anchor]!.node, 'w:footnoteReference')).toHaveLength(1);
    const keeps = (p: Para) => child(p.pPr, 'w:keepNext') !== undefined && attr(child(p.pPr, 'w:keepNext'), 'w:val') !== 'false';
    expect(body[anchor - 1]!.style).toBe('GwDate');
    expect(keeps(body[anchor - 1]!)).toBe(true);
    expect(body[anchor - 2]!.style).toBe('GwSignature');
    expect(keeps(body[anchor - 2]!)).toBe(true);
    // with the 版记 in the flow there is no anchor, and the date keeps with nothing
    const flow = paragraphs(readDocx(await writeDocx(doc, { fontProfile: 'gb2312', colophonPlacement: 'flow' })).xml('word/document.xml'));
    expect(keeps(flow.find((p) => p.style === 'GwDate')!)).toBe(false);
  });

  it('抄送 and 印发 in 4号 仿宋 between rules: 0.35 mm first and last, 0.25 mm between, the width of the 版心', () => {
    const paras = colophon(long);
    const rules = paras
      .map((p) => path(p.node, 'w:pPr', 'w:pBdr', 'w:bottom'))
      .filter((b): b is XNode => b !== undefined)
      .map((b) => Number(attr(b, 'w:sz')));
    expect(rules).toEqual([8, 6, 8]);
    for (const p of paras.filter((x) => path(x.node, 'w:pPr', 'w:pBdr'))) {
      expect(paraFormat(p).left ?? 0).toBe(0);
      expect(paraFormat(p).right ?? 0).toBe(0);
      expect(p.text).toBe('');
    }
    const cc = paras.find((p) => p.text.startsWith('抄送：'))!;
    expect(runWith(cc, '抄送：')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 28 });
    // one character in each side, wrapped lines after "抄送："
    const f = paraFormat(cc);
    expect(f.left! - f.hanging!).toBe(280);
    expect(f.hanging).toBe(3 * 280);
    expect(f.right).toBe(280);
    const printer = paras.find((p) => p.text.includes('印发'))!;
    expect(printer.text).toBe('隰县民兵农建营办公室2012年3月9日印发');
    expect(findAll(printer.node, 'w:tab')).toHaveLength(2); // the tab stop and the tab
    expect(paraFormat(printer).left).toBe(280);
    const tab = path(printer.node, 'w:pPr', 'w:tabs', 'w:tab');
    expect(attr(tab, 'w:val')).toBe('right');
    expect(Number(attr(tab, 'w:pos'))).toBe(PAGE_TWIP.textWidth - 280);
    // order: rule, 抄送, rule, 印发, rule
    expect(paras.map((p) => (path(p.node, 'w:pPr', 'w:pBdr') ? '—' : p.text.slice(0, 2)))).toEqual(['—', '抄送', '—', '隰县', '—']);
  });

  it('writes the older 主题词 / 报 / 发 lines when the colophon has them', async () => {
    const doc: GongwenDocument = {
      ...longDocument,
      colophon: { ...longDocument.colophon, keywords: '民兵 农建 方案 通知', report: '市人武部。', distribute: '各乡镇。' },
    };
    const paras = colophon(readDocx(await writeDocx(doc, { fontProfile: 'gb2312' })));
    const texts = paras.map((p) => p.text).filter(Boolean);
    expect(texts[0]).toBe('主题词：民兵 农建 方案 通知');
    expect(texts.slice(1, 4).map((t) => t.slice(0, 2))).toEqual(['报：', '抄送', '发：']);
  });

  it('ends the 抄送 / 报 / 发 lines with a full stop (§7.4.2)', async () => {
    const doc: GongwenDocument = {
      ...longDocument,
      colophon: { ...longDocument.colophon, cc: '县委办公室，县信访局', report: '市人武部，', distribute: '各乡镇。' },
    };
    const texts = colophon(readDocx(await writeDocx(doc, { fontProfile: 'gb2312' }))).map((p) => p.text);
    expect(texts).toContain('抄送：县委办公室，县信访局。');
    expect(texts).toContain('报：市人武部。');
    expect(texts).toContain('发：各乡镇。');
  });

  it('can be put in the flow instead', async () => {
    const d = readDocx(await writeDocx(longDocument, { fontProfile: 'gb2312', colophonPlacement: 'flow' }));
    expect(d.text('word/document.xml')).toContain('抄送：');
    expect(d.text('word/document.xml')).not.toContain('footnoteReference');
  });
});

describe('reproducible bytes', () => {
  it('writes the same bytes twice', async () => {
    const a = await writeDocx(longDocument, { fontProfile: 'gb2312' });
    const b = await writeDocx(longDocument, { fontProfile: 'gb2312' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('whatever the time zone', async () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const a = await writeDocx(minutes, { fontProfile: 'gb2312', dateEpoch: 1331251200 });
      process.env.TZ = 'Asia/Shanghai';
      const b = await writeDocx(minutes, { fontProfile: 'gb2312', dateEpoch: 1331251200 });
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('dates the document 2000-01-01 by default, or from dateEpoch (SOURCE_DATE_EPOCH)', async () => {
    const core = long.text('docProps/core.xml');
    expect(core).toContain('>2000-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2000-01-01T00:00:00Z</dcterms:modified>');
    const epoch = sourceDateEpoch({ SOURCE_DATE_EPOCH: '1331251200' });
    expect(epoch).toBe(1331251200);
    const d = readDocx(await writeDocx(minutes, { fontProfile: 'gb2312', dateEpoch: epoch }));
    expect(d.text('docProps/core.xml')).toContain('>2012-03-09T00:00:00Z</dcterms:created>');
    expect(sourceDateEpoch({})).toBeUndefined();
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: 'yesterday' })).toBeUndefined();
    // a date core.xml cannot hold (W3CDTF years have four digits) is not taken: the default date, not "+033658-…" or a thrown RangeError
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '253402300799' })).toBe(253402300799);
    for (const far of ['253402300800', '999999999999', '9999999999999', '1'.repeat(30)]) {
      const e = sourceDateEpoch({ SOURCE_DATE_EPOCH: far });
      expect(e, far).toBeUndefined();
      const core = readDocx(await writeDocx(minutes, { fontProfile: 'gb2312', dateEpoch: e })).text('docProps/core.xml');
      expect(core, far).toContain('>2000-01-01T00:00:00Z</dcterms:created>');
    }
  });
});

describe('other forms', () => {
  it('upward documents: 发文字号 one character in from the left, 签发人 (楷体 name) one in from the right', async () => {
    const doc: GongwenDocument = {
      ...longDocument,
      head: { issuer: '隰县民兵农建营', docNumber: '隰民农营报〔2012〕3号', signer: '王建国' },
    };
    const paras = paragraphs(readDocx(await writeDocx(doc, { fontProfile: 'gb2312' })).xml('word/document.xml'));
    const p = find(paras, '隰民农营报〔2012〕3号');
    expect(p.text).toBe('隰民农营报〔2012〕3号签发人：王建国');
    expect(paraFormat(p)).toMatchObject({ align: 'left', left: 315 });
    const tab = path(p.node, 'w:pPr', 'w:tabs', 'w:tab');
    expect(attr(tab, 'w:val')).toBe('right');
    expect(Number(attr(tab, 'w:pos'))).toBe(PAGE_TWIP.textWidth - 315);
    expect(runWith(p, '签发人：')).toMatchObject({ eastAsia: '仿宋_GB2312' });
    expect(runWith(p, '王建国')).toMatchObject({ eastAsia: '楷体_GB2312' });
    expect(attr(path(p.node, 'w:pPr', 'w:pBdr', 'w:bottom'), 'w:color')).toBe('FF0000');
  });

  it('a page break goes on the next paragraph, or on a one-point (20-twip) paragraph before a table', async () => {
    const doc: GongwenDocument = {
      ...minutes,
      colophon: undefined,
      body: [
        { type: 'paragraph', text: '第一页。' },
        { type: 'pageBreak' },
        { type: 'paragraph', text: '第二页。' },
        { type: 'pageBreak' },
        { type: 'table', header: ['甲', '乙'], rows: [['1', '2']], align: ['left', 'right'] },
      ],
    };
    const xml = readDocx(await writeDocx(doc, { fontProfile: 'gb2312' })).xml('word/document.xml');
    const paras = paragraphs(xml);
    expect(paraFormat(find(paras, '第二页。')).pageBreakBefore).toBe(true);
    expect(paraFormat(find(paras, '第一页。')).pageBreakBefore).toBe(false);
    const body = children(path(xml[xml.length - 1]!, 'w:body') ?? findAll(xml, 'w:body')[0]!);
    const ti = body.findIndex((n) => tagOf(n) === 'w:tbl');
    const before = paragraphs(body[ti - 1]!)[0]!;
    expect(paraFormat(before)).toMatchObject({ pageBreakBefore: true, line: 20 });
    expect(textOf(body[ti - 1]!)).toBe('');
  });

  it('a document without 版头, 署名 or 版记 still writes', async () => {
    const doc: GongwenDocument = {
      kind: 'speech',
      template: 't',
      title: ['讲话'],
      subtitle: ['（2012年3月9日）'],
      body: [{ type: 'paragraph', text: '同志们：', role: 'salutation' }],
      notes: [],
      attachments: [],
    };
    const d = readDocx(await writeDocx(doc, { fontProfile: 'plain' }));
    const paras = paragraphs(d.xml('word/document.xml'));
    expect(paras[0]!.text).toBe('讲话');
    expect(runFormat(paras[1]!.runs[0]!)).toMatchObject({ eastAsia: '楷体' });
    expect(d.files['word/footnotes.xml'] === undefined || !d.text('word/document.xml').includes('footnoteReference')).toBe(true);
  });
});
