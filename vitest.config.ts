import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import WaitingFirst from './test/support/sequencer.js';

/**
 * A test file that needs a fresh module graph of its own: a vi.mock of a built-in module applies only to
 * modules loaded after it (test/docx-write-atomic.test.ts). It runs isolated, in a child process; every
 * other file shares its worker with the files before it (below).
 */
const needsFreshModules = ['test/docx-write-atomic.test.ts'];

// One worker a core (two at least). Each worker thread imports the sources and their dependencies once
// for all its files, and the suite is CPU-bound: a worker more than the cores, which was to keep both
// cores busy while files wait on a child process, cost a third module graph and more than it saved.
// Four alternating pairs of `vitest run` on 2 cores (ninth session): 3 workers 49.9, 49.0, 46.3, 45.8 s
// wall and 84, 82, 79, 79 s of CPU; 2 workers 49.0, 42.5, 44.8, 45.2 s and 78, 66, 69, 70 s; two more
// pairs an hour later, the machine slower: 3 workers 52.5, 49.3 s (88, 83 s CPU), 2 workers 48.6, 54.1 s (74, 85 s).
const workers = Math.max(2, availableParallelism());

const shared = {
  // messages in English unless a test asks for Chinese (--lang zh, GONGWEN_LANG=zh): the machine's
  // own locale must not decide what a test reads
  env: { GONGWEN_LANG: 'en' },
  testTimeout: 60_000,
  hookTimeout: 600_000,
};

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // the run's temporary files in a folder of its own, the run failed when something is left in it (first:
    // its teardown runs last); the child-process tests run bin/gongwen.js, which loads the bundle: build it
    // from the source first; and at the end, end the LibreOffice the PDF tests shared, if they started it
    globalSetup: ['./test/support/temporary-folder.ts', './test/e2e/build-bundle.ts', './test/support/shared-libreoffice.ts'],
    // files that wait on a browser, LibreOffice, npm or the binary first when vitest has no durations (a fresh clone)
    sequence: { sequencer: WaitingFirst },
    maxWorkers: workers,
    // as many as maxWorkers: with fewer, tinypool ends a worker it finds idle, and without isolation
    // that ended workers still running a file ("Terminating worker thread", seen in this suite)
    minWorkers: workers,
    poolOptions: {
      // Worker threads, and no fresh worker per file: each of ~90 files used to import the sources and
      // their dependencies (docx, zod, yaml, handlebars) again in a new worker. Summed over the files,
      // vitest's "collect" went from 39 to 14 s and "prepare" from 15 to 1.4 s, and `vitest run` with
      // the other changes of issue 12's goal 5 from 141 to 90 s of CPU (one run each, load average 3 to 6
      // on 2 cores). No test changes the process's folder (process.chdir is not allowed in a thread)
      // and none mocks a module but the ones above; tests that need a real process start bin/gongwen.js
      // themselves.
      threads: { isolate: false },
      forks: { isolate: true },
    },
    projects: [
      { test: { ...shared, name: 'shared', include: ['test/**/*.test.ts'], exclude: needsFreshModules, pool: 'threads' } },
      { test: { ...shared, name: 'isolated', include: needsFreshModules, pool: 'forks' } },
    ],
  },
});
