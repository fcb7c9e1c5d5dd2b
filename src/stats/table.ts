import { showText } from '../diagnostics/showText.js';
import { displayWidth, padTo } from '../zh/width.js';

export interface TableOptions {
  /** Per column; numbers are usually right-aligned. Default left. */
  align?: Array<'left' | 'right'>;
  /** Paints the header row (e.g. bold). */
  paintHeader?: (s: string) => string;
}

/**
 * A plain terminal table: a header row, a rule of - under it (ASCII: box-drawing characters are double width in some CJK terminals), columns two
 * spaces apart, aligned by display width so that 汉字 (two columns) line up. Every cell is shown as
 * text (control characters escaped: a register's value never reaches the terminal raw).
 */
export function renderTable(rawHeader: string[], rawRows: string[][], options: TableOptions = {}): string {
  const header = rawHeader.map(showText);
  const rows = rawRows.map((r) => r.map((c) => showText(c ?? '')));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const align = (i: number) => options.align?.[i] ?? 'left';
  const line = (cells: string[]) => cells.map((c, i) => padTo(c ?? '', widths[i], align(i))).join('  ').replace(/\s+$/, '');
  const paint = options.paintHeader ?? ((s: string) => s);
  const out = [paint(line(header)), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(line(r));
  return out.join('\n');
}
