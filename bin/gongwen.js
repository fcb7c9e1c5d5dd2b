#!/usr/bin/env node
// The `gongwen` command. It loads the bundle `npm run build` writes (scripts/bundle.js): one file with
// commander and the command line, and chunks that each command loads when it runs.
import module from 'node:module';

// Node 22.1 and later keep compiled code between runs (a cache in the system's temporary folder);
// Node 20 has no such cache and this does nothing.
module.enableCompileCache?.();

const { main } = await import('../dist/bundle/gongwen.js');
process.exitCode = await main(process.argv.slice(2));
