// Vitest global setup: bundles the current source into dist/bundle/ before any test runs, so the tests
// that start the real binary (bin/gongwen.js loads dist/bundle/gongwen.js) run today's code, never a
// dist/ left from an older build.
//
// The bundle is made again only when one of the files it was made from changed: scripts/bundle.js
// records them (the files esbuild read, by size and modification time) in dist/.bundle-inputs.json
// whenever it bundles — `prepare` on `npm install`, `npm run build`, and here. Bundling took about
// 0.7 s of CPU before every run, a single test file's included; and on a fresh clone (CI) the bundle
// `prepare` had just made, with its code cache, was made again and its cache lost (issue 12, goal 5).
//
// The JSON schemas (schemas/) are written again only when a source or the lockfile changed since this
// setup last wrote them, or a schema file is not as it was written (schemasUpToDate). Writing them loads
// the record kinds' sources through vite-node in vitest's own process before any worker starts: about
// 0.5 s of one core, the other idle, at the start of every run (issue 12, goal 5).
//
// Bundling again empties dist/bundle/, its code cache (cache/) with it: the cache `npm run build` warmed was
// lost whenever a source's modification time changed, though commands.cjs came out the same, and the binary's
// tests, and the user's next command, then compiled commands.cjs from its text (about 0.16 s of CPU a process
// more: 0.33 against 0.17 s for one 纪要 → DOCX). rebundle() puts back the caches made from the same
// commands.cjs (its hash is in their names), and warms one as the build does when there is none.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, bundleUpToDate, commandsHash, recordInputs, warmCodeCache } from '../../scripts/bundle.js';
import { stamps, stampsHold } from '../../scripts/stamps.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const schemasDir = join(root, 'schemas');
/** What the schemas were last written from, and the files written (writeSchemas). */
const schemasRecord = join(root, 'node_modules', '.cache', 'gongwen-schemas.json');

/**
 * What the schemas are made from: every source under src/ (a superset of what src/cli/starterSchemas.ts
 * imports: a file added is counted though nothing imports it) and the lockfile (zod's version).
 */
function schemaInputs(): string[] {
  const sources = readdirSync(join(root, 'src'), { recursive: true })
    .map((f) => String(f).split('\\').join('/'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/${f}`);
  return [...sources, 'package-lock.json'].sort();
}

/** Whether schemas/ holds what writeSchemas wrote last, from the inputs as they are now. */
function schemasUpToDate(): boolean {
  try {
    const last = JSON.parse(readFileSync(schemasRecord, 'utf8'));
    return stampsHold(root, last.inputs, last.inputStamps) && JSON.stringify(schemaInputs()) === JSON.stringify(last.inputs) && stampsHold(root, last.outputs, last.outputStamps);
  } catch {
    return false;
  }
}

/** schemas/, which starters name (npm run build writes them for the package), from today's sources; recorded. */
async function writeSchemas(): Promise<void> {
  const inputs = schemaInputs();
  const inputStamps = stamps(root, inputs);
  // imported here: loading it is what the record saves
  const { writeShippedSchemas } = await import('../../src/cli/starterSchemas.js');
  const outputs = writeShippedSchemas(schemasDir).map((f) => relative(root, f).split('\\').join('/'));
  mkdirSync(dirname(schemasRecord), { recursive: true });
  writeFileSync(schemasRecord, JSON.stringify({ inputs, inputStamps, outputs, outputStamps: stamps(root, outputs) }));
}

/** dist/bundle/cache/, where `npm run build` writes the code cache (scripts/runtime/loadCommands.js). */
const cacheDir = join(root, 'dist', 'bundle', 'cache');

/** The bundle made again, with the code caches of the same commands.cjs kept, else one warmed as `npm run build` warms it. */
async function rebundle(): Promise<void> {
  const before = existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).map((name) => ({ name, bytes: readFileSync(join(cacheDir, name)) })) : [];
  recordInputs(await bundle());
  const hash = commandsHash();
  const kept = before.filter((c) => c.name.startsWith(`commands-${hash}-`));
  if (kept.length === 0) return warmCodeCache();
  // as loadCommands.js writes it: a folder and files only the user can read and write
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  for (const c of kept) writeFileSync(join(cacheDir, c.name), c.bytes, { mode: 0o600 });
}

export default async function setup(): Promise<void> {
  if (!bundleUpToDate()) await rebundle();
  if (!schemasUpToDate()) await writeSchemas();
}
