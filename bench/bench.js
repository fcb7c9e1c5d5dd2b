#!/usr/bin/env node
// `npm run bench`: builds dist/, then prints every figure of issue 12 — start-up, one document, batches of
// 100 and 1,000 records, memory — each beside its anchor (`node -e 0` always; pandoc converting the same
// text, when pandoc is installed), then runs bench/stats-bench.js for the registers.
// Every case is a whole process, timed from outside, run in turn with its anchor (A B A B …): the ratio
// is taken pair by pair and its median printed, so a machine that slows down during the run moves both.
// It prints figures; it never passes or fails.
//
//   node bench/bench.js [--runs N] [--batch-runs N] [--skip-stats] [--skip-1000] [--with-tests [N]] [--against DIR [--pairs N]]
//
// --against DIR: the 100-record batch of this build (A) against the gongwen of DIR (B: another checkout,
// built, e.g. a worktree at the branch's start), N pairs (default 11) A B A B …, each into an emptied
// folder; the median of the pairs' ratios, as for the other cases.
//
// NODE_EXTRA_CA_CERTS is removed from every child's environment: where it is set, Node reads the
// certificates at start (about 100 ms) whatever the program, which says nothing about gongwen.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'gongwen.js');
const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = Math.max(5, argValue('--runs', 11));
const BATCH_RUNS = Math.max(1, argValue('--batch-runs', 3));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
delete env.NODE_OPTIONS;
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const node = process.execPath;
const pandoc = findOnPath('pandoc');
const work = mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function findOnPath(name) {
  const r = spawnSync(name, ['--version'], { encoding: 'utf8' });
  return r.error ? null : { command: name, version: r.stdout.split('\n')[0] };
}

/** One run: wall seconds, from just before the spawn to the child's exit. */
function timeOnce([command, ...args]) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${[command, ...args].join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return wall;
}

