// gongwen.config.yaml (src/config): found above a record, its defaults under the record's own keys,
// its mistakes at its lines, its output and template folders used.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/readConfig.js';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';

const STARTER = readFileSync(new URL('../templates/starters/plan.yaml', import.meta.url), 'utf8');
/** The plan starter without the keys a config may give (发文机关, 落款, 抄送, 印发机关). */
const PLAN_WITHOUT_DEFAULTS = STARTER.replace(/^发文机关:.*\n/m, '')
  .replace(/^落款:\n(?:  .*\n)+/m, '')
  .replace(/^抄送:.*\n/m, '')
  .replace(/^印发机关:.*\n/m, '');

const CONFIG = ['# 张庄镇的公文共同设置', '发文机关: 张庄镇人民政府', '印发机关: 张庄镇党政办公室', '抄送: 县委办、县政府办', '落款: 中共张庄镇委员会', ''].join('\n');

// the search for a config stops at a repository's top (.git), as in a real project
const project = (files: Record<string, string>): string => folderWith(files, { prefix: 'gongwen-config-', git: true });

describe('gongwen.config.yaml', () => {
  it('is found from a record two folders below it, and fills the keys the record lacks', async () => {
    expect(PLAN_WITHOUT_DEFAULTS).not.toMatch(/发文机关|落款|抄送|印发机关/);
    const root = project({ 'gongwen.config.yaml': CONFIG, '办公室/方案/方案.yaml': PLAN_WITHOUT_DEFAULTS });
    const r = await runCli(['render', '方案/方案.yaml'], join(root, '办公室'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\*\*张庄镇人民政府\*\*/); // 版头
    expect(r.stdout).toContain('抄送：县委办，县政府办。');
    expect(r.stdout).toMatch(/张庄镇党政办公室　+2024年3月25日印发/);
    expect(r.stdout).toMatch(/\n中共张庄镇委员会 *\n/); // 落款
  });

  it("does not apply above a repository's top (.git)", async () => {
    const root = project({ 'gongwen.config.yaml': CONFIG, 'repo/.git/HEAD': '', 'repo/方案.yaml': PLAN_WITHOUT_DEFAULTS });
    const r = await runCli(['render', 'repo/方案.yaml'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('张庄镇');
  });

  it("leaves a record's own keys as the record writes them", async () => {
    const root = project({ 'gongwen.config.yaml': CONFIG, '方案.yaml': STARTER });
    const r = await runCli(['render', '方案.yaml'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\*\*XX镇人民政府\*\*/);
    expect(r.stdout).toContain('抄送：县委政法委，县信访局。');
    expect(r.stdout).not.toContain('张庄镇');
  });

  it("gives a 落款 that has only its 成文日期 the config's 署名", async () => {
    // (signed the day before its 印发日期, 2024-03-25: a document is printed after it is signed)
    const record = PLAN_WITHOUT_DEFAULTS + '落款:\n  成文日期: 2024-03-24\n';
    const root = project({ 'gongwen.config.yaml': CONFIG, '方案.yaml': record });
    const r = await runCli(['render', '方案.yaml'], root);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/中共张庄镇委员会 *\n2024年3月24日/);
  });

  it('gives its 日期格式 to a kind without 发文机关 (a 纪要), and nothing the 纪要 has no key for', async () => {
    const minutes = readFileSync(new URL('../templates/starters/minutes.yaml', import.meta.url), 'utf8');
    expect(minutes).toMatch(/^日期: 2024-03-15/m);
    expect(minutes).not.toMatch(/日期格式/);
    const root = project({ 'gongwen.config.yaml': CONFIG + '日期格式: 汉字\n', '纪要.yaml': minutes });
    const r = await runCli(['render', '纪要.yaml'], root);
    expect(r.stderr).toBe(''); // no unknown-key 发文机关 for a 纪要, no unused-key warning for the defaults
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('二〇二四年三月十五日');
    expect(r.stdout).not.toContain('张庄镇人民政府**'); // no 版头
  });

  it('reports a misspelt key at its line and column, with the key it was meant to be; nothing is rendered', async () => {
    const config = '发文机关: 张庄镇人民政府\n\n印发机构: 张庄镇党政办公室\n字体方案: songti\n';
    const root = project({ 'gongwen.config.yaml': config, 'a/方案.yaml': PLAN_WITHOUT_DEFAULTS });
    const r = await runCli(['validate', 'a/方案.yaml'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gongwen.config.yaml:3:1');
    expect(r.stderr).toMatch(/unknown key "印发机构" in the config file/);
    expect(r.stderr).toMatch(/did you mean "印发机关" \(printer\)\?/);
    expect(r.stderr).toContain('> 3 | 印发机构: 张庄镇党政办公室'); // the code frame shows the config file's line
    // every mistake at once: the font profile on line 4 too
    expect(r.stderr).toContain('gongwen.config.yaml:4:7');
    expect(r.stderr).toMatch(/"songti" is not accepted here/);
    const json = await runCli(['validate', 'a/方案.yaml', '--reporter', 'json'], root);
    const found = JSON.parse(json.stdout) as Array<{ file: string; line: number; column: number; code: string }>;
    expect(found.map((d) => [d.file, d.line, d.column, d.code])).toEqual([
      ['gongwen.config.yaml', 3, 1, 'unknown-key'],
      ['gongwen.config.yaml', 4, 7, 'invalid-value'],
    ]);
  });

  it('writes DOCX into its output folder when --output is not given, and not when it is', async () => {
    const root = project({ 'gongwen.config.yaml': CONFIG + '输出目录: 成文\n', '记录/方案.yaml': PLAN_WITHOUT_DEFAULTS });
    const r = await runCli(['render', '方案.yaml', '-f', 'docx'], join(root, '记录'));
    expect(r.code).toBe(0);
    expect(existsSync(join(root, '成文', '方案.docx'))).toBe(true);
    expect(existsSync(join(root, '记录', '方案.docx'))).toBe(false);
    const given = await runCli(['render', '记录/方案.yaml', '-f', 'docx', '-o', 'out/'], root);
    expect(given.code).toBe(0);
    expect(existsSync(join(root, 'out', '方案.docx'))).toBe(true);
  });

  it('takes templates from its template folder', async () => {
    const plan = readFileSync(new URL('../templates/plan.hbs', import.meta.url), 'utf8');
    const own = plan.replace(/\n---\n/, '\n---\n本单位模板的第一段。\n\n');
    expect(own).not.toBe(plan);
    const root = project({ 'gongwen.config.yaml': CONFIG + '模板目录: 本单位模板\n', '本单位模板/plan.hbs': own, '记录/方案.yaml': PLAN_WITHOUT_DEFAULTS });
    const r = await runCli(['render', '记录/方案.yaml'], root);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('本单位模板的第一段。');
    // templates list and show, in the folder of the config, see them too
    const list = await runCli(['templates', 'list'], root);
    expect(list.stdout).toMatch(/^plan +plan +project /m);
    expect((await runCli(['templates', 'show', 'plan'], root)).stdout).toBe(own);
  });

  it('gives its font profile to the DOCX unless --font-profile is given', async () => {
    const root = project({ 'gongwen.config.yaml': CONFIG + '字体方案: plain\n', '方案.yaml': PLAN_WITHOUT_DEFAULTS });
    const fonts = async (args: string[]) => {
      const r = await runCli(['render', '方案.yaml', '-f', 'docx', '-o', 'x.docx', '--force', ...args], root);
      expect(r.code).toBe(0);
      const { unzipSync, strFromU8 } = await import('fflate');
      return strFromU8(unzipSync(readFileSync(join(root, 'x.docx')))['word/fontTable.xml']!);
    };
    expect(await fonts([])).not.toContain('仿宋_GB2312');
    expect(await fonts(['--font-profile', 'gb2312'])).toContain('仿宋_GB2312');
  });

  it('as gongwen new 配置 writes it, is a valid config that gives every default it names', async () => {
    const root = project({ '记录/方案.yaml': PLAN_WITHOUT_DEFAULTS });
    expect((await runCli(['new', '配置', '-o', 'gongwen.config.yaml'], root)).code).toBe(0);
    const r = await runCli(['render', '记录/方案.yaml', '-f', 'docx'], root);
    expect(r.stderr).not.toMatch(/error|warning/);
    expect(r.code).toBe(0);
    expect(existsSync(join(root, '成文', '方案.docx'))).toBe(true); // 输出目录: 成文
    const md = await runCli(['render', '记录/方案.yaml'], root);
    expect(md.stdout).toMatch(/^\*\*XX镇人民政府\*\*/);
    expect(md.stdout).toContain('抄送：县委办，县政府办。');
  });

  it('is named by --verbose, with the template each record used and the time it took', async () => {
    const root = project({ 'gongwen.config.yaml': CONFIG, 'a/方案.yaml': PLAN_WITHOUT_DEFAULTS, 'b/方案.yaml': STARTER });
    const r = await runCli(['--verbose', 'validate', 'a/方案.yaml', 'b/方案.yaml'], root);
    expect(r.code).toBe(0);
    const templatePath = fileURLToPath(new URL('../templates/plan.hbs', import.meta.url));
    for (const record of ['a/方案.yaml', 'b/方案.yaml']) {
      const block = r.stderr.split('\n').slice(r.stderr.split('\n').findIndex((l) => l.startsWith(`${record}: compiled in`)));
      expect(block[0]).toMatch(/^[ab]\/方案\.yaml: compiled in \d+(\.\d)? ms$/);
      expect(block[1]).toBe('  config:    gongwen.config.yaml');
      expect(block[2]).toBe(`  template:  ${templatePath}`);
    }
    expect(r.stderr).toMatch(/\nfinished in \d+(\.\d)? ms\n$/);
    // --quiet wins over --verbose
    expect((await runCli(['--verbose', '--quiet', 'validate', 'a/方案.yaml'], root)).stderr).toBe('');
  });

  it('is printed by gongwen schema config, with its Chinese key names', async () => {
    const r = await runCli(['schema', 'config'], tmpdir());
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['issuer', '发文机关', 'printer', '印发机关', 'cc', '抄送', 'signature', '落款', 'dateStyle', '日期格式', 'fontProfile', '字体方案', 'output', '输出目录', 'templates', '模板目录']));
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('an edited config is read again', () => {
  it('even an edit of as many bytes with the same modification time (张 for 李, within the clock\'s tick)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'gongwen-config-edit-'));
    try {
      const file = join(folder, 'gongwen.config.yaml');
      const when = new Date('2026-11-30T08:00:00Z');
      writeFileSync(file, '发文机关: 张庄镇人民政府\n');
      utimesSync(file, when, when);
      expect(loadConfig(file).data?.issuer).toBe('张庄镇人民政府');
      writeFileSync(file, '发文机关: 李庄镇人民政府\n');
      utimesSync(file, when, when);
      expect(loadConfig(file).data?.issuer).toBe('李庄镇人民政府');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
