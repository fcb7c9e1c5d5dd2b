// The code cache `npm run build` warms (scripts/bundle.js warmCodeCache) is the one bin/gongwen.js reads:
// a user's first command after `npm install` (prepare builds) or `npm run build` starts with the compiled
// code, and writes no second cache. Until the thirteenth session the warming ran as `node -e …`: `-e` is in
// process.execArgv, so scripts/runtime/loadCommands.js named that cache for "V8 flags" (`-flags-…`), a
// name no run of the binary reads, and every user's first run compiled commands.cjs from its text.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { warmCodeCache } from '../scripts/bundle.js';
import { temporaryFolder } from './support/folder.js';
import { packageCopy } from './support/package-copy.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

describe('the code cache the build warms', () => {
  it('is named as the binary reads it, and the first command reads it and writes none', { timeout: 120_000 }, async () => {
    // a copy of the package as it runs (bin, the bundle without its cache, templates), so that no other test's cache is touched
    const copy = packageCopy(temporaryFolder('gongwen-warm-cache-'), { cache: false });
    const cacheDir = join(copy, 'dist', 'bundle', 'cache');

    warmCodeCache(join(copy, 'dist', 'bundle'));
    const warmed = readdirSync(cacheDir);
    expect(warmed).toHaveLength(1);
    expect(warmed[0]).toMatch(new RegExp(`^commands-[0-9a-f]{16}-v8-${process.versions.v8.replace(/[.]/g, '\\.')}-${process.platform}-${process.arch}\\.bin$`));
    const bytes = readFileSync(join(cacheDir, warmed[0]!));
    const mtime = statSync(join(cacheDir, warmed[0]!)).mtimeMs;

    // the user's first command, as a user runs it (no V8 flags, no NODE_OPTIONS)
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(copy, 'user-cache') };
    delete env.NODE_OPTIONS;
    const { stdout } = await run(process.execPath, [join(copy, 'bin', 'gongwen.js'), 'render', join(root, 'examples', 'minutes-town-petition.yaml')], { cwd: copy, env, encoding: 'utf8' });
    expect(stdout).toContain('信访');
    // read, not refused and not written again: the same one file, the same bytes and time
    expect(readdirSync(cacheDir)).toEqual(warmed);
    expect(readFileSync(join(cacheDir, warmed[0]!)).equals(bytes)).toBe(true);
    expect(statSync(join(cacheDir, warmed[0]!)).mtimeMs).toBe(mtime);
  });
});
