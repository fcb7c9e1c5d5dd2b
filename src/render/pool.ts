/**
 * A batch rendered in worker threads (node:worker_threads) beside this one, for `render` of many records
 * (../render.ts decides when: threadsFor). Each worker loads the pipeline and the writer itself
 * (./worker.ts) and renders the records it is handed, one at a time, exactly as this thread does
 * (renderRecord); this thread renders records too while the workers start and run. Whatever thread
 * rendered a record, its result is handed out in the order of the files, so the diagnostics are said
 * and the files written in that order and the same as in one thread. Workers never write a file: the
 * writes (atomic, never over a file without --force) stay in this thread, after every record is rendered.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CompileOptions, CompileResult } from '../pipeline.js';
import { renderRecord, type RenderedRecord, type RenderedRecords, type RenderOptions } from '../render.js';
import type { FontProfileName } from '../layout/standard.js';

/** The record as read (src/records/readRecord.ts), as the pipeline gives it. */
type RecordSource = NonNullable<CompileResult['source']>;

/** What a worker is given when it starts: how every record of the run is rendered. */
export interface WorkerSetup {
  format: string;
  compile: CompileOptions;
  fontProfile?: FontProfileName;
  env: Record<string, string | undefined>;
}

/** This thread to a worker: render record `id`. */
export interface Job {
  id: number;
  file: string;
}

/** A worker to this thread: it is ready for records, or record `id` is rendered. */
export type WorkerMessage = { ready: true } | { id: number; rendered: SentRecord };

/** A rendered record as it crosses between threads: the compile result without the document (the bytes are made) and without positions (the diagnostics have them). */
export interface SentRecord {
  diagnostics: Diagnostic[];
  source?: Pick<RecordSource, 'file' | 'text' | 'data' | 'body' | 'bodyLine'>;
  elapsedMs: number;
  data?: string | Uint8Array;
  failure?: Diagnostic;
}

/** The worker's script beside this module: dist/render/worker.js after tsc, dist/bundle/worker.js in the bundle (scripts/bundle.js). */
const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

/** The heap of a worker (Worker's resourceLimits, in MB): a young generation of 4 MB, an old one of 96 MB. */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 96 };

/**
 * A worker that ended before the batch did: it could not start (`started` false: its script failed to
 * load, the system refused a thread), or it stopped (out of its heap on a large record), giving back the
 * records it held (`returned`), which the other threads render. The documents are the same either way;
 * the CLI says it under --verbose (src/cli/records.ts).
 */
export interface WorkerStopped {
  started: boolean;
  /** What Node said: the worker's error message, else its exit code. */
  reason: string;
  returned: number;
}

/** Records a worker is handed ahead, so that it never waits for this thread between two. */
const AHEAD = 2;

/** `rendered` made fit to cross to another thread (./worker.ts sends it). */
export function toSent(rendered: RenderedRecord): SentRecord {
  const { result, elapsedMs, data, failure } = rendered;
  const s = result.source;
  return {
    diagnostics: result.diagnostics,
    source: s && { file: s.file, text: s.text, data: s.data, body: s.body, bodyLine: s.bodyLine },
    elapsedMs,
    data,
    failure,
  };
}

/** A record a worker rendered, as this thread hands it out: the positions of its source stayed in the worker, where its diagnostics were made with them. */
function fromSent(sent: SentRecord): RenderedRecord {
  const source: RecordSource | undefined = sent.source && {
    ...sent.source,
    locate: () => undefined,
    locateNearest: () => undefined,
    writtenPath: (path) => path,
  };
  const result: CompileResult = { diagnostics: sent.diagnostics, source };
  return { result, elapsedMs: sent.elapsedMs, data: sent.data, failure: sent.failure };
}

/**
 * `files` rendered by this thread and `threads - 1` workers; undefined when there is no worker script
 * to start (the sources run as TypeScript, by the tests: then one thread renders them all).
 */
export function renderInThreads(files: string[], threads: number, options: RenderOptions, stopped?: (stop: WorkerStopped) => void): RenderedRecords | undefined {
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) return undefined;
  const setup: WorkerSetup = { format: options.writer.format, compile: { ...options.compile, bytes: undefined }, fontProfile: options.fontProfile, env: options.env };
  const done = new Map<number, RenderedRecord>();
  /** Records a worker took and gave back unrendered (it stopped): the next taken. */
  const returned: number[] = [];
  let untaken = 0;
  const take = (): number | undefined => (returned.length ? returned.shift() : untaken < files.length ? untaken++ : undefined);
  let wake: (() => void) | undefined;
  const woken = () => {
    wake?.();
    wake = undefined;
  };
  const workers: Worker[] = [];
  let closed = false;

  for (let w = 1; w < threads; w++) {
    // a worker's heap kept small (issue 12, goal 6: 1,000 records under 300 MB): with V8's defaults two
    // threads peaked at 312 MB for 1,000 records against 234 MB for one; with these, 246 MB and the
    // same time (/usr/bin/time, GONGWEN_THREADS=2). A record too large for it ends the worker, and
    // its records go back to this thread (the 'exit' handling below), which has Node's own limit.
    const worker = new Worker(WORKER_SCRIPT, { workerData: setup, resourceLimits: WORKER_HEAP });
    workers.push(worker);
    const held = new Set<number>();
    let started = false;
    let failure: Error | undefined;
    const feed = () => {
      while (!closed && held.size < AHEAD) {
        const id = take();
        if (id === undefined) return;
        held.add(id);
        worker.postMessage({ id, file: files[id]! } satisfies Job);
      }
    };
    worker.on('message', (m: WorkerMessage) => {
      started = true;
      if ('id' in m) {
        held.delete(m.id);
        done.set(m.id, fromSent(m.rendered));
        woken();
      }
      feed();
    });
    // a worker that fails (it could not start, or ran out of memory) gives its records back, which this thread then renders
    worker.on('error', (err) => void (failure = err));
    worker.on('exit', (code) => {
      // a worker ends only when this thread ends it (close) or when it fails: the latter is said
      if (!closed || failure) stopped?.({ started, reason: failure?.message ?? `exit code ${code}`, returned: held.size });
      returned.push(...[...held].sort((a, b) => a - b));
      held.clear();
      woken();
    });
  }

  let next = 0;
  return {
    async next() {
      const id = next++;
      for (;;) {
        const ready = done.get(id);
        if (ready) {
          done.delete(id);
          return ready;
        }
        // the workers' messages (ready, a record rendered) come as events of this thread's loop, and
        // renderRecord never yields to it (it reads the record synchronously: src/records/readRecord.ts):
        // without this turn they would wait until this thread had rendered every record itself
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (done.has(id)) continue;
        const mine = take();
        if (mine !== undefined) done.set(mine, await renderRecord(files[mine]!, options));
        else await new Promise<void>((resolve) => (wake = resolve)); // every record is taken: wait for a worker's
      }
    },
    close() {
      closed = true;
      for (const worker of workers) void worker.terminate();
    },
  };
}
