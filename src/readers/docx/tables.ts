/**
 * A table (w:tbl, ECMA-376 Part 1 §17.4) as cell texts on its grid: a cell's paragraphs joined; a
 * horizontally merged cell (w:gridSpan) leaves the cells it covers empty, a vertically merged one
 * (w:vMerge) its continuation cells, which are marked for the recogniser to repeat the merged value in.
 */
import type { RawParagraph } from '../raw.js';
import { child, children, elements, val, type XmlElement } from '../xml.js';

/** How the reader reads a paragraph inside a cell. */
export type CellParagraphs = (p: XmlElement) => RawParagraph[];

export function readTableCells(tbl: XmlElement, readParagraph: CellParagraphs): { rows: string[][]; continued: boolean[][] } {
  const rows: string[][] = [];
  const continuedCells: boolean[][] = [];
  for (const tr of collect(tbl, 'w:tr')) {
    const row: string[] = [];
    const continuedRow: boolean[] = [];
    for (const tc of collect(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Number(val(tcPr, 'w:gridSpan') ?? 1);
      const vMerge = child(tcPr, 'w:vMerge');
      const continued = vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart';
      row.push(continued ? '' : cellText(tc, readParagraph));
      continuedRow.push(continued);
      for (let k = 1; k < span && k < 64; k++) {
        row.push('');
        continuedRow.push(false);
      }
    }
    rows.push(row);
    continuedCells.push(continuedRow);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  for (const r of continuedCells) while (r.length < width) r.push(false);
  return { rows, continued: continuedCells };
}

/** A cell's text: its paragraphs (and those of tables inside it) joined by line breaks. */
function cellText(tc: XmlElement, readParagraph: CellParagraphs): string {
  const parts: string[] = [];
  const visit = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (c.name === 'w:p') parts.push(...readParagraph(c).map((x) => x.text));
      else if (c.name === 'w:tbl') for (const tr of children(c, 'w:tr')) for (const inner of children(tr, 'w:tc')) parts.push(cellText(inner, readParagraph));
      else if (c.name === 'w:sdt') visit(child(c, 'w:sdtContent') ?? c);
      else if (c.name === 'w:customXml') visit(c);
    }
  };
  visit(tc);
  return parts.filter(Boolean).join('\n');
}

/** Children of a table or row through w:sdt / w:customXml wrappers. */
function collect(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') out.push(...collect(child(c, 'w:sdtContent') ?? c, name));
    else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') out.push(...collect(c, name));
  }
  return out;
}
