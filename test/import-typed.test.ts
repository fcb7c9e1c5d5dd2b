/**
 * `gongwen import` of documents as secretaries type them (not the seeds): a 纪要 of the header form, its
 * 主持人 and 记录 lines among the header, its text numbered in two levels (一、会议指出，… / 二、会议要求：
 * / 1、… / 三、会议议定：…).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';

const TYPED_MINUTES = [
  '镇安全生产工作会议纪要',
  '',
  '时间：2025年6月12日上午9时',
  '地点：镇三楼会议室',
  '主持人：镇长 李明辉',
  '参会人员：陈志强、王丽、马超、何敏，各村主任',
  '记录：何敏',
  '',
  '6月12日上午，镇长李明辉主持召开全镇安全生产工作会议。现将会议内容纪要如下：',
  '',
  '一、会议指出，今年以来全镇安全生产形势总体平稳，未发生较大以上生产安全事故。',
  '',
  '二、会议要求：',
  '1、各村要在6月20日前完成自建房安全隐患排查；',
  '2、派出所要加强道路交通安全整治。',
  '',
  '三、会议议定：成立镇安全生产专项整治工作专班，由陈志强同志任组长。',
  '',
  '青溪镇人民政府',
  '2025年6月12日',
  '',
].join('\n');

/** `gongwen import <name> -o <record>` of `text` typed into a file of a temporary folder; what it said, and the record it wrote. */
async function importTyped(name: string, text: string) {
  const dir = folderWith({ [name]: text });
  const out = name.replace(/\.txt$/, '.yaml');
  const imported = await runCli(['import', name, '-o', out], dir);
  expect(imported.code).toBe(0);
  return { dir, imported, record: parse(readFileSync(join(dir, out), 'utf8')) };
}

describe('a 纪要 of the header form, typed', () => {
  it('reads 主持人 and 记录 as the header keys they are, and keeps a text numbered in two levels paragraph by paragraph', async () => {
    const { dir, imported, record } = await importTyped('jy.txt', TYPED_MINUTES);
    // 一、会议指出，… is an enumerated paragraph, not a heading, but it is the 一、 before 二、会议要求：
    expect(imported.stderr).toBe('wrote jy.yaml (纪要)\n');
    expect([record.模板, record.主持人, record.会议记录与整理, record.记录标签]).toEqual(['minutes-header', '镇长 李明辉', '何敏', '记录']);
    // no header line left in the text, and 三、会议议定 a paragraph of its own, not glued to the point before it
    expect(record.正文.filter((t: string) => /^(主持人|记录)[:：]/.test(t))).toEqual([]);
    expect(record.正文).toContain('三、会议议定：成立镇安全生产专项整治工作专班，由陈志强同志任组长。');
    expect(record.正文).toContain('2、派出所要加强道路交通安全整治。');
    expect(record.要点).toBeUndefined();

    const rendered = await runCli(['render', 'jy.yaml'], dir);
    expect(rendered.code).toBe(0);
    const lines = rendered.stdout.split('\n').filter(Boolean);
    expect(lines).toContain('主持人：镇长李明辉');
    expect(lines).toContain('记录：何敏');
    expect(lines).toContain('二、会议要求：');
    expect(lines).toContain('三、会议议定：成立镇安全生产专项整治工作专班，由陈志强同志任组长。');
    expect(lines.filter((l) => l.includes('主持人'))).toHaveLength(1);
  });

  it('still reads points numbered in one level (1. 2. …) as the template\'s 要点, and 缺席 as 缺席', async () => {
    const dir = folderWith({
      'points.txt': ['镇防汛工作专题会纪要', '', '时间：2025年6月1日下午3时', '地点：镇政府会议室', '参加人员：镇村干部', '缺席：王强（住院）', '', '会议要求：', '', '1.各村要落实巡堤人员。', '', '2.镇应急办要备足防汛物资。', ''].join('\n'),
    });
    const imported = await runCli(['import', 'points.txt'], dir);
    expect(imported.code).toBe(0);
    const record = parse(imported.stdout);
    expect(record.正文).toEqual(['会议要求：']);
    expect(record.要点).toEqual(['各村要落实巡堤人员。', '镇应急办要备足防汛物资。']);
    // absent is not on leave: 缺席 stays 缺席 (the templates print it as typed)
    expect(record.出席情况).toEqual({ 缺席: '王强（住院）' });
  });
});

const LAST_YEARS_PLAN = [
  '关于印发《青溪镇2024年安全生产大检查实施方案》的通知',
  '各村（社区），镇直各单位：',
  '为认真贯彻落实县安委会的部署要求，结合我镇实际，制定本方案。',
  '一、组织领导',
  '镇成立安全生产大检查领导小组，组成人员如下：',
  '组  长：李明辉  镇党委副书记、镇长',
  '副组长：陈志强  副镇长',
  '成  员：马超  派出所所长',
  '        何敏  党委委员、应急办主任',
  '领导小组下设办公室，办公室设在镇应急办，何敏同志兼任办公室主任。',
  '二、工作步骤',
  '1.动员部署阶段（4月1日至4月10日）。召开动员会，制定检查方案。',
  '2.全面检查阶段（4月11日至6月10日）。各村各单位全面开展自查。',
  '',
  '青溪镇人民政府',
  '2024年3月28日',
  '',
].join('\n');

describe('last year\'s 实施方案, typed, imported to be edited for this year', () => {
  it('reads its 主送, its 领导小组 typed as aligned lines and its phases with their dates into their own keys', async () => {
    const { dir, record } = await importTyped('plan.txt', LAST_YEARS_PLAN);
    expect(record.主送).toBe('各村（社区），镇直各单位');
    expect(record.依据).toEqual(['为认真贯彻落实县安委会的部署要求，结合我镇实际，制定本方案。']);
    const [group, steps] = record.章节;
    expect(group.内容).toEqual(['镇成立安全生产大检查领导小组，组成人员如下：']);
    // each aligned line one person, their posts joined by 、 theirs (镇党委副书记、镇长 is no second person)
    expect(group.领导小组).toEqual({
      组长: { 姓名: '李明辉', 职务: '镇党委副书记、镇长' },
      副组长: { 姓名: '陈志强', 职务: '副镇长' },
      成员: [
        { 姓名: '马超', 职务: '派出所所长' },
        { 姓名: '何敏', 职务: '党委委员、应急办主任' },
      ],
      办公室: '领导小组下设办公室，办公室设在镇应急办，何敏同志兼任办公室主任。',
    });
    expect(steps.阶段.map((p: { 名称: string; 起: string; 止: string }) => [p.名称, p.起, p.止])).toEqual([
      ['动员部署阶段', '4月1日', '4月10日'],
      ['全面检查阶段', '4月11日', '6月10日'],
    ]);

    const rendered = await runCli(['render', 'plan.yaml'], dir);
    expect(rendered.code).toBe(0);
    const lines = rendered.stdout.split('\n').filter(Boolean);
    expect(lines).toContain('各村（社区）、镇直各单位：');
    expect(lines).toContain('组　长：李明辉（镇党委副书记、镇长）');
    expect(lines).toContain('成　员：马超（派出所所长）、何敏（党委委员、应急办主任）');
    expect(lines).toContain('**1.动员部署阶段（4月1日至4月10日）。**召开动员会，制定检查方案。');
  });
});
