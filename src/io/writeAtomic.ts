import { isMessageId, localize } from '../diagnostics/messages/lookup.js';
import { closeSync, copyFileSync, constants, fsync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputExists extends Error {
  constructor(readonly path: string) {
    super(`${path} exists; use --force to replace it`);
  }
}

/**
 * A file could not be written: the message names the file and says why in words (`reason`, English);
 * `code` is the system's error code (ENOSPC, EACCES, …) when there was one, for a caller that says
 * the reason in another language.
 */
export class OutputFailed extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly code?: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

/** The system's error code of `err` (ENOSPC, …), if it has one. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Why a write failed, in English words (the system's code in brackets for a search): the words of
 * the catalogue's `write-error.<code>` (src/diagnostics/messages/files.ts), which callers say in
 * the user's language (src/cli/writeReason.ts).
 */
export function describeWriteError(err: unknown): string {
  const code = errorCode(err);
  const id = `write-error.${code}`;
  if (code && isMessageId(id)) return `${localize({ id, values: {} }, 'en')} (${code})`;
  return code ?? String((err as Error)?.message ?? err);
}

/**
 * Temporary files are named so that they are plainly gongwen's and say which process made them:
 * `.gongwen-<name>.<pid>.<random>.tmp`. One left by a process that no longer runs (a killed run)
 * is removed the next time gongwen writes into that folder.
 */
const TEMP = /^\.gongwen-.+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Temporary files of this process, removed if it is stopped (Ctrl-C) before they are renamed. */
const inFlight = new Set<string>();
let cleanupInstalled = false;
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const cleanup = () => {
    for (const tmp of inFlight) rmSync(tmp, { force: true });
  };
  process.on('exit', cleanup);
  // Ctrl-C or a kill: no 'exit' event by default, so the temporary files are removed here
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanup();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/**
 * Eight hex digits that keep two temporary names of one process apart. Not a secret: the file is
 * opened with `wx`, so a name that is taken fails rather than being written through. Math.random,
 * not node:crypto, which every command would otherwise load at start (about 5 ms of `--help`).
 */
function randomHex8(): string {
  return Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders this process has already cleaned (a batch of 1,000 records lists its folder once). */
const cleaned = new Set<string>();

/** Removes temporary files that gongwen processes which no longer run left in `dir`. */
function removeStaleTemporaries(dir: string): void {
  if (cleaned.has(dir)) return;
  cleaned.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m && !processAlive(Number(m[1]))) rmSync(join(dir, name), { force: true });
  }
}

/** What is at `path` (a dangling symbolic link included): nothing, a folder, or something else. */
function occupant(path: string): 'none' | 'folder' | 'other' {
  try {
    // nothing there, a batch's usual answer, said without an exception (ENOENT's error, with its stack, is built in JavaScript)
    const stats = lstatSync(path, { throwIfNoEntry: false });
    return !stats ? 'none' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'none';
  }
}

/** fsync a directory so that a rename in it is on disk; not possible on every platform (Windows). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    /* best effort */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a file so that no reader ever sees half of it: a temporary file in the same folder, written
 * whole, then put in place under the final name in one step.
 *
 * Without `force` the temporary file is hard-linked to the target's name, which fails when
 * anything is there (a file, a folder, a dangling symbolic link): the check and the write are one
 * step, so of two processes writing the same new file, one succeeds and the other is told the file
 * exists. Where hard links are not supported (FAT, some network shares) it is copied with
 * COPYFILE_EXCL, exclusive in the same way. With `force` it is renamed over the target.
 * Errors are OutputExists or OutputFailed, naming the target.
 *
 * Flushing to disk (fsync of the temporary file before it is put in place, and of the folder after)
 * is done when a crash of the whole machine could lose something the user had:
 * - the write replaces a file that is there (`force` over an existing target): without the flush, a
 *   power cut soon after the rename can leave an empty file under the name (the rename reached the
 *   disk, the data not yet), and the old file is gone;
 * - the caller says the data exist nowhere else (`durable`: a record the user typed on the serve page).
 * A new output file (a DOCX, a PDF, a report, a starter) is not flushed: it replaces nothing and is
 * rendered again from its record, and the flush was the largest single cost of rendering one
 * document (on a busy disk, more than the rendering itself). Against a stopped or crashed gongwen —
 * Ctrl-C, an error, a kill — every write is still whole or absent: the kernel keeps what was written
 * whether or not it has reached the disk.
 */
