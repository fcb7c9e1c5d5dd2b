import { localize, say, type LocalText } from '../diagnostics/messages/index.js';
import type { HelperOptions } from 'handlebars';
import { formatDate, type DateParts } from '../zh/dates.js';
import { countOf, enumerateSentence } from '../zh/enumerate.js';
import { joinNames } from '../zh/names.js';
import { endSentence } from '../zh/punctuation.js';
import { circledNumber, toChineseNumber } from '../zh/numerals.js';

type Hbs = typeof import('handlebars');

const isOptions = (v: unknown): v is HelperOptions => typeof v === 'object' && v !== null && 'hash' in v;
const args = (a: unknown[]) => a.filter((x) => !isOptions(x));

/** A helper given a value it cannot use: reported at the helper's line in the template. */
export class HelperArgumentError extends Error {
  constructor(
    /** What is wrong, as the catalogue says it (helper-needs); `message` holds the English. */
    readonly text: LocalText,
    readonly loc?: { line: number; column: number },
  ) {
    super(localize(text, 'en'));
  }
}

function describe(v: unknown): LocalText {
  if (Array.isArray(v)) return say('value.list');
  if (typeof v === 'string') return say('value.text', { text: v.length > 16 ? v.slice(0, 16) + '…' : v });
  if (typeof v === 'object' && v !== null) return say('value.mapping');
  if (typeof v === 'number') return say('value.number', { number: String(v) });
  if (typeof v === 'boolean') return say('value.boolean', { value: String(v) });
  return say('value.other', { type: typeof v, value: String(v) });
}

/** The position of the helper call, which Handlebars passes in its options (`loc`, 1-based line, 0-based column). */
function where(options: unknown): { line: number; column: number } | undefined {
  const loc = (options as { loc?: { start?: { line: number; column: number } } } | undefined)?.loc?.start;
  return loc ? { line: loc.line, column: loc.column + 1 } : undefined;
}

/** undefined is fine (an optional key the record leaves out); a value of another type is a template mistake. */
function need(helper: string, what: LocalText, ok: (v: unknown) => boolean, v: unknown, options: unknown): void {
  if (v === undefined || v === null || ok(v) || isOptions(v)) return;
  throw new HelperArgumentError(say('helper-needs', { helper, what, got: describe(v) }), where(options));
}

/** Helpers for template authors; see README "Writing a template". */
export function registerHelpers(hbs: Hbs): void {
  // {{cn 5}} → 五
  hbs.registerHelper('cn', (n: unknown) => toChineseNumber(Number(n)));
  // {{count points "点"}} → 五点
  hbs.registerHelper('count', (list: unknown, unit: unknown, options: unknown) => {
    need('count', say('helper-needs.list-or-number'), (v) => Array.isArray(v) || Number.isFinite(Number(v)), list, options ?? unit);
    return countOf(Array.isArray(list) ? list.length : Number(list), typeof unit === 'string' ? unit : '');
  });
  // {{enumerate points}} → 一是……；二是……。
  hbs.registerHelper('enumerate', (list: unknown, options: unknown) => {
    need('enumerate', say('helper-needs.list'), Array.isArray, list, options);
    return Array.isArray(list) ? enumerateSentence(list.map(String)) : '';
  });
  // {{circled 1}} → ①
  hbs.registerHelper('circled', (n: unknown) => circledNumber(Number(n)));
  // {{date d}} → 2009年1月24日; {{date d style="chinese"}} → 二〇〇九年一月二十四日
  hbs.registerHelper('date', function (this: unknown, d: unknown, options: HelperOptions) {
    need('date', say('helper-needs.date'), (v) => typeof v === 'object' && !Array.isArray(v), d, options);
    if (!d || typeof d !== 'object') return '';
    const style = (options?.hash?.style ?? options?.data?.root?.dateStyle ?? 'arabic') as 'arabic' | 'chinese';
    return formatDate(d as DateParts, style);
  });
  // {{join names "、"}}
  hbs.registerHelper('join', (list: unknown, sep: unknown, options: unknown) => {
    need('join', say('helper-needs.list'), Array.isArray, list, options ?? sep);
    return Array.isArray(list) ? joinNames(list.map(String), typeof sep === 'string' ? sep : '、') : '';
  });
  // {{inc @index}} → 1-based
  hbs.registerHelper('inc', (n: unknown) => Number(n) + 1);
  // {{hashes depth}} → "##" for a level-2 heading
  hbs.registerHelper('hashes', (n: unknown) => new hbs.SafeString('#'.repeat(Math.min(6, Math.max(1, Number(n) || 1)))));
  // {{yaml value}}: a value inside the front matter, quoted safely (JSON is YAML)
  hbs.registerHelper('yaml', (v: unknown) => new hbs.SafeString(JSON.stringify(v ?? null)));
  // {{sentence text}}: ends the text with 。 unless it already ends a sentence (zh/punctuation.ts endSentence:
  // a 。 ！ ？ stays, and a …… the text is left open with; a trailing ；，：、 or a half-width . typed at the end
  // becomes one 。, never 。。)
  hbs.registerHelper('sentence', (t: unknown) => {
    const s = String(t ?? '');
    return s.trim() === '' ? s : endSentence(s);
  });
  // {{#if (given x)}}: true when the record has the key, even if empty
  hbs.registerHelper('given', (...a: unknown[]) => args(a).every((x) => x !== undefined && x !== null));
  hbs.registerHelper('or', (...a: unknown[]) => args(a).find(Boolean) ?? '');
}
