/**
 * The language gongwen speaks to its user: Chinese for Chinese locales, English otherwise.
 *
 * Order (the first that says something wins):
 * 1. `--lang zh|en` on the command line;
 * 2. the environment variable `GONGWEN_LANG`;
 * 3. POSIX locale variables, as setlocale(3) reads them for messages: `LC_ALL`, then `LC_MESSAGES`,
 *    then `LANG` (`zh_CN.UTF-8`, `zh_TW`, `zh` → Chinese; `C`, `POSIX`, `en_US.UTF-8` → English);
 * 4. where none is set (Windows, or a bare environment), the system's locale as `Intl` reports it
 *    (on Windows the user's UI locale, `zh-CN`).
 */
export type Language = 'zh' | 'en';

export const LANGUAGES: readonly Language[] = ['zh', 'en'];

export interface LanguageSources {
  /** The value of `--lang`, when given. */
  flag?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** BCP 47 tag of the system locale; defaults to what `Intl` reports. */
  systemLocale?: string;
}

/** `zh`, `zh-CN`, `zh_CN.UTF-8`, `ZH` → zh; `en*`, `C`, `POSIX` → en; anything else → undefined. */
export function languageOf(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const t = tag.trim().toLowerCase();
  if (!t) return undefined;
  if (/^zh([-_.@]|$)/.test(t)) return 'zh';
  if (/^en([-_.@]|$)/.test(t) || t === 'c' || t === 'posix' || t.startsWith('c.')) return 'en';
  return undefined;
}

export function chooseLanguage(sources: LanguageSources): Language {
  const { flag, env } = sources;
  const chosen = languageOf(flag) ?? languageOf(env.GONGWEN_LANG);
  if (chosen) return chosen;
  // setlocale(3): the first of these that is set and not empty decides, even when it names a
  // language gongwen does not speak (then English).
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  if (posix !== undefined) return languageOf(posix) ?? 'en';
  // The system's locale as Intl resolves it. PluralRules, not DateTimeFormat: both resolve the same
  // default locale, and DateTimeFormat loads ICU's time zone and calendar data to do it, about 115 M
  // instructions, more than Node's whole start (issue 12; every run on Windows takes this path).
  const system = sources.systemLocale ?? new Intl.PluralRules().resolvedOptions().locale;
  return languageOf(system) ?? 'en';
}
