// The package as npm publishes it: `npm pack` (which builds, through `prepare`) on a copy of this
// folder, the tarball installed into an empty folder with nothing fetched (--offline), and gongwen run
// from a third folder, as `npm install -g gongwen` or `npx gongwen` users run it. One slow test.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'gongwen-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// child processes run asynchronously, so that vitest's worker keeps answering while npm builds
const run = promisify(execFile);
const npm = async (args: string[], cwd: string) =>
  (await run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, env: { ...process.env, npm_config_update_notifier: 'false' } })).stdout;

/** Every file below a folder of the repository, relative to the repository. */
const filesBelow = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(root.length).replace(/\\/g, '/'));

describe('npm pack, installed from the tarball', () => {
  it('holds what the README promises, installs offline, and renders an example from another folder', { timeout: 600_000 }, async () => {
    // a copy of the sources (not of dist/ or schemas/): the tarball's build is prepare's own
    const copy = join(work, 'gongwen');
    for (const entry of ['package.json', 'package-lock.json', 'tsconfig.json', 'LICENSE', 'README.md', 'bin', 'scripts', 'src', 'templates', 'examples']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const packed = JSON.parse((await npm(['pack', '--json', '--pack-destination', work], copy)).replace(/^[^[]*/s, ''))[0];
    const files = new Set<string>(packed.files.map((f: { path: string }) => f.path));

    // LICENSE, README, bin, the bundle prepare built, every template and starter, every example, the schemas
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/gongwen.js', 'dist/bundle/gongwen.js']) expect(files, f).toContain(f);
    for (const dir of ['templates', 'examples', 'bin']) {
      for (const f of filesBelow(dir)) expect(files, f).toContain(f);
    }
    // every file prepare bundled (commands.cjs, load-commands.js, the worker, the shared message table,
    // package.json, which makes them CommonJS under the root's "type": "module"), and not the code cache
    // prepare wrote for the packing machine's Node
    const bundled = readdirSync(join(copy, 'dist', 'bundle'), { withFileTypes: true });
    expect(bundled.filter((e) => e.isDirectory()).map((e) => e.name)).toEqual(['cache']);
    expect(readdirSync(join(copy, 'dist', 'bundle', 'cache')).some((f) => f.endsWith('.bin'))).toBe(true);
    const bundleFiles = bundled.filter((e) => e.isFile()).map((e) => `dist/bundle/${e.name}`);
    expect(bundleFiles).toEqual(expect.arrayContaining(['dist/bundle/package.json', 'dist/bundle/commands.cjs', 'dist/bundle/worker.js']));
    expect([...files].filter((f) => f.startsWith('dist/')).sort()).toEqual(bundleFiles.sort());
    expect(JSON.parse(readFileSync(join(copy, 'dist', 'bundle', 'package.json'), 'utf8')).type).toBe('commonjs');
    // the same sources bundled in another folder, by another build, are the same bytes: no path of the
    // building machine in the bundle, and the modules of commands.cjs in one order (scripts/bundle.js
    // commandsIndex; until the ninth session the order esbuild happened to resolve them in)
    for (const file of ['gongwen.js', 'commands.cjs', 'load-commands.js', 'worker.js']) {
      expect(readFileSync(join(copy, 'dist', 'bundle', file)).equals(readFileSync(join(root, 'dist', 'bundle', file))), file).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(root, 'bin', 'package.json'), 'utf8')).type).toBe('commonjs');
    for (const kind of ['minutes', 'summary', 'plan', 'speech', 'config']) expect(files).toContain(`schemas/${kind}.schema.json`);
    // the page `gongwen serve` shows, read from ../../src/serve/page beside dist/bundle (src/serve/server.ts)
    const page = filesBelow('src/serve/page');
    expect(page).toContain('src/serve/page/index.html');
    for (const f of page) expect(files, f).toContain(f);
    // every `files` entry is there; no sources (but the page), tests or tsc output besides the bundle
    // (an entry "!path" leaves a folder out: the bundle's code cache, made by prepare for the packing machine's Node)
    for (const entry of pkg.files as string[]) {
      const left = entry.startsWith('!');
      const path = left ? entry.slice(1) : entry;
      expect([...files].some((f) => f === path || f.startsWith(`${path}/`)), entry).toBe(!left);
    }
    expect(pkg.files).toContain('!dist/bundle/cache');
    expect([...files].filter((f) => /^(src\/(?!serve\/page\/)|test\/|scripts\/|bench\/|docs\/)|^dist\/(?!bundle\/)/.test(f))).toEqual([]);
    // every examples/ path the README names is in the package
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const named = [...new Set(readme.match(/examples\/[\w\-./\u4e00-\u9fff]+\.(?:yaml|md|csv|xlsx)/gu) ?? [])];
    expect(named.length).toBeGreaterThan(2);
    for (const f of named) expect(files, f).toContain(f);

    // installed into an empty folder with nothing from the network: the bundle needs no other package
    const prefix = join(work, 'prefix');
    mkdirSync(prefix);
    writeFileSync(join(prefix, 'package.json'), '{"private": true}\n');
    await npm(['install', '--offline', join(work, packed.filename)], prefix);
    expect(readdirSync(join(prefix, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['gongwen']);

    // run from a third folder, as the README's first command
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const gongwen = async (args: string[]) => (await run(join(prefix, 'node_modules', '.bin', 'gongwen'), args, { cwd: elsewhere, encoding: 'utf8' })).stdout;
    expect((await gongwen(['--version'])).trim()).toBe(pkg.version);
    expect((await gongwen(['-v'])).trim()).toBe(pkg.version);
    const example = join(prefix, 'node_modules', 'gongwen', 'examples', 'plan-militia-farm.yaml');
    await gongwen(['render', example, '--format', 'docx', '--output', 'out/']);
    const xml = strFromU8(unzipSync(readFileSync(join(elsewhere, 'out', 'plan-militia-farm.docx')))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(readFileSync(example, 'utf8')).toContain('发文机关: 山西省隰县民兵农建营');
    expect(text).toContain('山西省隰县民兵农建营'); // 版头
    expect(text).toContain('隰民农营发〔2012〕2号');
    // a starter names a schema that is in the installed package
    const starter = await gongwen(['new', '纪要']);
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(starter)?.[1];
    expect(schema).toBeDefined();
    const schemaFile = isAbsolute(schema!) ? schema! : resolve(elsewhere, schema!);
    expect(schemaFile).toBe(join(prefix, 'node_modules', 'gongwen', 'schemas', 'minutes.schema.json'));
    expect(existsSync(schemaFile)).toBe(true);
    expect(dirname(schemaFile)).not.toContain(root);

    // `gongwen serve` from the installed package finds its page: the address it prints serves index.html and its script
    const bin = join(prefix, 'node_modules', '.bin', 'gongwen');
    const child = spawn(bin, ['serve', join(prefix, 'node_modules', 'gongwen', 'examples')], { cwd: elsewhere, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise((done) => child.on('exit', done));
    try {
      let out = '';
      let err = '';
      child.stderr.on('data', (c) => (err += c));
      const url = await new Promise<string>((done, failed) => {
        child.stdout.on('data', (c) => {
          out += c;
          const m = /http:\/\/\S+/.exec(out);
          if (m) done(m[0]);
        });
        child.on('exit', () => failed(new Error(`serve exited: ${err}`)));
      });
      const headers = { 'X-Gongwen-Token': new URL(url).searchParams.get('token')! };
      const base = url.replace(/\/\?.*$/, '');
      const index = await fetch(`${base}/`, { headers });
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('<script src="/app.js"');
      const script = await fetch(`${base}/app.js`, { headers });
      expect(script.status).toBe(200);
      expect(await script.text()).toBe(readFileSync(join(root, 'src/serve/page/app.js'), 'utf8'));
    } finally {
      child.kill('SIGINT');
      await exited;
    }
  });
});
