import { closeSync, constants, fstatSync, openSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Opens a file for reading only if it is a regular file. It is opened first and then looked at
 * (fstat), so a FIFO, a device or a link to one is refused without being read — opening a FIFO
 * waits for a writer, hence O_NONBLOCK — and a file swapped after the check is still the one
 * measured. For anything else the handle is closed and its stats returned, for the caller's words.
 * Errors of open() itself (ENOENT, EACCES …) are thrown as they are.
 */
export async function openRegularFile(path: string): Promise<{ handle: FileHandle; stats: Stats } | { handle?: undefined; stats: Stats }> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (stats.isFile()) return { handle, stats };
    await handle.close();
    return { stats };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/**
 * openRegularFile for a small file read whole at once (a record): the same checks on a descriptor,
 * synchronously. Each step of the promise API is a trip through libuv's thread pool — four for a
 * record (open, fstat, read, close), about 0.6 ms of CPU and 2 ms of waiting a record on a busy
 * machine, against 0.03 ms done in place — and a batch reads its records one after the other anyway.
 * The descriptor is the caller's to close (closeSync).
 */
export function openRegularFileSync(path: string): { fd: number; stats: Stats } | { fd?: undefined; stats: Stats } {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) return { fd, stats };
    closeSync(fd);
    return { stats };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
