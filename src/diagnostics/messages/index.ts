/**
 * The message catalogue: every text gongwen shows its user, written once in Chinese and once in
 * English, looked up by id. A stage says *what* went wrong with `say(id, values)`; the one printer
 * (src/diagnostics/print.ts) chooses the language (src/diagnostics/language.ts).
 *
 * Adding a message: add an `entry` to the table of its area below (records.ts, registers.ts …),
 * with both languages and an example; `test/unit/messages.test.ts` checks every entry.
 */
import type { Language } from '../language.js';
import type { Entry } from './entry.js';
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

/** A message not yet put into words: its id and the values it is made from. */
export interface LocalText {
  readonly id: MessageId;
  readonly values: object;
}

/** Text for the user: already in words (a library's own message, a file name), or from the catalogue. */
export type Text = string | LocalText;

/**
 * The values as a stage gives them: a value that is text may itself be a catalogue entry (a
 * template's problem inside the message that names the template), and so may each item of a list
 * of texts; they are put into words first.
 */
type Sayable<P> = { [K in keyof P]: P[K] extends string ? Text : P[K] extends readonly string[] ? readonly Text[] : P[K] };

export type ValuesArgument<I extends MessageId> = Record<never, never> extends ValuesOf<I> ? [values?: Sayable<ValuesOf<I>>] : [values: Sayable<ValuesOf<I>>];

export function say<I extends MessageId>(id: I, ...values: ValuesArgument<I>): LocalText {
  return { id, values: values[0] ?? {} };
}

const isLocalText = (v: unknown): v is LocalText =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as LocalText).id === 'string' && (v as LocalText).id in CATALOGUE;

/** The text in the user's language. A plain string is shown as it is. */
export function localize(text: Text, language: Language): string {
  if (typeof text === 'string') return text;
  const e = CATALOGUE[text.id] as Entry<object>;
  const inWords = (v: unknown) => (isLocalText(v) ? localize(v, language) : v);
  const values = Object.fromEntries(Object.entries(text.values).map(([k, v]) => [k, Array.isArray(v) ? v.map(inWords) : inWords(v)]));
  return e[language](values);
}

/** Whether an id built at run time (`write-error.${code}`) names an entry. */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(CATALOGUE, id);
}

/** Every entry, for the catalogue's own tests and the README's list. */
export function catalogueEntries(): Array<[MessageId, Entry<object>]> {
  return Object.entries(CATALOGUE) as Array<[MessageId, Entry<object>]>;
}
