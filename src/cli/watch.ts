import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CompileResult } from '../pipeline.js';
import { isConfigFileName } from '../config/fileNames.js';
import { usedFiles } from '../config/usedFiles.js';
import type { Session } from './session.js';

/**
 * Outputs a watch has written, by their file's identity (inode, size, time) right after writing: such
 * a file is replaced on the next rendering without --force, because this watch made it. A file the
 * user made, or changed since (saved from Word), is not, as outside a watch.
 */
export class WatchOutputs {
  private readonly written = new Map<string, string>();

  mayReplace(target: string): boolean {
    const stamp = this.written.get(target);
    return stamp !== undefined && stamp === stampOf(target);
  }

  wrote(target: string): void {
    const stamp = stampOf(target);
    if (stamp) this.written.set(target, stamp);
  }
}

function stampOf(file: string): string | undefined {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** What one rendering gets from the watch: where to say what each record used, and the outputs it owns. */
export interface WatchRun {
  onCompiled: (file: string, result: CompileResult, elapsedMs: number) => void;
  outputs: WatchOutputs;
}

export interface WatchOptions {
  /** Quiet time after the last change before rendering again, in ms. */
  debounceMs: number;
  /** --template, to find the template a record uses. */
  template?: string;
  /** Stops the watch; without it, Ctrl-C (SIGINT) does. */
  signal?: AbortSignal;
}

/** The folders being watched, and which changes in them start a new round. */
class FolderWatch {
  private readonly watchers = new Map<string, FSWatcher>();
  /** The files of the last round: records, their configs, templates and registers. */
  relevant = new Set<string>();
  /** Folders whose templates (and partials) a record uses: any .hbs there, or in its partials folder, counts. */
  readonly templateDirs = new Set<string>();

  constructor(private readonly onChange: () => void) {}

  private isRelevant(dir: string, name: string): boolean {
    if (this.relevant.has(resolve(dir, name))) return true;
    if (isConfigFileName(name)) return true; // a config made or removed
    // a template folder, or its partials folder, made or removed (a folder that is not there is not watched)
    const path = resolve(dir, name);
    if (this.templateDirs.has(path) || (name === 'partials' && this.templateDirs.has(dir))) return true;
    // a template in a template folder, or a partial in its partials folder (both are watched: renderRound)
    return name.endsWith('.hbs') && (this.templateDirs.has(dir) || (basename(dir) === 'partials' && this.templateDirs.has(dirname(dir))));
  }

  /** Watches exactly these folders: new ones are added, the others closed. */
  watchFolders(dirs: Set<string>): void {
    for (const [dir, w] of this.watchers) if (!dirs.has(dir)) (w.close(), this.watchers.delete(dir));
    for (const dir of dirs) {
      if (this.watchers.has(dir)) continue;
      try {
        const w = watch(dir, { persistent: true }, (_event, name) => {
          if (name && this.isRelevant(dir, name.toString())) this.onChange();
        });
        w.on('error', () => (w.close(), this.watchers.delete(dir)));
        this.watchers.set(dir, w);
      } catch {
        /* a folder that does not exist (yet): nothing in it to watch */
      }
    }
  }

  close(): void {
    for (const w of this.watchers.values()) w.close();
  }
}

/** One round: renders, notes every file each record used, and watches their folders. */
async function renderRound(
  render: (run: WatchRun) => Promise<number>,
  session: Session,
  options: WatchOptions,
  outputs: WatchOutputs,
  folders: FolderWatch,
  first: boolean,
): Promise<number> {
  const { io } = session;
  const files = new Set<string>();
  const dirs = new Set<string>();
  const compiled = new Set<string>();
  const run: WatchRun = {
    outputs,
    onCompiled(file, result) {
      compiled.add(file);
      files.add(file);
      dirs.add(dirname(file));
      const used = usedFiles(file, result.source?.data, options.template, io.cwd);
      for (const f of [used.config, used.template, ...used.registers]) {
        if (f) (files.add(f), dirs.add(dirname(f)));
      }
      for (const d of used.templateDirs) folders.templateDirs.add(d);
    },
  };
  let code: number;
  try {
    code = await render(run);
  } catch (err) {
    if (first) throw err; // a mistake on the command line ends the watch before it starts (exit 2)
    // a usage error in a later round (a record removed, outputs that clash): said, and the watch goes on
    session.error((err as Error).message);
    code = 1;
  }
  // records that were not compiled this time (their file is gone) are still watched for their return
  for (const f of folders.relevant) if (!compiled.size || !files.has(f)) (files.add(f), dirs.add(dirname(f)));
  if (files.size) folders.relevant = files;
  for (const d of folders.templateDirs) for (const sub of [d, join(d, 'partials')]) dirs.add(sub);
  folders.watchFolders(dirs);
  io.stderr(`${session.say('cli.watching', { count: folders.relevant.size })}\n`);
  return code;
}

/**
 * `render --watch`: renders, then renders again whenever a record, its registers, its template (or a
 * partial beside it) or its config file changes, `debounceMs` after the last change. An error is said
 * and the watch goes on; only Ctrl-C (or `signal`) ends it. Folders are watched rather than files, so
 * that an editor that saves by writing a new file and renaming it is still seen.
 * Returns the exit code of the last rendering.
 */
export async function watchRender(render: (run: WatchRun) => Promise<number>, session: Session, options: WatchOptions): Promise<number> {
  const outputs = new WatchOutputs();
  let lastCode = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stop!: () => void;
  const stopped = new Promise<void>((r) => (stop = r));

  // a change during a round makes one more round after it, never two at once
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (running) {
        again = true;
        return;
      }
      running = (async () => {
        do {
          again = false;
          lastCode = await renderRound(render, session, options, outputs, folders, false);
        } while (again);
        running = undefined;
      })();
    }, options.debounceMs);
  };
  const folders = new FolderWatch(schedule);

  const onSigint = () => stop();
  if (options.signal) options.signal.addEventListener('abort', () => stop(), { once: true });
  else process.once('SIGINT', onSigint);
  if (options.signal?.aborted) stop();

  try {
    running = renderRound(render, session, options, outputs, folders, true).then((code) => void (lastCode = code)).finally(() => (running = undefined));
    await running;
  } catch (err) {
    process.removeListener('SIGINT', onSigint);
    folders.close();
    throw err;
  }
  await stopped;
  if (timer) clearTimeout(timer);
  process.removeListener('SIGINT', onSigint);
  await running;
  folders.close();
  return lastCode;
}
