/**
 * Measuring a PDF: `pdftotext -bbox-layout` (poppler-utils) → pages of lines of text with their boxes,
 * in points from the top-left of the page.
 *
 * The poppler programs run asynchronously: a test file starts them for all its PDFs at once and awaits them
 * together, rather than holding its vitest worker in one execFileSync after another while the cores idle
 * (about sixty runs of 10–150 ms in test/layout-pdf.test.ts; issue 12, goal 5).
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
}

export interface PdfLine {
  text: string;
  /** The words pdftotext found (split where it saw a gap: a space, or autospace around digits). */
  words: PdfWord[];
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function pdfPages(pdfPath: string): Promise<PdfPage[]> {
  const { stdout: html } = await run('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (const pm of html.matchAll(pageRe)) {
    const lines: PdfLine[] = [];
    const lineRe = /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
    for (const lm of pm[3]!.matchAll(lineRe)) {
      const words = [...lm[5]!.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)<\/word>/g)].map(
        (w) => ({ text: decode(w[3]!), xMin: +w[1]!, xMax: +w[2]! }),
      );
      lines.push({ text: words.map((w) => w.text).join(' '), words, xMin: +lm[1]!, yMin: +lm[2]!, xMax: +lm[3]!, yMax: +lm[4]! });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ width: +pm[1]!, height: +pm[2]!, lines });
  }
  return pages;
}

export const PT_PER_MM = 72 / 25.4;

export interface Rule {
  /** Vertical position of the rule's centre, points from the top of the page. */
  y: number;
  xMin: number;
  xMax: number;
}

/**
 * Horizontal rules on pages `first` … `last` (one list a page), found by rendering them (pdftoppm -gray, in one
 * run: its images one after another on standard output) and looking for rows of dark pixels at least
 * `minWidthPt` long. Adjacent rows are merged into one rule. `band`: render only the strip between these
 * distances from the top of each page (points), for speed.
 */
export async function horizontalRules(pdfPath: string, pages: { first: number; last: number }, minWidthPt = 300, dpi = 150, band?: { fromPt: number; toPt: number }): Promise<Rule[][]> {
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const crop = band ? ['-x', '0', '-y', String(px(band.fromPt)), '-W', String(px(612)), '-H', String(px(band.toPt - band.fromPt))] : [];
  const offsetPt = band ? (px(band.fromPt) * 72) / dpi : 0;
  const { stdout: pgm } = await run('pdftoppm', ['-gray', '-r', String(dpi), ...crop, '-f', String(pages.first), '-l', String(pages.last), pdfPath], {
    encoding: 'buffer',
    maxBuffer: 256 << 20,
  });
  const out: Rule[][] = [];
  for (let at = 0; at < pgm.length; ) {
    const image = readPgm(pgm, at);
    out.push(rulesIn(pgm, image, minWidthPt, dpi, offsetPt));
    at = image.end;
  }
  if (out.length !== pages.last - pages.first + 1) throw new Error(`pdftoppm gave ${out.length} images for pages ${pages.first}–${pages.last} of ${pdfPath}`);
  return out;
}

/** A grey image (binary PGM, "P5\n<w> <h>\n255\n" and a byte a pixel) starting at `start`: where its pixels are and where it ends. */
function readPgm(pgm: Buffer, start: number): { pixels: number; w: number; h: number; end: number } {
  let pos = start;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(pgm[pos]!))) pos++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(pgm[pos]!))) s += String.fromCharCode(pgm[pos++]!);
    fields.push(s);
  }
  pos++;
  const w = Number(fields[1]);
  const h = Number(fields[2]);
  return { pixels: pos, w, h, end: pos + w * h };
}

/** The rules of one image of `pgm` (readPgm's), in points from the top of the page. */
function rulesIn(pgm: Buffer, { pixels: pos, w, h }: { pixels: number; w: number; h: number }, minWidthPt: number, dpi: number, offsetPt: number): Rule[] {
  const ptPerPx = 72 / dpi;
  const rows: { y: number; xMin: number; xMax: number }[] = [];
  for (let y = 0; y < h; y++) {
    let run = 0;
    let best = 0;
    let bestEnd = 0;
    for (let x = 0; x < w; x++) {
      if (pgm[pos + y * w + x]! < 160) {
        run++;
        if (run > best) {
          best = run;
          bestEnd = x;
        }
      } else run = 0;
    }
    if (best * ptPerPx >= minWidthPt) rows.push({ y, xMin: (bestEnd - best + 1) * ptPerPx, xMax: (bestEnd + 1) * ptPerPx });
  }
  const rules: Rule[] = [];
  let group: typeof rows = [];
  const flush = () => {
    if (group.length === 0) return;
    const y = (group[0]!.y + group[group.length - 1]!.y + 1) / 2;
    rules.push({ y: y * ptPerPx + offsetPt, xMin: Math.min(...group.map((r) => r.xMin)), xMax: Math.max(...group.map((r) => r.xMax)) });
    group = [];
  };
  for (const r of rows) {
    if (group.length > 0 && r.y !== group[group.length - 1]!.y + 1) flush();
    group.push(r);
  }
  flush();
  return rules;
}

/** The PDF's text in content order (`pdftotext -raw`), page numbers ("— N —") and white space removed. */
export async function pdfRawText(pdfPath: string): Promise<string> {
  const { stdout: raw } = await run('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return raw
    .split('\n')
    .filter((l) => !/^\s*\u2014\s*\d+\s*\u2014\s*$/.test(l))
    .join('')
    .replace(/\s/g, '');
}

/**
 * The first character of `expected` that is not found in `actual` in order. Characters of `actual`
 * may be skipped (a table's header row repeated on the next page), but no further than `window`
 * characters ahead, so that a missing character is found where it is missing. null when all are there.
 */
export function firstMissing(expected: string, actual: string, window = 300): { index: number; char: string; context: string; pdf: string } | null {
  const e = [...expected];
  const a = [...actual];
  let j = 0;
  for (let i = 0; i < e.length; i++) {
    let k = j;
    while (k < a.length && k < j + window && a[k] !== e[i]) k++;
    if (k >= a.length || a[k] !== e[i]) {
      return {
        index: i,
        char: e[i]!,
        context: `${e.slice(Math.max(0, i - 12), i).join('')}[${e[i]}]${e.slice(i + 1, i + 8).join('')}`,
        pdf: a.slice(Math.max(0, j - 12), j + 8).join(''),
      };
    }
    j = k + 1;
  }
  return null;
}
