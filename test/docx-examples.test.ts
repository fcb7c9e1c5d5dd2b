/**
 * Every example record through the pipeline (src/pipeline.ts compileFile) and the DOCX writer, read
 * back as XML: page size and margins, fonts and sizes of each element the document has, fonts on
 * every run, page-number footers, the 版记 where the record has one (issue 3 item 9, on the examples
 * themselves rather than on hand-made fixtures only). Asserted on parsed XML, never on bytes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, GongwenDocument } from '../src/model/document.js';
import { writeDocx } from '../src/writers/docx/index.js';
import { FONT_PROFILES, LINE_PITCH_TWIP, NOT_AT_LINE_END, NOT_AT_LINE_START, PAGE_TWIP, SQUEEZED_CHAR_SPACING_TWIP } from '../src/layout/standard.js';
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
} from './support/docx-xml.js';

const FONTS = FONT_PROFILES.gb2312;
const root = new URL('../examples/', import.meta.url).pathname;

function exampleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml)$/.test(n)) out.push(p);
    }
  };
  walk(root);
  return out;
}

interface Example {
  name: string;
  doc: GongwenDocument;
  docx: Docx;
  body: Para[];
  notes: Para[];
  footers: Record<string, Para>;
}

const examples: Example[] = [];

function footers(d: Docx): Record<string, Para> {
  const sect = findAll(d.xml('word/document.xml'), 'w:sectPr')[0]!;
  const rels = d.text('word/_rels/document.xml.rels');
  const out: Record<string, Para> = {};
  for (const ref of children(sect).filter((c) => tagOf(c) === 'w:footerReference')) {
    const id = attr(ref, 'r:id')!;
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
    out[attr(ref, 'w:type')!] = paragraphs(d.xml(`word/${target[1] ?? target[2]}`))[0]!;
  }
  return out;
}

beforeAll(async () => {
  const { compileFile } = (await import('../src/pipeline.js')) as {
    compileFile: (f: string) => Promise<{ document?: GongwenDocument }>;
  };
  for (const f of exampleFiles()) {
    const r = await compileFile(f);
    if (!r.document) continue; // not a record (a register's notes …): the pipeline's tests report on it
    const docx = readDocx(await writeDocx(r.document, { fontProfile: 'gb2312' }));
    examples.push({
      name: `examples/${relative(root, f)}`,
      doc: r.document,
      docx,
      body: paragraphs(docx.xml('word/document.xml')),
      notes: docx.files['word/footnotes.xml'] ? paragraphs(docx.xml('word/footnotes.xml')) : [],
      footers: footers(docx),
    });
  }
}, 120_000);

const blocksOf = (doc: GongwenDocument): Block[] => [...doc.body, ...doc.attachments.flatMap((a) => a.body)];
const compact = (t: string) => t.replace(/\s/g, '');

/** The paragraph whose text is `text` (white space aside), or that starts with it. */
function para(e: Example, text: string, where: Para[] = e.body): Para {
  const p =
    where.find((x) => compact(x.text) === compact(text)) ??
    where.find((x) => compact(x.text).startsWith(compact(text))) ??
    // the text's last paragraph, its last two lines split off to go with the signature: its first part
    where.find((x) => compact(x.text).length > 28 && compact(text).startsWith(compact(x.text)));
  if (!p) throw new Error(`${e.name}: no paragraph "${text}"`);
  return p;
}

/** The format of the run that holds `text`. */
function runWith(e: Example, p: Para, text: string) {
  const r = p.runs.find((x) => x.text.includes(text));
  if (!r) throw new Error(`${e.name}: no run "${text}" in "${p.text.slice(0, 30)}"`);
  return runFormat(r);
}

