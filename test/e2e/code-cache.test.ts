// The bundle's V8 code cache (scripts/runtime/loadCommands.js): written once by the first run that has
// none, read by the next, replaced when V8 refuses it, kept out of folders that cannot take it, off with
// GONGWEN_CODE_CACHE=0 — and in every case the document is the same. Each case runs the real binary on a
// copy of the package (bin/, dist/bundle/ without its cache, templates/), so no other test's cache is touched.
//
// The tests run at once (describe.concurrent): each has a copy of its own, and each waits on its child
// processes one after another, about 0.3 s of CPU each; together they keep the cores busy where one at a time
// left the vitest worker waiting through some twenty starts of the binary (issue 12, goal 5).
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gongwen-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = promisify(execFile);

/** A copy of the package as it runs: bin, the bundle without a cache, templates, package.json. */
function packageCopy(name: string): string {
  const copy = join(work, name);
  for (const entry of ['package.json', 'bin', 'templates']) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  cpSync(join(root, 'dist', 'bundle'), join(copy, 'dist', 'bundle'), { recursive: true, filter: (src) => !src.includes(`${join('bundle', 'cache')}`) });
  return copy;
}

/** Renders the 纪要 example to DOCX with the copy's binary; its document.xml and what it printed. */
async function render(copy: string, env: Record<string, string | undefined> = {}, nodeOptions: string[] = []): Promise<{ documentXml: string; stderr: string }> {
  const out = mkdtempSync(join(work, 'out-'));
  const { stderr } = await run(process.execPath, [...nodeOptions, join(copy, 'bin', 'gongwen.js'), 'render', join(root, 'examples', 'minutes-town-petition.yaml'), '--format', 'docx', '-o', `${out}/`], {
    cwd: copy,
    env: { ...process.env, XDG_CACHE_HOME: join(copy, 'user-cache'), ...env },
    encoding: 'utf8',
  });
  const docx = unzipSync(readFileSync(join(out, 'minutes-town-petition.docx')));
  return { documentXml: strFromU8(docx['word/document.xml']), stderr: stderr.replaceAll(out, '<out>') };
}

const cacheFilesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bin')) : []);

