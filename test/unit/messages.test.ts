import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOf } from '../../src/diagnostics/language.js';
import { catalogueEntries, localize, say } from '../../src/diagnostics/messages/index.js';
import { recordMessages } from '../../src/diagnostics/messages/records.js';
import { registerMessages } from '../../src/diagnostics/messages/registers.js';
import { documentMessages } from '../../src/diagnostics/messages/documents.js';
import { checkMessages } from '../../src/diagnostics/messages/check.js';
import { configMessages } from '../../src/diagnostics/messages/config.js';
import { serveMessages } from '../../src/diagnostics/messages/serve.js';
import { statsCliMessages } from '../../src/diagnostics/messages/cli-stats.js';
import { figureMessages } from '../../src/diagnostics/messages/figures.js';
import { templateMessages } from '../../src/diagnostics/messages/templates.js';
import { fileMessages } from '../../src/diagnostics/messages/files.js';
import { cliMessages } from '../../src/diagnostics/messages/cli.js';
import { CODES } from '../../src/diagnostics/messages/codes.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../src/diagnostics/print.js';

const HAN = /\p{Script=Han}/u;

describe('the message catalogue', () => {
  it('has every message in Chinese and in English, and they differ', () => {
    const entries = catalogueEntries();
    expect(entries.length).toBeGreaterThan(100);
    for (const [id, e] of entries) {
      const zh = e.zh(e.example);
      const en = e.en(e.example);
      expect(zh, id).not.toBe('');
      expect(en, id).not.toBe('');
      expect(zh, id).toMatch(HAN);
      expect(zh, id).not.toBe(en);
      // Chinese text uses full-width punctuation between Chinese words (GB/T 15834); a YAML key
      // written as an example (名称: 内容) keeps YAML's colon and space
      expect(zh, id).not.toMatch(/\p{Script=Han}(?:[,;?!]|:(?! ))\s?\p{Script=Han}/u);
      // every value a message is made from appears in it (a value may be for one language only:
      // the Chinese names of keys a Chinese message lists)
      for (const [name, value] of Object.entries(e.example)) {
        if (typeof value === 'boolean') continue;
        // a list (choices, kinds) is joined in the language: each of its items appears
        for (const item of Array.isArray(value) ? value : [value]) expect(`${en}\n${zh}`, `${id}: ${name}`).toContain(String(item));
      }
    }
  });

  it('gives each message one id: no area reuses another area\'s id', () => {
    const areas = [
      recordMessages, figureMessages, templateMessages, fileMessages, cliMessages,
      registerMessages, documentMessages, checkMessages, configMessages, serveMessages, statsCliMessages,
    ].map((t) => Object.keys(t));
    // every area is in the catalogue, and no two areas share an id
    expect(areas.flat().length).toBe(catalogueEntries().length);
    const all = areas.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('explains every code in both languages', () => {
    for (const [code, info] of Object.entries(CODES)) {
      expect(code).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(info.zh, code).toMatch(HAN);
      expect(info.en, code).not.toBe('');
    }
  });

  it('has no entry that no code says: every id is named in src/ outside the catalogue (or built there, as `write-error.${code}`)', () => {
    const sources = sourcesOf(SRC)
      .filter((f) => !relative(SRC, f).startsWith(join('diagnostics', 'messages')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const said = (id: string) =>
      sources.includes(`'${id}'`) ||
      sources.includes(`"${id}"`) ||
      id
        .split('.')
        .slice(0, -1)
        .some((_, i, parts) => sources.includes('`' + parts.slice(0, i + 1).join('.') + '.${'));
    expect(catalogueEntries().map(([id]) => id).filter((id) => !said(id))).toEqual([]);
  });

  it('puts the values into the words of the language asked for', () => {
    const text = say('date-invalid', { date: '2024年2月30日' });
    expect(localize(text, 'zh')).toBe('2024年2月30日不存在');
    expect(localize(text, 'en')).toBe('2024年2月30日 does not exist');
    expect(localize('a text of a library', 'zh')).toBe('a text of a library');
  });
});

/** The parts of src/ whose diagnostics are all said through the catalogue (issue 13, item 1). */
const SAID_THROUGH_CATALOGUE = ['records', 'compile', 'templates', 'model', 'pipeline.ts', 'render.ts', 'io/reportEncoding.ts'];
const SRC = join(import.meta.dirname, '../../src');

function sourcesOf(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((n) => sourcesOf(join(path, n))) : path.endsWith('.ts') ? [path] : [];
}

describe('the diagnostics of records, compile, templates, model and the pipeline', () => {
  const files = SAID_THROUGH_CATALOGUE.flatMap((p) => sourcesOf(join(SRC, p)));
  const sites = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ where: `${relative(SRC, file)}:${i + 1}`, line })),
  );

  it('are never English text typed at the site: a message, expected or hint is say(…) or a library\'s own words', () => {
    const typed = sites.filter(({ line }) =>
      /\.(error|warn)\(\s*'[a-z-]+'\s*,\s*['`"]/.test(line) || /\b(message|expected|hint):\s*['`"][^'`"]*[a-z]{3,} [a-z]{2,}/.test(line),
    );
    expect(typed.map((s) => `${s.where}: ${s.line.trim()}`)).toEqual([]);
  });

  it('use only codes that CODES explains', () => {
    const codes = sites.flatMap(({ where, line }) =>
      [...line.matchAll(/\.(?:error|warn)\(\s*'([a-z-]+)'|\bcode:\s*'([a-z-]+)'/g)].map((m) => ({ where, code: m[1] ?? m[2]! })),
    );
    // zod's own code of a refinement is no diagnostic's
    const ours = codes.filter(({ code }) => code !== 'custom');
    expect(ours.length).toBeGreaterThan(40);
    expect(ours.filter(({ code }) => !(code in CODES))).toEqual([]);
  });
});

describe('the language of the messages', () => {
  const env = (vars: Record<string, string>) => ({ env: vars, systemLocale: 'en-US' });
  it('reads locale names', () => {
    expect(languageOf('zh_CN.UTF-8')).toBe('zh');
    expect(languageOf('zh-Hans-CN')).toBe('zh');
    expect(languageOf('zh_TW.Big5')).toBe('zh');
    expect(languageOf('en_US.UTF-8')).toBe('en');
    expect(languageOf('C.UTF-8')).toBe('en');
    expect(languageOf('de_DE')).toBeUndefined();
    expect(languageOf('zhx')).toBeUndefined();
  });
  it('follows --lang, then GONGWEN_LANG, then LC_ALL, LC_MESSAGES, LANG, then the system', () => {
    expect(chooseLanguage({ flag: 'en', ...env({ GONGWEN_LANG: 'zh', LANG: 'zh_CN.UTF-8' }) })).toBe('en');
    expect(chooseLanguage(env({ GONGWEN_LANG: 'zh', LANG: 'en_US.UTF-8' }))).toBe('zh');
    expect(chooseLanguage(env({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }))).toBe('en');
    expect(chooseLanguage(env({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }))).toBe('zh');
    expect(chooseLanguage(env({ LANG: 'zh_CN.GBK' }))).toBe('zh');
    expect(chooseLanguage(env({ LANG: 'fr_FR.UTF-8' }))).toBe('en');
    // Windows: no POSIX variables; the UI locale decides
    expect(chooseLanguage({ env: {}, systemLocale: 'zh-CN' })).toBe('zh');
    expect(chooseLanguage({ env: { LANG: '' }, systemLocale: 'en-GB' })).toBe('en');
  });
});

describe('a diagnostic printed', () => {
  const bag = new DiagnosticBag('会议纪要.yaml');
  bag.error('date-invalid', say('date-invalid', { date: '2024年2月30日' }), {
    start: { line: 3, column: 5 },
    writtenPath: ['日期'],
    expected: say('date-forms'),
  });
  const d = bag.items[0]!;
  it('keeps the English beside the catalogue entry', () => {
    expect(d.message).toBe('2024年2月30日 does not exist');
    expect(d.local?.message?.id).toBe('date-invalid');
  });
  it('reads like a compiler\'s in Chinese', () => {
    const text = formatDiagnostic(d, { color: false, language: 'zh' });
    expect(text.split('\n')[0]).toBe('会议纪要.yaml:3:5: 错误[date-invalid]：2024年2月30日不存在（日期）');
    expect(text.split('\n')[1]).toMatch(/^ {2}应为：2024-06-18、/);
  });
  it('and in English', () => {
    const text = formatDiagnostic(d, { color: false, language: 'en' });
    expect(text.split('\n')[0]).toBe('会议纪要.yaml:3:5: error[date-invalid]: 2024年2月30日 does not exist (at 日期)');
    expect(text.split('\n')[1]).toMatch(/^ {2}expected: 2024-06-18, /);
  });
});
