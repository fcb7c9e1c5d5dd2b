// The order test files start in (vitest.config.ts, `sequence.sequencer`).
//
// Two workers take the files in this order, each the next file when it is done with one. A file that
// waits on another program — a browser, LibreOffice, npm, the binary — is long in wall time however
// little CPU it takes, and when it starts late it ends the run alone, the other core idle: the editor
// test (Chromium, and on a fresh clone the Monaco page bundled first) was the last file of a fresh
// clone's `npm test`, 11 s with the other worker done (tenth session).
//
// vitest's own order (BaseSequencer) runs the longest files first by the durations of the last run,
// kept in node_modules/.vite; a fresh clone — CI — has none, and vitest then runs the largest files
// first, by bytes. Here, without durations, the files that start other programs come first, the
// slowest kinds of program first, then the rest by size.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** What a test file starts, read from its text: the slower the kind of program, the earlier the file. */
const WAITS_ON: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'a browser', pattern: /puppeteer|editor-screenshots/ },
  { name: 'LibreOffice or npm', pattern: /layout-tools|soffice|'npm'/ },
  { name: 'another process or thread', pattern: /node:child_process|node:worker_threads/ },
];

/** The rank of a file's kind (0 the slowest) and its size: the order without durations. */
function estimate(path: string): { rank: number; size: number } {
  const text = readFileSync(path, 'utf8');
  const rank = WAITS_ON.findIndex((w) => w.pattern.test(text));
  return { rank: rank === -1 ? WAITS_ON.length : rank, size: text.length };
}

export default class WaitingFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const known = files.every((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(root, f.moduleId)}`));
    if (known) return super.sort(files);
    const estimates = new Map(files.map((f) => [f, estimate(f.moduleId)]));
    return [...files].sort((a, b) => {
      const ea = estimates.get(a)!;
      const eb = estimates.get(b)!;
      return ea.rank - eb.rank || eb.size - ea.size;
    });
  }
}
