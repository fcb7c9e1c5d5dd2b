import { parsePeriod } from '../stats/period.js';
import { formatDate, type DateStyle } from './dates.js';
import { toChineseNumber } from './numerals.js';

/** How a 总结 names its period: label (2009年上半年) and span (2009年1月至6月). */
export interface PeriodText {
  label: string;
  span: string;
}

/**
 * 2009 → 2009年; 2009H1 → 2009年上半年 (span 2009年1月至6月); 2009Q3 → 2009年第三季度;
 * 2009-05 → 2009年5月; 2009-01-01..2009-06-30 → 2009年1月1日至6月30日 — in the record's date style.
 * A period written with Chinese numerals (二〇〇九年上半年) is kept as written.
 */
export function describePeriod(text: string, style: DateStyle = 'arabic'): PeriodText | undefined {
  const t = text.trim();
  const p = parsePeriod(t);
  if (!p) return /^[〇○零一二三四五六七八九十]{4}年/u.test(t) ? { label: t, span: t } : undefined;
  const year = formatDate({ year: p.start.year }, style);
  const months = `${year}${formatDate({ month: p.start.month }, style)}至${formatDate({ month: p.end.month }, style)}`;
  switch (p.kind) {
    case 'year':
      return { label: year, span: months };
    case 'half':
      return { label: `${year}${p.start.month === 1 ? '上' : '下'}半年`, span: months };
    case 'quarter':
      return { label: `${year}第${toChineseNumber((p.start.month + 2) / 3)}季度`, span: months };
    case 'month': {
      const label = formatDate({ year: p.start.year, month: p.start.month }, style);
      return { label, span: label };
    }
    default: {
      const end = p.end.year === p.start.year ? { month: p.end.month, day: p.end.day } : p.end;
      const label = `${formatDate(p.start, style)}至${formatDate(end, style)}`;
      return { label, span: label };
    }
  }
}