/** Peak resident memory (MiB) of one run, from GNU time; null without it. */
function measureOnce(argv) {
  if (!GNU_TIME) return null;
  const r = spawnSync(GNU_TIME, ['-f', '@@%M', ...argv], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const m = /@@(\d+)\s*$/.exec(r.stderr);
  return m ? { rss: Number(m[1]) / 1024 } : null;
}

/**
 * User + system seconds of every child this process has waited for (Linux: /proc/self/stat's cutime
 * and cstime, in clock ticks of 1/100 s); null elsewhere. A tick is coarse for one run of `node -e 0`,
 * so the bench reads it before and after all the runs of a command and divides: the sum is exact to a tick.
 */
function childrenCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3, state
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/**
 * A against B in turn, `runs` pairs after one warm-up pair; then `memoryRuns` of each under GNU time.
 * Returns both series, the pairwise ratios and the peak memory.
 */
function paired(a, b, runs, memoryRuns = 3, perA = 1) {
  timeOnce(a.argv);
  if (b) timeOnce(b.argv);
  const wa = [];
  const wb = [];
  const ratios = [];
  let cpuA = 0;
  let cpuB = 0;
  for (let i = 0; i < runs; i++) {
    a.before?.();
    const c0 = childrenCpuSeconds();
    const x = timeOnce(a.argv) / perA;
    const c1 = childrenCpuSeconds();
    wa.push(x);
    cpuA += c1 - c0;
    if (b) {
      b.before?.();
      const y = timeOnce(b.argv) / (b.per ?? 1);
      cpuB += childrenCpuSeconds() - c1;
      wb.push(y);
      ratios.push(x / y);
    }
  }
  const hasCpu = childrenCpuSeconds() !== null;
  const peak = (argv, before) => {
    const ms = [];
    for (let i = 0; i < memoryRuns; i++) {
      before?.();
      const m = measureOnce(argv);
      if (m) ms.push(m);
    }
    return ms.length ? { rss: Math.max(...ms.map((m) => m.rss)) } : null;
  };
  const memA = peak(a.argv, a.before);
  return {
    a: stats(wa),
    b: b ? stats(wb) : null,
    ratio: b ? stats(ratios) : null,
    memA,
    memB: b ? peak(b.argv, b.before) : null,
    cpuA: hasCpu ? cpuA / runs / perA : null,
    cpuB: hasCpu && b ? cpuB / runs / (b.per ?? 1) : null,
  };
}

// ---- the material: one 纪要, its Markdown for pandoc, folders of 100 and 1,000 records ----------------

const STANDALONE = ['minutes-town-petition', 'minutes-branch-committee', 'minutes-discipline-study', 'minutes-town-stability', 'plan-militia-farm', 'plan-township', 'speech-petition-meeting', 'summary-activity', 'summary-petitions-2009h1', 'opinion-weitang'];
const minutes = join(root, 'examples', 'minutes-town-petition.yaml');
const minutesMd = join(work, 'minutes-town-petition.md');
{
  const r = spawnSync(node, [bin, 'render', minutes], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gongwen render failed: ${r.stderr}`);
  writeFileSync(minutesMd, r.stdout);
}
function batchFolder(count) {
  const folder = join(work, `records-${count}`);
  mkdirSync(folder);
  for (let i = 0; i < count; i++) {
    const name = STANDALONE[i % STANDALONE.length];
    copyFileSync(join(root, 'examples', `${name}.yaml`), join(folder, `${String(i + 1).padStart(4, '0')}-${name}.yaml`));
  }
  return folder;
}
const out = (name) => join(work, name);
const clean = (path) => () => rmSync(path, { recursive: true, force: true });

// ---- the cases ------------------------------------------------------------------------------------

const anchorNode = { argv: [node, '-e', '0'] };
const anchorPandoc = pandoc ? { argv: ['pandoc', minutesMd, '-o', out('pandoc.docx')] } : null;
const gw = (...args) => ({ argv: [node, bin, ...args] });

const cpuModel = (cpus()[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
console.log(`gongwen bench — node ${process.version}, ${pandoc ? pandoc.version : 'pandoc not installed'}`);
console.log(`machine: ${cpus().length} × ${cpuModel}, ${Math.round(totalmem() / 2 ** 30)} GiB; load average at start ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`runs: ${RUNS} pairs (A B A B …) after one warm-up pair, ${BATCH_RUNS} for the batches; peak RSS from ${GNU_TIME ? 'GNU time (%M), 3 more runs of each' : '- (no /usr/bin/time)'}; NODE_EXTRA_CA_CERTS unset`);
console.log('');

const rows = [];
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
const spread = (s) => `${ms(s.median).padStart(8)} (${(s.min * 1000).toFixed(0)}–${(s.max * 1000).toFixed(0)})`;
const mib = (m) => (m ? `${m.rss.toFixed(0)} MB` : '-');
const ratio = (r) => (r ? `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})` : '-');

const cpuRatio = (r) => (r.cpuA !== null && r.cpuB ? `${(r.cpuA / r.cpuB).toFixed(2)}×` : '-');
const cpuOf = (c) => (c !== null && c !== undefined ? `${(c * 1000).toFixed(0)} ms` : '-');
function row(label, r, anchorLabel, goal, note = '') {
  rows.push([label, spread(r.a), cpuOf(r.cpuA), mib(r.memA), anchorLabel, r.b ? spread(r.b) : '-', cpuOf(r.cpuB), r.memB ? mib(r.memB) : '-', ratio(r.ratio), cpuRatio(r), goal, note]);
  printRow(rows.at(-1));
}
const widths = [40, 22, 8, 8, 15, 22, 8, 8, 22, 8, 7];
const printRow = (cells) => console.log(cells.map((c, i) => (i < widths.length ? String(c).padEnd(widths[i]) : c)).join(' ').trimEnd());
printRow(['case (A)', 'A wall, median (min–max)', 'A cpu', 'A peak', 'anchor (B)', 'B wall, median (min–max)', 'B cpu', 'B peak', 'A/B wall, pairs', 'A/B cpu', 'goal']);

// 1. start-up
row('gongwen --version', paired(gw('--version'), anchorNode, RUNS), 'node -e 0', '≤ 2×');
row('gongwen --help', paired(gw('--help'), anchorNode, RUNS), 'node -e 0', '≤ 2×');

// 2. one document
const oneDocx = gw('render', minutes, '--format', 'docx', '--output', out('one.docx'), '--force');
const one = paired(oneDocx, anchorNode, RUNS);
row('render 1 纪要 → DOCX', one, 'node -e 0', '-', 'memory goal < 150 MB');
let pandocOne = null;
if (anchorPandoc) {
  pandocOne = paired(oneDocx, anchorPandoc, RUNS);
  row('render 1 纪要 → DOCX', pandocOne, 'pandoc md→docx', '≤ 1.0×');
  pandocOne.single = pandocOne.b.median;
}

// 3. batches: 100 records, per document against pandoc's one document
const folder100 = batchFolder(100);
const batch = gw('render', folder100, '--format', 'docx', '--output', out('batch-100') + '/', '--force');
batch.before = clean(out('batch-100'));
const b100 = paired(batch, anchorPandoc ?? anchorNode, BATCH_RUNS, 1, 100);
row('render 100 records → DOCX, per document', b100, anchorPandoc ? 'pandoc md→docx' : 'node -e 0', anchorPandoc ? '≤ 0.1×' : '-', 'A: one process\'s wall / 100');
console.log(`  each record after the first: ${ms((b100.a.median * 100 - one.a.median) / 99)} ((100 records − 1 record) / 99, medians)`);

// 3b. the same batch, this build against another (--against DIR), per document
const againstAt = process.argv.indexOf('--against');
if (againstAt > 0) {
  const other = process.argv[againstAt + 1];
  const otherBatch = { argv: [node, join(other, 'bin', 'gongwen.js'), 'render', folder100, '--format', 'docx', '--output', out('batch-100-other') + '/', '--force'], before: clean(out('batch-100-other')), per: 100 };
  const vs = paired(batch, otherBatch, argValue('--pairs', 11), 1, 100);
  row('render 100 records → DOCX, per document', vs, 'the same, B build', '-', `B: ${other}`);
}

// 4. 1,000 records: time and memory
if (!process.argv.includes('--skip-1000')) {
  const folder1000 = batchFolder(1000);
  const big = gw('render', folder1000, '--format', 'docx', '--output', out('batch-1000') + '/', '--force');
  big.before = clean(out('batch-1000'));
  const b1000 = paired(big, null, 1, 1, 1000);
  row('render 1,000 records → DOCX, per document', b1000, '-', '-', 'A: one process\'s wall / 1000; memory goal < 300 MB');
}
console.log('');
console.log('wall: from spawning the process to its exit (Node\'s own start included); A/B wall: the ratio of each pair, median and range;');
console.log('cpu: user + system seconds a run, the mean over the timed runs (Linux) — steadier than wall on a busy machine; peak: the largest');
console.log('resident set of the process (GNU time %M). The pandoc anchor converts gongwen\'s own Markdown of the same record to DOCX.');
console.log('');

// 5. the test suite, when asked (--with-tests [N]): `npm test` as a fresh clone runs it (no type-check
// record, no vitest timings, no built Monaco page: the caches a clone lacks, in node_modules, removed
// first), then N more times as a developer runs it again (default 3); wall and CPU of each, the median
// of the repeated runs. The CPU is the children's (user + system) as the kernel counts them: vitest,
// tsc, and what they started and waited for.
if (process.argv.includes('--with-tests')) {
  const asked = Number(process.argv[process.argv.indexOf('--with-tests') + 1]);
  const again = Number.isInteger(asked) && asked > 0 ? asked : 3;
  const clear = () => {
    for (const cache of ['.vite', join('.cache', 'gongwen-tsc-passed.json'), join('.cache', 'gongwen-tsc.tsbuildinfo'), join('.cache', 'gongwen-editor-page')]) {
      rmSync(join(root, 'node_modules', cache), { recursive: true, force: true });
    }
  };
  const once = () => {
    const c0 = childrenCpuSeconds();
    const start = process.hrtime.bigint();
    const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['test'], { cwd: root, env, stdio: 'ignore', shell: process.platform === 'win32' });
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = c0 === null ? null : childrenCpuSeconds() - c0;
    return { wall, cpu, status: r.status };
  };
  const say = (name, t) => console.log(`npm test, ${name}: ${t.wall.toFixed(1)} s wall${t.cpu === null ? '' : `, ${t.cpu.toFixed(1)} s CPU`}, exit ${t.status}`);
  clear();
  say('as a fresh clone (caches removed)', once());
  const runs = [];
  for (let i = 0; i < again; i++) {
    runs.push(once());
    say(`again (${i + 1})`, runs.at(-1));
  }
  const walls = runs.map((t) => t.wall);
  console.log(`npm test again: median ${median(walls).toFixed(1)} s wall (${Math.min(...walls).toFixed(1)}–${Math.max(...walls).toFixed(1)}) over ${again} runs — goal: under 40 s`);
  console.log('');
}

// 6. registers: the other benchmark, as it prints itself
if (!process.argv.includes('--skip-stats')) {
  const r = spawnSync(node, [join(root, 'bench', 'stats-bench.js')], { env, stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
