/**
 * A worker thread of a batch (./pool.ts starts it): it loads the pipeline and the writer once, says it
 * is ready, then renders each record it is handed, one at a time, with the same code as the main
 * thread (renderRecord, ../render.ts), and sends back the result: diagnostics, the record's text and
 * data (for code frames and --verbose), the document's bytes. It writes no file and prints nothing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { internalError } from '../pipeline.js';
import { renderRecord } from '../render.js';
import { isFormat, loadWriter } from '../writers/registry.js';
import { runForThisThread } from '../io/runMemo.js';
import { toSent, type Job, type SentRecord, type WorkerMessage, type WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
// a worker renders records of one batch and ends: its life is one run (the shared files read once: src/io/runMemo.ts)
runForThisThread();
const port = parentPort!;
if (!isFormat(setup.format)) throw new Error(`no writer for ${setup.format}`);
// no top-level await: in the bundle this module is part of a CommonJS file (scripts/bundle.js, commands.cjs)
const writerLoaded = loadWriter(setup.format);

const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** The document's bytes handed over, not copied, when they fill their buffer. */
function transferable(data: SentRecord['data']): ArrayBuffer[] {
  return data instanceof Uint8Array && data.byteOffset === 0 && data.buffer instanceof ArrayBuffer && data.byteLength === data.buffer.byteLength ? [data.buffer] : [];
}

let queue: Promise<unknown> = writerLoaded;
port.on('message', (job: Job) => {
  queue = queue.then(async () => {
    const writer = await writerLoaded;
    const sent = toSent(await renderRecord(job.file, { writer, compile: setup.compile, fontProfile: setup.fontProfile, env: setup.env }));
    try {
      send({ id: job.id, rendered: sent }, transferable(sent.data));
    } catch (err) {
      // something in the result that cannot cross threads: the record's error, as an exception would be
      send({ id: job.id, rendered: { diagnostics: [internalError(job.file, err)], elapsedMs: sent.elapsedMs } });
    }
  });
});
void writerLoaded.then(() => send({ ready: true }));
