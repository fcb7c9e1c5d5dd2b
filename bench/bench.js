#!/usr/bin/env node
// `npm run bench`: builds dist/, then prints every figure of issue 12 — start-up, one document, batches of
// 100 and 1,000 records, memory — each beside its anchor (`node -e 0` always; pandoc converting the same
// text, when pandoc is installed), then runs bench/stats-bench.js for the registers.
// Every case is a whole process, timed from outside, run in turn with its anchor (A B A B …): the ratio
// is taken pair by pair and its median printed, so a machine that slows down during the run moves both.
// It prints figures; it never passes or fails.
//
//   node bench/bench.js [--runs N] [--batch-runs N] [--skip-stats] [--skip-1000] [--with-tests [N]] [--against DIR [--pairs N]]
//   node bench/bench.js --timeline [N] [--threads T]
//   (either with --realtime)
//
// --against DIR: the 100-record batch of this build (A) against the gongwen of DIR (B: another checkout,
// built, e.g. a worktree at the branch's start), N pairs (default 11) A B A B …, each into an emptied
// folder; the median of the pairs' ratios, as for the other cases.
//
// --timeline [N]: only where the time of the 100-record batch goes, N runs (default 5): the batch with
// --verbose, which says each record on standard error as soon as it is rendered, and then each file as it
// is written; every line's time from the spawn, read as it comes (a pipe: the child's writes to it are
// synchronous on Linux). Medians over the runs. --threads T runs it with GONGWEN_THREADS=T.
//
// --realtime (Linux, as root or with CAP_SYS_NICE): every command timed, anchors included, runs under
// `chrt -f 10`, a real-time priority, so that the other processes of a shared machine do not take its
// cores while it runs: the nearest a busy machine comes to a quiet one (the bench itself runs above it). Twelfth session, 100 records with
// the host's load average at 10: 1.5–1.9 s of wall time at the usual priority, 0.64–0.82 s under chrt.
//
// NODE_EXTRA_CA_CERTS is removed from every child's environment: where it is set, Node reads the
// certificates at start (about 100 ms) whatever the program, which says nothing about gongwen.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const REALTIME = process.argv.includes('--realtime');
/** A command as it is run: under `chrt -f 10` with --realtime. */
const prioritized = (argv) => (REALTIME ? ['chrt', '-f', '10', ...argv] : argv);
if (REALTIME) {
  // this process above its children (20 against 10): it reads --timeline's lines as they come, where at
  // the usual priority it would wait for a child that keeps both cores busy (GONGWEN_THREADS=2) to end
  const r = spawnSync('chrt', ['-f', '-p', '20', String(process.pid)], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`--realtime: chrt could not raise the priority (${r.error?.message ?? r.stderr.trim()}); it needs Linux's chrt and the right to (root, or CAP_SYS_NICE)`);
}

const node = process.execPath;
const pandoc = findOnPath('pandoc');
const work = mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function findOnPath(name) {
  const r = spawnSync(name, ['--version'], { encoding: 'utf8' });
  return r.error ? null : { command: name, version: r.stdout.split('\n')[0] };
}

/** One run: wall seconds, from just before the spawn to the child's exit. */
function timeOnce(argv) {
  const [command, ...args] = prioritized(argv);
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${[command, ...args].join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return wall;
}

/** Peak resident memory (MiB) of one run, from GNU time; null without it. */
function measureOnce(argv) {
  if (!GNU_TIME) return null;
  const r = spawnSync(GNU_TIME, ['-f', '@@%M', ...prioritized(argv)], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
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
/** The code cache files of a checkout's bundle, with their sizes and times (the ones a run without V8 flags reads have no `-flags-`). */
function cacheFilesOf(checkout) {
  const dir = join(checkout, 'dist', 'bundle', 'cache');
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bin')) : [];
  return names.length ? names.map((f) => { const st = statSync(join(dir, f)); return `${f} (${st.size.toLocaleString('en-US')} bytes, ${st.mtime.toISOString().slice(0, 19)}Z)`; }).join(', ') : 'none';
}
const clean = (path) => () => rmSync(path, { recursive: true, force: true });

// ---- --timeline: where a batch's time goes ----------------------------------------------------------

/**
 * One run of `argv`, the times (ms from the spawn) at which each line of its standard error arrived, and
 * of its exit. Lines that arrive in one read get its time.
 */
function linesTimed(argv, extraEnv) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - start) / 1e6;
    const [command, ...args] = prioritized(argv);
    const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
    const lines = [];
    let partial = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      const at = since();
      const parts = (partial + chunk).split('\n');
      partial = parts.pop();
      for (const text of parts) lines.push({ at, text });
    });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done({ lines, exit: since() }) : fail(new Error(`${argv.join(' ')} exited ${code}: ${lines.map((l) => l.text).join('\n').slice(-400)}`))));
  });
}

