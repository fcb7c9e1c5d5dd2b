/**
 * What one run reads of the files its records share — templates, partials, gongwen.config.yaml — read
 * once in that run instead of once a record. A run is one `render` or `validate` of a batch, one round
 * of `render --watch`, a worker thread's life (src/render/worker.ts): every record of it is compiled with
 * the same template, partials and config, as they were when the run first read them; the next run reads
 * them again (an edit between two rounds of --watch is seen). Outside a run (the serve page, a single
 * compile in a test) nothing is kept and every call reads, as before.
 *
 * Why: a batch read each shared file again for every record — the config's folder and every folder
 * above it looked at for gongwen.config.yaml four times, the template found, the partials folder listed
 * and each partial read and compared with the bytes of the last read — about 60 system calls and 0.5 ms
 * of CPU a record here (strace, node --cpu-prof of 100 records).
 *
 * One run at a time in a process: the CLI runs one command, a worker one batch. A compile outside the
 * run that happens meanwhile (none today) would see the run's reads, which are at most as old as the run.
 */
let memo: Map<string, unknown> | undefined;

/** `work` as one run: what it reads through oncePerRun is read once. Runs do not nest: an inner one is part of the outer. */
export async function withinRun<T>(work: () => Promise<T>): Promise<T> {
  if (memo) return work();
  memo = new Map();
  try {
    return await work();
  } finally {
    memo = undefined;
  }
}

/** Starts a run that lasts as long as the thread (a worker thread renders one batch and ends). */
export function runForThisThread(): void {
  memo ??= new Map();
}

/** `read()`'s result, read once in the current run under `key` (a key names what is read and from where); outside a run, read each time. */
export function oncePerRun<T>(key: string, read: () => T): T {
  if (!memo) return read();
  if (memo.has(key)) return memo.get(key) as T;
  const value = read();
  memo.set(key, value);
  return value;
}
