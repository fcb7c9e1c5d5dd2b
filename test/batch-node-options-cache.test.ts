// A Node option that is no V8 flag (`--enable-source-maps`, `--require`, `--cpu-prof`) leaves V8's flag hash as it is,
// and V8 takes the code cache of the runs without options: such a run reads that cache and writes none of its own
// (scripts/runtime/loadCommands.js). Until the fourteenth session every entry of process.execArgv counted as a V8
// flag, so `node --enable-source-maps bin/gongwen.js …` compiled commands.cjs whole and kept a second cache for it.
// A V8 flag (`--stack-trace-limit=…`) still has a cache of its own, and the usual one is left as it was.
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

describe('the code cache of a run with Node options', () => {
  it('is the usual one for a Node option, and one of its own for a V8 flag', { timeout: 120_000 }, async () => {
    // a copy of the package as it runs (bin, the bundle without its cache, templates), so that no other test's cache is touched
    const copy = packageCopy(temporaryFolder('gongwen-node-options-cache-'), { cache: false });
    const cacheDir = join(copy, 'dist', 'bundle', 'cache');
    warmCodeCache(join(copy, 'dist', 'bundle'));
    const warmed = readdirSync(cacheDir);
    expect(warmed).toHaveLength(1);
    const usual = join(cacheDir, warmed[0]!);
    const bytes = readFileSync(usual);
    const mtime = statSync(usual).mtimeMs;

    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(copy, 'user-cache') };
    delete env.NODE_OPTIONS;
    const render = async (options: string[]) =>
      (await run(process.execPath, [...options, join(copy, 'bin', 'gongwen.js'), 'render', join(root, 'examples', 'minutes-town-petition.yaml')], { cwd: copy, env, encoding: 'utf8' })).stdout;

    // Node's own options: the usual cache read, not refused and not written again, and no other written
    expect(await render(['--enable-source-maps'])).toContain('信访');
    expect(await render(['--require', join(root, 'package.json')])).toContain('信访');
    expect(readdirSync(cacheDir)).toEqual(warmed);
    expect(readFileSync(usual).equals(bytes)).toBe(true);
    expect(statSync(usual).mtimeMs).toBe(mtime);

    // a V8 flag: a cache named for it, the usual one untouched
    expect(await render(['--stack-trace-limit=50'])).toContain('信访');
    const names = readdirSync(cacheDir);
    expect(names).toHaveLength(2);
    expect(names.find((name) => name !== warmed[0])).toMatch(/-flags-[0-9a-f]+-/);
    expect(readFileSync(usual).equals(bytes)).toBe(true);
  });
});
