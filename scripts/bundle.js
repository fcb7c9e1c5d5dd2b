#!/usr/bin/env node
// Bundles the CLI into dist/bundle/ with esbuild (run by `npm run build`, and by `prepare` on
// `npm install` in a clone). bin/gongwen.js loads dist/bundle/gongwen.js for help, and main from
// commands.cjs (through load-commands.js) for a command.
//
// Why (issue 12, start-up): loading gongwen from dist/ as tsc writes it means Node resolves, reads
// and compiles some 150 module files — 75 ms of the loader on every command, `--version` included.
// The entry file holds what `--help` needs (main and commander); each command's dependencies (yaml,
// zod, handlebars, the DOCX writer, the register readers, the code frames) are in commands.cjs beside it, which
// a command's `await import()` reaches through load-commands.js when it runs (see bundle() below).
// commands.cjs holds main and the command line too (MAIN below), for bin/gongwen.js to run a command
// without the entry.
//
// dist/bundle/ is two folders below the package root, as dist/cli/ and dist/templates/ are, so the
// paths the sources resolve from import.meta.url (../../package.json, ../../templates) hold there.
//
//   node scripts/bundle.js [--metafile] [--no-code-cache] [--keep-names]
//   (--metafile writes dist/bundle/meta.json, for esbuild's analyzer; --no-code-cache skips warmCodeCache below;
//   --keep-names keeps the sources' names and lines, with esbuild's `// path` comment before each module, so
//   that a `node --cpu-prof` of the bundle says whose time it is)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { stamps, stampsHold } from './stamps.js';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { requireSource } from './requireSource.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');

/**
 * Two optional modules the dependencies look for and do without, left out of the bundle:
 * - `source-map`: Handlebars builds every template's code with its SourceNode when it finds it, and
 *   with a plain concatenation otherwise (handlebars/dist/cjs/handlebars/compiler/code-gen.js); the
 *   source map is never used. 1 ms a record in a batch.
 * - `esprima`: js-yaml (under gray-matter, for templates' front matter) requires it for `!!js/function`,
 *   which only js-yaml's unsafe `load` reads; gray-matter calls `safeLoad`. Without it no YAML can
 *   carry code, as the charter wants. js-yaml requires it through a variable, so the require call is
 *   rewritten in that one file.
 */
const withoutOptionalModules = {
  name: 'without-optional-modules',
  setup(b) {
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'left-out' }));
    b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is left out of gongwen's bundle`)});`,
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes("_require('esprima')")) throw new Error(`${args.path}: no _require('esprima') to leave out`);
      return { contents: source.replace("_require('esprima')", 'undefined'), loader: 'js' };
    });
  },
};

/**
 * commander requires node:child_process at load, for subcommands that are separate programs, which
 * gongwen has none of; loading it costs about 4 ms of every start (it pulls in net, dgram, streams).
 * In commander it becomes a stand-in that requires the real module on first use.
 */
const lazyChildProcessInCommander = {
  name: 'lazy-child-process-in-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents:
        "let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });\n",
      loader: 'js',
    }));
  },
};

/**
 * zod re-exports every one of its ~50 locales (`z.locales`, `z.core.locales`): 264 KB of the 454 KB
 * zod puts in the bundle, parsed by every command that validates a record. gongwen never calls
 * `z.config(z.locales.xx())`; its messages are its own, and zod's English default comes from
 * locales/en.js, which zod's schemas import themselves. In the bundle `locales` holds `en` only.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};\n`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * chalk detects, as it loads, whether stdout and stderr take colour (its vendored supports-color: the
 * environment, node:tty, node:os), for its default instances — about 5 M instructions of every command
 * that prints a diagnostic or may (callgrind, the module's own load in a 纪要 → DOCX). gongwen never uses
 * them: it always makes `new Chalk({ level })` with the level it decided itself (src/cli/io.ts `color`,
 * src/diagnostics/print.ts, src/cli/documents.ts). In the bundle the detection says "no colour".
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]index\.js$/ }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
  },
};

/**
 * Modules with state that main and the commands must share, not each have a copy of: the table of
 * messages, which main's `--help` reads with the command line's areas and which a command's stages
 * fill with the others (src/diagnostics/messages/lookup.ts). Each is a file of its own
 * (dist/bundle/diagnostics-messages-lookup.js) that the entry requires: Node loads it once. commands.cjs
 * holds a copy that is used only when the entry has not loaded the file, and that then stands in Node's
 * module cache for the file (sharedInCommands below): either way, one module in a process.
 */
