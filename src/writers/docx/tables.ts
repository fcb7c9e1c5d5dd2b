/**
 * Tables (GB/T 9704 §10.1 says only that they follow the text): column widths from the content, a
 * repeated header row, rows kept whole, numbers right-aligned, repeated values of the first column
 * merged, and the header kept with the first two rows. Written as w:tbl (ECMA-376 Part 1 §17.4).
 */
import type { CellAlign, Table as ModelTable } from '../../model/document.js';
import { borderXml, type BorderLine, type Flow } from './flow.js';
import { COLOR, ELEMENTS, PAGE_TWIP, SPACING, type ElementStyle } from '../../layout/standard.js';
import { textAdvanceTwip } from './textWidth.js';
import { ptToTwip, type Twip } from '../../layout/units.js';

/** A header broken before its last opening bracket: "支部书记（星期一）" → "支部书记\n（星期一）". */
export function breakHeader(text: string): string {
  if (text.includes('\n')) return text;
  const i = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  return i > 0 ? `${text.slice(0, i)}\n${text.slice(i)}` : text;
}

/** The header as it is written into a column `widthTwip` wide: broken before its bracket when it does not fit. */
function fitHeader(text: string, widthTwip: Twip): string {
  const el = ELEMENTS.tableHeader;
  const w = textAdvanceTwip(text, el.sizePt, el.charSpacingTwip) + 2 * SPACING.tableCellMarginTwip;
  return w > widthTwip ? breakHeader(text) : text;
}

/**
 * Column widths that sum to the width of the 版心: each column's natural width (its longest cell at
 * 4号, plus cell margins); when they do not fit, the widest columns give way first (water-filling),
 * when they do, the spare width is shared in proportion.
 */
export function columnWidths(t: Pick<ModelTable, 'header' | 'rows'>, columns: number, total: Twip = PAGE_TWIP.textWidth): Twip[] {
  const cellEl = ELEMENTS.tableCell;
  const headEl = ELEMENTS.tableHeader;
  const charTwip = ptToTwip(cellEl.sizePt);
  const pad = 2 * SPACING.tableCellMarginTwip + SPACING.tableCellSlackTwip;
  const minTwip = SPACING.tableMinColumnChars * charTwip + pad;
  const width = (text: string, el: ElementStyle) =>
    Math.max(0, ...text.split('\n').map((l) => textAdvanceTwip(l, el.sizePt, el.charSpacingTwip)));
  const naturalWidths = (header: (i: number) => string) => {
    const out: number[] = [];
    for (let i = 0; i < columns; i++) {
      const w = Math.max(width(header(i), headEl), ...t.rows.map((r) => width(r[i] ?? '', cellEl)));
      out.push(Math.max(minTwip, Math.ceil(w + pad)));
    }
    return out;
  };
  let natural = naturalWidths((i) => t.header[i] ?? '');
  // Too wide: headers may take two lines, broken before their bracket ("支部书记\n（星期一）", see
  // breakHeader), rather than the data cells of every row.
  if (natural.reduce((a, b) => a + b, 0) > total) natural = naturalWidths((i) => breakHeader(t.header[i] ?? ''));
  const sum = natural.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum <= total) {
    widths = natural.map((n) => (n * total) / sum);
  } else {
    // Find the cap c with Σ min(natural, c) = total.
    const sorted = [...natural].sort((a, b) => a - b);
    let rest = total;
    let cap = total / columns;
    for (let k = 0; k < sorted.length; k++) {
      const share = rest / (sorted.length - k);
      if (sorted[k]! <= share) {
        rest -= sorted[k]!;
      } else {
        cap = share;
        break;
      }
    }
    widths = natural.map((n) => Math.max(Math.min(n, cap), Math.min(minTwip, total / columns)));
    const s = widths.reduce((a, b) => a + b, 0);
    widths = widths.map((w) => (w * total) / s);
  }
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

/** A number as a table prints one: 12, 3,200, 85.5, −3, 12%, 1200万元 is not (it has a unit). */
const NUMBER = /^[-+−]?\d[\d,，]*(?:\.\d+)?%?$/u;

/**
 * How each column is aligned: as the model says, except that a left-aligned column holding only
 * numbers is right-aligned (numbers line up by their last digit).
 */
export function columnAlignments(t: Pick<ModelTable, 'rows' | 'align'>, columns: number): CellAlign[] {
  const out: CellAlign[] = [];
  for (let i = 0; i < columns; i++) {
    const given = t.align[i] ?? 'left';
    const cells = t.rows.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    out.push(given === 'left' && cells.length > 0 && cells.every((c) => NUMBER.test(c)) ? 'right' : given);
  }
  return out;
}

