/**
 * The layout as LibreOffice lays it out: DOCX → PDF (LibreOffice headless, all documents in one run),
 * measured with `pdftotext -bbox-layout` and by rendering pages (`pdftoppm`) to find the rules.
 *
 * GB/T 9704-2012: 22 lines of 28 characters filling the 版心 (156 × 225 mm at 37 mm from the top and
 * 28 mm from the left), page numbers "— N —" 7 mm below it, odd pages right and even left, the
 * 版记's last rule on the bottom edge of the 版心.
 *
 * Skipped, with a notice, where LibreOffice or poppler-utils are not installed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GongwenDocument } from '../src/model/document.js';
import { writeDocx } from '../src/writers/docx/index.js';
import { textWidthChars } from '../src/writers/docx/standard.js';
import { convertDocxFilesToPdf, convertDocxToPdf, findLibreOffice } from '../src/writers/pdf.js';
import { gridDocument, longDocument, minutes } from './fixtures/docx/documents.js';
import { hasPdftotext, horizontalRules, pdfPages, PT_PER_MM, type PdfLine, type PdfPage } from './support/docx-pdf.js';

const soffice = findLibreOffice();
const canMeasure = soffice !== null && hasPdftotext();
if (!canMeasure) {
  console.warn(
    `\n[layout-pdf] SKIPPED: ${soffice ? '' : 'LibreOffice (soffice) '}${hasPdftotext() ? '' : 'pdftotext/pdftoppm '}not found. ` +
      'Install libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils to measure the layout.\n',
  );
}

const mm = (pt: number) => pt / PT_PER_MM;
const PITCH_PT = 28.95;
const TOP_MM = 37;
const LEFT_MM = 28;
const RIGHT_MM = 210 - 26;
const BOTTOM_MM = 297 - 35;
const PAGE_NUMBER = /^\u2014 (\d+) \u2014$/;

const chars = (l: PdfLine) => [...l.text.replace(/\s/g, '')].length;
const bodyLines = (p: PdfPage) => p.lines.filter((l) => !PAGE_NUMBER.test(l.text));

interface Rendered {
  name: string;
  doc: GongwenDocument;
  pdf: string;
  pages: PdfPage[];
}

/** Examples through the pipeline, when it is there; the fixtures above always. */
async function exampleDocuments(): Promise<{ name: string; doc: GongwenDocument }[]> {
  const pipelinePath = new URL('../src/pipeline.ts', import.meta.url);
  if (!existsSync(pipelinePath)) {
    console.warn('[layout-pdf] src/pipeline.ts not found: measuring the fixtures only');
    return [];
  }
  const { compileFile } = (await import('../src/pipeline.js')) as {
    compileFile: (f: string) => Promise<{ document?: GongwenDocument; diagnostics: unknown[] }>;
  };
  const root = new URL('../examples/', import.meta.url).pathname;
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|md)$/.test(n)) files.push(p);
    }
  };
  if (existsSync(root)) walk(root);
  const out: { name: string; doc: GongwenDocument }[] = [];
  for (const f of files) {
    // Files that are not records (registers' notes, partials …) give no document; the pipeline's
    // own tests report on them.
    try {
      const r = await compileFile(f);
      if (r.document) out.push({ name: `examples/${relative(root, f)}`, doc: r.document });
    } catch (e) {
      console.warn(`[layout-pdf] ${relative(root, f)}: the pipeline threw (${(e as Error).message}); not measured`);
    }
  }
  return out;
}

