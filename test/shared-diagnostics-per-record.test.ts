// A template's mistake is said once a run (src/cli/session.ts) when it is the template's own — a syntax
// error fails every record alike — but a template error that a record's data causes (a helper given a
// value it cannot take) is said for each record that causes it: every error at once, none hidden
// behind "2 failed".
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from '../src/cli/main.js';
import { folderWith } from './support/folder.js';
import type { CliIO } from '../src/cli/io.js';

const STARTER = readFileSync(new URL('../templates/starters/plan.yaml', import.meta.url), 'utf8');
const PLAN = readFileSync(new URL('../templates/plan.hbs', import.meta.url), 'utf8');
/** plan.hbs with `line` put first in its body (after its front matter). */
const planWith = (line: string) => PLAN.replace(/\n---\n/, `\n---\n${line}\n\n`);

async function validate(files: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const cwd = folderWith(files, { prefix: 'gongwen-said-', git: true });
  let stderr = '';
  const io: CliIO = { stdout: () => {}, stderr: (t) => void (stderr += t), color: false, cwd, env: {} };
  const code = await main(['validate', 'a.yaml', 'b.yaml'], io);
  return { code, stderr };
}

describe('a template mistake in a batch of two records', () => {
  it('caused by each record\'s data: said for each record', async () => {
    const { code, stderr } = await validate({ 'a.yaml': STARTER, 'b.yaml': STARTER, 'gongwen-templates/plan.hbs': planWith('{{count 依据}}') });
    expect(code).toBe(1);
    expect(stderr).toContain('2 record(s) checked: 0 valid, 2 invalid');
    expect(stderr.match(/plan\.hbs(:\d+:\d+)?: error\[template-error\]/g)).toHaveLength(2);
  });

  it('of the template itself (a block never closed): said once', async () => {
    const { code, stderr } = await validate({ 'a.yaml': STARTER, 'b.yaml': STARTER, 'gongwen-templates/plan.hbs': planWith('{{#if 依据}}') });
    expect(code).toBe(1);
    expect(stderr).toContain('2 record(s) checked: 0 valid, 2 invalid');
    expect(stderr.match(/plan\.hbs(:\d+:\d+)?: error\[template-error\]/g)).toHaveLength(1);
  });
});