/**
 * How many rows each first-column cell spans: a value repeated down the rows (类型 …) is written once,
 * its cell merged over the rows that repeat it; 0 for the rows it covers.
 */
export function firstColumnSpans(rows: string[][]): number[] {
  const spans = rows.map(() => 1);
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const v = rows[i]?.[0]?.trim();
    if (i < rows.length && v && v === rows[start]![0]?.trim()) {
      spans[start]!++;
      spans[i] = 0;
    } else {
      start = i;
    }
  }
  return spans;
}


/** w:tcPr (§17.4, table cell properties): width (twips), vertical merge, margins left and right, centred vertically. */
function cellPropsXml(width: Twip, merge: 'restart' | 'continue' | undefined): string {
  const margin = SPACING.tableCellMarginTwip;
  return (
    `<w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>` +
    (merge ? `<w:vMerge w:val="${merge}"/>` : '') +
    `<w:tcMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${margin}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${margin}"/></w:tcMar>` +
    '<w:vAlign w:val="center"/></w:tcPr>'
  );
}

export function addTable(f: Flow, t: ModelTable): void {
  if (t.caption) f.simple('tableCaption', t.caption);
  // A table of no row (a Markdown table of its delimiter line only) is left out: ECMA-376's CT_Tbl
  // lets a w:tbl have no w:tr, but Word takes such a table for a damaged file.
  if (t.header.length === 0 && t.rows.length === 0) return;
  const columns = Math.max(t.header.length, ...t.rows.map((r) => r.length), 1);
  const widths = columnWidths(t, columns);
  const aligns = columnAlignments(t, columns);
  const spans = columns > 1 ? firstColumnSpans(t.rows) : t.rows.map(() => 1);
  const border: BorderLine = { style: 'single', size: SPACING.tableBorderEighthPt, color: COLOR.black };
  /** A cell's direct alignment: none where the column is aligned as the cell's style. */
  const alignOf = (style: 'tableHeader' | 'tableCell', align: CellAlign) => (align === ELEMENTS[style].align ? undefined : align);
  const cell = (text: string, style: 'tableHeader' | 'tableCell', align: CellAlign, width: Twip, keepNext: boolean, rowSpan = 1) => {
    const el = ELEMENTS[style];
    const p = f.paragraph(style, f.runs.runs(text, el), { align: alignOf(style, align), keepNext: keepNext || undefined });
    return `<w:tc>${cellPropsXml(width, rowSpan > 1 ? 'restart' : undefined)}${p}</w:tc>`;
  };
  // A cell covered by the merged cell above (w:vMerge continue): an empty paragraph of the cells' style,
  // aligned as the merged cell's (in the body's style its exact 28.95 pt line would make its row taller).
  const covered = (keepNext: boolean) =>
    `<w:tc>${cellPropsXml(widths[0]!, 'continue')}${f.paragraph('tableCell', '', { align: alignOf('tableCell', aligns[0]!), keepNext: keepNext || undefined })}</w:tc>`;
  const headRow = (keep: boolean) => {
    if (t.header.length === 0) return '';
    const cells = widths.map((w, i) => cell(fitHeader(t.header[i] ?? '', w), 'tableHeader', 'center', w, keep));
    return `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells.join('')}</w:tr>`;
  };
  const head = headRow(t.rows.length > 1);
  const row = (r: string[], ri: number, keepLast: boolean) => {
    const keep = ri < Math.min(SPACING.tableRowsKeptWithHeader, t.rows.length) - 1 || keepLast;
    let cells = '';
    widths.forEach((w, i) => {
      if (i === 0 && spans[ri] === 0) cells += covered(keep);
      else cells += cell(r[i] ?? '', 'tableCell', aligns[i]!, w, keep, i === 0 ? spans[ri] : 1);
    });
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`;
  };
  // Every row but the last is the same whether the table keeps with what follows or not.
  const body = t.rows.slice(0, -1).map((r, ri) => row(r, ri, false)).join('');
  const last = t.rows.length - 1;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => borderXml(side, border)).join('');
  const tblPr =
    '<w:tblPr>' +
    `<w:tblW w:type="dxa" w:w="${PAGE_TWIP.textWidth}"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  // Kept with what follows (the signature after a table that ends the text, §7.3.5): its last row
  // (the header row when it has no other) keeps with the next paragraph, and goes on with it.
  f.pushTable((keepLast) => {
    if (last < 0) return `<w:tbl>${tblPr}${keepLast ? headRow(true) : head}</w:tbl>`;
    return `<w:tbl>${tblPr}${head}${body}${row(t.rows[last]!, last, keepLast)}</w:tbl>`;
  });
}