describe.concurrent('the code cache of the bundle', () => {
  it('is written by the first run, read by the next, and the document is the same with it, without it and with a broken one', { timeout: 120_000 }, async () => {
    const copy = packageCopy('writable');
    const cacheDir = join(copy, 'dist', 'bundle', 'cache');
    const off = await render(copy, { GONGWEN_CODE_CACHE: '0' });
    expect(cacheFilesIn(cacheDir)).toEqual([]);

    const first = await render(copy);
    const [name] = cacheFilesIn(cacheDir);
    // named for the commands file it was made from (its sha256) and for this V8 and machine
    const hash = createHash('sha256').update(readFileSync(join(copy, 'dist', 'bundle', 'commands.cjs'))).digest('hex').slice(0, 16);
    expect(name).toBe(`commands-${hash}-v8-${process.versions.v8}-${process.platform}-${process.arch}.bin`);
    expect(statSync(join(cacheDir, name)).size).toBeGreaterThan(100_000);
    const written = statSync(join(cacheDir, name)).mtimeMs;

    const second = await render(copy);
    // read, not written again
    expect(statSync(join(cacheDir, name)).mtimeMs).toBe(written);

    // a run under other V8 flags has a cache of its own, named for its flags: the runs without flags keep theirs (it is
    // neither refused nor replaced, as it was when every run wrote one name), and the run with them reads its own next time
    const before = readFileSync(join(cacheDir, name));
    const otherFlags = await render(copy, {}, ['--no-flush-bytecode']);
    expect(readFileSync(join(cacheDir, name)).equals(before)).toBe(true);
    const flagsName = cacheFilesIn(cacheDir).find((f) => f !== name)!;
    expect(flagsName).toMatch(new RegExp(`^commands-${hash}-v8-${process.versions.v8.replace(/[.]/g, '\\.')}-flags-[0-9a-f]+-${process.platform}-${process.arch}\\.bin$`));
    const flagsWritten = statSync(join(cacheDir, flagsName)).mtimeMs;
    const third = await render(copy);
    expect(statSync(join(cacheDir, name)).mtimeMs).toBe(written);
    const otherFlagsAgain = await render(copy, {}, ['--no-flush-bytecode']);
    expect(statSync(join(cacheDir, flagsName)).mtimeMs).toBe(flagsWritten);

    // a cache V8 refuses (made under other V8 flags: its header's flag hash differs) costs only the compile: it is replaced
    const madeUnderOtherFlags = readFileSync(join(cacheDir, flagsName));
    rmSync(join(cacheDir, flagsName));
    writeFileSync(join(cacheDir, name), madeUnderOtherFlags);
    const refused = await render(copy);
    expect(readFileSync(join(cacheDir, name)).equals(madeUnderOtherFlags)).toBe(false);

    // a file that is not a cache gongwen wrote (here: other bytes of the same length, its checksum wrong) is one not there: replaced
    const size = statSync(join(cacheDir, name)).size;
    writeFileSync(join(cacheDir, name), Buffer.alloc(size, 0x5a));
    const broken = await render(copy);
    expect(readFileSync(join(cacheDir, name)).equals(Buffer.alloc(size, 0x5a))).toBe(false);

    // a cache damaged inside, its header whole and its length the same (a disk error, a write cut by a
    // power loss): V8 does not check the body and ends the process with a fatal error, so gongwen checks
    // it; the damaged file costs the compile and is replaced
    const good = readFileSync(join(cacheDir, name));
    const damagedBytes = Buffer.from(good);
    for (let i = 1000; i < damagedBytes.length; i += 997) damagedBytes[i]! ^= 0xff;
    writeFileSync(join(cacheDir, name), damagedBytes);
    const damaged = await render(copy);
    expect(readFileSync(join(cacheDir, name)).equals(damagedBytes)).toBe(false);

    for (const r of [first, second, otherFlags, third, otherFlagsAgain, refused, broken, damaged]) {
      expect(r.documentXml).toBe(off.documentXml);
      expect(r.stderr).toBe(off.stderr);
    }
    expect(off.documentXml).toContain('信访');
    // nothing left behind but the cache itself
    expect(readdirSync(cacheDir)).toEqual([name]);
    expect(existsSync(join(copy, 'user-cache'))).toBe(false);
  });

  it('is written whole by runs that start at once, each with none: one file, read by the next run, nothing half-written left', { timeout: 120_000 }, async () => {
    const copy = packageCopy('at-once');
    const cacheDir = join(copy, 'dist', 'bundle', 'cache');
    const runs = await Promise.all([render(copy), render(copy), render(copy)]);
    for (const r of runs) expect(r.documentXml).toBe(runs[0]!.documentXml);
    const names = readdirSync(cacheDir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^commands-[0-9a-f]{16}-v8-.*\.bin$/);
    const written = statSync(join(cacheDir, names[0]!)).mtimeMs;
    expect((await render(copy)).documentXml).toBe(runs[0]!.documentXml);
    expect(statSync(join(cacheDir, names[0]!)).mtimeMs).toBe(written);
  });

  it("goes to the user's cache folder when the package's folder cannot take it, and is then read from there", { timeout: 120_000 }, async () => {
    const copy = packageCopy('readonly');
    // a file where the cache folder would be: no folder can be made there, whoever runs the test
    writeFileSync(join(copy, 'dist', 'bundle', 'cache'), 'not a folder');
    const first = await render(copy);
    const userCache = join(copy, 'user-cache', 'gongwen');
    const [name] = cacheFilesIn(userCache);
    expect(name).toMatch(/^commands-[0-9a-f]{16}-v8-/);
    const written = statSync(join(userCache, name)).mtimeMs;
    const second = await render(copy);
    expect(statSync(join(userCache, name)).mtimeMs).toBe(written);
    expect(second.documentXml).toBe(first.documentXml);
    expect(readFileSync(join(copy, 'dist', 'bundle', 'cache'), 'utf8')).toBe('not a folder');
  });

  it('is never written where the user turned it off, nor into a relative XDG_CACHE_HOME', { timeout: 120_000 }, async () => {
    const copy = packageCopy('off');
    writeFileSync(join(copy, 'dist', 'bundle', 'cache'), 'not a folder');
    mkdirSync(join(copy, 'user-cache'));
    await render(copy, { GONGWEN_CODE_CACHE: '0' });
    expect(readdirSync(join(copy, 'user-cache'))).toEqual([]);
    // a relative XDG_CACHE_HOME is not a cache folder (XDG Base Directory: such a value is ignored); ~/.cache is used then
    const home = join(copy, 'home');
    mkdirSync(home);
    await render(copy, { XDG_CACHE_HOME: 'relative/cache', HOME: home });
    expect(existsSync(join(copy, 'relative'))).toBe(false);
    expect(cacheFilesIn(join(home, '.cache', 'gongwen'))).toHaveLength(1);
  });

  it('is left out, and the command runs, when the system cannot say the home folder (HOME unset, no entry in /etc/passwd)', { timeout: 120_000 }, async () => {
    const copy = packageCopy('homeless');
    writeFileSync(join(copy, 'dist', 'bundle', 'cache'), 'not a folder');
    // os.homedir() as Node has it for a user with neither HOME nor an entry in /etc/passwd (a container
    // run with --user 1000): it throws. A module preloaded into the binary's process makes it so.
    const homeless = join(copy, 'homeless.cjs');
    writeFileSync(
      homeless,
      "require('node:os').homedir = () => { throw Object.assign(new Error('A system error occurred: uv_os_homedir returned ENOENT (no such file or directory)'), { code: 'ERR_SYSTEM_ERROR' }); };\n",
    );
    const off = await render(copy, { GONGWEN_CODE_CACHE: '0' });
    const homelessRun = await render(copy, { HOME: undefined, XDG_CACHE_HOME: undefined }, ['--require', homeless]);
    expect(homelessRun.documentXml).toBe(off.documentXml);
    expect(homelessRun.stderr).toBe(off.stderr);
    expect(homelessRun.stderr).not.toContain('uv_os_homedir');
  });
});

