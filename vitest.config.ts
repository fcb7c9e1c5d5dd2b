import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest runs test files in (number of cores − 1) workers: one on a 2-core machine, where the files then
// run one after another while LibreOffice and child processes keep a core waiting. Two workers at least.
const workers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // the child-process tests run bin/gongwen.js, which loads the bundle: build it from the source first
    globalSetup: ['./test/e2e/build-bundle.ts'],
    // worker threads, not a child process per test file: the same 887 tests took 90 s of CPU and 100 s
    // of wall time against 106 s and 125 s with forks, run one after the other on this 2-core machine
    // (load average 7 to 8). No test changes the process's folder (process.chdir is not allowed in a
    // thread); tests that need a real process start bin/gongwen.js themselves.
    pool: 'threads',
    maxWorkers: workers,
    minWorkers: workers,
    // messages in English unless a test asks for Chinese (--lang zh, GONGWEN_LANG=zh): the machine's
    // own locale must not decide what a test reads
    env: { GONGWEN_LANG: 'en' },
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
