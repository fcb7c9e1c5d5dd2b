#!/usr/bin/env node
// `npm test`: the type-check and vitest at the same time, one result.
//
// The type-check (`tsc --noEmit`, incremental, its state in node_modules/.cache) took 4–12 s of one
// core before vitest started (issue 12, goal 5); vitest's own start (the bundle of its global setup,
// the first transforms) leaves the other core idle meanwhile. tsc runs at a lower priority, so that it
// takes what vitest leaves; its messages are printed when both are done. The run fails when either
// fails. Arguments go to `vitest run` (`npm test -- test/x.test.ts`). No shell: the same on Windows.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const tsc = require.resolve('typescript/bin/tsc');
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

/** Runs `node script ...args`; resolves with its exit code (1 for a signal) and, when not inherited, what it printed. */
function run(script, args, { capture = false, priority } = {}) {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  if (priority !== undefined) {
    try {
      setPriority(child.pid, priority);
    } catch {
      /* not allowed here: it runs at the usual priority */
    }
  }
  let output = '';
  if (capture) {
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
  }
  return new Promise((done) => {
    child.on('error', (e) => done({ code: 1, output: `${output}${e.message}\n` }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

// NODE_EXTRA_CA_CERTS (set on some machines, this one's included) makes every Node process read the
// certificates at start: about 55 ms of CPU each (`node -e 0`: 0.08 s of CPU with it, 0.03 s without),
// in vitest, tsc and the ~60 processes of the binary, npm and Node the tests start. Nothing the tests
// run reaches the network (npm install --offline in the pack test), so they run without it.
delete process.env.NODE_EXTRA_CA_CERTS;

const typeCheck = run(tsc, ['-p', 'tsconfig.json', '--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/gongwen-tsc.tsbuildinfo'], {
  capture: true,
  priority: 10,
});
const tests = run(vitest, ['run', ...process.argv.slice(2)]);
const [types, vitestResult] = await Promise.all([typeCheck, tests]);

if (types.code !== 0) process.stdout.write(`\ntype-check (tsc -p tsconfig.json --noEmit) failed:\n${types.output}`);
else process.stdout.write('type-check (tsc -p tsconfig.json --noEmit): no errors\n');
process.exitCode = types.code !== 0 ? types.code : vitestResult.code;
