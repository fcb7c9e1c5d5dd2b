import { parsePeriod } from '../stats/period.js';
import { formatDate, type DateStyle } from './dates.js';
import { toChineseNumber } from '../zh/numerals.js';

/** How a 总结 names its period: label (2009年上半年) and span (2009年1月至6月). */
export interface PeriodText {
  label: string;
  span: string;
}

/**
 * 2009 → 2009年 (span 2009年); 2009H1 → 2009年上半年 (span 2009年1月至6月); 2009Q3 → 2009年第三季度
 * (span 2009年7月至9月); 2009-05 → 2009年5月; 2009-01-01..2009-06-30 → 2009年1月1日至6月30日 —
 * label and span both in the given date style. The period may be written in Chinese numerals
 * (二〇〇九年上半年); one that is not a period but starts with a year in Chinese numerals
 * (二〇〇九年春季) is kept as written.
 */
export function describePeriod(text: string, style: DateStyle = 'arabic'): PeriodText | undefined {
  return periodText(text, style, style);
}

/**
 * How a 总结 writes its period: in the document's one date style — Arabic numerals
 * unless the record's 日期格式 is 汉字: label 2009年上半年 and span 2009年1月至6月, or 二〇〇九年上半年
 * and 二〇〇九年一月至六月. A period written in Chinese numerals (二〇〇九年上半年) is read all the same.
 */
export function summaryPeriod(text: string, dateStyle: DateStyle | undefined): PeriodText | undefined {
  return periodText(text, dateStyle ?? 'arabic', dateStyle ?? 'arabic');
}

function periodText(text: string, labelStyle: DateStyle, spanStyle: DateStyle): PeriodText | undefined {
  const t = text.trim();
  const p = parsePeriod(t);
  if (!p) {
    if (!/^[〇○零一二三四五六七八九十]{4}年/u.test(t)) return undefined;
    const kept = t.replace(/○/gu, '〇');
    return { label: kept, span: kept };
  }
  const write = (style: DateStyle): string => {
    const year = formatDate({ year: p.start.year }, style);
    switch (p.kind) {
      case 'year':
        return year;
      case 'half':
        return `${year}${p.start.month === 1 ? '上' : '下'}半年`;
      case 'quarter':
        return `${year}第${toChineseNumber((p.start.month + 2) / 3)}季度`;
      case 'month':
        return formatDate({ year: p.start.year, month: p.start.month }, style);
      default: {
        const end = p.end.year === p.start.year ? { month: p.end.month, day: p.end.day } : p.end;
        return `${formatDate(p.start, style)}至${formatDate(end, style)}`;
      }
    }
  };
  const span = (style: DateStyle): string => {
    // A year is 2009年, not 2009年1月至12月; a half or a quarter is its months.
    if (p.kind !== 'half' && p.kind !== 'quarter') return write(style);
    return `${formatDate({ year: p.start.year }, style)}${formatDate({ month: p.start.month }, style)}至${formatDate({ month: p.end.month }, style)}`;
  };
  return { label: write(labelStyle), span: span(spanStyle) };
}
