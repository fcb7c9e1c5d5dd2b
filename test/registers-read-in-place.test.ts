// A register is read in place (src/registers/read.ts): opened, looked at, read and closed without a
// trip through Node's thread pool for each step. Seen from outside: `gongwen stats` counts a CSV or a
// YAML register even while every thread of that pool is held by something else (here: opens of FIFOs
// that have no writer yet, made by a preloaded module). (A workbook's sheet is still inflated by zlib
// as a stream, in that pool beside the parsing: src/io/unzip.ts.) The real binary in a child process:
// the pool is the process's own.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, copyFileSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { folderWith } from './support/folder.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/gongwen.js');
/** Node's thread pool has 4 threads unless UV_THREADPOOL_SIZE says otherwise (set here for the child). */
const POOL = 4;

/** `gongwen stats <register> --skip-bad-rows` (the YAML fixture has bad rows) with the thread pool held; resolves with its output once it has printed the counts, then frees the pool. */
async function statsWithPoolHeld(register: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dir = folderWith({}, { git: true });
  copyFileSync(join(root, register), join(dir, 'register' + register.slice(register.lastIndexOf('.'))));
  register = 'register' + register.slice(register.lastIndexOf('.'));
  const fifos = Array.from({ length: POOL }, (_, i) => join(dir, `held-${i}`));
  for (const fifo of fifos) execFileSync('mkfifo', [fifo]);
  // each open of a FIFO with no writer holds a thread of the pool until a writer comes
  writeFileSync(join(dir, 'hold-pool.cjs'), `for (const f of ${JSON.stringify(fifos)}) require('node:fs').open(f, 'r', () => {});\n`);
  const child = spawn(process.execPath, ['--require', join(dir, 'hold-pool.cjs'), bin, 'stats', register, '--period', '2009H1', '--format', 'json', '--skip-bad-rows'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', GONGWEN_LANG: 'en', UV_THREADPOOL_SIZE: String(POOL), GONGWEN_CODE_CACHE: '0' },
  });
  // a child still waiting when the test ends (it failed: the register was read through the pool) is ended
  onTestFinished(() => void child.kill());
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const printed = new Promise<void>((resolve) => child.stdout.on('data', (d) => ((stdout += d), stdout.trimEnd().endsWith('}') && resolve())));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  // the counts come while the pool is still held (a read through the pool would wait here until the test times out)
  await Promise.race([printed, exited]);
  const heldWhilePrinting = stdout;
  for (const fifo of fifos) closeSync(openSync(fifo, 'w')); // a writer for each: the pool is free and the child can end
  const code = await exited;
  return { code, stdout: heldWhilePrinting, stderr };
}

describe.skipIf(process.platform === 'win32')('a register is read while the thread pool is busy', () => {
  for (const register of ['examples/registers/信访台账2009.csv', 'test/fixtures/registers/petitions-gbk.csv', 'test/fixtures/registers/petitions.yaml']) {
    it(register, async () => {
      const run = await statsWithPoolHeld(register);
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toBeTruthy();
    });
  }
});
