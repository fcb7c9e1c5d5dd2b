/**
 * One message of the catalogue, written once in each language. `P` names the values the message
 * is made from (a key, a number, a file); `example` gives one set of them, so that tests can check
 * that every message reads in both languages and the README can list it.
 */
export interface Entry<P extends object = object> {
  zh: (p: P) => string;
  en: (p: P) => string;
  example: P;
}

export function entry<P extends object = Record<never, never>>(e: Entry<P>): Entry<P> {
  return e;
}