export function writeAtomic(path: string, data: string | Uint8Array, force: boolean, options: { durable?: boolean } = {}): void {
  const staged = stage(path, data, force, options.durable === true);
  if (staged.flush) {
    try {
      flushStaged(staged);
    } catch (err) {
      throw flushFailed(staged, err);
    }
  }
  commit(staged);
  if (staged.flush) syncDirectory(staged.dir);
}

/** A file written whole under its temporary name, not yet put in place (writeAtomic's first step). */
interface Staged {
  path: string;
  dir: string;
  tmp: string;
  force: boolean;
  /** Whether the data reach the disk before the file is put in place (writeAtomic's rule). */
  flush: boolean;
  /** The temporary file, still open when it is to be flushed. */
  fd?: number;
}

/** Checks `path`, and writes `data` whole to a temporary file beside it; throws OutputExists or OutputFailed, leaving nothing behind. */
function stage(path: string, data: string | Uint8Array, force: boolean, durable: boolean): Staged {
  const at = occupant(path);
  // a folder is never replaced, with --force or without: said as such, not as a file that --force would replace
  if (at === 'folder') throw new OutputFailed(path, describeWriteError({ code: 'EISDIR' }), 'EISDIR');
  const exists = at !== 'none';
  if (!force && exists) throw new OutputExists(path);
  const flush = durable || (force && exists);
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    // EEXIST from mkdir: something on the way to the folder is a file
    const code = errorCode(err);
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new OutputFailed(path, 'a part of the path is a file, not a folder', 'ENOTDIR');
    throw new OutputFailed(path, describeWriteError(err), code);
  }
  installCleanup();
  removeStaleTemporaries(dir);
  const tmp = join(dir, `.gongwen-${basename(path)}.${process.pid}.${randomHex8()}.tmp`);
  inFlight.add(tmp);
  let fd: number | undefined;
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    fd = openSync(tmp, 'wx');
    let off = 0;
    while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off);
    if (!flush) {
      closeSync(fd);
      fd = undefined;
    }
    return { path, dir, tmp, force, flush, fd };
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    inFlight.delete(tmp);
    rmSync(tmp, { force: true });
    throw new OutputFailed(path, describeWriteError(err), errorCode(err));
  }
}

