// Old code caches do not pile up (scripts/runtime/loadCommands.js): every rebuilt bundle and every Node
// upgrade names a new cache file. Writing a cache removes, in its folder, gongwen's caches not read for
// two weeks and temporary files a killed process left; a cache that is read is marked used, so the one a
// user runs every day is never removed, nor another copy's cache that is still in use, nor other files.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gongwen-code-cache-stale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = promisify(execFile);
const DAY_MS = 24 * 60 * 60 * 1000;

/** A copy of the package as it runs (bin, the bundle without its cache, templates, package.json). */
function packageCopy(): string {
  const copy = join(work, 'package');
  for (const entry of ['package.json', 'bin', 'templates']) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  cpSync(join(root, 'dist', 'bundle'), join(copy, 'dist', 'bundle'), { recursive: true, filter: (src) => !src.includes(join('bundle', 'cache')) });
  return copy;
}

const render = (copy: string) =>
  run(process.execPath, [join(copy, 'bin', 'gongwen.js'), 'render', join(root, 'examples', 'minutes-town-petition.yaml'), '--format', 'md', '-o', `${join(work, 'out')}/`, '--force'], {
    cwd: copy,
    env: { ...process.env, XDG_CACHE_HOME: join(copy, 'user-cache') },
  });

/** A file in `folder`, its mtime `days` days ago. */
function fileAged(folder: string, name: string, days: number): void {
  writeFileSync(join(folder, name), 'old');
  const when = new Date(Date.now() - days * DAY_MS);
  utimesSync(join(folder, name), when, when);
}

describe('old code caches', () => {
  it('are removed when a new cache is written; a cache in use, a fresh temporary file and other files stay', { timeout: 60_000 }, async () => {
    const copy = packageCopy();
    const cacheDir = join(copy, 'dist', 'bundle', 'cache');
    mkdirSync(cacheDir, { recursive: true });
    const v8 = `v8-${process.versions.v8}-${process.platform}-${process.arch}`;
    fileAged(cacheDir, `commands-0123456789abcdef-${v8}.bin`, 30); // a bundle rebuilt a month ago
    fileAged(cacheDir, 'commands-fedcba9876543210-v8-11.3.244.8-linux-x64.bin', 20); // a Node no longer installed
    fileAged(cacheDir, `commands-00000000000000aa-${v8}.bin`, 3); // another copy's cache, read three days ago
    fileAged(cacheDir, `commands-00000000000000bb-${v8}.bin.4242.tmp`, 1); // left by a killed process
    fileAged(cacheDir, `commands-00000000000000cc-${v8}.bin.4243.tmp`, 0); // being written now
    fileAged(cacheDir, 'notes.txt', 60); // not gongwen's cache
    await render(copy);
    const left = readdirSync(cacheDir).filter((f) => f !== 'node').sort();
    const written = left.filter((f) => f.startsWith('commands-') && f.endsWith('.bin') && !f.includes('00000000000000aa'));
    expect(written).toHaveLength(1);
    expect(left).toEqual(
      [`commands-00000000000000aa-${v8}.bin`, `commands-00000000000000cc-${v8}.bin.4243.tmp`, written[0]!, 'notes.txt'].sort(),
    );

    // the cache read by a run is marked used: its mtime moves to today when it is older than a day
    const cache = join(cacheDir, written[0]!);
    const tenDaysAgo = new Date(Date.now() - 10 * DAY_MS);
    utimesSync(cache, tenDaysAgo, tenDaysAgo);
    await render(copy);
    expect(Date.now() - statSync(cache).mtimeMs).toBeLessThan(DAY_MS);
    expect(existsSync(cache)).toBe(true);
  });
});
