// Vitest global setup: bundles the current source into dist/bundle/ before any test runs, so the tests
// that start the real binary (bin/gongwen.js loads dist/bundle/gongwen.js) run today's code, never a
// dist/ left from an older build.
import { bundle } from '../../scripts/bundle.js';

export default async function setup(): Promise<void> {
  await bundle();
}