/** The staged file's data flushed to the disk and its descriptor closed. */
function flushStaged(staged: Staged): void {
  const fd = staged.fd!;
  staged.fd = undefined;
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** flushStaged without holding the thread: a batch's files are flushed together (writeAtomicAll). */
async function flushStagedTogether(staged: Staged): Promise<void> {
  const fd = staged.fd!;
  staged.fd = undefined;
  try {
    await new Promise<void>((resolve, reject) => fsync(fd, (err) => (err ? reject(err) : resolve())));
  } finally {
    closeSync(fd);
  }
}

/** Puts a staged file in place (rename with force, else a link that fails on anything there), its descriptor closed by then (by stage, or after its flush); throws OutputExists or OutputFailed, leaving nothing behind. */
function commit(staged: Staged): void {
  const { path, tmp, force } = staged;
  try {
    if (force) {
      if (statSafe(path)?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      renameSync(tmp, path);
    } else {
      try {
        linkSync(tmp, path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new OutputExists(path);
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err;
        try {
          copyFileSync(tmp, path, constants.COPYFILE_EXCL);
        } catch (copyErr) {
          if ((copyErr as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExists(path);
          rmSync(path, { force: true }); // made by this copy (COPYFILE_EXCL): never leave half of it
          throw copyErr;
        }
      }
      rmSync(tmp, { force: true });
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof OutputExists) throw err;
    throw new OutputFailed(path, describeWriteError(err), errorCode(err));
  } finally {
    inFlight.delete(tmp);
  }
}

/** A staged file whose flush failed (writeAtomic's or writeAtomicAll's): removed, not put in place; the OutputFailed that says it. */
function flushFailed(staged: Staged, err: unknown): OutputFailed {
  if (staged.fd !== undefined) closeSync(staged.fd);
  staged.fd = undefined;
  rmSync(staged.tmp, { force: true });
  inFlight.delete(staged.tmp);
  return new OutputFailed(staged.path, describeWriteError(err), errorCode(err));
}

/** How many files writeAtomicAll has written and open at once (each flushed one holds a descriptor until it is flushed). */
const STAGED_AT_ONCE = 64;
/** The system's codes for a disk (or a quota) with no room left. */
const FULL = new Set(['ENOSPC', 'EDQUOT']);

/**
 * writeAtomic for the files of a batch, in their order, with the same promise for each — written whole
 * under a temporary name, put in place in one step, never over a file without `force`, its data on the
 * disk before it replaces a file — and each outcome told in that order (`done`: undefined when written,
 * else the OutputExists or OutputFailed writeAtomic would have thrown). What differs is when the
 * flushes happen: the files of a group (STAGED_AT_ONCE) are written first, then flushed together through
 * Node's thread pool (the disk takes several flushes at once in about the time of one or two), then put
 * in place; each folder is flushed once, after its last file is in place, instead of after each. Until
 * then a crash of the machine can lose a rename — the old file is still there, whole, as it is for the
 * files a batch has not reached — never a file's data. A group holds its files' temporaries at once, so
 * on a disk nearly full a file that finds no room ends its group early: the files before it replace
 * theirs (freeing the old files' room) and it is written again in the next group, so a batch that
 * writeAtomic would have written one file at a time is still written.
 *
 * Measured here (ext4 on a virtual disk, 100 files of 20 KB replaced): one flush of the file and one
 * of the folder each, as writeAtomic does, 5–7 ms a file; flushed together, 2.5–3.5 ms a file.
 */
export async function writeAtomicAll(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>, force: boolean | ((path: string) => boolean), done: (path: string, failure?: OutputExists | OutputFailed) => void): Promise<void> {
  const flushedDirs = new Set<string>();
  for (let at = 0; at < files.length; ) {
    const group: Array<{ path: string; staged?: Staged; failure?: OutputExists | OutputFailed }> = [];
    for (; at < files.length && group.length < STAGED_AT_ONCE; at++) {
      const { path, data } = files[at]!;
      try {
        group.push({ path, staged: stage(path, data, typeof force === 'function' ? force(path) : force, false) });
      } catch (err) {
        if (!(err instanceof OutputExists || err instanceof OutputFailed)) throw err;
        // a disk too full for this file while files staged before it wait to replace theirs: those are
        // put in place first, which frees their old files' room, and this one is tried again in the
        // next group — as writeAtomic one file after the other would have had that room
        if (err instanceof OutputFailed && FULL.has(err.code ?? '') && group.some((item) => item.staged?.flush)) break;
        group.push({ path, failure: err });
      }
    }
    await Promise.all(
      group.map(async (item) => {
        if (!item.staged?.flush) return;
        const staged = item.staged;
        try {
          await flushStagedTogether(staged);
        } catch (err) {
          item.staged = undefined;
          item.failure = flushFailed(staged, err);
        }
      }),
    );
    for (const item of group) {
      if (!item.staged) {
        done(item.path, item.failure);
        continue;
      }
      try {
        commit(item.staged);
        if (item.staged.flush) flushedDirs.add(item.staged.dir);
        done(item.path);
      } catch (err) {
        if (!(err instanceof OutputExists || err instanceof OutputFailed)) throw err;
        done(item.path, err);
      }
    }
  }
  for (const dir of flushedDirs) syncDirectory(dir);
}

function statSafe(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