describe.skipIf(!canMeasure)('layout in LibreOffice (GB/T 9704-2012)', () => {
  let dir: string;
  const rendered: Record<string, Rendered> = {};
  let examples: Rendered[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongwen-layout-'));
    const docs = [
      { name: 'grid', doc: gridDocument },
      { name: 'long', doc: longDocument },
      { name: 'minutes', doc: minutes },
      ...(await exampleDocuments()),
    ];
    const paths: string[] = [];
    for (const [i, d] of docs.entries()) {
      const p = join(dir, `doc${i}.docx`);
      await writeFile(p, await writeDocx(d.doc, { fontProfile: 'gb2312' }));
      paths.push(p);
    }
    // One LibreOffice run for all of them.
    const pdfs = await convertDocxFilesToPdf(paths, dir, { soffice: soffice! });
    docs.forEach((d, i) => {
      const r = { ...d, pdf: pdfs[i]!, pages: pdfPages(pdfs[i]!) };
      if (d.name.startsWith('examples/')) examples.push(r);
      else rendered[d.name] = r;
    });
  }, 600_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe('the grid: 22 lines × 28 characters (§5.2.3)', () => {
    // Pages 2 … whose text runs to the bottom of the 版心 (the one before the signature may end early).
    const fullPages = () =>
      rendered.grid!.pages.slice(1).filter((p) => {
        const lines = bodyLines(p);
        return lines.length > 0 && mm(lines[lines.length - 1]!.yMax) > BOTTOM_MM - 8;
      });

    it('has full pages to measure', () => {
      expect(fullPages().length).toBeGreaterThanOrEqual(3);
    });

    it('sets 22 lines on a full page', () => {
      for (const p of fullPages()) expect(bodyLines(p)).toHaveLength(22);
    });

    it('at a pitch of 28.95 pt', () => {
      for (const p of fullPages()) {
        const ys = bodyLines(p).map((l) => l.yMax);
        for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeCloseTo(PITCH_PT, 0);
        // over the page: 21 pitches
        expect((ys[ys.length - 1]! - ys[0]!) / 21).toBeCloseTo(PITCH_PT, 1);
      }
    });

    it('28 characters on a full line, 26 after a two-character indent', () => {
      let full = 0;
      for (const p of fullPages()) {
        for (const l of bodyLines(p)) {
          const indented = mm(l.xMin) > LEFT_MM + 5;
          // The last line of each paragraph (9 lines of 28, less the indent) is full too.
          expect(chars(l), l.text).toBe(indented ? 26 : 28);
          if (!indented) full++;
        }
      }
      expect(full).toBeGreaterThan(50);
    });

    it('from the left edge of the 版心 (28 mm) to its right edge (184 mm)', () => {
      for (const p of fullPages()) {
        for (const l of bodyLines(p)) {
          const indented = mm(l.xMin) > LEFT_MM + 5;
          if (indented) expect(mm(l.xMin)).toBeCloseTo(LEFT_MM + 11.29, 0);
          else expect(Math.abs(mm(l.xMin) - LEFT_MM)).toBeLessThan(0.5);
          expect(mm(l.xMax)).toBeLessThanOrEqual(RIGHT_MM + 0.3);
          expect(mm(l.xMax)).toBeGreaterThan(RIGHT_MM - 1);
        }
      }
    });

    it('from the top of the 版心 (37 mm ± 1) to its bottom (262 mm)', () => {
      for (const p of fullPages()) {
        const lines = bodyLines(p);
        // The first line's box: one pitch above its bottom.
        const top = mm(lines[0]!.yMax - PITCH_PT);
        expect(Math.abs(top - TOP_MM)).toBeLessThanOrEqual(1);
        expect(mm(lines[0]!.yMin)).toBeGreaterThanOrEqual(TOP_MM);
        expect(mm(lines[lines.length - 1]!.yMax)).toBeLessThanOrEqual(BOTTOM_MM + 0.5);
      }
    });

    it('the title and subtitle take the first lines of page 1, the text the rest', () => {
      const p = rendered.grid!.pages[0]!;
      const lines = bodyLines(p);
      expect(lines[0]!.text.replace(/\s/g, '')).toBe('在全县农业农村工作会议上的讲话');
      expect(Math.abs(mm(lines[0]!.xMin) + mm(lines[0]!.xMax) - (LEFT_MM + RIGHT_MM))).toBeLessThan(2); // centred
      // title, subtitle, a blank line, then 19 lines of text: 22 in all
      expect(lines.length + 1).toBe(22);
    });
  });

  describe('page numbers (§7.5)', () => {
    const all = () => [...Object.values(rendered), ...examples];

    it('"— N —" on every page, odd pages right and even pages left, one character in', () => {
      for (const d of all()) {
        d.pages.forEach((p, i) => {
          const nums = p.lines.filter((l) => PAGE_NUMBER.test(l.text));
          expect(nums, `${d.name} page ${i + 1}`).toHaveLength(1);
          const n = nums[0]!;
          expect(Number(PAGE_NUMBER.exec(n.text)![1])).toBe(i + 1);
          const inset = 14 / PT_PER_MM; // one 4号 character
          if ((i + 1) % 2 === 1) expect(Math.abs(mm(n.xMax) - (RIGHT_MM - inset)), `${d.name} p${i + 1}`).toBeLessThan(1);
          else expect(Math.abs(mm(n.xMin) - (LEFT_MM + inset)), `${d.name} p${i + 1}`).toBeLessThan(1);
          // 7 mm below the 版心
          expect(Math.abs(mm(n.yMin) - (BOTTOM_MM + 7)), `${d.name} p${i + 1}`).toBeLessThan(1);
        });
      }
    });
  });

  describe('版头 (§7.2)', () => {
    it('the issuer 35 mm below the top of the 版心, the red rule about 4 mm below the 发文字号, the title after', () => {
      const p = rendered.long!.pages[0]!;
      const issuer = p.lines.find((l) => l.text.replace(/\s/g, '') === '隰县民兵农建营文件')!;
      expect(Math.abs(mm(issuer.yMin) - (TOP_MM + 35))).toBeLessThan(1.5);
      const number = p.lines.find((l) => l.text.replace(/\s/g, '') === '隰民农营发〔2012〕2号')!;
      expect(number.yMin).toBeGreaterThan(issuer.yMax);
      const rules = horizontalRules(rendered.long!.pdf, 1);
      const red = rules.find((r) => r.y > number.yMax)!;
      expect(red).toBeDefined();
      expect(mm(red.y - number.yMax)).toBeGreaterThan(2);
      expect(mm(red.y - number.yMax)).toBeLessThan(6);
      // the width of the 版心
      expect(Math.abs(mm(red.xMin) - LEFT_MM)).toBeLessThan(0.6);
      expect(Math.abs(mm(red.xMax) - RIGHT_MM)).toBeLessThan(0.6);
      const title = p.lines.find((l) => l.text.includes('关于印发'))!;
      expect(title.yMin).toBeGreaterThan(red.y + PITCH_PT);
    });
  });

  describe('版记 (§7.4): on the last page, its last rule on the bottom edge of the 版心', () => {
    for (const name of ['long', 'minutes'] as const) {
      it(name, () => {
        const d = rendered[name]!;
        const last = d.pages.length;
        const page = d.pages[last - 1]!;
        const printer = page.lines.find((l) => /印发$/.test(l.text.replace(/\s/g, '')));
        expect(printer, 'the 印发 line is on the last page').toBeDefined();
        expect(page.lines.some((l) => l.text.startsWith('抄送'))).toBe(true);
        const rules = horizontalRules(d.pdf, last);
        expect(rules.length).toBeGreaterThanOrEqual(3);
        const bottom = rules[rules.length - 1]!;
        expect(Math.abs(mm(bottom.y) - BOTTOM_MM)).toBeLessThan(1);
        for (const r of rules.slice(-3)) {
          expect(Math.abs(mm(r.xMin) - LEFT_MM)).toBeLessThan(0.6);
          expect(Math.abs(mm(r.xMax) - RIGHT_MM)).toBeLessThan(0.6);
        }
        // 印发机关 one character from the left, the date one character from the right
        const lineParts = page.lines.filter((l) => Math.abs(l.yMin - printer!.yMin) < 1);
        const left = Math.min(...lineParts.map((l) => l.xMin));
        const right = Math.max(...lineParts.map((l) => l.xMax));
        expect(Math.abs(mm(left) - (LEFT_MM + 14 / PT_PER_MM))).toBeLessThan(0.8);
        expect(Math.abs(mm(right) - (RIGHT_MM - 14 / PT_PER_MM))).toBeLessThan(0.8);
        expect(printer!.yMax).toBeLessThan(bottom.y);
      });
    }
  });

  describe('attachments (§8)', () => {
    it('start on a new page, the label on the first line, the title on the third', () => {
      const pages = rendered.long!.pages;
      for (const label of ['附件1', '附件2']) {
        const p = pages.find((pg) => bodyLines(pg)[0]?.text.replace(/\s/g, '') === label);
        expect(p, label).toBeDefined();
        const lines = bodyLines(p!);
        expect(Math.abs(mm(lines[0]!.xMin) - LEFT_MM)).toBeLessThan(0.5);
        // third line: two pitches below the first
        const firstBottom = lines[0]!.yMax;
        const title = lines[1]!;
        const titleRow = Math.round((title.yMax - firstBottom) / PITCH_PT);
        expect(titleRow).toBe(2);
      }
    });
  });

  describe('it opens', () => {
    it.runIf(existsSync(new URL('../src/pipeline.ts', import.meta.url)))('measures the examples', () => {
      expect(examples.length).toBeGreaterThan(0);
    });

    it('every document converts to a PDF with its text', () => {
      for (const d of [...Object.values(rendered), ...examples]) {
        expect(d.pages.length, d.name).toBeGreaterThan(0);
        const text = d.pages.flatMap((p) => p.lines.map((l) => l.text.replace(/\s/g, ''))).join('');
        const first = (d.doc.title[0] ?? d.doc.mark ?? '').replace(/\s/g, '');
        expect(text, d.name).toContain(first);
      }
    });

    it('every example stays inside the 版心, on the grid', () => {
      for (const d of examples) {
        for (const [i, p] of d.pages.entries()) {
          for (const l of bodyLines(p)) {
            const where = `${d.name} p${i + 1}: ${l.text.slice(0, 20)}`;
            expect(mm(l.xMin), where).toBeGreaterThan(LEFT_MM - 0.5);
            // hanging punctuation may reach half a character into the margin
            expect(mm(l.xMax), where).toBeLessThan(RIGHT_MM + 6);
            expect(mm(l.yMin), where).toBeGreaterThan(TOP_MM - 0.5);
            expect(mm(l.yMax), where).toBeLessThan(BOTTOM_MM + 0.5);
            // Body text never sets more than 28 characters (29 with a hanging mark; Latin counts ½).
            if (mm(l.xMin) < LEFT_MM + 0.5) expect(textWidthChars(l.text.replace(/\s/g, '')), where).toBeLessThanOrEqual(29);
          }
        }
      }
    });

    it('convertDocxToPdf returns PDF bytes', async () => {
      const pdf = await convertDocxToPdf(await writeDocx(minutes, { fontProfile: 'plain' }), { soffice: soffice! });
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    });
  });
});

describe('PDF without LibreOffice', () => {
  it('names the Debian packages to install', async () => {
    const { LibreOfficeMissingError } = await import('../src/writers/pdf.js');
    const e = new LibreOfficeMissingError();
    expect(e.message).toContain('libreoffice-writer-nogui');
    expect(e.message).toContain('fonts-noto-cjk');
    expect(findLibreOffice({ GONGWEN_SOFFICE: '/nonexistent/soffice' })).toBeNull();
  });
});
