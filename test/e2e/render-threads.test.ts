// A batch rendered in worker threads (src/render/pool.ts) gives what one thread gives: the same DOCX
// parts (parsed XML), the same standard error — diagnostics in the order of the files, the files
// written, the counts — and the same exit code; in English and in Chinese. The real binary in a child
// process (the workers start from dist/bundle/worker.js, which vitest's global setup bundles); a
// preloaded module counts the worker threads the process started and the records they sent back, so
// the threaded run is known to have used them. The binary's one-thread run is checked to start no
// worker in English; the Chinese one-thread runs it is compared with are main(argv, io) in this process
// (where no worker can start: src/render/pool.ts needs its built worker.js beside it), which saves a
// child process of about 1.5 s of CPU each, twice (issue 12, goal 5).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { RECORDS_PER_WORKER } from '../../src/render.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/gongwen.js');
const EXAMPLES = ['minutes-town-petition', 'minutes-branch-committee', 'plan-militia-farm', 'speech-petition-meeting', 'summary-activity', 'opinion-weitang'];
// good records enough for a worker (RECORDS_PER_WORKER: 5 copies, 30 records, at 30), and 3 bad ones;
// 8 copies (51 records) cost 3 s more of CPU in the four child processes and the two runs here
const COPIES = Math.ceil(RECORDS_PER_WORKER / EXAMPLES.length);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-threads-'));
  mkdirSync(join(dir, 'records'));
  let n = 0;
  const add = (from: string, name: string) => copyFileSync(from, join(dir, 'records', `${String(++n).padStart(3, '0')}-${name}`));
  for (let i = 0; i < COPIES; i++) {
    for (const e of EXAMPLES) add(join(root, 'examples', `${e}.yaml`), `${e}.yaml`);
    // errors (three at once) and warnings among them, at different places in the batch
    if (i === 1) add(join(root, 'test/fixtures/records/three-mistakes.yaml'), 'three-mistakes.yaml');
    if (i === COPIES - 2) add(join(root, 'test/fixtures/records/totals-disagree.yaml'), 'totals-disagree.yaml');
    if (i === COPIES - 1) add(join(root, 'test/fixtures/records/summary-three-mistakes.yaml'), 'summary-three-mistakes.yaml');
  }
  // counts the worker threads of the process it is preloaded in (process 'worker' event) and the records
  // they sent back (src/render/pool.ts: a message with an id), written at exit as "threads records"
  writeFileSync(
    join(dir, 'count-workers.mjs'),
    [
      "import { writeFileSync } from 'node:fs';",
      'let n = 0;',
      'let records = 0;',
      "process.on('worker', (w) => (n++, w.on('message', (m) => void (m && typeof m === 'object' && 'id' in m && records++))));",
      "process.on('exit', () => writeFileSync(process.env.COUNT_WORKERS_TO, `${n} ${records}`));",
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  workers: number;
  /** Records the workers rendered. */
  byWorkers: number;
}

/** `gongwen render records --format docx -o <out>/` with GONGWEN_THREADS=threads, asynchronously (vitest keeps answering). */
function render(threads: number, out: string, extra: string[] = [], env: Record<string, string> = {}): Promise<Run> {
  const counted = join(dir, `${out}.workers`);
  const child = spawn(process.execPath, ['--import', join(dir, 'count-workers.mjs'), bin, 'render', 'records', '--format', 'docx', '-o', `${out}/`, ...extra], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'C', GONGWEN_THREADS: String(threads), COUNT_WORKERS_TO: counted, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  return new Promise((done) =>
    child.on('close', (code) => {
      const [workers, byWorkers] = readFileSync(counted, 'utf8').split(' ').map(Number);
      done({ code, stdout, stderr, workers: workers!, byWorkers: byWorkers! });
    }),
  );
}

/** The same command in this process, main(argv, io), GONGWEN_THREADS=1: what the binary would exit with and print. */
const renderHere = (out: string, env: Record<string, string> = {}) => runCli(['render', 'records', '--format', 'docx', '-o', `${out}/`], dir, { GONGWEN_THREADS: '1', ...env });

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, trimValues: false });
/** Every part of every DOCX in a folder, as text, by file and part. */
function partsOf(folder: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const f of readdirSync(join(dir, folder)).sort()) {
    const parts = unzipSync(readFileSync(join(dir, folder, f)));
    out[f] = Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, strFromU8(data)]));
  }
  return out;
}