/**
 * The 100-record batch's timeline (--timeline): when the first record is said (Node's start, loading the
 * bundle, listing the records, the first record), the time a record in the batch's stretches, when the
 * last is said, the files written (after every record: src/render.ts), the exit; `node -e 0` beside it.
 * A record is said when it is compiled and its DOCX made (src/render.ts renderRun), in the records' order.
 */
async function timeline(runs, threads) {
  const folder = batchFolder(100);
  const target = out('timeline') + '/';
  const argv = [node, bin, 'render', folder, '--format', 'docx', '-o', target, '--verbose'];
  // English, so that the lines are known by their words (src/diagnostics/messages/cli.ts: cli.verbose.compiled, cli.wrote)
  const extraEnv = { GONGWEN_LANG: 'en', ...(threads ? { GONGWEN_THREADS: String(threads) } : {}) };
  const rows = [];
  const nodeAlone = [];
  await linesTimed(argv, extraEnv); // warm-up
  for (let i = 0; i < runs; i++) {
    nodeAlone.push(timeOnce([node, '-e', '0']) * 1000);
    rmSync(target, { recursive: true, force: true });
    const { lines, exit } = await linesTimed(argv, extraEnv);
    const said = lines.filter((l) => / compiled in [\d.]+ ms$/.test(l.text)).map((l) => l.at);
    const wrote = lines.filter((l) => l.text.startsWith('wrote ')).map((l) => l.at);
    if (said.length !== 100 || wrote.length !== 100) throw new Error(`--timeline: ${said.length} records said and ${wrote.length} files written, not 100`);
    const perRecord = (from, to) => (said[to - 1] - said[from - 2]) / (to - from + 1); // records from..to (1-based), from the one before
    rows.push({ first: said[0], r2: perRecord(2, 10), r11: perRecord(11, 50), r51: perRecord(51, 100), last: said[99], firstWrote: wrote[0], lastWrote: wrote[99], exit });
  }
  const m = (key) => median(rows.map((r) => r[key])).toFixed(key.startsWith('r') ? 1 : 0);
  const say = (label, value) => console.log(`  ${label.padEnd(62)} ${String(value).padStart(7)}`);
  console.log(`timeline: render 100 records → DOCX --verbose${threads ? `, GONGWEN_THREADS=${threads}` : ''}${REALTIME ? ', under chrt -f 10' : ''}; medians of ${runs} runs, ms from the spawn; load average ${loadavg()[0].toFixed(1)}`);
  say('node -e 0, start to exit (beside each run)', median(nodeAlone).toFixed(0));
  say('record 1 said (Node, the bundle, the records listed, record 1)', m('first'));
  say('ms a record, records 2–10', m('r2'));
  say('ms a record, records 11–50', m('r11'));
  say('ms a record, records 51–100', m('r51'));
  say('record 100 said', m('last'));
  // the files are written in groups of 64, each group's said as it is put in place (src/io/writeAtomic.ts writeAtomicAll)
  say('first file said written', m('firstWrote'));
  say('last file said written', m('lastWrote'));
  say('exit', m('exit'));
}

if (process.argv.includes('--timeline')) {
  const asked = Number(process.argv[process.argv.indexOf('--timeline') + 1]);
  await timeline(Number.isInteger(asked) && asked > 0 ? asked : 5, process.argv.includes('--threads') ? argValue('--threads', 1) : undefined);
  process.exit(0);
}

// ---- the cases ------------------------------------------------------------------------------------

const anchorNode = { argv: [node, '-e', '0'] };
const anchorPandoc = pandoc ? { argv: ['pandoc', minutesMd, '-o', out('pandoc.docx')] } : null;
const gw = (...args) => ({ argv: [node, bin, ...args] });

const cpuModel = (cpus()[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
console.log(`gongwen bench — node ${process.version}, ${pandoc ? pandoc.version : 'pandoc not installed'}`);
console.log(`machine: ${cpus().length} × ${cpuModel}, ${Math.round(totalmem() / 2 ** 30)} GiB; load average at start ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`runs: ${RUNS} pairs (A B A B …) after one warm-up pair, ${BATCH_RUNS} for the batches; peak RSS from ${GNU_TIME ? 'GNU time (%M), 3 more runs of each' : '- (no /usr/bin/time)'}; NODE_EXTRA_CA_CERTS unset${REALTIME ? '; every command under chrt -f 10' : ''}`);
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
  // which code cache each build ran with (scripts/runtime/loadCommands.js): a cache warmed by the build and one
  // written by a first batch hold different functions, and 100 records cost about 4% more main-thread
  // instructions with the first (thirteenth session, callgrind) — a difference of caches, not of code
  console.log(`  code caches: A ${cacheFilesOf(root)}; B ${cacheFilesOf(other)}`);
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
