/**
 * The layers of ARCHITECTURE.md, held against the code: every relative import in src/ is read,
 * and an import a folder may not make fails this test with the file and line. Third-party and
 * node: imports are not checked here (the bundle and `npm ls` see to those).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** What each part of src/ may import (besides itself). The order is the one of ARCHITECTURE.md. */
export const MAY_IMPORT: Record<string, readonly string[]> = {
  zh: [],
  util: [],
  layout: [],
  diagnostics: ['zh', 'util'],
  io: ['diagnostics', 'zh', 'util'],
  model: ['diagnostics', 'zh', 'util'],
  records: ['diagnostics', 'io', 'zh', 'util'],
  config: ['records', 'templates', 'diagnostics', 'io', 'zh', 'util'], // templates: a config's 模板目录 among the template folders
  registers: ['diagnostics', 'io', 'zh', 'util'],
  stats: ['registers', 'diagnostics', 'io', 'zh', 'util'],
  templates: ['model', 'diagnostics', 'io', 'zh', 'util'],
  compile: ['records', 'registers', 'stats', 'templates', 'model', 'diagnostics', 'io', 'zh', 'util'],
  writers: ['layout', 'model', 'io', 'zh', 'util'],
  readers: ['layout', 'model', 'diagnostics', 'io', 'zh', 'util'],
  check: ['readers', 'writers', 'layout', 'model', 'diagnostics', 'io', 'zh', 'util'],
  import: ['readers', 'records', 'check', 'layout', 'model', 'diagnostics', 'io', 'zh', 'util'],
  pipeline: ['config', 'compile', 'templates', 'records', 'registers', 'stats', 'readers', 'writers', 'layout', 'model', 'diagnostics', 'io', 'zh', 'util'],
  render: ['pipeline', 'config', 'writers', 'layout', 'model', 'diagnostics', 'io', 'zh', 'util'],
  serve: ['render', 'pipeline', 'config', 'compile', 'templates', 'records', 'registers', 'stats', 'readers', 'writers', 'layout', 'model', 'diagnostics', 'io', 'zh', 'util'],
  cli: ['serve', 'render', 'pipeline', 'import', 'check', 'config', 'compile', 'templates', 'records', 'registers', 'stats', 'readers', 'writers', 'layout', 'model', 'diagnostics', 'io', 'zh', 'util'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The part of src/ a file belongs to: its first folder, or its name for a file at the top (pipeline.ts). */
function partOf(file: string): string {
  const first = relative(SRC, file).split(sep)[0]!;
  return first.replace(/\.(ts|js)$/, '');
}

interface Import {
  file: string;
  line: number;
  target: string;
}

function relativeImports(file: string, text = readFileSync(file, 'utf8')): Import[] {
  const out: Import[] = [];
  text
    .split('\n')
    .forEach((text, i) => {
      for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        out.push({ file, line: i + 1, target: resolve(dirname(file), m[1]!) });
      }
    });
  return out;
}

function forbiddenImports(file: string, text?: string): string[] {
  const from = partOf(file);
  const wrong: string[] = [];
  for (const imp of relativeImports(file, text)) {
    const to = partOf(imp.target);
    if (to !== from && !(MAY_IMPORT[from] ?? []).includes(to)) {
      wrong.push(`${relative(SRC, file)}:${imp.line}: ${from} may not import ${to} (${relative(SRC, imp.target)})`);
    }
  }
  return wrong;
}

describe('the layers of src/', () => {
  const files = sourceFiles(SRC);

  it('knows every part of src/ (a new folder gets its row in MAY_IMPORT and in ARCHITECTURE.md)', () => {
    const parts = new Set(files.map(partOf));
    expect([...parts].filter((p) => !(p in MAY_IMPORT))).toEqual([]);
  });

  it('describes every part in ARCHITECTURE.md', () => {
    const text = readFileSync(resolve(__dirname, '../../ARCHITECTURE.md'), 'utf8');
    const rows = Object.keys(MAY_IMPORT).filter((part) => !text.includes(`| \`${part}/\``) && !text.includes(`| \`${part}.ts\``));
    expect(rows).toEqual([]);
  });

  it('has no import that runs upward or sideways', () => {
    expect(files.flatMap((file) => forbiddenImports(file))).toEqual([]);
  });

  it('sees a forbidden import, static or dynamic, and lets an allowed one pass', () => {
    const file = join(SRC, 'model', 'example.ts');
    const text = [
      "import { toChineseNumber } from '../compile/numerals.js';",
      "import type { Diagnostic } from '../diagnostics/diagnostic.js';",
      "const w = await import('../writers/docx/index.js');",
    ].join('\n');
    expect(forbiddenImports(file, text)).toEqual([
      'model/example.ts:1: model may not import compile (compile/numerals.js)',
      'model/example.ts:3: model may not import writers (writers/docx/index.js)',
    ]);
  });
});
