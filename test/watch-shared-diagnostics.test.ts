// render --watch: a mistake in gongwen.config.yaml (said once a run, src/cli/session.ts) is said again in
// every round that fails by it: each round is a run, and a round that fails without a reason is a riddle.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { folderWith } from './support/folder.js';
import type { CliIO } from '../src/cli/io.js';

const STARTER = readFileSync(new URL('../templates/starters/plan.yaml', import.meta.url), 'utf8');
const TITLE = '关于开展矛盾纠纷大排查活动的实施方案';

describe('render --watch and a broken gongwen.config.yaml', () => {
  it('says the config file mistake in each round, not only the first', async () => {
    const root = folderWith({ '方案.yaml': STARTER, 'gongwen.config.yaml': '发文机关: [张庄镇人民政府\n' }, { prefix: 'gongwen-watch-said-' });
    const controller = new AbortController();
    let stderr = '';
    let rounds = 0;
    let roundEnded: () => void = () => {};
    const io: CliIO = {
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
        if (/^watching \d+ file\(s\)/m.test(t)) (rounds++, roundEnded());
      },
      color: false,
      cwd: root,
      env: {},
      signal: controller.signal,
    };
    const round = (n: number) => (rounds >= n ? Promise.resolve() : new Promise<void>((resolve) => (roundEnded = () => rounds >= n && resolve())));
    const exit = main(['render', '方案.yaml', '-f', 'docx', '-o', 'out/', '--watch', '--debounce', '20'], io);
    await round(1);
    const frames = () => stderr.match(/gongwen\.config\.yaml:\d+:\d+/g)?.length ?? 0;
    expect(frames()).toBe(1);
    writeFileSync(join(root, '方案.yaml'), STARTER.replace(TITLE, '关于做好防汛工作的实施方案'));
    await round(2);
    expect(frames()).toBeGreaterThanOrEqual(2); // once more (a save the watch sees twice may add a round)
    // the config file mended the wrong way: its new text is what the frame shows
    const said = stderr.length;
    writeFileSync(join(root, 'gongwen.config.yaml'), '发文机关: [李庄镇人民政府\n');
    await round(rounds + 1);
    expect(stderr.slice(said)).toMatch(/gongwen\.config\.yaml:\d+:\d+/);
    expect(stderr.slice(said)).toContain('李庄镇人民政府');
    expect(stderr.slice(said)).not.toContain('张庄镇人民政府');
    controller.abort();
    await exit;
  });
});
