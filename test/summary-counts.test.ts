/**
 * Counts in a 总结 typed as secretaries type them: 12件, 十二, 1,690 are numbers; 十几 and 约10 are
 * not, and are said to be no number at their line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compileFile } from '../src/pipeline.js';
import { petitionSummary } from './support/petition-summary.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = petitionSummary;

it('reads 12件, 十二 and 1,690 as numbers, and the totals add up from them', async () => {
  const file = join(dir, 'typed.yaml');
  writeFileSync(file, record('  来信: 5件\n  来访: 七\n  受理: 十二件\n  办结: 1,2\n'.replace('1,2', '12')));
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics).toEqual([]);
  expect(writeMarkdown(r.document!)).toContain('受理群众来信来访12件');
  const big = join(dir, 'big.yaml');
  writeFileSync(big, record('  来信: 1,000\n  来访: 690\n  受理: 1,690\n'));
  const b = await compileFile(big, { cwd: dir });
  expect(b.diagnostics).toEqual([]);
});

it('says 十几 and 约10 are no number, at their lines', async () => {
  const file = join(dir, 'vague.yaml');
  writeFileSync(file, record('  来信: 十几\n  来访: 约10\n'));
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics.map((d) => [d.code, d.start?.line, d.message])).toEqual([
    ['wrong-type', 10, 'expected a number, got text "十几"'],
    ['wrong-type', 11, 'expected a number, got text "约10"'],
  ]);
});
