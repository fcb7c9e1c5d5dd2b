// The same entry point in-process: main(argv, io) returns the exit code, output goes to io.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

const root = join(import.meta.dirname, '../..');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, cwd: root, env: {} };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

describe('main(argv, io)', () => {
  test('renders to io.stdout and returns 0', async () => {
    const t = io();
    expect(await main(['render', 'examples/minutes-branch-committee.yaml'], t.value)).toBe(0);
    expect(t.out()).toContain('经过大家认真学习讨论并形成共识如下：');
  });

  test('returns 1 for an invalid record and 2 for a usage error', async () => {
    const t = io();
    expect(await main(['validate', 'test/fixtures/records/three-mistakes.yaml'], t.value)).toBe(1);
    expect(t.err()).toContain('test/fixtures/records/three-mistakes.yaml:12:1: error[unknown-key]: unknown key "参会人"');
    expect(await main(['render', '--format', 'odt', 'x.yaml'], io().value)).toBe(2);
  });
});
