/**
 * Why a write failed, in the user's language: src/io/writeAtomic.ts says it in English with the
 * system's code in brackets ("the disk is full (ENOSPC)"); the catalogue has `write-error.<code>`
 * (src/diagnostics/messages/files.ts). A reason it does not know is shown as it is.
 */
import type { Language } from '../diagnostics/language.js';
import { catalogueEntries } from '../diagnostics/messages/index.js';

export function writeReasonIn(reason: string, language: Language): string {
  const [, words, code] = /^(.*?)(?: \((E[A-Z]+)\))?$/s.exec(reason)!;
  const found = catalogueEntries().find(([id, e]) => id.startsWith('write-error.') && (id === `write-error.${code}` || e.en({}) === words));
  if (!found) return reason;
  const said = found[1][language]({});
  return code ? `${said} (${code})` : said;
}
