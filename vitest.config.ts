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
    maxWorkers: workers,
    minWorkers: workers,
    // messages in English unless a test asks for Chinese (--lang zh, GONGWEN_LANG=zh): the machine's
    // own locale must not decide what a test reads
    env: { GONGWEN_LANG: 'en' },
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
