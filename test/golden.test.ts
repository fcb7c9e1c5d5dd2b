// Golden tests: every example record renders to the Markdown in test/golden/.
// Regenerate with UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts, then review the diff (git diff test/golden).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expandInputs } from '../src/cli/inputs.js';
import { compileFile } from '../src/pipeline.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';

const root = join(import.meta.dirname, '..');
const examples = expandInputs(['examples'], root).files;
const update = Boolean(process.env.UPDATE_GOLDEN);

describe('examples render to their golden Markdown', () => {
  test('there are examples for every form in the seeds', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of examples) {
    const name = basename(file).replace(/\.[^.]+$/, '');
    test(name, async () => {
      const result = await compileFile(file, { cwd: root });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const markdown = writeMarkdown(result.document!);
      const golden = join(root, 'test/golden', `${name}.md`);
      if (update) {
        mkdirSync(join(root, 'test/golden'), { recursive: true });
        writeFileSync(golden, markdown);
      }
      expect(existsSync(golden), `no golden for ${name}: run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts and review it`).toBe(true);
      expect(markdown).toBe(readFileSync(golden, 'utf8'));
      // whatever the record's punctuation, the output has none of the half-width marks between Chinese characters
      expect(markdown).not.toMatch(/[\u4e00-\u9fff][,;:?!()][\u4e00-\u9fff]/u);
    });
  }
});

// Records typed as a secretary types them (test/fixtures/records/typed), from 15 on: each was rendered and read
// line by line when it was added (chat punctuation, headings typed as keys, numbers typed before items …), and
// its Markdown is kept in test/golden/typed/ so that what was read stays what is printed. Regenerated as above.
const typedDir = join(root, 'test/fixtures/records/typed');
const pinned = expandInputs([typedDir], root).files.filter((f) => Number(basename(f).slice(0, 2)) >= 15);

describe('records typed as a secretary types them render to their golden Markdown', () => {
  test('the records read line by line are there', () => {
    expect(pinned.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of pinned) {
    const name = basename(file).replace(/\.[^.]+$/, '');
    test(name, async () => {
      const result = await compileFile(file, { cwd: root });
      expect(result.diagnostics).toEqual([]);
      const markdown = writeMarkdown(result.document!);
      const golden = join(root, 'test/golden/typed', `${name}.md`);
      if (update) {
        mkdirSync(join(root, 'test/golden/typed'), { recursive: true });
        writeFileSync(golden, markdown);
      }
      expect(existsSync(golden), `no golden for ${name}: run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts and review it`).toBe(true);
      expect(markdown).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
