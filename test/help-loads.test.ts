/**
 * What `gongwen --help` loads (issue 12, start-up): main.ts and the modules it imports statically are
 * the bundle's entry (scripts/bundle.js); the stages' messages, the whole catalogue of
 * src/diagnostics/messages/index.ts, are loaded by the commands that need them, not by the entry.
 * The import lines are read as test/architecture/imports.test.ts reads them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charWidth } from '../src/zh/width.js';

const SRC = resolve(import.meta.dirname, '../src');

/** Static imports of a source file (`import … from './x.js'`), not `await import()` and not `import type`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|^import\s+['"](\.{1,2}\/[^'"]+)['"]/gms)) {
    const target = resolve(dirname(file), (m[1] ?? m[2])!.replace(/\.js$/, '.ts'));
    if (existsSync(target)) out.push(target);
  }
  return out;
}

/** The modules main.ts loads before any command runs, with the chain that loads each. */
function entryModules(): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const main = resolve(SRC, 'cli/main.ts');
  const todo: Array<[string, string[]]> = [[main, ['cli/main.ts']]];
  while (todo.length) {
    const [file, chain] = todo.pop()!;
    if (chains.has(file)) continue;
    chains.set(file, chain);
    for (const next of staticImports(file)) todo.push([next, [...chain, relative(SRC, next)]]);
  }
  return chains;
}

describe('what gongwen --help loads', () => {
  const loaded = entryModules();

  it('reads the command line and commander, and a few modules besides', () => {
    expect([...loaded.keys()].map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/program.ts', 'cli/help.ts', 'diagnostics/messages/lookup.ts']));
  });

  it('does not load the whole message catalogue: only the command line\'s areas (cli.ts, files.ts)', () => {
    const catalogue = resolve(SRC, 'diagnostics/messages/index.ts');
    expect(loaded.get(catalogue), 'main.ts loads the whole catalogue through this chain').toBeUndefined();
    const areas = [...loaded.keys()].filter((f) => dirname(f) === resolve(SRC, 'diagnostics/messages')).map((f) => relative(SRC, f)).sort();
    expect(areas).toEqual(['diagnostics/messages/cli.ts', 'diagnostics/messages/entry.ts', 'diagnostics/messages/files.ts', 'diagnostics/messages/lookup.ts']);
  });

  it('loads no stage (records, templates, registers, stats, compile, model, readers, pipeline, render), only constants such as records/limits.ts', () => {
    const stages = [...loaded.keys()].map((f) => relative(SRC, f)).filter((f) => /^(records\/(?!limits)|templates\/(?!dirs)|registers\/|stats\/|compile\/|model\/|readers\/|pipeline|render)/.test(f));
    expect(stages).toEqual([]);
  });
});

describe('display width without Unicode property classes', () => {
  // zh/width.ts answers these blocks before building its \p{Mn}\p{Me} expression: none of their
  // characters may be a combining mark, and each takes two columns
  const MARK = /^[\p{Mn}\p{Me}]$/u;
  it.each([
    ['CJK Unified Ideographs', 0x4e00, 0x9fff],
    ['CJK Symbols and Punctuation before the tone marks', 0x3000, 0x3029],
    ['Fullwidth ASCII variants', 0xff01, 0xff5e],
  ])('%s (U+%s…) are two columns and no mark', (_name, from, to) => {
    // the characters that are a mark or not two columns, all of them in one assertion (one expect a
    // character, 42,000 of them, cost about 0.4 s of CPU)
    const wrong: string[] = [];
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (MARK.test(ch) || charWidth(ch) !== 2) wrong.push(ch);
    }
    expect(wrong).toEqual([]);
  });

  it('still counts the marks beside those blocks as no column (U+302A, U+3099)', () => {
    expect(charWidth('\u302a')).toBe(0);
    expect(charWidth('\u3099')).toBe(0);
    expect(charWidth('\u0301')).toBe(0);
    expect(charWidth('，')).toBe(2);
  });
});

describe('Chinese help wrapped without \\p{Script=Han}', () => {
  // cli/help.ts names Han by its blocks; every text of the command line's areas is wrapped as the
  // Unicode Script=Han class would wrap it
  const BY_SCRIPT = /\s*[（“《「]*(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]+)[，。、；：）”》」？！]*/gu;
  it('breaks every help and command-line text at the same places', async () => {
    const { wrapChinese } = await import('../src/cli/help.js');
    const { cliMessages } = await import('../src/diagnostics/messages/cli.js');
    const { fileMessages } = await import('../src/diagnostics/messages/files.js');
    let compared = 0;
    for (const [id, e] of Object.entries({ ...cliMessages, ...fileMessages })) {
      for (const text of [e.zh(e.example as never), e.en(e.example as never)]) {
        for (const width of [40, 47, 60, 73, 80, 100]) {
          expect(wrapChinese(text, width), `${id} at ${width} columns`).toBe(wrapChinese(text, width, BY_SCRIPT));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