const SHARED = ['src/diagnostics/messages/lookup.ts'];

const sourceName = (source) => relative(join(root, 'src'), source).replace(/\.ts$/, '').split(sep).join('-');
const isShared = (source) => SHARED.includes(relative(root, source).split(sep).join('/'));

/** An import of a SHARED module from the entry (and the worker): its own file beside them, outside the build (commands.cjs holds its copy: sharedInCommands). */
const sharedModules = {
  name: 'shared-modules',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      if (!args.importer.startsWith(join(root, 'src')) || args.kind === 'entry-point') return undefined;
      const source = join(dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
      return isShared(source) ? { path: `./${sourceName(source)}.js`, external: true } : undefined;
    });
  },
};

/**
 * In commands.cjs, a SHARED module is in the file itself (compiled with its code cache, where Node
 * compiles a file `require` loads from its text on every start: the message table's, about 8 M
 * instructions of a command), and still one module in the process: the copy the entry loaded, when it
 * did (help, or the entry's main running a command, as tests do), else this one, which it then puts in
 * Node's module cache (`require.cache`, which Node's documentation lets a program add to) under the
 * file's name, so that the entry, loaded later in the process, requires this one.
 */
const sharedInCommands = {
  name: 'shared-in-commands',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      if (args.namespace === 'shared-in-commands') return { path: join(root, args.path.slice(2)) }; // the module's own source
      if (!args.importer.startsWith(join(root, 'src')) || args.kind === 'entry-point') return undefined;
      const source = join(dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
      return isShared(source) ? { path: relative(root, source).split(sep).join('/'), namespace: 'shared-in-commands' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'shared-in-commands' }, (args) => ({
      contents: `const file = require('node:path').join(__dirname, ${JSON.stringify(`${sourceName(join(root, args.path))}.js`)});
const loaded = require.cache[file];
if (loaded) module.exports = loaded.exports;
else {
  const Module = require('node:module');
  const shared = new Module(file);
  shared.filename = file;
  shared.exports = module.exports = require(${JSON.stringify(`./${args.path}`)});
  shared.loaded = true;
  require.cache[file] = shared;
}
`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * The entry, dist/bundle/gongwen.js, is one file: main, commander and the few small modules main imports
 * itself. What a command loads with `await import('../pipeline.js')` and the like is not in it: each such
 * module becomes a name (`pipeline`, `writers-docx-index`, …), and the import becomes
 * `loadCommand(name)` of ./load-commands.js, which takes the module from commands.cjs (below). The
 * small modules main and the commands both import are in both builds; none of them holds state or a
 * class that crosses between them, but for SHARED (above), one module in a process (sharedInCommands).
 */
function commandModules(found) {
  return {
    name: 'command-modules',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        if (args.kind !== 'dynamic-import' || !args.importer.startsWith(join(root, 'src'))) return undefined;
        const source = join(dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
        if (isShared(source)) return undefined;
        const name = sourceName(source);
        found.set(name, source);
        return { path: name, namespace: 'command' };
      });
      b.onLoad({ filter: /.*/, namespace: 'command' }, (args) => ({
        contents: `module.exports = require('./load-commands.js').loadCommand(${JSON.stringify(args.path)});\n`,
        loader: 'js',
      }));
      b.onResolve({ filter: /^\.\/load-commands\.js$/ }, (args) => (args.namespace === 'command' ? { path: args.path, external: true } : undefined));
    },
  };
}

/**
 * commands.cjs: every command module in one CommonJS file, `module.exports = { pipeline: () => require(…), … }`.
 * esbuild turns each require() of a module inside one file into a function that evaluates the module
 * on first use, so a command still evaluates only what it loads. One CommonJS file because that is what node:vm's
 * Script compiles with a V8 code cache (scripts/runtime/loadCommands.js) — Node 20 has no code cache
 * for ES modules — and a cache of one file is one read.
 */
function commandsIndex(commands) {
  return {
    name: 'commands-index',
    setup(b) {
      b.onResolve({ filter: /^gongwen:commands$/ }, () => ({ path: 'commands', namespace: 'commands-index' }));
      b.onLoad({ filter: /.*/, namespace: 'commands-index' }, () => ({
        // by name: the entry build fills `commands` in the order esbuild resolves its imports, which runs in
        // parallel and differs between builds; the index decides the order of the modules in commands.cjs,
        // so two builds of the same sources are the same bytes (and the same code cache name)
        contents: `module.exports = {\n${[...commands].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, source]) => `  ${JSON.stringify(name)}: () => require(${JSON.stringify(source)}),`).join('\n')}\n};\n`,
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/** The name in commands.cjs of src/render/worker.ts, a batch's worker thread. */
const WORKER = 'render-worker';

/**
 * The name in commands.cjs of src/cli/main.ts. bin/gongwen.js takes main from commands.cjs for a
 * command (render, validate …) and from the entry only for help: a command loads commands.cjs anyway,
 * and there main, commander and the command line are compiled with the code cache, where the entry is
 * compiled from its text on every start (Node 20 keeps no cache for a file `require` loads). One
 * 纪要 → DOCX: 454 M → 424 M instructions (callgrind, all threads).
 */
const MAIN = 'cli-main';

/**
 * Every file of the bundle is CommonJS (dist/bundle/package.json says so, and bin/package.json for
 * bin/gongwen.js): Node's ES module loader, which `import()` of one file starts, costs about 20 M
 * instructions of every command (callgrind: a bin that imports an empty ES module against one that
 * requires an empty CommonJS file), and node:vm compiles CommonJS with a code cache (commands.cjs).
 */
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: !process.argv.includes('--keep-names'),
  minifySyntax: true,
  minifyIdentifiers: !process.argv.includes('--keep-names'),
  metafile: true,
  logLevel: 'warning',
  // in a CommonJS file import.meta is empty: the paths the sources resolve from it come from __filename
  define: { 'import.meta.url': '__gongwenUrl' },
  banner: { js: "const __gongwenUrl=require('node:url').pathToFileURL(__filename).href;" },
};

/** Bundles src/cli/main.ts into dist/bundle/gongwen.js, and the modules its commands load beside it. */
/** The hash of commands.cjs that names its code caches (scripts/runtime/loadCommands.js COMMANDS_HASH). */
export function commandsHash(file = join(outdir, 'commands.cjs')) {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}

export async function bundle() {
  rmSync(outdir, { recursive: true, force: true });
  const commands = new Map();
  const entry = await build({
    ...common,
    entryPoints: { gongwen: 'src/cli/main.ts' },
    plugins: [sharedModules, commandModules(commands), lazyChildProcessInCommander],
  });
  // the SHARED modules, each a file the entry requires (and commands.cjs stands in for when it ran first: sharedInCommands)
  const shared = await build({
    ...common,
    entryPoints: Object.fromEntries(SHARED.map((source) => [sourceName(join(root, source)), source])),
  });
  const commandsFile = join(outdir, 'commands.cjs');
  // the worker thread of a batch, which src/render/pool.ts starts from ./worker.js beside itself: a
  // module of commands.cjs too (its code compiled with the code cache), started by a file of its own
  const inCommands = new Map([...commands, [WORKER, join(root, 'src', 'render', 'worker.ts')], [MAIN, join(root, 'src', 'cli', 'main.ts')]]);
  const precompiled = await precompiledTemplates();
  const precompressed = await precompressedParts();
  const loaded = await build({
    ...common,
    entryPoints: { commands: 'gongwen:commands' },
    outExtension: { '.js': '.cjs' },
    plugins: [commandsIndex(inCommands), sharedInCommands, withoutOptionalModules, zodEnglishOnly, lazyChildProcessInCommander, chalkWithoutDetection, precompiled.plugin, precompressed],
  });
  refuseDynamicImports(loaded.metafile);
  const hash = commandsHash(commandsFile);
  const loader = await build({
    ...common,
    entryPoints: { 'load-commands': 'scripts/runtime/loadCommands.js' },
    define: { ...common.define, __GONGWEN_COMMANDS_HASH__: JSON.stringify(hash), __GONGWEN_WORKER__: JSON.stringify(WORKER) },
  });
  writeFileSync(join(outdir, 'worker.js'), `require('./load-commands.js').loadCommand(${JSON.stringify(WORKER)});\n`);
  writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  const metafile = { inputs: {}, outputs: {} };
  for (const part of [entry, shared, loaded, loader]) {
    Object.assign(metafile.inputs, part.metafile.inputs);
    Object.assign(metafile.outputs, part.metafile.outputs);
  }
  // the template files compiled into commands.cjs are inputs of the bundle too (recordInputs)
  for (const file of precompiled.inputs) metafile.inputs[file] ??= { bytes: 0, imports: [] };
  return metafile;
}

/**
 * commands.cjs runs in node:vm (scripts/runtime/loadCommands.js), which has no loader for `import()`:
 * one esbuild leaves in the file (a built-in module's, `await import('node:fs')`) fails when it runs
 * with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING — as `gongwen import` did until the seventh session.
 * The build stops instead, naming the module: import it at the top of the file.
 */
function refuseDynamicImports(metafile) {
  const left = Object.entries(metafile.outputs).flatMap(([file, out]) => out.imports.filter((i) => i.kind === 'dynamic-import').map((i) => `${file}: import('${i.path}')`));
  if (left.length) throw new Error(`commands.cjs runs in node:vm, which cannot import() at run time; import these at the top of their file instead:\n  ${left.join('\n  ')}`);
}

/**
 * The built-in templates and partials precompiled (src/templates/precompiled.ts says why): the table
 * src/templates/precompileBuiltins.ts writes, run from the sources (./requireSource.js), and a plugin
 * that gives it to commands.cjs in place of the sources' empty table.
 */
async function precompiledTemplates() {
  const { source, files } = (await requireSource(root, 'src/templates/precompileBuiltins.ts')).precompiledBuiltins();
  const inputs = files.map((file) => relative(root, file).split(sep).join('/'));
  const table = join(root, 'src', 'templates', 'precompiled.ts');
  return {
    inputs,
    plugin: {
      name: 'gongwen-precompiled-templates',
      setup(b) {
        b.onLoad({ filter: /[\\/]src[\\/]templates[\\/]precompiled\.ts$/ }, (args) => (args.path === table ? { contents: source, loader: 'js' } : undefined));
      },
    },
  };
}

/**
 * The parts every DOCX shares, compressed now (src/writers/docx/precompressed.ts says why): the bytes
 * src/writers/docx/package.ts gives for each (`constantParts`, run from the sources), compressed by this
 * Node's zlib by src/io/zip.ts's deflateBody (constantParts gives them), and a plugin that puts the table in commands.cjs in
 * place of the sources' empty one. The table is used only under the zlib that made it
 * (`process.versions.zlib`): the bundle of a package built on one Node (`npm pack`) and run on another, or
 * a Node upgraded after `npm install`, compresses every part as the sources do, so its DOCX are the bytes
 * that Node's zlib makes — another zlib's DEFLATE of the same text may differ.
 */
async function precompressedParts() {
  const { level, parts } = (await requireSource(root, 'src/writers/docx/package.ts')).constantParts();
  const table = {};
  // each body as src/io/zip.ts makes it (deflateBody), so the table holds what zipEntries would store
  for (const [key, { bytes, crc, body }] of Object.entries(parts)) {
    table[key] = { length: bytes.length, crc, level, body: Buffer.from(body).toString('base64') };
  }
  const file = join(root, 'src', 'writers', 'docx', 'precompressed.ts');
  return {
    name: 'gongwen-precompressed-parts',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]writers[\\/]docx[\\/]precompressed\.ts$/ }, (args) =>
        args.path === file
          ? { contents: `export const PRECOMPRESSED = process.versions.zlib === ${JSON.stringify(process.versions.zlib)} ? ${JSON.stringify(table)} : {};\n`, loader: 'js' }
          : undefined,
      );
    },
  };
}

/**
 * The code cache for this machine's Node, in dist/bundle/cache/ (or `bundleDir`'s cache/): one process runs,
 * through main as bin/gongwen.js takes it for a command (MAIN), the commands a user
 * runs most (a 纪要 to DOCX and to Markdown, a 总结 counted from registers) and writes, as it ends, the
 * bytecode of every function they compiled (scripts/runtime/loadCommands.js). Output goes to a
 * temporary folder that is removed.
 *
 * The process runs a script file, `node warm.cjs`, not `node -e …`: `-e` is in process.execArgv, and a process
 * started with options that finds no usual cache to compare its V8 flag hash with names the one it writes as made
 * under V8 flags (loadCommands.js cacheNameForFlags, `-flags-…`), which no run of bin/gongwen.js reads. Until the thirteenth session the warmed cache
 * had that name, and every user's first command compiled commands.cjs from its text and wrote the cache
 * itself (test/batch-warm-cache.test.ts).
 */
export function warmCodeCache(bundleDir = outdir) {
  const scratch = mkdtempSync(join(tmpdir(), 'gongwen-warm-'));
  try {
    const script = `(async () => {
      const { main } = require(${JSON.stringify(join(bundleDir, 'load-commands.js'))}).loadCommand(${JSON.stringify(MAIN)});
      const io = { stdout() {}, stderr() {}, color: false, cwd: ${JSON.stringify(root)}, env: { GONGWEN_LANG: 'zh' } };
      const out = ${JSON.stringify(scratch)};
      for (const argv of [
        ['render', 'examples/minutes-town-petition.yaml', '--format', 'docx', '-o', out + '/docx/'],
        ['render', 'examples/minutes-town-petition.yaml', '--format', 'md', '-o', out + '/md/'],
        ['render', 'examples/summary-from-registers.yaml', '--format', 'docx', '-o', out + '/summary/'],
      ]) await main(argv, io);
    })();\n`;
    const file = join(scratch, 'warm.cjs');
    writeFileSync(file, script);
    execFileSync(process.execPath, [file], { cwd: root, stdio: 'inherit', env: { ...process.env, GONGWEN_CODE_CACHE: '1' } });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * What the bundle was made from, kept beside it (dist/.bundle-inputs.json, outside the package's
 * dist/bundle/): each file esbuild read (the metafile's inputs: the sources and the dependencies' files),
 * this script and the lockfile, by size and modification time. vitest's global setup
 * (test/e2e/build-bundle.ts) bundles again only when one of them changed, so the bundle `prepare` made on
 * `npm install` (and its code cache) is the one the tests run (issue 12, goal 5).
 */
const inputsRecord = join(root, 'dist', '.bundle-inputs.json');


/** Records what `metafile` (bundle()'s) was made from. */
export function recordInputs(metafile) {
  const inputs = [...Object.keys(metafile.inputs), 'scripts/bundle.js', 'package-lock.json'].sort();
  writeFileSync(inputsRecord, JSON.stringify({ inputs, outputs: Object.keys(metafile.outputs), stamps: stamps(root, inputs) }));
}

/** Whether dist/bundle/ is there and was made from the files as they are now (recordInputs). */
export function bundleUpToDate() {
  if (!existsSync(inputsRecord) || !existsSync(join(outdir, 'gongwen.js'))) return false;
  try {
    const last = JSON.parse(readFileSync(inputsRecord, 'utf8'));
    if (!last.outputs.every((o) => existsSync(join(root, o)))) return false;
    return stampsHold(root, last.inputs, last.stamps);
  } catch {
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const metafile = await bundle();
  recordInputs(metafile);
  if (!process.argv.includes('--no-code-cache')) warmCodeCache();
  if (process.argv.includes('--metafile')) writeFileSync(join(outdir, 'meta.json'), JSON.stringify(metafile));
}
