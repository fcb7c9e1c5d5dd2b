// A project template naming a helper gongwen does not have: said at the template's line, once a run,
// with gongwen's helpers (or the one meant), in words — not Handlebars' "Missing helper".
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';

const root = join(import.meta.dirname, '..');
const MINUTES_TEMPLATE = readFileSync(join(root, 'templates/minutes.hbs'), 'utf8');

function project(call: string): string {
  const dir = folderWith({});
  cpSync(join(root, 'examples/minutes-town-petition.yaml'), join(dir, 'a.yaml'));
  cpSync(join(root, 'examples/minutes-town-stability.yaml'), join(dir, 'b.yaml'));
  mkdirSync(join(dir, 'gongwen-templates'));
  writeFileSync(join(dir, 'gongwen-templates', 'minutes.hbs'), MINUTES_TEMPLATE.replace('{{dateText}}，', `{{dateText}}${call}，`));
  return dir;
}

describe('a helper the template names that gongwen does not have', () => {
  it('is said at its line and column, once for the batch, with the helpers there are', async () => {
    const r = await runCli(['render', '.', '-o', 'out/'], project('{{numeral place}}'));
    expect(r.code).toBe(1);
    const said = r.stderr.match(/minutes\.hbs:\d+:\d+: error\[template-error\]: template "minutes": no helper "numeral"/g) ?? [];
    expect(said).toHaveLength(1);
    expect(r.stderr).toMatch(/minutes\.hbs:16:13: /);
    expect(r.stderr).toContain("expected: one of gongwen's helpers: ");
    expect(r.stderr).toContain('sentence');
    expect(r.stderr).not.toContain('Missing helper');
    expect(r.stderr).toContain('2 record(s): 0 rendered, 2 failed');
  });

  it('offers the helper meant when the name is near one', async () => {
    const r = await runCli(['render', 'a.yaml', '-o', 'out/', '--lang', 'zh'], project('{{sentense place}}'));
    expect(r.stderr).toContain('模板“minutes”：没有名为“sentense”的辅助函数（helper）');
    expect(r.stderr).toContain('是不是“sentence”？');
  });
});

describe('a template error a record\'s data causes', () => {
  it('names the record it failed on, for each record of the batch', async () => {
    const r = await runCli(['render', '.', '-o', 'out/'], project('{{join place}}'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the record it failed on: a.yaml (the template failed on its data)');
    expect(r.stderr).toContain('the record it failed on: b.yaml (the template failed on its data)');
    const zh = await runCli(['render', 'a.yaml', '-o', 'out/', '--lang', 'zh'], project('{{join place}}'));
    expect(zh.stderr).toContain('出错的记录：a.yaml（模板用到它的数据时出错）');
  });

  it('is not said of a mistake of the template\'s own, which is the same for every record', async () => {
    const r = await runCli(['render', '.', '-o', 'out/'], project('{{numeral place}}'));
    expect(r.stderr).not.toContain('the record it failed on');
  });
});
