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

/**
 * A value that is itself a message of the catalogue or a plain string (a library's own words):
 * `localize` says it in the language of the message it is part of, before the entry reads it.
 */
export type Words = string | { readonly id: string; readonly values: object };
