import type { HelperOptions } from 'handlebars';
import { formatDate, type DateParts } from '../compile/dates.js';
import { countOf, enumerateSentence, joinNames } from '../compile/enumerate.js';
import { circledNumber, toChineseNumber } from '../compile/numerals.js';

type Hbs = typeof import('handlebars');

const isOptions = (v: unknown): v is HelperOptions => typeof v === 'object' && v !== null && 'hash' in v;
const args = (a: unknown[]) => a.filter((x) => !isOptions(x));

/** Helpers for template authors; see README "Writing a template". */
export function registerHelpers(hbs: Hbs): void {
  // {{cn 5}} → 五
  hbs.registerHelper('cn', (n: unknown) => toChineseNumber(Number(n)));
  // {{count points "点"}} → 五点
  hbs.registerHelper('count', (list: unknown, unit: unknown) => countOf(Array.isArray(list) ? list.length : Number(list), typeof unit === 'string' ? unit : ''));
  // {{enumerate points}} → 一是……；二是……。
  hbs.registerHelper('enumerate', (list: unknown) => (Array.isArray(list) ? enumerateSentence(list.map(String)) : ''));
  // {{circled 1}} → ①
  hbs.registerHelper('circled', (n: unknown) => circledNumber(Number(n)));
  // {{date d}} → 2009年1月24日; {{date d style="chinese"}} → 二〇〇九年一月二十四日
  hbs.registerHelper('date', function (this: unknown, d: unknown, options: HelperOptions) {
    if (!d || typeof d !== 'object') return '';
    const style = (options?.hash?.style ?? options?.data?.root?.dateStyle ?? 'arabic') as 'arabic' | 'chinese';
    return formatDate(d as DateParts, style);
  });
  // {{join names "、"}}
  hbs.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? joinNames(list.map(String), typeof sep === 'string' ? sep : '、') : ''));
  // {{inc @index}} → 1-based
  hbs.registerHelper('inc', (n: unknown) => Number(n) + 1);
  // {{hashes depth}} → "##" for a level-2 heading
  hbs.registerHelper('hashes', (n: unknown) => '#'.repeat(Math.max(1, Number(n) || 1)));
  // {{yaml value}}: a value inside the front matter, quoted safely (JSON is YAML)
  hbs.registerHelper('yaml', (v: unknown) => JSON.stringify(v ?? null));
  // {{sentence text}}: ends the text with 。 unless it already ends a sentence
  hbs.registerHelper('sentence', (t: unknown) => {
    const s = String(t ?? '');
    return /[。！？；：]$/u.test(s) || s === '' ? s : `${s}。`;
  });
  // {{#if (given x)}}: true when the record has the key, even if empty
  hbs.registerHelper('given', (...a: unknown[]) => args(a).every((x) => x !== undefined && x !== null));
  hbs.registerHelper('or', (...a: unknown[]) => args(a).find(Boolean) ?? '');
}
