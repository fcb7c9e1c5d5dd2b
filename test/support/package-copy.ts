/**
 * A copy of the package as it runs after `npm install` (package.json, bin, templates and the bundle), in a
 * temporary folder removed when the test ends, for tests that change what is installed (its templates, its code
 * cache) without touching the repository's own dist/ that other files run. `cache: false` leaves out the code
 * cache the build warmed (dist/bundle/cache), for a test that warms its own.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryFolder } from './folder.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export function packageCopy(into: string = temporaryFolder('gongwen-package-'), options: { cache: boolean } = { cache: true }): string {
  for (const entry of ['package.json', 'bin', 'templates']) cpSync(join(root, entry), join(into, entry), { recursive: true });
  cpSync(join(root, 'dist', 'bundle'), join(into, 'dist', 'bundle'), { recursive: true, filter: (src) => options.cache || !src.includes(join('bundle', 'cache')) });
  return into;
}
