/**
 * The language of a run, decided once before commander reads the arguments, so that `--help` and
 * commander's own errors are already in it: `--lang zh|en` (also `--lang=zh`), then `GONGWEN_LANG`,
 * the POSIX locale and the system's UI locale (src/diagnostics/language.ts).
 */
import { chooseLanguage, languageOf, type Language } from '../diagnostics/language.js';
import { localize, say, type LocalText } from '../diagnostics/messages/lookup.js';
import type { CliIO } from './io.js';
import type { Paint } from './paint.js';

/** The language, or the mistake in `--lang` (said in both languages, for no language is known yet). */
export function languageOfRun(argv: readonly string[], io: Pick<CliIO, 'env'>, systemLocale?: string): { language: Language } | { mistake: string } {
  let flag: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    if (arg !== '--lang' && !arg.startsWith('--lang=')) continue;
    const value = arg === '--lang' ? argv[i + 1] : arg.slice('--lang='.length);
    const mistake: LocalText | undefined =
      value === undefined || value === '' || value.startsWith('-') ? say('cli.lang-missing') : languageOf(value) ? undefined : say('cli.lang-invalid', { value });
    if (mistake) return { mistake: `错误：${localize(mistake, 'zh')}\nerror: ${localize(mistake, 'en')}\n` };
    flag = value; // the last --lang wins, as with any option
  }
  return { language: chooseLanguage({ flag, env: io.env, systemLocale }) };
}

/**
 * `error: text` / `warning: text` (`错误：text`, full-width colon in Chinese), the word coloured when
 * `paint` is given: the one way the command line labels a line of its own (the session, serve,
 * check and import, a failed standard output).
 */
export function labelled(kind: 'error' | 'warning', text: string, language: Language, paint?: Paint): string {
  const word = localize(say(kind === 'error' ? 'cli.error' : 'cli.warning'), language);
  return `${paint ? paint[kind === 'error' ? 'red' : 'yellow'](word) : word}${language === 'zh' ? '：' : ': '}${text}`;
}
