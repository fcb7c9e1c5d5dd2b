#!/usr/bin/env node
// The `gongwen` command. It loads the bundle `npm run build` writes (scripts/bundle.js): one file with
// commander and the command line, and beside it what each command loads when it runs. This file and
// the bundle are CommonJS (bin/package.json, dist/bundle/package.json): requiring them does not start
// Node's ES module loader, about a tenth of `gongwen --help` (scripts/bundle.js).
'use strict';
const { readFileSync } = require('node:fs');
const { basename, join } = require('node:path');

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
  const bundle = join(__dirname, '..', 'dist', 'bundle', 'gongwen.js');
  let main;
  try {
    ({ main } = require(bundle));
  } catch (err) {
    // the bundle, or a file of it the bundle requires as it loads (a build cut short): said in one line, exit 2
    // (the message's first line names it in quotes, which a path can hold too: C:\Users\O'Neil\…)
    const missing = err?.code === 'MODULE_NOT_FOUND' ? /^Cannot find module '(.*)'$/.exec(String(err.message).split('\n')[0])?.[1] : undefined;
    if (!missing || (missing !== bundle && err.requireStack?.[0] !== bundle)) throw err;
    process.stderr.write(`gongwen is not built: dist/bundle/${basename(missing)} is missing. Run \`npm run build\` in the package folder.\n`);
    process.exit(2);
  }
  main(argv).then((code) => {
    process.exitCode = code;
  });
}
