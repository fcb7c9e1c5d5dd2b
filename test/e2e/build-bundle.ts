// Vitest global setup: bundles the current source into dist/bundle/ before any test runs, so the tests
// that start the real binary (bin/gongwen.js loads dist/bundle/gongwen.js) run today's code, never a
// dist/ left from an older build.
import { fileURLToPath } from 'node:url';
import { bundle } from '../../scripts/bundle.js';
import { writeShippedSchemas } from '../../src/cli/starterSchemas.js';

export default async function setup(): Promise<void> {
  await bundle();
  // schemas/, which starters name (npm run build writes them for the package), from today's sources
  writeShippedSchemas(fileURLToPath(new URL('../../schemas', import.meta.url)));
}
