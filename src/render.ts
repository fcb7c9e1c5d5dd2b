/**
 * The second half of the pipeline, for `render`: records → documents (src/pipeline.ts) → the chosen
 * writer (src/writers/registry.ts) → files or standard output. The CLI parses the arguments, says
 * what happens (the events below) and sets the exit code; everything between is here.
 */
import { localize, say, type LocalText } from './diagnostics/messages/index.js';
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { configFor } from './config/applyConfig.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { summarize } from './diagnostics/print.js';
import { writeAtomicAll, type OutputExists, type OutputFailed } from './io/writeAtomic.js';
import { withinRun } from './io/runMemo.js';
import { compileIsolated, internalError, type CompileOptions, type CompileResult } from './pipeline.js';
import { isFormat, loadWriter, type Format, type Writer } from './writers/registry.js';
import type { FontProfileName } from './layout/standard.js';
import type { WorkerStopped } from './render/pool.js';

/**
 * A mistake on the command line (exit 2), found before any record is read. `text` is the
 * catalogue's entry (src/diagnostics/messages/files.ts, usage.*), `message` its English.
 */
export class RenderUsageError extends Error {
  constructor(readonly text: LocalText) {
    super(localize(text, 'en'));
  }
}

/**
 * The format: --format, else the --output file's extension (-o 方案.docx is a DOCX), else Markdown.
 * A name that says another format than --format is a mistake, not a file to write.
 */
export function chooseFormat(format: Format | undefined, output: string | undefined): Format {
  const named = output ? extname(output).slice(1).toLowerCase() : undefined;
  const namedFormat = named && isFormat(named) ? named : undefined;
  if (format && namedFormat && namedFormat !== format) {
    throw new RenderUsageError(say('usage.format-mismatch', { output: output!, named: namedFormat, format }));
  }
  return format ?? namedFormat ?? 'md';
}

export interface TargetPlan {
  files: string[];
  format: Format;
  /** --output as given (a file, or a folder: ending in /, existing as one, or without an extension). */
  output?: string;
  cwd: string;
  /** The path standing for a record read from standard input (it has no name to write under). */
  stdinRecord?: string;
  /** A path as messages show it. */
  display: (path: string) => string;
}

/**
 * Where each record is written (absent: standard output). Decided before anything is read, so that
 * two records that would write one file (a/纪要.yaml and b/纪要.yaml into one folder, x.yaml and
 * x.md), or an output that is one of the records, stop the run before anything is written, with
 * or without --force. Names are compared as a case-insensitive file system compares them.
 * Without --output, a DOCX or PDF goes to the 输出目录 of the record's gongwen.config.yaml (src/config),
 * else to the working folder.
 */
export function planTargets(plan: TargetPlan): Map<string, string> {
  const { files, format, output, display } = plan;
  let outputDir: string | undefined;
  let outputFile: string | undefined;
  if (output) {
    const out = resolve(plan.cwd, output);
    const isDir = output.endsWith('/') || (existsSync(out) && statSync(out).isDirectory()) || !extname(out);
    if (!isDir && files.length > 1) {
      throw new RenderUsageError(say('usage.one-file', { output, count: files.length }));
    }
    if (isDir) outputDir = out;
    else outputFile = out;
  } else if (format !== 'md') {
    outputDir = plan.cwd;
  }
  const targets = new Map<string, string>();
  const byName = new Map<string, string>();
  const clashes: LocalText[] = [];
  const fold = (p: string) => resolve(p).normalize('NFC').toLowerCase();
  const records = new Set(files.map(fold));
  for (const file of files) {
    if (file === plan.stdinRecord && outputDir) {
      clashes.push(say('usage.stdin-no-name', { format }));
      continue;
    }
    const dir = outputDir && !output ? (configFor(file)?.outputDir ?? outputDir) : outputDir;
    const target = outputFile ?? (dir ? join(dir, basename(file).replace(/\.[^.]+$/, '') + '.' + format) : undefined);
    if (!target) continue;
    const folded = fold(target); // once a target: resolve, normalize and lowercase were 0.7% of a batch's profile
    if (records.has(folded)) clashes.push(say('usage.output-is-record', { target: display(target) }));
    const first = byName.get(folded);
    if (first) clashes.push(say('usage.same-output', { first: display(first), second: display(file), target: display(target) }));
    else byName.set(folded, file);
    targets.set(file, target);
  }
  if (clashes.length) {
    const advice = byName.size > 1 || clashes.some((c) => c.id === 'usage.same-output');
    throw new RenderUsageError(say('usage.clashes', { clashes, advice }));
  }
  return targets;
}

