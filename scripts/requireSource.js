// A module of the sources (TypeScript), bundled by esbuild into a temporary CommonJS file and required:
// how the build runs code of src/ without tsc's output (scripts/schemas.js writes the JSON Schemas,
// scripts/bundle.js precompiles the built-in templates). The module finds package files from
// import.meta.url, which is given the source file's own URL. The temporary folder is removed at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The exports of `entry` (a path under `root`, e.g. src/cli/starterSchemas.ts), run once in this process. */
export async function requireSource(root, entry) {
  const scratch = mkdtempSync(join(tmpdir(), 'gongwen-source-'));
  try {
    const outfile = join(scratch, 'module.cjs');
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, entry)).href) },
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
