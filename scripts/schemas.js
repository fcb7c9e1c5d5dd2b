#!/usr/bin/env node
// Writes schemas/<kind>.schema.json for each kind and schemas/config.schema.json (run by `npm run
// build` and by `prepare`), from the sources: src/cli/starterSchemas.ts, bundled by esbuild into a
// temporary file and required. No tsc output is needed, so `prepare` (npm install in a clone, npm pack)
// does not run tsc: the package ships the bundle and the schemas only.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'gongwen-schemas-'));
try {
  const outfile = join(scratch, 'starterSchemas.cjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/starterSchemas.ts'],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    // the sources find package files from import.meta.url; from the temporary file, name them from the root
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'src', 'cli', 'starterSchemas.ts')).href) },
  });
  createRequire(import.meta.url)(outfile).writeShippedSchemas(join(root, 'schemas'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
