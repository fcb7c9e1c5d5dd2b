import { formatDate, parseDate, type DateStyle } from './dates.js';
import { toChineseNumber } from './numerals.js';

/** How a 总结 names its period: label (2009年上半年) and span (2009年1月至6月). */
export interface PeriodText {
  label: string;
  span: string;
}

const year = (y: string, style: DateStyle) => formatDate({ year: +y }, style);
const month = (m: number, style: DateStyle) => (style === 'chinese' ? toChineseNumber(m) : String(m)) + '月';

/**
 * 2009 → 2009年; 2009H1 → 2009年上半年 (span 2009年1月至6月); 2009Q3 → 2009年第三季度;
 * 2009-05 → 2009年5月; 2009-01-01..2009-06-30 → 2009年1月1日至6月30日.
 * Text already in Chinese (二〇〇九年上半年) is kept as written.
 */
export function describePeriod(text: string, style: DateStyle = 'arabic'): PeriodText | undefined {
  const t = text.trim();
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})$/))) return { label: year(m[1], style), span: `${year(m[1], style)}1月至12月` };
  if ((m = t.match(/^(\d{4})H([12])$/i))) {
    const first = m[2] === '1';
    return {
      label: `${year(m[1], style)}${first ? '上' : '下'}半年`,
      span: `${year(m[1], style)}${month(first ? 1 : 7, style)}至${month(first ? 6 : 12, style)}`,
    };
  }
  if ((m = t.match(/^(\d{4})Q([1-4])$/i))) {
    const q = +m[2];
    return {
      label: `${year(m[1], style)}第${toChineseNumber(q)}季度`,
      span: `${year(m[1], style)}${month(q * 3 - 2, style)}至${month(q * 3, style)}`,
    };
  }
  if ((m = t.match(/^(\d{4})-(\d{1,2})$/)) && +m[2] >= 1 && +m[2] <= 12) {
    const label = `${year(m[1], style)}${month(+m[2], style)}`;
    return { label, span: label };
  }
  if ((m = t.match(/^(.+?)(?:\.\.|至)(.+)$/))) {
    const a = parseDate(m[1]);
    const b = parseDate(m[2]);
    if (!a || !b || a.year === undefined) return undefined;
    const end = formatDate(b.year === a.year ? { month: b.month, day: b.day } : b, style);
    const label = `${formatDate(a, style)}至${end}`;
    return { label, span: label };
  }
  if (/^[〇○零一二三四五六七八九十\d]{4}年/u.test(t)) return { label: t, span: t };
  return undefined;
}
