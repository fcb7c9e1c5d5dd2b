// render --watch (src/cli/watch.ts) renders again when a partial of the project's templates is edited,
// as it does for a template: the partials folder is watched, and a .hbs changed in it starts a round,
// which reads the partials again (src/io/runMemo.ts: each round is a run of its own); and when the
// office makes its gongwen-templates (or partials) folder while the watch runs.
import { expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { folderWith } from './support/folder.js';
import type { CliIO } from '../src/cli/io.js';

const STARTER = readFileSync(new URL('../templates/starters/plan.yaml', import.meta.url), 'utf8');
const COLOPHON = readFileSync(new URL('../templates/partials/colophon.hbs', import.meta.url), 'utf8');

/** main(['render', '方案.yaml', '--watch']) in `root`, Markdown to standard output; `round(n)` resolves when round n has ended. */
function startWatch(root: string) {
  const controller = new AbortController();
  const out = { stdout: '' };
  let rounds = 0;
  let roundEnded = () => {};
  const io: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => {
      if (/^watching \d+ file\(s\)/m.test(t)) (rounds++, roundEnded());
    },
    color: false,
    cwd: root,
    env: {},
    signal: controller.signal,
  };
  const round = (n: number) =>
    new Promise<void>((resolve) => {
      roundEnded = () => rounds >= n && resolve();
      roundEnded();
    });
  const exit = main(['render', '方案.yaml', '--watch', '--debounce', '20'], io);
  return { out, round, stop: () => (controller.abort(), exit) };
}

/** The colophon partial made to write 主题词 (the starter record has none of its own). */
const EDITED = `${COLOPHON}keywords: 局部模板改过了\n`;
const count = (text: string) => text.split('主题词：局部模板改过了').length - 1;

it('renders again when a partial in the project’s gongwen-templates/partials is edited', async () => {
  const root = folderWith({ '方案.yaml': STARTER, 'gongwen-templates/partials/colophon.hbs': COLOPHON }, { prefix: 'gongwen-watch-partial-' });
  const w = startWatch(root);
  await w.round(1);
  expect(count(w.out.stdout)).toBe(0);
  writeFileSync(join(root, 'gongwen-templates/partials/colophon.hbs'), EDITED);
  await w.round(2);
  expect(count(w.out.stdout)).toBe(1); // the second round's document, and only it
  expect(await w.stop()).toBe(0);
}, 10_000);

it('renders again when the project’s gongwen-templates/partials folder is made with a partial in it', async () => {
  const root = folderWith({ '方案.yaml': STARTER }, { prefix: 'gongwen-watch-partial-' });
  const w = startWatch(root);
  await w.round(1);
  mkdirSync(join(root, 'gongwen-templates/partials'), { recursive: true });
  writeFileSync(join(root, 'gongwen-templates/partials/colophon.hbs'), EDITED);
  await w.round(2);
  expect(count(w.out.stdout)).toBe(1);
  expect(await w.stop()).toBe(0);
}, 10_000);
