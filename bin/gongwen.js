#!/usr/bin/env node
// The `gongwen` command. It loads the bundle `npm run build` writes (scripts/bundle.js): for help, the
// entry, one file with commander and the command line; for a command, commands.cjs, which holds the
// command line too and what each command loads when it runs (with its code cache). This file and
// the bundle are CommonJS (bin/package.json, dist/bundle/package.json): requiring them does not start
// Node's ES module loader, about a tenth of `gongwen --help` (scripts/bundle.js).
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * The files of the bundle bin needs, in the order they are loaded (scripts/bundle.js writes them), and
 * dist/bundle/package.json, which makes them CommonJS: without it Node reads them as ES modules (the
 * package's own package.json says "module") and fails on their first `require`.
 */
const BUNDLE_FILES = ['gongwen.js', 'diagnostics-messages-lookup.js', 'load-commands.js', 'commands.cjs', 'package.json'];

const argv = process.argv.slice(2);
// Standard output that fails (closed early by `| head`, a full disk) is said in one line by main's
// processIO (src/cli/io.ts), exit 1.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V' || argv[0] === '-v')) {
  // `gongwen --version` alone is answered here, as commander answers it, without loading the command line.
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // Node 22.1 and later keep compiled code between runs, here in the bundle's own cache folder (never
  // the shared temporary folder Node uses by default: a cache is code); where that folder cannot be
  // written Node keeps none and says nothing. Node 20 has no such cache and this does nothing. (The
  // commands' code has a cache of gongwen's own in either: scripts/runtime/loadCommands.js.)
  require('node:module').enableCompileCache?.(join(__dirname, '..', 'dist', 'bundle', 'cache', 'node'));
  const bundleDir = join(__dirname, '..', 'dist', 'bundle');
  let main;
  try {
    // Help (and no command at all, which prints it) comes from the entry: main and commander, nothing
    // heavy. A command runs main as commands.cjs holds it, compiled with the commands' code cache
    // (scripts/bundle.js, MAIN): it loads commands.cjs in any case. Either main is the same code.
    const help = argv.length === 0 || argv[0] === 'help' || argv.includes('--help') || argv.includes('-h');
    ({ main } = help ? require(join(bundleDir, 'gongwen.js')) : require(join(bundleDir, 'load-commands.js')).loadCommand('cli-main'));
  } catch (err) {
    // a file of the bundle missing (dist/ not built, or a build cut short): said in one line, exit 2,
    // naming the first missing file in the order the entry loads them (a path can hold quotes:
    // C:\Users\O'Neil\…, so the file is found on disk, not read from the message). Whatever the error:
    // a missing file is MODULE_NOT_FOUND or ENOENT, a missing package.json a ReferenceError (`require`
    // in an ES module) or ERR_REQUIRE_ESM, as the Node version has it.
    const missing = BUNDLE_FILES.find((file) => !existsSync(join(bundleDir, file)));
    if (!missing) throw err;
    process.stderr.write(`gongwen is not built: dist/bundle/${missing} is missing. Run \`npm run build\` in the package folder.\n`);
    process.exit(2);
  }
  main(argv).then((code) => {
    process.exitCode = code;
  });
}