/** The writer of a format, or what this machine lacks to run it (PDF without LibreOffice). */
export async function prepareWriter(format: Format): Promise<{ writer: Writer; missing?: undefined } | { writer?: undefined; missing: string }> {
  const writer = await loadWriter(format);
  const missing = writer.missing?.();
  return missing ? { missing } : { writer };
}

/** What a run says as it goes; the CLI prints it. */
export interface RenderEvents {
  /** Before record number `done` (from 0) is compiled. */
  progress?(done: number, file: string): void;
  /** Every record compiled and written (before the batch step and the files). */
  compiledAll?(): void;
  /** A record compiled, with its diagnostics (and its source, for code frames), and the time reading and compiling it took. */
  compiled(file: string, result: CompileResult, elapsedMs: number): void;
  /** Diagnostics that are no record's compile result (a writer that failed). */
  diagnostics(ds: Diagnostic[]): void;
  warning(text: string): void;
  /** A document that could not be converted (a PDF LibreOffice could not make). */
  error(text: string): void;
  wrote(target: string): void;
  /** A target that was not written: it exists (without --force), or the write failed. */
  unwritten(err: OutputExists | OutputFailed): void;
  /** Text documents without a target, joined; written once at the end. */
  stdout(text: string): void;
  /** A worker thread of the batch ended early (./render/pool.ts): its records were rendered by the others. */
  workerStopped?(stop: WorkerStopped): void;
}

export interface RenderOptions {
  writer: Writer;
  targets: Map<string, string>;
  compile: CompileOptions;
  /** --font-profile; without it, the record's gongwen.config.yaml's 字体方案, else gb2312. */
  fontProfile?: FontProfileName;
  env: Record<string, string | undefined>;
  force: boolean;
  /** Outputs that may be replaced without --force, and is told of each file written (`render --watch`: src/cli/watch.ts). */
  outputs?: { mayReplace(target: string): boolean; wrote(target: string): void };
  /** The bytes of a record that does not come from its file (standard input), or why there are none. */
  bytesOf?: (file: string) => Promise<{ bytes?: Uint8Array; problem?: Diagnostic }>;
  /** The path that stands for the record read from standard input, when one is among the files. */
  stdinRecord?: string;
  /** A record's path as messages show it (PDF conversion errors name it). */
  display: (path: string) => string;
}

export interface RenderOutcome {
  /** Records that were not rendered, or whose file was not written. */
  failed: number;
  written: number;
  /** --template named no template: a usage mistake (exit 2). */
  templateMissing: boolean;
}

interface Output {
  target: string;
  data: string | Uint8Array;
  record: string;
  failed?: boolean;
}

/** Renders every record: compiled (in worker threads for a large batch: ./render/pool.ts), written (or converted as a batch), then saved. */
export async function renderRecords(files: string[], options: RenderOptions, events: RenderEvents): Promise<RenderOutcome> {
  // the templates, partials and configs the records share are read once in it (src/io/runMemo.ts)
  return withinRun(() => renderRun(files, options, events));
}

