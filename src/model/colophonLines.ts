/**
 * The lines of a 版记 (GB/T 9704 §7.4) below its first rule, in the order printed, as every writer
 * lays them out (src/writers/docx/colophon.ts, markdown/writeMarkdown.ts, html/writeHtml.ts): 报, 抄送, 发
 * each with a full stop after the last organ ("最后一个抄送机关名称后标句号", §7.4.2; the same for the older
 * 报 and 发), then the 印发机关 and 印发日期 with "印发" after the date (§7.4.3). 主题词 (GB/T 9704-1999)
 * stands above the rules and is not one of these lines.
 */
import type { Colophon } from './document.js';
import { stripTrailingPunctuation } from '../zh/punctuation.js';

export type ColophonLine = { kind: 'labeled'; label: '报：' | '抄送：' | '发：'; value: string } | { kind: 'printer'; printer: string; date: string };

/** `value` with one full stop at its end, whatever mark it was typed with. */
export const fullStop = (value: string): string => `${stripTrailingPunctuation(value)}。`;

export function colophonLines(c: Colophon): ColophonLine[] {
  const lines: ColophonLine[] = [];
  if (c.report) lines.push({ kind: 'labeled', label: '报：', value: fullStop(c.report) });
  if (c.cc) lines.push({ kind: 'labeled', label: '抄送：', value: fullStop(c.cc) });
  if (c.distribute) lines.push({ kind: 'labeled', label: '发：', value: fullStop(c.distribute) });
  if (c.printer || c.printDate) lines.push({ kind: 'printer', printer: c.printer ?? '', date: c.printDate ? `${c.printDate.replace(/印发$/, '')}印发` : '' });
  return lines;
}
