#!/usr/bin/env node
// The `gongwen` command. It loads the bundle `npm run build` writes (scripts/bundle.js): one file with
// commander and the command line, and beside it what each command loads when it runs.
import { readFileSync } from 'node:fs';
import module from 'node:module';

const argv = process.argv.slice(2);
// Standard output that fails (closed early by `| head`, a full disk) is said in one line by main's
// processIO (src/cli/io.ts), exit 1.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V' || argv[0] === '-v')) {
  // `gongwen --version` alone is answered here, as commander answers it, without loading the command line.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // Node 22.1 and later keep compiled code between runs (a cache in the system's temporary folder);
  // Node 20 has no such cache and this does nothing.
  module.enableCompileCache?.();
  const bundle = new URL('../dist/bundle/gongwen.js', import.meta.url);
  const { main } = await import(bundle.href).catch((err) => {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('gongwen.js')) throw err;
    process.stderr.write('gongwen is not built: dist/bundle/gongwen.js is missing. Run `npm run build` in the package folder.\n');
    process.exit(2);
  });
  process.exitCode = await main(argv);
}
