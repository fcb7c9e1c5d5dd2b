// Vitest global setup: bundles the current source into dist/bundle/ before any test runs, so the tests
// that start the real binary (bin/gongwen.js loads dist/bundle/gongwen.js) run today's code, never a
// dist/ left from an older build.
//
// The bundle is made again only when one of the files it was made from changed: the files esbuild read
// last time (its metafile's inputs: the sources and the dependencies' files) and scripts/bundle.js, by
// size and modification time, are kept in dist/bundle/.inputs.json. Bundling took about 0.7 s of CPU
// before every run, a single test file's included (issue 12, goal 5). bundle() empties dist/bundle/, so
// a bundle made by `npm run build` since has no such file and is made again.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../../scripts/bundle.js';
import { writeShippedSchemas } from '../../src/cli/starterSchemas.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const record = join(root, 'dist/bundle/.inputs.json');

/** Each file as "path size mtime", or "path missing". */
function stamps(paths: string[]): string[] {
  return paths.map((p) => {
    try {
      const s = statSync(join(root, p));
      return `${p} ${s.size} ${s.mtimeMs}`;
    } catch {
      return `${p} missing`;
    }
  });
}

function upToDate(): boolean {
  if (!existsSync(record) || !existsSync(join(root, 'dist/bundle/gongwen.js'))) return false;
  try {
    const last = JSON.parse(readFileSync(record, 'utf8')) as { inputs: string[]; outputs: string[]; stamps: string[] };
    if (!last.outputs.every((o) => existsSync(join(root, o)))) return false;
    return JSON.stringify(stamps(last.inputs)) === JSON.stringify(last.stamps);
  } catch {
    return false;
  }
}

export default async function setup(): Promise<void> {
  if (!upToDate()) {
    const made = await bundle();
    const inputs = [...Object.keys(made.inputs), 'scripts/bundle.js', 'package-lock.json'].sort();
    writeFileSync(record, JSON.stringify({ inputs, outputs: Object.keys(made.outputs), stamps: stamps(inputs) }));
  }
  // schemas/, which starters name (npm run build writes them for the package), from today's sources
  writeShippedSchemas(fileURLToPath(new URL('../../schemas', import.meta.url)));
}
