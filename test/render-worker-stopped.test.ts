// A worker thread of a batch that cannot start, or stops, costs the user nothing: the other threads
// render its records (src/render/pool.ts) and every document is the same. It is said under --verbose
// (what the run did), and nothing is said without it. The real binary in a child process, whose worker
// threads a preloaded module replaces with one that fails as the case asks; what one thread writes is
// main(argv, io) in this process, GONGWEN_THREADS=1 (a child process for it cost 0.8-1 s of CPU, twice).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { RECORDS_PER_WORKER } from '../src/render.js';
import { folderWith } from './support/folder.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/gongwen.js');
const EXAMPLES = ['minutes-town-petition', 'minutes-branch-committee', 'plan-township', 'summary-activity'];

/** What the replaced worker runs: it cannot start (throws as it loads), or says it is ready and stops at its first record. */
const FAILING = {
  start: "throw new Error('no thread for you')",
  stop: "const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', () => process.exit(3));",
};

/** Records enough for a second thread at GONGWEN_THREADS=2. */
const COUNT = RECORDS_PER_WORKER;

/** A folder of COUNT records and a preload that replaces each worker with `code`. */
function batch(code: string): string {
  const dir = folderWith({}, { git: true });
  mkdirSync(join(dir, 'records'));
  for (let i = 0; i < COUNT; i++) {
    const name = EXAMPLES[i % EXAMPLES.length]!;
    copyFileSync(join(root, 'examples', `${name}.yaml`), join(dir, 'records', `${String(i + 1).padStart(2, '0')}-${name}.yaml`));
  }
  writeFileSync(
    join(dir, 'failing-worker.cjs'),
    [
      "const threads = require('node:worker_threads');",
      'const Real = threads.Worker;',
      `threads.Worker = class extends Real { constructor(_script, options) { super(${JSON.stringify(code)}, { ...options, eval: true }); } };`,
      '',
    ].join('\n'),
  );
  return dir;
}

function render(dir: string, out: string, args: string[], preload: boolean): Promise<{ code: number | null; stderr: string }> {
  const argv = [...(preload ? ['--require', join(dir, 'failing-worker.cjs')] : []), bin, 'render', 'records', '-o', `${out}/`, ...args];
  const child = spawn(process.execPath, argv, { cwd: dir, env: { ...process.env, NO_COLOR: '1', LANG: 'C', GONGWEN_THREADS: '2', GONGWEN_LANG: 'en' } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

/** The same records rendered in this process in one thread: what the binary's run must write. */
async function renderHere(dir: string, out: string): Promise<void> {
  expect((await runCli(['render', 'records', '-o', `${out}/`], dir, { GONGWEN_THREADS: '1', GONGWEN_LANG: 'en' })).code).toBe(0);
}

const files = (dir: string) => readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('a worker thread that fails', () => {
  it('cannot start: said under --verbose, the documents the same as one thread renders', async () => {
    const dir = batch(FAILING.start);
    const [failed, quiet] = await Promise.all([render(dir, 'out', ['--verbose'], true), render(dir, 'quiet', [], true), renderHere(dir, 'plain')]);
    expect(failed.code).toBe(0);
    expect(failed.stderr).toContain('a worker thread could not start (no thread for you); the other threads rendered the records, and the documents are the same');
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain('worker');
    expect(quiet.stderr).toContain(`${COUNT} record(s): ${COUNT} rendered, 0 failed, ${COUNT} file(s) written`);
    expect(files(join(dir, 'out'))).toEqual(files(join(dir, 'plain')));
  });

  it('stops after it was handed records: said under --verbose with the records it gave back', async () => {
    const dir = batch(FAILING.stop);
    const [failed] = await Promise.all([render(dir, 'out', ['--verbose'], true), renderHere(dir, 'plain')]);
    expect(failed.code).toBe(0);
    expect(failed.stderr).toMatch(/a worker thread stopped \(exit code 3\); the [12] record\(s\) it held were rendered again by the other threads, and the documents are the same/);
    expect(files(join(dir, 'out'))).toEqual(files(join(dir, 'plain')));
  });
});
