#!/usr/bin/env node
// `npm test`: the type-check and vitest at the same time, one result.
//
// The type-check (`tsc --noEmit`, incremental, its state in node_modules/.cache) runs beside vitest at a
// lower priority, so that it takes what vitest leaves; its messages are printed when both are done. The
// run fails when either fails. Arguments go to `vitest run` (`npm test -- test/x.test.ts`). No shell: the
// same on Windows.
//
// It checks tsconfig.test.json: the sources as tsconfig.json (which `npm run build` compiles) checks them,
// and the tests and vitest.config.ts with them, which no check read before the thirteenth session (42
// errors then, in 19 files). What it does not check that tsconfig.json does: a source importing a file
// outside src/ (rootDir), which `npm run build` refuses.
//
// tsc is TypeScript 7, the compiler written in Go (npm typescript 7.x runs the binary of its platform
// package, @typescript/typescript-<platform>-<arch>): the first check of a clone, the one CI makes, took
// 11–14 s of CPU with TypeScript 5.9 and takes 3–4 s (`/usr/bin/time node node_modules/typescript/bin/tsc
// -p tsconfig.json --noEmit`, ninth session, 2 cores), the same files and the same JavaScript out of
// `npm run build` (dist/ compared file by file).
//
// A type-check that passed is not run again while the files it read are as they were (typeCheckPassed):
// with nothing changed it would still read and parse its 521 files.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stamps, stampsHold } from '../scripts/stamps.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
// the package's `bin` (its "exports" leave bin/ out, so the file is found from its package.json)
const typescriptPackage = require.resolve('typescript/package.json');
const tsc = join(dirname(typescriptPackage), JSON.parse(readFileSync(typescriptPackage, 'utf8')).bin.tsc);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

/**
 * V8's young generation for vitest: 32 MB semi-spaces rather than the default (16 MB on 64-bit), so that
 * the many short-lived objects of transforming modules and running the tests die young instead of being
 * copied and promoted. Paired runs of `vitest run` on 2 cores (ninth session): 53.5 / 59.6 s and 55.9 /
 * 58.2 s of CPU with and without. A GC setting of vitest's process (its worker threads and forks): the
 * binary the tests start runs without it.
 */
const VITEST_NODE_FLAGS = ['--max-semi-space-size=32'];

/** Runs `node script ...args`; resolves with its exit code (1 for a signal) and, when not inherited, what it printed. */
function run(script, args, { capture = false, priority, nodeFlags = [] } = {}) {
  const child = spawn(process.execPath, [...nodeFlags, script, ...args], { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
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

const TSC_CONFIG = 'tsconfig.test.json';
const TSC_ARGS = ['-p', TSC_CONFIG, '--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/gongwen-tsc-tests.tsbuildinfo'];
/** The last type-check that passed: what it read, by size and modification time (recordTypeCheck). */
const passedRecord = join(root, 'node_modules', '.cache', 'gongwen-tsc-passed.json');


/**
 * What decides which files tsc reads, besides the files themselves: its version and arguments, the
 * files tsconfig.test.json includes (src/**\/*.ts, test/**\/*.ts, vitest.config.ts: a file added is
 * checked though nothing imports it) and the packages of node_modules/@types (included without an import).
 */
function typeCheckKey() {
  const list = (dir, keep) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter(keep).map((f) => f.split('\\').join('/')).sort() : []);
  return JSON.stringify({
    tsc: JSON.parse(readFileSync(typescriptPackage, 'utf8')).version,
    args: TSC_ARGS,
    sources: list(join(root, 'src'), (f) => f.endsWith('.ts')),
    tests: list(join(root, 'test'), (f) => f.endsWith('.ts')),
    types: existsSync(join(root, 'node_modules', '@types')) ? readdirSync(join(root, 'node_modules', '@types')).sort() : [],
  });
}

/**
 * After a type-check that passed: the files tsc listed as its program (`--listFiles`: the sources, the
 * libraries' declarations, TypeScript's own lib files), with the configuration and the lockfile, which
 * decide how imports resolve.
 */
function recordTypeCheck(output) {
  const files = output
    .split(/\r?\n/)
    .filter((l) => isAbsolute(l) && existsSync(l))
    .map((l) => relative(root, l).split('\\').join('/'));
  const all = [...new Set([...files, TSC_CONFIG, 'tsconfig.json', 'package.json', 'package-lock.json'])].sort();
  mkdirSync(dirname(passedRecord), { recursive: true });
  writeFileSync(passedRecord, JSON.stringify({ key: typeCheckKey(), files: all, stamps: stamps(root, all) }));
  return all.length;
}

/** The number of files of the last type-check that passed, when every one of them is as it was then; else 0. */
function typeCheckPassed() {
  try {
    const last = JSON.parse(readFileSync(passedRecord, 'utf8'));
    if (last.key !== typeCheckKey()) return 0;
    return stampsHold(root, last.files, last.stamps) ? last.files.length : 0;
  } catch {
    return 0;
  }
}

const unchanged = typeCheckPassed();
const typeCheck = unchanged ? Promise.resolve({ code: 0, output: '' }) : run(tsc, [...TSC_ARGS, '--listFiles'], { capture: true, priority: 10 });
const tests = run(vitest, ['run', ...process.argv.slice(2)], { nodeFlags: VITEST_NODE_FLAGS });
const [types, vitestResult] = await Promise.all([typeCheck, tests]);

// what --listFiles printed is not a message: the lines that are files are left out
const messages = (output) => output.split(/\r?\n/).filter((l) => !(isAbsolute(l) && existsSync(l))).join('\n');
if (types.code !== 0) process.stdout.write(`\ntype-check (tsc -p ${TSC_CONFIG} --noEmit) failed:\n${messages(types.output)}\n`);
else if (unchanged) process.stdout.write(`type-check (tsc -p ${TSC_CONFIG} --noEmit): no errors (not run again: the ${unchanged} files it read are as they were when it passed)\n`);
else process.stdout.write(`type-check (tsc -p ${TSC_CONFIG} --noEmit): no errors (${recordTypeCheck(types.output)} files)\n`);
process.exitCode = types.code !== 0 ? types.code : vitestResult.code;