async function renderRun(files: string[], options: RenderOptions, events: RenderEvents): Promise<RenderOutcome> {
  const { writer } = options;
  const outcome: RenderOutcome = { failed: 0, written: 0, templateMissing: false };
  const stdoutParts: string[] = [];
  const outputs: Output[] = [];
  const rendered = await renderedInOrder(files, options, events.workerStopped);
  try {
    for (const [done, file] of files.entries()) {
      events.progress?.(done, file);
      const data = said(file, await rendered.next(), options, events, outcome);
      if (data === undefined) continue;
      const target = options.targets.get(file);
      if (target) outputs.push({ target, data, record: file });
      else stdoutParts.push(data as string);
    }
  } finally {
    rendered.close();
  }
  events.compiledAll?.();
  if (writer.batch && outputs.length) await runBatch(writer, outputs, options, events, outcome);
  // written in order, each whole or not at all; a batch's flushes of the files it replaces go together (src/io/writeAtomic.ts)
  const mayReplace = (target: string) => options.force || Boolean(options.outputs?.mayReplace(target)); // --watch replaces what it wrote
  await writeAtomicAll(
    outputs.filter((o) => !o.failed).map(({ target, data }) => ({ path: target, data })),
    mayReplace,
    (target, failure) => {
      if (failure) {
        events.unwritten(failure);
        outcome.failed++;
        return;
      }
      options.outputs?.wrote(target);
      outcome.written++;
      events.wrote(target);
    },
  );
  if (stdoutParts.length) events.stdout(stdoutParts.join('\n---\n\n'));
  return outcome;
}

/** The records rendered, handed out in the order of `files`: `next()` gives the next one's. */
export interface RenderedRecords {
  next(): Promise<RenderedRecord>;
  /** Every record was taken: the worker threads, if any, end. */
  close(): void;
}

/**
 * The records in order, rendered in this thread one at a time as they are asked for, or, for a batch
 * large enough to pay for starting them, also in worker threads (./render/pool.ts): the same records
 * through the same code, so the same files and the same diagnostics in the same order.
 */
async function renderedInOrder(files: string[], options: RenderOptions, workerStopped?: RenderEvents['workerStopped']): Promise<RenderedRecords> {
  const threads = threadsFor(files.length, options.env);
  // a record from standard input, and --watch's runs (few records, again and again), stay in this thread
  if (threads > 1 && !options.outputs && !(options.stdinRecord !== undefined && files.includes(options.stdinRecord))) {
    const { renderInThreads } = await import('./render/pool.js');
    const pooled = renderInThreads(files, threads, options, workerStopped);
    if (pooled) return pooled;
  }
  let at = 0;
  return { next: () => renderRecord(files[at++]!, options), close() {} };
}

/**
 * How many threads render a batch of `count` records: one, this thread, unless GONGWEN_THREADS asks for
 * more — then as many as asked, and never more than the batch can keep busy once each worker's start
 * (loading the pipeline and the writer) is paid.
 *
 * One by default, measured: since a record costs 3–6 ms (the DOCX written without the docx package, the
 * built-in templates precompiled), a second thread did not shorten a batch on 2 cores — 100 records
 * 0.65–0.9 s in one thread against 0.75–0.8 s in two, 1,000 records 3.4–3.7 s against 3.4–4.0 s, with
 * 1.3–2 s more CPU and 40 MB more memory (`GONGWEN_THREADS=1|2 /usr/bin/time … render <folder>
 * --format docx`, idle machine). A `--cpu-prof` of 1,000 records in two threads showed each thread busy
 * 3.7–3.9 s for its half, as long as one thread takes for all: a record cost about twice as much in
 * each of two threads. The reason (ninth session, callgrind with --separate-threads of 100 records):
 * one thread is not one core's work. Beside the main thread's 1.97 G instructions, V8's own background
 * threads ran 1.25 G, nine tenths of it TurboFan compiling the hot code concurrently (a batch's
 * records run code that is not yet optimized), so one thread already keeps about 1.3–1.4 of the 2
 * cores busy (`perf stat`: 1.32 CPUs utilized). A worker is another V8 isolate, which shares no
 * compiled code: it loads the bundle and compiles and optimizes the same functions again, and with two
 * threads the batch ran 5.32 G instructions against 3.22 G (+65%) on two cores that were already
 * more than half full. (The worker's small young generation is not it: garbage collection was 6.7% of
 * its instructions, 3.9% of the main thread's; and a --cpu-prof counts a thread busy while it waits
 * for a core, which is how each thread seemed to take twice as long a record.) Even a DOCX's DEFLATE
 * moved to libuv's thread pool, the batch compiling its next record meanwhile, made 100 records take
 * 1.12–1.19× as long (medians of alternating pairs), though it took 4% of the main thread's instructions away.
 * Measured again in the twelfth session, the batch at a real-time priority so that the shared host's other
 * work left it both cores (bench/bench.js --realtime: `chrt -f 10`): 100 records 719 ms in one thread
 * against 800 ms in two (medians of 9 alternating pairs), 1.09 s against 1.38 s of CPU; callgrind, all
 * threads: 3.05 G instructions against 4.21 G (the main thread 1.84 G → 1.53 G, the worker 1.06 G, V8's
 * background threads 1.21 G → 1.61 G). The worker reads the code cache as this thread does (V8 takes it:
 * its resourceLimits are no V8 flags), so what it costs again is its own warm-up and optimizing.
 * A machine with more processors may gain from GONGWEN_THREADS; none was measured.
 */
