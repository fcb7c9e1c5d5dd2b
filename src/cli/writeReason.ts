/**
 * Why a write failed, in the user's language: the catalogue's `write-error.<code>` for the system's
 * code that src/io/writeAtomic.ts gives with its English `reason`. A failure without a code the
 * catalogue knows is said as writeAtomic says it.
 */
import type { Language } from '../diagnostics/language.js';
import { isMessageId, localize } from '../diagnostics/messages/lookup.js';

export function writeReason(failure: { reason: string; code?: string }, language: Language): string {
  const id = `write-error.${failure.code}`;
  if (!failure.code || !isMessageId(id)) return failure.reason;
  const said = localize({ id, values: {} }, language);
  // the code stays in brackets where writeAtomic gave it, for a search
  return failure.reason.endsWith(`(${failure.code})`) ? `${said} (${failure.code})` : said;
}