describe('every example as DOCX (GB/T 9704-2012), on the parsed XML', () => {
  it('has at least ten example records to check (a file that gives no document is left to the pipeline\'s tests)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it('page: A4, margins 37 / 28 / 26 / 35 mm, one section', () => {
    for (const e of examples) {
      const sect = findAll(e.docx.xml('word/document.xml'), 'w:sectPr');
      expect(sect, e.name).toHaveLength(1);
      const pgSz = child(sect[0], 'w:pgSz');
      expect([attr(pgSz, 'w:w'), attr(pgSz, 'w:h')], e.name).toEqual(['11906', '16838']);
      const mar = child(sect[0], 'w:pgMar');
      expect(['w:top', 'w:left', 'w:right', 'w:bottom'].map((k) => Number(attr(mar, k))), e.name).toEqual([2098, 1587, 1474, 1984]);
    }
  });

  it('fonts on every run: eastAsia = ascii = hAnsi, hint eastAsia, lang zh-CN, a size', () => {
    for (const e of examples) {
      const all = [...e.body, ...e.notes, ...Object.values(e.footers)];
      let runs = 0;
      for (const p of all) {
        for (const r of p.runs) {
          if (!r.text) continue; // field characters of the page number
          const f = runFormat(r);
          const where = `${e.name}: "${r.text.slice(0, 12)}"`;
          expect(f.eastAsia, where).toBeTruthy();
          expect(f.ascii, where).toBe(f.eastAsia);
          expect(f.hAnsi, where).toBe(f.eastAsia);
          expect(f.hint, where).toBe('eastAsia');
          expect(f.langEastAsia, where).toBe('zh-CN');
          expect(f.size, where).toBeGreaterThan(0);
          runs++;
        }
      }
      expect(runs, e.name).toBeGreaterThan(5);
    }
  });

  it('no hanging punctuation in LibreOffice: <w:overflowPunct/> on every paragraph with text', () => {
    for (const e of examples) {
      for (const p of [...e.body, ...e.notes]) {
        if (p.text.replace(/\u200b/g, '')) expect(overflowPunctOn(p), `${e.name}: ${p.text.slice(0, 20)}`).toBe(true);
      }
    }
  });

  it('body text: 3号 仿宋, −0.25 pt spacing, exact 28.95 pt lines, two characters in, justified', () => {
    for (const e of examples) {
      const texts = blocksOf(e.doc).flatMap((b) => (b.type === 'paragraph' && !b.role && (b.align ?? 'justify') === 'justify' ? [b.text] : []));
      expect(texts.length, e.name).toBeGreaterThan(0);
      for (const t of texts) {
        const p = para(e, t);
        const where = `${e.name}: ${t.slice(0, 16)}`;
        expect(paraFormat(p), where).toMatchObject({ line: LINE_PITCH_TWIP, lineRule: 'exact', align: 'both', firstLine: 640, firstLineChars: 200 });
        for (const r of p.runs) {
          const f = runFormat(r);
          expect(f, where).toMatchObject({ eastAsia: FONTS.fangsong, size: 32, color: '000000' });
          // −5, or −18 on a line squeezed to hold a mark that may not start the next line (挤进)
          expect([-5, SQUEEZED_CHAR_SPACING_TWIP], where).toContain(f.spacing);
          if (f.spacing === SQUEEZED_CHAR_SPACING_TWIP) {
            const c = [...r.text];
            expect(NOT_AT_LINE_START.has(c[c.length - 1]!) || NOT_AT_LINE_END.has(c[c.length - 2]!), `${where}: ${r.text}`).toBe(true);
          }
        }
      }
    }
  });

  it('title: 2号 小标宋, centred; subtitle lines centred under it', () => {
    for (const e of examples) {
      for (const line of e.doc.title) {
        const p = para(e, line);
        expect(paraFormat(p).align, e.name).toBe('center');
        for (const r of p.runs) expect(runFormat(r), `${e.name}: ${line}`).toMatchObject({ eastAsia: FONTS.xiaobiaosong, size: 44 });
      }
      for (const line of e.doc.subtitle) expect(paraFormat(para(e, line)).align, e.name).toBe('center');
    }
  });

  it('headings: 一、黑体, （一）楷体, 1. and （1） 仿宋, 3号, two characters in; run-in text in 仿宋', () => {
    const font = { 1: FONTS.heiti, 2: FONTS.kaiti, 3: FONTS.fangsong, 4: FONTS.fangsong } as const;
    let checked = 0;
    for (const e of examples) {
      for (const h of blocksOf(e.doc)) {
        if (h.type !== 'heading') continue;
        const p = para(e, `${h.number}${h.text}`);
        const where = `${e.name}: ${h.number}${h.text}`;
        expect(runWith(e, p, `${h.number}${h.text}`.slice(0, 4)), where).toMatchObject({ eastAsia: font[h.level], size: 32 });
        expect(paraFormat(p).firstLine, where).toBe(640);
        if (h.runIn) expect(runFormat(p.runs[p.runs.length - 1]!), where).toMatchObject({ eastAsia: FONTS.fangsong, size: 32 });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('版头: issuer red 小标宋 centred 35 mm below the top of the 版心, 发文字号 two empty lines below it, the red rule under it', () => {
    let checked = 0;
    for (const e of examples) {
      const head = e.doc.head;
      if (!head?.issuer) continue;
      const i = e.body.findIndex((p) => compact(p.text) === compact(head.issuer!));
      const issuer = e.body[i]!;
      expect(paraFormat(issuer).align, e.name).toBe('center');
      expect(runWith(e, issuer, head.issuer.slice(0, 2)), e.name).toMatchObject({ eastAsia: FONTS.xiaobiaosong, color: 'FF0000' });
      const spacing = child(issuer.pPr, 'w:spacing');
      // its line ends on the grid: what follows keeps the 28.95 pt lines
      expect((Number(attr(spacing, 'w:before')) + Number(attr(spacing, 'w:line'))) % LINE_PITCH_TWIP, e.name).toBe(0);
      if (head.docNumber) {
        expect(e.body[i + 1]!.text, e.name).toBe('');
        expect(e.body[i + 2]!.text, e.name).toBe('');
        const number = e.body[i + 3]!;
        expect(compact(number.text), e.name).toBe(compact(head.docNumber));
        expect(head.docNumber, e.name).toMatch(/〔\d{4}〕[1-9]\d*号$/);
        expect(paraFormat(number).align, e.name).toBe('center');
        expect(attr(path(number.node, 'w:pPr', 'w:pBdr', 'w:bottom'), 'w:color'), e.name).toBe('FF0000');
      }
      checked++;
    }
    for (const e of examples) {
      if (!e.doc.mark) continue;
      const p = para(e, e.doc.mark);
      expect(runWith(e, p, e.doc.mark.slice(0, 2)), e.name).toMatchObject({ eastAsia: FONTS.xiaobiaosong, color: 'FF0000' });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(1);
  });

  it('labeled lines (出席, 参会人员 …): wrapped lines aligned after the colon; attendance labels in 黑体', () => {
    for (const e of examples) {
      for (const b of blocksOf(e.doc)) {
        if (b.type !== 'labeled') continue;
        const p = para(e, b.label);
        const f = paraFormat(p);
        expect(f.left! - f.hanging!, `${e.name}: ${b.label}`).toBe(640);
        if (b.style === 'attendance') expect(runFormat(p.runs[0]!).eastAsia, e.name).toBe(FONTS.heiti);
      }
    }
  });

  it('署名 and 成文日期: one empty line above, placed by indents (no seal, §7.3.5.3)', () => {
    let checked = 0;
    for (const e of examples) {
      const sig = e.doc.signature;
      if (!sig || sig.organs.length === 0) continue;
      // (the issuer of the 版头 may have the same name: the signature is the one the date follows)
      const i = e.body.findIndex(
        (p, k) => compact(p.text) === compact(sig.organs[0]!) && (!sig.date || compact(e.body[k + sig.organs.length]?.text ?? '') === compact(sig.date)),
      );
      expect(i, `${e.name}: ${sig.organs[0]}`).toBeGreaterThan(0);
      expect(e.body[i - 1]!.text, e.name).toBe('');
      const organs = sig.organs.map((_, k) => e.body[i + k]!);
      const names = organs.map(paraFormat);
      for (const n of names) expect(n, e.name).toMatchObject({ align: 'left', left: names[0]!.left, firstLine: 0 });
      for (const o of organs) expect(runFormat(o.runs[0]!), e.name).toMatchObject({ eastAsia: FONTS.fangsong, size: 32 });
      if (sig.date) {
        const date = paraFormat(e.body[i + sig.organs.length]!);
        expect(compact(e.body[i + sig.organs.length]!.text), e.name).toBe(compact(sig.date));
        // either two characters right of the name's first character, or (a longer date) two characters from the right
        if (date.align === 'left') expect(date.left! - names[0]!.left!, e.name).toBe(2 * 315);
        else {
          expect(date, e.name).toMatchObject({ align: 'right', right: 2 * 315 });
          expect(names[0]!.left!, e.name).toBeLessThan(PAGE_TWIP.textWidth - 2 * 315);
        }
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('附件说明: one empty line above, two characters in, wrapped lines after "附件："', () => {
    let checked = 0;
    for (const e of examples) {
      const notes = blocksOf(e.doc).filter((b) => b.type === 'paragraph' && b.role === 'attachment-note');
      if (notes.length === 0) continue;
      const i = e.body.findIndex((p) => compact(p.text).startsWith('附件：'));
      expect(e.body[i - 1]!.text, e.name).toBe('');
      const f = paraFormat(e.body[i]!);
      expect(f.left! - f.hanging!, e.name).toBe(640);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(1);
  });

  it('attachments: each on a new page, the label in 黑体 flush left, the title 2号 小标宋 centred', () => {
    for (const e of examples) {
      for (const a of e.doc.attachments) {
        const i = e.body.findIndex((p) => compact(p.text) === compact(a.label));
        const label = e.body[i]!;
        expect(paraFormat(label), e.name).toMatchObject({ pageBreakBefore: true, align: 'left' });
        expect(runFormat(label.runs[0]!).eastAsia, e.name).toBe(FONTS.heiti);
        if (a.title) {
          const t = para(e, a.title.split('\n')[0]!);
          expect(paraFormat(t).align, e.name).toBe('center');
          expect(runFormat(t.runs[0]!), e.name).toMatchObject({ eastAsia: FONTS.xiaobiaosong, size: 44 });
        }
      }
    }
  });

  it('tables: a grid the width of the 版心, a repeated header row, rows kept whole, 4号', () => {
    let tables = 0;
    for (const e of examples) {
      for (const t of findAll(e.docx.xml('word/document.xml'), 'w:tbl')) {
        tables++;
        const cols = findAll(child(t, 'w:tblGrid')!, 'w:gridCol').map((c) => Number(attr(c, 'w:w')));
        expect(cols.reduce((a, b) => a + b, 0), e.name).toBe(PAGE_TWIP.textWidth);
        const rows = children(t).filter((c) => tagOf(c) === 'w:tr');
        expect(child(child(rows[0], 'w:trPr'), 'w:tblHeader'), e.name).toBeDefined();
        for (const r of rows) expect(child(child(r, 'w:trPr'), 'w:cantSplit'), e.name).toBeDefined();
        for (const p of paragraphs(t)) for (const r of p.runs.filter((x) => x.text)) expect(runFormat(r).size, e.name).toBe(28);
      }
    }
    expect(tables).toBeGreaterThan(0);
  });

  it('page numbers: "— N —" 4号 宋体 with a PAGE field, odd pages right, even pages left, one character in', () => {
    for (const e of examples) {
      expect(e.docx.text('word/settings.xml'), e.name).toContain('<w:evenAndOddHeaders/>');
      expect(Object.keys(e.footers).sort(), e.name).toEqual(['default', 'even']);
      expect(paraFormat(e.footers.default!), e.name).toMatchObject({ align: 'right', right: 280 });
      expect(paraFormat(e.footers.even!), e.name).toMatchObject({ align: 'left', left: 280 });
      for (const p of Object.values(e.footers)) {
        expect(p.text.startsWith('\u2014 ') && p.text.endsWith(' \u2014'), e.name).toBe(true);
        expect(findAll(p.node, 'w:instrText').map((n) => textOf([n]) || String(children(n)[0]?.['#text'] ?? '')).join(' '), e.name).toMatch(/PAGE/);
        for (const r of p.runs.filter((x) => x.text)) expect(runFormat(r), e.name).toMatchObject({ eastAsia: FONTS.songti, size: 28 });
      }
    }
  });

  it('版记 where the record has one: 4号 仿宋 between 0.35 / 0.25 mm rules the width of the 版心, lines ending with "。"', () => {
    let checked = 0;
    for (const e of examples) {
      const c = e.doc.colophon;
      const has = c && (c.cc || c.printer || c.printDate || c.report || c.distribute);
      const note = e.docx.files['word/footnotes.xml']
        ? findAll(e.docx.xml('word/footnotes.xml'), 'w:footnote').find((n) => attr(n, 'w:id') === '1')
        : undefined;
      if (!has) {
        expect(note, `${e.name} has no 版记`).toBeUndefined();
        continue;
      }
      expect(note, e.name).toBeDefined();
      const paras = paragraphs(note!);
      const rules = paras.flatMap((p) => {
        const b = path(p.node, 'w:pPr', 'w:pBdr', 'w:bottom');
        return b ? [Number(attr(b, 'w:sz'))] : [];
      });
      expect(rules[0], e.name).toBe(8);
      expect(rules[rules.length - 1], e.name).toBe(8);
      for (const r of rules.slice(1, -1)) expect(r, e.name).toBe(6);
      for (const p of paras.filter((x) => path(x.node, 'w:pPr', 'w:pBdr'))) {
        expect(paraFormat(p).left ?? 0, e.name).toBe(0);
        expect(paraFormat(p).right ?? 0, e.name).toBe(0);
      }
      for (const p of paras.filter((x) => /^(抄送|报|发)：/.test(x.text))) {
        expect(p.text, e.name).toMatch(/。$/);
        expect(runFormat(p.runs[0]!), e.name).toMatchObject({ eastAsia: FONTS.fangsong, size: 28 });
        expect(paraFormat(p).right, e.name).toBe(280);
      }
      if (c!.printer || c!.printDate) {
        const printer = paras.find((p) => p.text.endsWith('印发'))!;
        expect(printer, e.name).toBeDefined();
        expect(paraFormat(printer).left, e.name).toBe(280);
        for (const r of printer.runs.filter((x) => x.text)) expect(runFormat(r), e.name).toMatchObject({ eastAsia: FONTS.fangsong, size: 28 });
      }
      // the anchor: an invisible run in the last paragraph of the body, with its fonts
      const anchor = e.body[e.body.length - 1]!;
      expect(findAll(anchor.node, 'w:footnoteReference'), e.name).toHaveLength(1);
      expect(runFormat(anchor.runs[0]!).eastAsia, e.name).toBe(FONTS.fangsong);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(1);
  });
});
