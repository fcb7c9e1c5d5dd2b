/**
 * How much of a document's text a rendering keeps: the Chinese characters of both, compared after
 * punctuation and section numbers are taken out (they are what the standard re-sets), as
 * 1 − edit distance / the longer length. Used by the import tests (test/import-seeds.test.ts).
 */
import { distance } from 'fastest-levenshtein';
import { hanOnly } from '../../src/zh/cjk.js';

const HEADING_NUMBER = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[.．、](?!\d))/;

/** The lines of a text as compared: heading numbers off, then only the Chinese characters. */
export function chineseLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^[#>*\s]+/, '').replace(HEADING_NUMBER, '')).map(hanOnly)
    .filter(Boolean);
}

export interface TextComparison {
  similarity: number;
  /** Lines of the source that the rendering does not have as they are, and lines it adds. */
  missing: string[];
  added: string[];
}

export function compareText(source: string, rendered: string): TextComparison {
  const a = chineseLines(source);
  const b = chineseLines(rendered);
  const sa = a.join('');
  const sb = b.join('');
  const longer = Math.max(sa.length, sb.length);
  const similarity = longer === 0 ? 1 : 1 - distance(sa, sb) / longer;
  return { similarity, missing: a.filter((l) => !sb.includes(l)), added: b.filter((l) => !sa.includes(l)) };
}
