// The files a batch's records share — a template, its partials, gongwen.config.yaml — are read once a
// run (src/io/runMemo.ts): every record of a run is compiled with them as the run first read them,
// and the next run (another `render` in the same process, a round of --watch) reads them again.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configFor } from '../../src/config/applyConfig.js';
import { oncePerRun, withinRun } from '../../src/io/runMemo.js';
import { findTemplate, loadPartials } from '../../src/templates/catalog.js';
import { folderWith } from '../support/folder.js';
import { runCli } from '../support/cli.js';

const TEMPLATE = (organ: string, name = '通知') => `---\nname: ${name}\nkind: plan\n---\n---\ntitle: "{{title}}"\n---\n\n${organ}\n`;

describe('shared files read once a run', () => {
  it('gives every record of a run the template, partials and config as the run first read them', async () => {
    const root = folderWith({ 'gongwen-templates/通知.hbs': TEMPLATE('张庄镇'), 'gongwen-templates/partials/sign.hbs': '张庄镇人民政府', 'gongwen.config.yaml': '发文机关: 张庄镇人民政府\n' }, { git: true });
    const dirs = [join(root, 'gongwen-templates')];
    const record = join(root, 'a.yaml');
    await withinRun(async () => {
      expect(findTemplate('通知', dirs, root).template?.body).toContain('张庄镇');
      expect(loadPartials(dirs).get('sign')?.text).toBe('张庄镇人民政府');
      expect(configFor(record)?.data?.issuer).toBe('张庄镇人民政府');
      writeFileSync(join(root, 'gongwen-templates/通知.hbs'), TEMPLATE('李庄镇'));
      writeFileSync(join(root, 'gongwen-templates/partials/sign.hbs'), '李庄镇人民政府');
      writeFileSync(join(root, 'gongwen.config.yaml'), '发文机关: 李庄镇人民政府\n');
      // a later record of the same run: the same files as the first saw
      expect(findTemplate('通知', dirs, root).template?.body).toContain('张庄镇');
      expect(loadPartials(dirs).get('sign')?.text).toBe('张庄镇人民政府');
      expect(configFor(record)?.data?.issuer).toBe('张庄镇人民政府');
    });
    // the next run reads them again
    await withinRun(async () => {
      expect(findTemplate('通知', dirs, root).template?.body).toContain('李庄镇');
      expect(loadPartials(dirs).get('sign')?.text).toBe('李庄镇人民政府');
      expect(configFor(record)?.data?.issuer).toBe('李庄镇人民政府');
    });
  });

  it('reads every time outside a run (a compile of the serve page sees an edit at once)', () => {
    const root = folderWith({ 'gongwen-templates/partials/sign.hbs': '张庄镇人民政府' });
    const dirs = [join(root, 'gongwen-templates')];
    expect(loadPartials(dirs).get('sign')?.text).toBe('张庄镇人民政府');
    writeFileSync(join(root, 'gongwen-templates/partials/sign.hbs'), '李庄镇人民政府');
    expect(loadPartials(dirs).get('sign')?.text).toBe('李庄镇人民政府');
    let reads = 0;
    oncePerRun('x', () => reads++);
    oncePerRun('x', () => reads++);
    expect(reads).toBe(2);
  });

  it('ends the run when the work fails, so that the next run reads again', async () => {
    let reads = 0;
    await expect(withinRun(async () => {
      oncePerRun('x', () => reads++);
      throw new Error('stopped');
    })).rejects.toThrow('stopped');
    await withinRun(async () => void oncePerRun('x', () => reads++));
    expect(reads).toBe(2);
  });

  it('renders a template edited between two renders of one process with the edit', async () => {
    const root = folderWith({ 'gongwen-templates/notice.hbs': TEMPLATE('张庄镇', 'notice'), 'a.yaml': '类型: 实施方案\n模板: notice\n标题: 关于开展春季植树活动的通知\n' }, { git: true });
    const first = await runCli(['render', 'a.yaml', '-o', '-'], root);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('张庄镇');
    writeFileSync(join(root, 'gongwen-templates/notice.hbs'), TEMPLATE('李庄镇', 'notice'));
    const second = await runCli(['render', 'a.yaml', '-o', '-'], root);
    expect(second.stdout).toContain('李庄镇');
    expect(second.stdout).not.toContain('张庄镇');
  });
});
