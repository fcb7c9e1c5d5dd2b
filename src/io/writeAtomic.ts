import { isMessageId, localize } from '../diagnostics/messages/lookup.js';
import { closeSync, copyFileSync, constants, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
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

/** Whether anything is at `path`, a dangling symbolic link included. */
function occupied(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
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
  const exists = occupied(path);
  if (!force && exists) throw new OutputExists(path);
  const flush = options.durable === true || (force && exists);
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
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const fd = openSync(tmp, 'wx');
    try {
      let off = 0;
      while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off);
      if (flush) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
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
  if (flush) syncDirectory(dir);
}

function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
