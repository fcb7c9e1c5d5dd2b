/**
 * The message catalogue: every text gongwen shows its user, written once in Chinese and once in
 * English, looked up by id. A stage says *what* went wrong with `say(id, values)`; the one printer
 * (src/diagnostics/print.ts) chooses the language (src/diagnostics/language.ts).
 *
 * Adding a message: add an `entry` to the table of its area below (records.ts, registers.ts …),
 * with both languages and an example; `test/unit/messages.test.ts` checks every entry.
 *
 * Loading this module adds every area to the table of ./lookup.ts, which holds the command line's
 * own areas from the start (cli.ts, files.ts): the command line imports ./lookup.ts, and `--help`
 * does without the rest (issue 12, start-up).
 */
import type { Entry } from './entry.js';
import { addMessages, sayAny } from './lookup.js';
import { cliMessages } from './cli.js';
import { figureMessages } from './figures.js';
import { fileMessages } from './files.js';
import { recordMessages } from './records.js';
import { templateMessages } from './templates.js';
import { registerMessages } from './registers.js';
import { documentMessages } from './documents.js';
import { checkMessages } from './check.js';
import { configMessages } from './config.js';
import { serveMessages } from './serve.js';
import { statsCliMessages } from './cli-stats.js';

export { isMessageId, localize, type LocalText, type Text, type ValuesArgument } from './lookup.js';

const CATALOGUE = {
  // registers, stats, documents and serve (registers.ts, documents.ts, serve.ts, cli-stats.ts)
  ...registerMessages,
  ...documentMessages,
  ...checkMessages,
  ...configMessages,
  ...serveMessages,
  ...statsCliMessages,
  ...recordMessages,
  ...figureMessages,
  ...templateMessages,
  ...fileMessages,
  ...cliMessages,
} as const;

export type MessageId = keyof typeof CATALOGUE;
export type ValuesOf<I extends MessageId> = (typeof CATALOGUE)[I] extends Entry<infer P> ? P : never;

addMessages(CATALOGUE);

/** A message of any area (the command line's own areas also through ./lookup.ts). */
export const say = sayAny;

/** Every entry, for the catalogue's own tests and the README's list. */
export function catalogueEntries(): Array<[MessageId, Entry<object>]> {
  return Object.entries(CATALOGUE) as Array<[MessageId, Entry<object>]>;
}
