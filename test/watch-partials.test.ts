// render --watch (src/cli/watch.ts) renders again when a partial of the project's templates is edited,
// as it does for a template: the partials folder is watched, and a .hbs changed in it starts a round,
// which reads the partials again (src/io/runMemo.ts: each round is a run of its own).
import { expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { folderWith } from './support/folder.js';
import type { CliIO } from '../src/cli/io.js';

const STARTER = readFileSync(new URL('../templates/starters/plan.yaml', import.meta.url), 'utf8');
const COLOPHON = readFileSync(new URL('../templates/partials/colophon.hbs', import.meta.url), 'utf8');

it('renders again when a partial in the project’s gongwen-templates/partials is edited', async () => {
  const root = folderWith({ '方案.yaml': STARTER, 'gongwen-templates/partials/colophon.hbs': COLOPHON }, { prefix: 'gongwen-watch-partial-' });
  const controller = new AbortController();
  let stdout = '';
  let rounds = 0;
  let roundEnded = () => {};
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => {
      if (/^watching \d+ file\(s\)/m.test(t)) (rounds++, roundEnded());
    },
    color: false,
    cwd: root,
    env: {},
    signal: controller.signal,
  };
  const round = (n: number) => new Promise<void>((resolve) => {
    roundEnded = () => rounds >= n && resolve();
    roundEnded();
  });
  const exit = main(['render', '方案.yaml', '--watch', '--debounce', '20'], io);
  await round(1);
  expect(stdout).not.toContain('局部模板改过了');
  // the colophon partial now writes 主题词 (the starter record has none of its own)
  writeFileSync(join(root, 'gongwen-templates/partials/colophon.hbs'), `${COLOPHON}keywords: 局部模板改过了\n`);
  await round(2);
  expect(stdout.split('主题词：局部模板改过了').length - 1).toBe(1); // the second round's document, and only it
  controller.abort();
  expect(await exit).toBe(0);
}, 10_000);
