// Vitest global setup: bundles the current source into dist/bundle/ before any test runs, so the tests
// that start the real binary (bin/gongwen.js loads dist/bundle/gongwen.js) run today's code, never a
// dist/ left from an older build.
//
// The bundle is made again only when one of the files it was made from changed: scripts/bundle.js
// records them (the files esbuild read, by size and modification time) in dist/.bundle-inputs.json
// whenever it bundles — `prepare` on `npm install`, `npm run build`, and here. Bundling took about
// 0.7 s of CPU before every run, a single test file's included; and on a fresh clone (CI) the bundle
// `prepare` had just made, with its code cache, was made again and its cache lost (issue 12, goal 5).
import { fileURLToPath } from 'node:url';
import { bundle, bundleUpToDate, recordInputs } from '../../scripts/bundle.js';
import { writeShippedSchemas } from '../../src/cli/starterSchemas.js';

export default async function setup(): Promise<void> {
  if (!bundleUpToDate()) recordInputs(await bundle());
  // schemas/, which starters name (npm run build writes them for the package), from today's sources
  writeShippedSchemas(fileURLToPath(new URL('../../schemas', import.meta.url)));
}
