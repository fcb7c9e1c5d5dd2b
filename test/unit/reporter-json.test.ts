// --reporter json: every diagnostic of a run as one JSON array on stdout, for editors and scripts.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

const root = join(import.meta.dirname, '../..');

describe('--reporter json', () => {
  test('validate prints one array with file, positions, severity, code, message, path and hint', async () => {
    const r = await runCli(['validate', 'test/fixtures/records/three-mistakes.yaml', 'examples/minutes-town-petition.yaml', '--reporter', 'json'], root);
    expect(r.code).toBe(1);
    const ds = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(ds.length).toBeGreaterThanOrEqual(3);
    const key = ds.find((d) => d.code === 'unknown-key')!;
    expect(key).toMatchObject({ file: 'test/fixtures/records/three-mistakes.yaml', line: 12, column: 1, severity: 'error', path: '参会人' });
    expect(key.hint).toContain('参会人员');
    expect(ds.every((d) => d.file === 'test/fixtures/records/three-mistakes.yaml')).toBe(true);
    expect(r.stderr).not.toContain('error:'); // the text form is not printed as well
  });

  test('a clean run prints an empty array; render needs --output for its Markdown', async () => {
    const ok = await runCli(['validate', 'examples/minutes-town-petition.yaml', '--reporter', 'json'], root);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual([]);
    const render = await runCli(['render', 'examples/minutes-town-petition.yaml', '--reporter', 'json'], root);
    expect(render.code).toBe(2);
    expect(render.stderr).toContain('give --output for the Markdown');
  });
});

describe('command-line habits', () => {
  test('-q prints only errors and warnings; -f is --format for stats too; -v the version', async () => {
    const quiet = await runCli(['render', 'examples/minutes-town-petition.yaml', 'examples/plan-township.yaml', '-q'], root);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const loud = await runCli(['render', 'examples/minutes-town-petition.yaml', 'examples/plan-township.yaml'], root);
    expect(loud.stderr).toContain('2 record(s): 2 rendered, 0 failed');
    const stats = await runCli(['stats', 'examples/registers/信访台账2009.csv', '-f', 'json', '--period', '2009H1'], root);
    expect(JSON.parse(stats.stdout).period.code).toBe('2009H1');
    const version = await runCli(['-v'], root);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
