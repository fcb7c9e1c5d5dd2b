// A script of the tests that loads the bundle (dist/bundle/load-commands.js) in a child process, run from a file.
//
// Run as `node -e <script>`, such a process has `-e` in process.execArgv, and scripts/runtime/loadCommands.js
// (cacheNameForFlags) names the cache it writes, where it finds no usual one to compare its V8 flag hash with, as
// one made under V8 flags: it compiles commands.cjs from its text, and would write a `-flags-…` cache into the package — so those tests turned the cache off
// (GONGWEN_CODE_CACHE=0), and each such process compiled commands.cjs whole (about 0.33 s of CPU for one 纪要 →
// DOCX against 0.17 s with the cache). Run from a file, the process has no flags, reads the cache the build warmed
// (test/e2e/build-bundle.ts keeps one there) as bin/gongwen.js does, and writes none.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Writes `script` (CommonJS) to `folder`/`name` and runs it with this Node, asynchronously (vitest's worker keeps
 * answering meanwhile); resolves with what it wrote on standard output, rejects as execFile does when it fails.
 */
export async function runNodeScript(folder: string, name: string, script: string, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const file = join(folder, name);
  writeFileSync(file, script);
  const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: options.cwd ?? folder, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 64 << 20 });
  return stdout;
}
