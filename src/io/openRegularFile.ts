import { constants, type Stats } from 'node:fs';
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
