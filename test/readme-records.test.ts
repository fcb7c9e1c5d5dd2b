// The README's record reference shows, for each kind, a record as typed and the paragraphs it becomes
// (issue 9): each such pair is rendered here, and every quoted paragraph must be in the output.
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileFile } from '../src/pipeline.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each ```yaml block after "A record as typed", with the > quoted paragraphs after its "becomes". */
const pairs = [...readme.matchAll(/A record as typed \(`([^`]+)`[^\n]*\n\n```yaml\n([\s\S]*?)```\n\n(?:becomes|and)[^\n]*\n+((?:>[^\n]*\n)+)/gu)].map((m) => ({
  name: m[1]!,
  yaml: m[2]!,
  paragraphs: m[3]!.split('\n').map((l) => l.replace(/^>\s?/, '').trim()).filter(Boolean),
}));

describe('README: a record as typed and the paragraphs it becomes', () => {
  test('there is one for every kind', () => {
    const kinds = pairs.map((p) => p.yaml.match(/^类型: (\S+)/mu)?.[1]);
    expect(kinds).toEqual(expect.arrayContaining(['纪要', '总结', '实施方案', '讲话']));
  });
  for (const [i, pair] of pairs.entries()) {
    test(pair.name, async () => {
      const file = join(dir, `readme-${i}.yaml`);
      writeFileSync(file, pair.yaml);
      const result = await compileFile(file, { cwd: root });
      expect(result.diagnostics.map((d) => d.message)).toEqual([]);
      const md = writeMarkdown(result.document!).replace(/\*\*/g, '');
      for (const p of pair.paragraphs) expect(md).toContain(p);
    });
  }
});
