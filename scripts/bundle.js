#!/usr/bin/env node
// Bundles the CLI into dist/bundle/ with esbuild (run by `npm run build`, and so by `prepare` on
// `npm install` in a clone). bin/gongwen.js loads dist/bundle/gongwen.js.
//
// Why (issue 12, start-up): loading gongwen from dist/ as tsc writes it means Node resolves, reads
// and compiles some 150 module files — 75 ms of the loader on every command, `--version` included.
// The entry file holds what `--help` needs (main and commander); each command's dependencies (yaml,
// zod, handlebars, docx, the register readers, the code frames) are in files beside it that the
// command's `await import()` loads when it runs (see bundle() below).
//
// dist/bundle/ is two folders below the package root, as dist/cli/ and dist/templates/ are, so the
// paths the sources resolve from import.meta.url (../../package.json, ../../templates) hold there.
//
//   node scripts/bundle.js [--metafile]   (--metafile writes dist/bundle/meta.json, for esbuild's analyzer)
import { rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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
 * The entry, dist/bundle/gongwen.js, is one file: main, commander and the few small modules main imports
 * itself. What a command loads with `await import('../pipeline.js')` and the like is not in it: each such
 * module is an entry of a second, split build (dist/bundle/pipeline.js, writers-docx-index.js, …, and
 * the chunks they share), and the entry imports it from there. One split build would put the modules
 * main shares with the commands (aliases, the exit codes, esbuild's helpers) in chunks of their own,
 * four more files to resolve and read before `--version` can answer. The small modules main and the
 * commands both import are in both builds; none of them holds state or a class that crosses between them.
 */
function commandModules(found) {
  return {
    name: 'command-modules',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        if (args.kind !== 'dynamic-import' || !args.importer.startsWith(join(root, 'src'))) return undefined;
        const source = join(dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
        const name = relative(join(root, 'src'), source).replace(/\.ts$/, '').split(sep).join('-');
        found.set(name, source);
        return { path: `./${name}.js`, external: true };
      });
    },
  };
}

const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  metafile: true,
  logLevel: 'warning',
  // Some dependencies are CommonJS and require() Node's modules (commander, handlebars, gray-matter);
  // an ES module has no `require`, so every output file makes one.
  banner: { js: "import{createRequire as __gongwenRequire}from'node:module';const require=__gongwenRequire(import.meta.url);" },
};

/** Bundles src/cli/main.ts into dist/bundle/gongwen.js, and the modules its commands load beside it. */
export async function bundle() {
  rmSync(outdir, { recursive: true, force: true });
  const commands = new Map();
  const entry = await build({
    ...common,
    entryPoints: { gongwen: 'src/cli/main.ts' },
    plugins: [commandModules(commands), lazyChildProcessInCommander],
  });
  const loaded = await build({
    ...common,
    // and the worker thread of a batch, which src/render/pool.ts starts from ./worker.js beside itself
    entryPoints: { ...Object.fromEntries(commands), worker: join(root, 'src', 'render', 'worker.ts') },
    splitting: true,
    plugins: [withoutOptionalModules, zodEnglishOnly],
  });
  return { inputs: { ...entry.metafile.inputs, ...loaded.metafile.inputs }, outputs: { ...entry.metafile.outputs, ...loaded.metafile.outputs } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const metafile = await bundle();
  if (process.argv.includes('--metafile')) writeFileSync(join(outdir, 'meta.json'), JSON.stringify(metafile));
}
