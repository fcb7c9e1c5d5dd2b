/**
 * The system's locale, read where no --lang, GONGWEN_LANG or POSIX locale variable says the language
 * (Windows, a bare environment): src/diagnostics/language.ts asks Intl.PluralRules for it, not
 * Intl.DateTimeFormat, whose construction loads ICU's time zone and calendar data (about 115 M
 * instructions a run). Both must name the same language for every system locale; ICU's default is
 * read once at a process's start, so each locale is tried in a child process.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOf } from '../src/diagnostics/language.js';

const BOTH = 'process.stdout.write(JSON.stringify([new Intl.PluralRules().resolvedOptions().locale, Intl.DateTimeFormat().resolvedOptions().locale]))';

describe('the system locale without Intl.DateTimeFormat', () => {
  // the child processes at once (it.concurrent), not one execFileSync after another holding vitest's worker
  it.concurrent.each(['zh_CN.UTF-8', 'zh_TW.UTF-8', 'zh_HK.UTF-8', 'zh_SG', 'en_US.UTF-8', 'en_GB.UTF-8', 'ja_JP.UTF-8', 'yue_HK.UTF-8', 'bo_CN.UTF-8', 'C', ''])(
    'names the language DateTimeFormat names for LANG=%j',
    async (lang) => {
      const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
      if (lang) env.LANG = lang;
      const [plural, dates] = JSON.parse((await promisify(execFile)(process.execPath, ['-e', BOTH], { env, encoding: 'utf8' })).stdout) as [string, string];
      expect(languageOf(plural) ?? 'en').toBe(languageOf(dates) ?? 'en');
      expect(plural.split('-')[0]).toBe(dates.split('-')[0]);
    },
  );

  it('is what chooseLanguage falls back to in this process', () => {
    expect(chooseLanguage({ env: {} })).toBe(languageOf(Intl.DateTimeFormat().resolvedOptions().locale) ?? 'en');
  });
});
