import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputExists extends Error {
  constructor(readonly path: string) {
    super(`${path} exists; use --force to replace it`);
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
 * Writes a file so that a crash never leaves half of it: a temporary file in the same folder,
 * written and flushed to disk (fsync), then renamed over the target, and the folder flushed so the
 * rename is on disk too. An existing file is replaced only with `force`.
 */
export function writeAtomic(path: string, data: string | Uint8Array, force: boolean): void {
  if (!force && existsSync(path)) throw new OutputExists(path);
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const fd = openSync(tmp, 'w');
    try {
      let off = 0;
      while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  syncDirectory(dir);
}