export function threadsFor(count: number, env: Record<string, string | undefined>): number {
  const asked = env.GONGWEN_THREADS?.trim();
  const most = asked && /^\d+$/.test(asked) ? Math.max(1, Number(asked)) : 1;
  return Math.min(most, 1 + Math.floor(count / RECORDS_PER_WORKER));
}

/**
 * Records a worker thread must have to pay for its start. A worker loads the pipeline and the writer
 * and compiles its templates before its first record: about 0.2 s of waiting and 0.25–0.35 s of CPU
 * (paired runs of 30, 60 and 100 records in 1 and 2 threads, on 2 cores, fifth session); below 30
 * records a batch is over before a worker could gain anything.
 */
export const RECORDS_PER_WORKER = 30;

/** What rendering one record gave: its compile result, and its document's bytes or text when it was rendered. */
export interface RenderedRecord {
  result: CompileResult;
  /** Reading and compiling it, in milliseconds. */
  elapsedMs: number;
  data?: string | Uint8Array;
  /** The writer failed on it: said as an internal error. */
  failure?: Diagnostic;
}

/** One record compiled and written (nothing said: the caller says it, in order). */
export async function renderRecord(file: string, options: Pick<RenderOptions, 'writer' | 'compile' | 'fontProfile' | 'env' | 'bytesOf'>): Promise<RenderedRecord> {
  const began = performance.now();
  const { bytes, problem } = options.bytesOf ? await options.bytesOf(file) : {};
  const result: CompileResult = problem ? { diagnostics: [problem] } : await compileIsolated(file, { ...options.compile, bytes });
  const elapsedMs = performance.now() - began;
  if (!result.document || summarize(result.diagnostics).errors) return { result, elapsedMs };
  try {
    const fontProfile = options.fontProfile ?? configFor(file)?.data?.fontProfile ?? 'gb2312';
    return { result, elapsedMs, data: await options.writer.write(result.document, { fontProfile, env: options.env }) };
  } catch (err) {
    return { result, elapsedMs, failure: internalError(file, err) };
  }
}

/** A record's outcome said (its diagnostics, a writer's failure); its data, or undefined when it failed. */
function said(file: string, rendered: RenderedRecord, options: RenderOptions, events: RenderEvents, outcome: RenderOutcome): string | Uint8Array | undefined {
  const { result } = rendered;
  events.compiled(file, result, rendered.elapsedMs);
  // --template naming no template is a mistake on the command line, not in the record
  if (options.compile.template && result.diagnostics.some((d) => d.code === 'unknown-template')) outcome.templateMissing = true;
  if (rendered.failure) events.diagnostics([rendered.failure]);
  if (rendered.data === undefined) outcome.failed++;
  return rendered.data;
}

/** The writer's batch step (PDF: one LibreOffice run for every document; one it cannot convert costs only itself). */
async function runBatch(writer: Writer, outputs: Output[], options: RenderOptions, events: RenderEvents, outcome: RenderOutcome): Promise<void> {
  const batch = await writer.batch!(outputs.map((o) => ({ name: options.display(o.record), data: o.data as Uint8Array })));
  for (const w of batch.warnings) events.warning(w);
  batch.results.forEach((r, i) => {
    if ('data' in r) outputs[i]!.data = r.data;
    else {
      events.error(r.error);
      outputs[i]!.failed = true;
      outcome.failed++;
    }
  });
}
