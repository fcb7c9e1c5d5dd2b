// One LibreOffice for the test files that convert to PDF in vitest's process (test/layout-pdf, test/serve's
// PDF route, test/e2e/cli's PDF render), started by the first of them and kept running with a document
// open until the run ends: each conversion's soffice hands its files to it (src/writers/pdf.ts
// useLibreOfficeProfile) and waits for the PDFs, about 0.2 s of CPU where starting LibreOffice again costs
// 1.5–2 s. test/docx-pdf.test.ts converts with LibreOffice as `gongwen render --format pdf` runs it, a new
// profile and its fontconfig file for the run, so that path stays tested.
//
// The LibreOffice runs under a shell, in a process group of its own, that ends it and removes its folder
// and its socket in /tmp when vitest's process is gone or the folder's open document is removed (this
// module's global teardown), so a run killed leaves no LibreOffice behind, nor a file. Both worker threads
// share it: they are threads of one process, and the folder is named after that process.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Pdf from '../../src/writers/pdf.js';

/**
 * The folder of this run's LibreOffice: its profile, its fontconfig file, the document it keeps open, `ready`
 * (written when LibreOffice is ready, or has failed: empty, or what failed), the process id of the shell that
 * watches it (for the global teardown's signal), and its temporary folder (TMPDIR: ended by a signal,
 * LibreOffice leaves its lu*.tmp folder behind). Named when first asked for, not when this module is loaded:
 * vitest's process loads it for the global teardown before test/support/temporary-folder.ts has set TMPDIR.
 *
 * Ended by a signal, LibreOffice also leaves its socket in /tmp (src/writers/pdf.ts libreOfficeSocket): 127
 * of them had gathered there, one a run (thirteenth session). The shell removes it; sharedLibreOffice fails
 * when it is not there once LibreOffice has started (libreOfficeSocket naming it otherwise than LibreOffice),
 * the global teardown when it is still there at the end.
 */
function places() {
  const folder = join(tmpdir(), `gongwen-lo-shared-${process.pid}`);
  const profile = join(folder, 'profile');
  return {
    folder,
    profile,
    temporary: join(folder, 'tmp'),
    kept: join(folder, 'open.txt'),
    ready: join(folder, 'ready'),
    watcher: join(folder, 'watcher.pid'),
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitFor(what: () => boolean, label: string, ms = 120_000): Promise<void> {
  for (const end = Date.now() + ms; !what(); await sleep(100)) {
    if (Date.now() > end) throw new Error(`the shared LibreOffice (${places().folder}): ${label} not seen after ${ms / 1000} s`);
  }
}

/**
 * The profile of this run's LibreOffice, started by the first call (of either worker thread) and ready when
 * this resolves: it has opened its document (LibreOffice's lock file for it is there), so it has taken its
 * pipe, and it does not quit when a conversion handed to it is done (it quits when no document is open).
 * undefined where there is no LibreOffice or no POSIX shell: conversions then start their own.
 */
export async function sharedLibreOffice(): Promise<string | undefined> {
  // imported here, not above: vitest's global setup (the teardown below) loads this file without the writers
  const { findLibreOffice, fontSetupIn, libreOfficeArgs, libreOfficeSocket, writeLibreOfficeProfile }: typeof Pdf = await import('../../src/writers/pdf.js');
  const soffice = findLibreOffice();
  if (!soffice || process.platform === 'win32') return undefined;
  const { folder, profile, temporary, kept, ready, watcher } = places();
  const socket = libreOfficeSocket(profile);
  try {
    mkdirSync(folder); // the first caller starts it; the others wait for `ready`
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    await waitFor(() => existsSync(ready), 'ready');
    const failed = readFileSync(ready, 'utf8');
    if (failed) throw new Error(failed);
    return profile;
  }
  writeLibreOfficeProfile(profile);
  mkdirSync(temporary);
  const fonts = fontSetupIn(folder);
  writeFileSync(kept, 'gongwen: the document the shared LibreOffice of the tests keeps open\n');
  const watch = [
    `"$0" "$@" &`,
    'trap "" TERM', // `kill 0` below ends the group, this shell excepted (set after the start: an ignored signal is inherited)
    // the global teardown's SIGUSR1 ends the wait at once: a trapped signal interrupts `wait`, where the shell
    // runs its trap only after a command in the foreground (`sleep 1`) is done
    'trap : USR1',
    `while kill -0 ${process.pid} 2>/dev/null && [ -e "${kept}" ]; do sleep 1 & wait $!; done`,
    'kill 0', // LibreOffice, and the last `sleep` if the wait was cut short
    'wait',
    `rm -f "${socket}"`,
    `rm -rf "${folder}"`,
  ].join('\n');
  const shell = spawn('sh', ['-c', watch, soffice, ...libreOfficeArgs(profile), kept], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, HOME: process.env.HOME ?? tmpdir(), TMPDIR: temporary, ...(fonts.file ? { FONTCONFIG_FILE: fonts.file } : {}) },
  });
  shell.unref();
  if (shell.pid !== undefined) writeFileSync(watcher, String(shell.pid));
  await waitFor(() => readdirSync(folder).some((f) => f.startsWith('.~lock.open.txt')), 'its lock file of the open document');
  // the socket is made before a document is opened: where it is not, libreOfficeSocket names it wrongly
  const failed = existsSync(socket) ? '' : `the shared LibreOffice (${folder}) is running, but not with the socket ${socket}: libreOfficeSocket names it wrongly`;
  writeFileSync(ready, failed); // what the other callers read
  if (failed) throw new Error(failed);
  return profile;
}

/**
 * `convert` run with the conversions of this thread handed to the shared LibreOffice (src/writers/pdf.ts
 * useLibreOfficeProfile), and given back to their own LibreOffice after it, whether it succeeds or fails.
 */
export async function withSharedLibreOffice<T>(convert: () => Promise<T>): Promise<T> {
  const { useLibreOfficeProfile }: typeof Pdf = await import('../../src/writers/pdf.js');
  useLibreOfficeProfile(await sharedLibreOffice());
  try {
    return await convert();
  } finally {
    useLibreOfficeProfile(undefined);
  }
}

/**
 * vitest's global teardown: the open document removed and the shell told (SIGUSR1) rather than left to see it
 * on its next look, up to a second later, with every test done; the shell ends LibreOffice and removes the
 * folder and the socket; waited for. A socket left is removed, and fails the run.
 */
export default function setup(): () => Promise<void> {
  return async () => {
    const { folder, profile, kept, watcher } = places();
    if (!existsSync(folder)) return;
    // loaded only when the tests started LibreOffice (see sharedLibreOffice)
    const { libreOfficeSocket }: typeof Pdf = await import('../../src/writers/pdf.js');
    const socket = libreOfficeSocket(profile);
    rmSync(kept, { force: true });
    try {
      process.kill(Number(readFileSync(watcher, 'utf8')), 'SIGUSR1');
    } catch {
      /* no such file, or the shell is gone: it has seen the document removed */
    }
    await waitFor(() => !existsSync(folder), 'the folder removed', 30_000).catch(() => rmSync(folder, { recursive: true, force: true }));
    if (existsSync(socket)) {
      rmSync(socket, { force: true });
      throw new Error(`the shared LibreOffice left its socket ${socket} behind (removed now)`);
    }
  };
}
