/**
 * Measuring a PDF: `pdftotext -bbox-layout` (poppler-utils) → pages of lines of text with their boxes,
 * in points from the top-left of the page.
 */
import { execFileSync } from 'node:child_process';

export interface PdfLine {
  text: string;
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

export function pdfPages(pdfPath: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (const pm of html.matchAll(pageRe)) {
    const lines: PdfLine[] = [];
    const lineRe = /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
    for (const lm of pm[3]!.matchAll(lineRe)) {
      const words = [...lm[5]!.matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((w) => decode(w[1]!));
      lines.push({ text: words.join(' '), xMin: +lm[1]!, yMin: +lm[2]!, xMax: +lm[3]!, yMax: +lm[4]! });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ width: +pm[1]!, height: +pm[2]!, lines });
  }
  return pages;
}

export const PT_PER_MM = 72 / 25.4;
