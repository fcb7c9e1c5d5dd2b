#!/usr/bin/env node
// The `gongwen` command. It loads the bundle `npm run build` writes (scripts/bundle.js): one file with
// commander and the command line, and beside it what each command loads when it runs.
import { readFileSync } from 'node:fs';
import module from 'node:module';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // `gongwen --version` alone is answered here, as commander answers it, without loading the command line.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // Node 22.1 and later keep compiled code between runs (a cache in the system's temporary folder);
  // Node 20 has no such cache and this does nothing.
  module.enableCompileCache?.();
  const { main } = await import('../dist/bundle/gongwen.js');
  process.exitCode = await main(argv);
}
