// A worker thread of a batch that dies mid-batch (killed, out of memory) costs the batch nothing: the
// records it held are rendered by the main thread (src/render/pool.ts), and the run says and writes
// what one thread does. The real binary in a child process; a preloaded module ends the process's
// first worker as soon as it has sent back its first record, while it still holds the next. What one
// thread says and writes is main(argv, io) in this process, GONGWEN_THREADS=1 (a child process of its
// own cost about 1.5 s of CPU: issue 12, goal 5).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { RECORDS_PER_WORKER } from '../../src/render.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/gongwen.js');
let dir: string;
/** Records enough for a worker (RECORDS_PER_WORKER), and that the worker has started before this thread could render them all. */
const COUNT = 2 * RECORDS_PER_WORKER + 2;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-threads-killed-'));
  mkdirSync(join(dir, 'records'));
  for (let i = 1; i <= COUNT; i++) {
    copyFileSync(join(root, 'examples', i % 2 ? 'plan-militia-farm.yaml' : 'minutes-town-petition.yaml'), join(dir, 'records', `${String(i).padStart(3, '0')}.yaml`));
  }
  copyFileSync(join(root, 'test/fixtures/records/three-mistakes.yaml'), join(dir, 'records', '020-three-mistakes.yaml'));
  writeFileSync(
    join(dir, 'kill-worker.mjs'),
    [
      "import { writeFileSync } from 'node:fs';",
      'let killed = 0;',
      "process.on('worker', (w) => w.on('message', (m) => {",
      // counts the terminations, not the records: a record the worker sent before terminate() took effect still arrives
      "  if (m && typeof m === 'object' && 'id' in m && !killed) (killed++, void w.terminate());",
      '}));',
      "process.on('exit', () => writeFileSync(process.env.KILLED_TO, String(killed)));",
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The binary's run, asynchronously: it runs while this thread renders the same batch (renderHere). */
async function render(threads: number, out: string, preload: string[] = []) {
  const killed = join(dir, `${out}.killed`);
  const run = await promisify(execFile)(process.execPath, [...preload, bin, 'render', 'records', '--format', 'docx', '-o', `${out}/`], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'C', GONGWEN_THREADS: String(threads), KILLED_TO: killed },
    encoding: 'utf8',
  }).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ status: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  return { ...run, killed: preload.length ? Number(readFileSync(killed, 'utf8')) : 0 };
}

/** The same command in this process, main(argv, io), GONGWEN_THREADS=1: the exit code and what the binary would print. */
const renderHere = (out: string) => runCli(['render', 'records', '--format', 'docx', '-o', `${out}/`], dir, { GONGWEN_THREADS: '1' });

const documents = (folder: string) =>
  Object.fromEntries(readdirSync(join(dir, folder)).sort().map((f) => [f, strFromU8(unzipSync(readFileSync(join(dir, folder, f)))['word/document.xml']!)]));

describe('render: a worker thread that dies mid-batch', () => {
  it('leaves its records to the main thread: the same messages, files and exit code as one thread', { timeout: 120_000 }, async () => {
    const inChild = render(2, 'two', ['--import', join(dir, 'kill-worker.mjs')]);
    const one = await renderHere('one');
    const killed = await inChild;
    expect(killed.killed).toBe(1); // the worker rendered a record, and was ended then
    expect(killed.status).toBe(1); // one record has errors
    expect(killed.status).toBe(one.code);
    expect(killed.stderr.replaceAll('two/', 'one/')).toBe(one.stderr);
    expect(one.stderr).toContain(`${COUNT + 1} record(s): ${COUNT} rendered, 1 failed`);
    expect(documents('two')).toEqual(documents('one'));
  });
});
