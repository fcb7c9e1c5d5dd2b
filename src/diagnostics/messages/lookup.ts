/**
 * Putting a catalogue entry into words: `say(id, values)` names a message, `localize(text, language)`
 * looks it up and writes it. The table starts with the command line's own areas — cli.ts (`--help`,
 * the lines a run prints, usage errors) and files.ts (files not written, an internal error) — which
 * is all `gongwen --help` and a usage error need; ./index.ts adds every other area when it is loaded.
 *
 * Why two modules (issue 12, start-up): the catalogue is about 130 KB of the bundle, and loading it
 * was about a third of what `gongwen --help` cost beyond Node's own start. The command line imports this module; a stage (records,
 * registers, templates …) imports ./index.ts, the whole catalogue, and so has it loaded before it can
 * say anything. `say` here takes only the command line's ids (its type says so): a message of
 * another area can only be named through ./index.ts, which has then been loaded. `localize` takes
 * any text and finds its entry in the tables loaded. In the bundle this module is shared by the entry
 * and the command chunks (scripts/bundle.js), so that they look up the same tables.
 */
import type { Language } from '../language.js';
import type { MessageId, ValuesOf } from './index.js';
import { cliMessages } from './cli.js';
import { fileMessages } from './files.js';

/** An entry of any area: its values are checked where it is said (`say`), not here. */
type AnyEntry = { readonly [L in Language]: (p: never) => string };

/**
 * The tables loaded so far, each by id: the command line's areas, then the whole catalogue
 * (`addMessages`). The areas are looked up where they are, not copied into one table first.
 */
const TABLES: Array<Readonly<Record<string, AnyEntry>>> = [cliMessages, fileMessages];

const entryOf = (id: string): AnyEntry | undefined => {
  for (const table of TABLES) if (Object.hasOwn(table, id)) return table[id];
  return undefined;
};

/** The ids of the command line's own areas, which are always loaded. */
export type CliMessageId = keyof typeof fileMessages | keyof typeof cliMessages;

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

/** A message of any area: ./index.ts gives it out as `say`, with the whole catalogue loaded. */
export function sayAny<I extends MessageId>(id: I, ...values: ValuesArgument<I>): LocalText {
  return { id, values: values[0] ?? {} };
}

/** A message of the command line's own areas (cli.ts, files.ts). */
export const say: <I extends CliMessageId>(id: I, ...values: ValuesArgument<I>) => LocalText = sayAny;

/** Adds the entries of the other areas (./index.ts, when it is loaded). */
export function addMessages(entries: Readonly<Record<string, AnyEntry>>): void {
  if (!TABLES.includes(entries)) TABLES.push(entries);
}

const isLocalText = (v: unknown): v is LocalText =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as LocalText).id === 'string' && entryOf((v as LocalText).id) !== undefined;

/** The text in the user's language. A plain string is shown as it is. */
export function localize(text: Text, language: Language): string {
  if (typeof text === 'string') return text;
  const e = entryOf(text.id);
  // not reachable through the types: an id of another area is only said through ./index.ts
  if (!e) throw new Error(`message ${text.id} is not loaded: its area is added by src/diagnostics/messages/index.ts`);
  const inWords = (v: unknown) => (isLocalText(v) ? localize(v, language) : v);
  const values = Object.fromEntries(Object.entries(text.values).map(([k, v]) => [k, Array.isArray(v) ? v.map(inWords) : inWords(v)]));
  return (e[language] as (p: object) => string)(values);
}

/** Whether an id built at run time (`write-error.${code}`) names an entry of the loaded areas. */
export function isMessageId(id: string): id is MessageId {
  return entryOf(id) !== undefined;
}