/**
 * Two folders' parts made comparable as XML: a part whose text differs between them is parsed on both
 * sides, so that toEqual compares their XML and shows where it differs; a part with the same text is the
 * same XML and is left as it is (parsing 2 × 48 documents' parts cost about 1.5 s of CPU).
 */
function asXml(a: Record<string, Record<string, string>>, b: Record<string, Record<string, string>>): [Record<string, Record<string, unknown>>, Record<string, Record<string, unknown>>] {
  const side = (x: typeof a, y: typeof a) =>
    Object.fromEntries(
      Object.entries(x).map(([file, parts]) => [
        file,
        Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, y[file]?.[name] === text ? text : parser.parse(text)])),
      ]),
    );
  return [side(a, b), side(b, a)];
}

describe('render: a batch in worker threads', () => {
  it('gives the same documents, messages and exit code as one thread', { timeout: 240_000 }, async () => {
    // the two runs at once: their folders are their own
    const [one, two] = await Promise.all([render(1, 'one'), render(2, 'two')]);
    expect(one.workers).toBe(0);
    expect(two.workers).toBe(1); // this thread and one worker
    expect(two.byWorkers).toBeGreaterThan(0); // which rendered records
    expect(two.code).toBe(1); // three records have errors
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    // the same diagnostics in the same order, then the same files written and the same counts
    expect(two.stderr.replaceAll('two/', 'one/')).toBe(one.stderr);
    expect(one.stderr).toMatch(/three-mistakes\.yaml:\d+:\d+: error/);
    expect(one.stderr).toMatch(/totals-disagree\.yaml:\d+:\d+: /);
    expect(one.stderr).toContain(`${EXAMPLES.length * COPIES + 3} record(s): ${EXAMPLES.length * COPIES} rendered, 3 failed, ${EXAMPLES.length * COPIES} file(s) written`);
    const first = one.stderr.indexOf('three-mistakes.yaml');
    expect(first).toBeLessThan(one.stderr.indexOf('totals-disagree.yaml'));
    expect(one.stderr.indexOf('totals-disagree.yaml')).toBeLessThan(one.stderr.indexOf('summary-three-mistakes.yaml'));

    const docs = partsOf('one');
    expect(Object.keys(docs)).toHaveLength(EXAMPLES.length * COPIES);
    const [threaded, single] = asXml(partsOf('two'), docs);
    expect(threaded).toEqual(single);
  });

  it('in Chinese, and without --force over the files already there: the same refusals, exit 1', { timeout: 240_000 }, async () => {
    // the child process runs while this thread renders (here and below)
    const inChild = render(2, 'zh-two', [], { GONGWEN_LANG: 'zh' });
    const one = await renderHere('zh-one', { GONGWEN_LANG: 'zh' });
    const two = await inChild;
    expect(two.workers).toBe(1);
    expect(two.stderr.replaceAll('zh-two/', 'zh-one/')).toBe(one.stderr);
    expect(one.stderr).toContain('错误');
    // again into the same folders: every file is there and none is replaced
    const againInChild = render(2, 'zh-two', [], { GONGWEN_LANG: 'zh' });
    const again1 = await renderHere('zh-one', { GONGWEN_LANG: 'zh' });
    const again2 = await againInChild;
    expect(again2.workers).toBe(1);
    expect(again2.code).toBe(1);
    expect(again2.stderr.replaceAll('zh-two/', 'zh-one/')).toBe(again1.stderr);
    expect(again1.stderr).not.toContain('已写入'); // nothing written
  });
});
