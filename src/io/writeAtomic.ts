import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputExists extends Error {
  constructor(readonly path: string) {
    super(`${path} exists; use --force to replace it`);
  }
}

/**
 * Writes a file so that a crash never leaves half of it: a temporary file in the same
 * folder, renamed over the target. An existing file is replaced only with `force`.
 */
export function writeAtomic(path: string, data: string | Uint8Array, force: boolean): void {
  if (!force && existsSync(path)) throw new OutputExists(path);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
