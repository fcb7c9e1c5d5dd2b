#!/usr/bin/env node
// The `gongwen` command. It loads the bundle `npm run build` writes (scripts/bundle.js): one file with
// commander and the command line, and beside it what each command loads when it runs. This file and
// the bundle are CommonJS (bin/package.json, dist/bundle/package.json): requiring them does not start
// Node's ES module loader, about a tenth of `gongwen --help` (scripts/bundle.js).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const argv = process.argv.slice(2);
// Standard output that fails (closed early by `| head`, a full disk) is said in one line by main's
// processIO (src/cli/io.ts), exit 1.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V' || argv[0] === '-v')) {
  // `gongwen --version` alone is answered here, as commander answers it, without loading the command line.
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // Node 22.1 and later keep compiled code between runs (a cache in the system's temporary folder);
  // Node 20 has no such cache and this does nothing. (The commands' code has a cache of gongwen's
  // own in either: scripts/runtime/loadCommands.js.)
  require('node:module').enableCompileCache?.();
  const bundle = join(__dirname, '..', 'dist', 'bundle', 'gongwen.js');
  let main;
  try {
    ({ main } = require(bundle));
  } catch (err) {
    if (err?.code !== 'MODULE_NOT_FOUND' || !String(err.message).includes(bundle)) throw err;
    process.stderr.write('gongwen is not built: dist/bundle/gongwen.js is missing. Run `npm run build` in the package folder.\n');
    process.exit(2);
  }
  main(argv).then((code) => {
    process.exitCode = code;
  });
}