describe.concurrent("a batch's worker thread, started from the bundle", () => {
  /** The copy's dist/bundle/worker.js started as src/render/pool.ts starts it, in a process of its own, handed one record: its document.xml. */
  async function workerRender(copy: string): Promise<string> {
    const script = `
      const { Worker } = require('node:worker_threads');
      const [bundleDir, file] = process.argv.slice(1);
      const worker = new Worker(require('node:path').join(bundleDir, 'worker.js'), { workerData: { format: 'docx', compile: {}, env: {} } });
      worker.on('error', (err) => { console.error(String(err)); process.exitCode = 1; });
      worker.on('message', (m) => {
        if (m.ready) return worker.postMessage({ id: 1, file });
        process.stdout.write(Buffer.from(m.rendered.data).toString('base64'));
        void worker.terminate();
      });`;
    const { stdout } = await run(process.execPath, ['-e', script, join(copy, 'dist', 'bundle'), join(root, 'examples', 'minutes-town-petition.yaml')], {
      cwd: copy,
      env: { ...process.env, XDG_CACHE_HOME: join(copy, 'user-cache') },
      encoding: 'utf8',
      maxBuffer: 2 ** 26,
    });
    return strFromU8(unzipSync(Buffer.from(stdout, 'base64'))['word/document.xml']);
  }

  it('renders a record without a code cache (it writes none) and with the one the command wrote: the document the command writes', { timeout: 120_000 }, async () => {
    const copy = packageCopy('worker');
    const cacheDir = join(copy, 'dist', 'bundle', 'cache');
    const withoutCache = await workerRender(copy);
    expect(cacheFilesIn(cacheDir)).toEqual([]); // a worker thread never writes the cache
    const command = await render(copy);
    expect(cacheFilesIn(cacheDir)).toHaveLength(1);
    const withCache = await workerRender(copy);
    expect(withoutCache).toBe(command.documentXml);
    expect(withCache).toBe(command.documentXml);
  });
});

describe.concurrent('bin/gongwen.js without its bundle', () => {
  /** The copy's binary, run to its end: exit code and standard error. */
  const runBin = (copy: string, args: string[]) =>
    run(process.execPath, [join(copy, 'bin', 'gongwen.js'), ...args], { cwd: copy, encoding: 'utf8' }).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
    );

  it('says in one line which file is missing and to build, exit 2: dist/ missing, or a build cut short', { timeout: 60_000 }, async () => {
    // a folder with a space, an apostrophe and Chinese in its name, as a Windows user's can be
    const copy = packageCopy("张三's unbuilt copy");
    const lookup = join(copy, 'dist', 'bundle', 'diagnostics-messages-lookup.js');
    rmSync(lookup);
    const cut = await runBin(copy, ['--help']);
    expect(cut).toEqual({ code: 2, stderr: 'gongwen is not built: dist/bundle/diagnostics-messages-lookup.js is missing. Run `npm run build` in the package folder.\n' });
    // dist/bundle/package.json, which makes the bundle's files CommonJS: without it Node reads them as ES
    // modules of this "type": "module" package and fails on their first `require` (not a missing module)
    cpSync(join(root, 'dist', 'bundle', 'diagnostics-messages-lookup.js'), lookup);
    rmSync(join(copy, 'dist', 'bundle', 'package.json'));
    for (const args of [['--help'], ['render', 'x.yaml', '--format', 'docx']]) {
      expect(await runBin(copy, args)).toEqual({ code: 2, stderr: 'gongwen is not built: dist/bundle/package.json is missing. Run `npm run build` in the package folder.\n' });
    }

    rmSync(join(copy, 'dist'), { recursive: true });
    for (const args of [['--help'], ['render', 'x.yaml', '--format', 'docx']]) {
      expect(await runBin(copy, args)).toEqual({ code: 2, stderr: 'gongwen is not built: dist/bundle/gongwen.js is missing. Run `npm run build` in the package folder.\n' });
    }
    // --version alone needs no bundle
    expect((await run(process.execPath, [join(copy, 'bin', 'gongwen.js'), '--version'], { encoding: 'utf8' })).stdout.trim()).toBe(
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    );
  });
});
