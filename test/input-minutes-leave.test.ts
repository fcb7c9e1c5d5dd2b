/**
 * 请假 and 缺席 are two lists (GB/T 9704 §10.3 names 请假; a 支部委员会 writes 缺席): a member away on business and one who
 * did not come are both said, each under its own label, and both are counted in 应到. Each list alone prints as it did
 * when the two were one key, so that an office's ejected template (which prints one line for both) renders as before.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runRecord } from './support/cli.js';
import { folderWith } from './support/folder.js';

const root = join(import.meta.dirname, '..');

const BRANCH = [
  '类型: 纪要',
  '模板: minutes-branch',
  '标题: 县水务局第二党支部委员会会议纪要',
  '日期: 2024年5月9日14:30',
  '单位: 县水务局第二党支部',
  '地点: 局机关四楼会议室',
  '会议名称: 支部委员会',
  '主持人: 支部书记 黄立新',
  '议题: [学习党章]',
  '共识:',
  '  要点: [认真学习党章]',
  '出席: 黄立新 罗敏 田勇',
];

const NARRATIVE = [
  '类型: 纪要',
  '标题: 青石镇防汛工作会议纪要',
  '日期: 2024年6月18日',
  '地点: 镇政府三楼会议室',
  '主持人: 镇党委书记 陈建华',
  '会议名称: 全镇防汛工作会议',
  '章节:',
  '  - 动词: 强调',
  '    内容: 各村要落实24小时值班制度.',
  '出席: 陈建华 王强 李明',
];

describe('请假 and 缺席 in one 纪要', () => {
  it('prints both lists, each under its own label, and counts both in 应到', async () => {
    const r = await runRecord('render', [...BRANCH, '请假: 邓雪(出差)', '缺席: 韩冬']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('应到5人，实到3人');
    expect(r.stdout).toMatch(/\*\*出席：\*\*黄立新、罗敏、田勇\n\n\*\*请假：\*\*邓雪（出差）\n\n\*\*缺席：\*\*韩冬(\n|$)/);
  });

  it('prints both in the narrative form, under 出席情况 too', async () => {
    const r = await runRecord('render', [...NARRATIVE.slice(0, -1), '出席情况:', '  出席: 陈建华 王强 李明', '  请假: 赵六(出差)', '  缺席: 钱七']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\*\*出席：\*\*陈建华、王强、李明\n\n\*\*请假：\*\*赵六（出差）\n\n\*\*缺席：\*\*钱七(\n|$)/);
  });

  it('says a name written under both', async () => {
    const r = await runRecord('validate', [...BRANCH, '请假: 邓雪', '缺席: 邓雪']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/record\.yaml:14:\d+: error\[[a-z-]+\]: 邓雪 is listed both as on leave \(请假\) and as absent \(缺席\)/);
  });

  it('says a name written as present and on leave', async () => {
    const r = await runRecord('validate', [...BRANCH, '请假: 罗敏']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/record\.yaml:13:\d+: error\[[a-z-]+\]: 罗敏 is listed both as present and as on leave \(请假\)/);
  });

  it('prints each alone as before: 请假 under 请假, 缺席 under 缺席', async () => {
    const leave = await runRecord('render', [...NARRATIVE, '请假: 赵六(出差)']);
    expect(leave.stderr).toBe('');
    expect(leave.stdout).toMatch(/\*\*出席：\*\*陈建华、王强、李明\n\n\*\*请假：\*\*赵六（出差）(\n|$)/);
    const absent = await runRecord('render', [...BRANCH, '缺席: 韩冬']);
    expect(absent.stdout).toContain('应到4人，实到3人');
    expect(absent.stdout).toMatch(/\n\*\*缺席：\*\*韩冬(\n|$)/);
  });

  it("keeps an office's ejected template that prints one line for those not present rendering a record with one of them", async () => {
    // the built-in template as it was when 请假 and 缺席 were one key (absent, with its label)
    const old = readFileSync(join(root, 'templates/minutes.hbs'), 'utf8')
      .replace(/\{\{#if attendance\.onLeave\}\}\n请假：\{\{attendance\.onLeave\}\}\n\{\{\/if\}\}\n/g, '');
    expect(old).not.toContain('onLeave');
    const dir = folderWith({ 'record.yaml': [...NARRATIVE, '请假: 赵六(出差)'].join('\n') + '\n' });
    mkdirSync(join(dir, 'gongwen-templates'));
    writeFileSync(join(dir, 'gongwen-templates', 'minutes.hbs'), old);
    const r = await runCli(['render', 'record.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\*\*出席：\*\*陈建华、王强、李明\n\n\*\*请假：\*\*赵六（出差）(\n|$)/);
  });

  it("says the 请假 line an office's ejected template has no place for, beside 缺席", async () => {
    const old = readFileSync(join(root, 'templates/minutes.hbs'), 'utf8').replace(/\{\{#if attendance\.onLeave\}\}\n请假：\{\{attendance\.onLeave\}\}\n\{\{\/if\}\}\n/g, '');
    const dir = folderWith({ 'record.yaml': [...NARRATIVE, '请假: 赵六(出差)', '缺席: 钱七'].join('\n') + '\n' });
    mkdirSync(join(dir, 'gongwen-templates'));
    writeFileSync(join(dir, 'gongwen-templates', 'minutes.hbs'), old);
    const r = await runCli(['render', 'record.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\*\*缺席：\*\*钱七(\n|$)/);
    expect(r.stdout).not.toContain('赵六');
    expect(r.stderr).toMatch(/^record\.yaml:11:1: warning\[unused-key\]: template "minutes" has no place for "onLeave" \(请假/m);
    expect(r.stderr).toContain('{{#if attendance.onLeave}}');
  });

  it('is what gongwen import reads of a 纪要 with both lines, and renders again', async () => {
    const dir = folderWith({
      '纪要.md': [
        '# 青石镇防汛工作会议纪要',
        '',
        '2024年6月18日，镇党委书记陈建华在镇政府三楼会议室主持召开了全镇防汛工作会议。',
        '',
        '会议强调，各村要落实24小时值班制度。',
        '',
        '出席：陈建华、王强、李明',
        '',
        '请假：赵六（出差）',
        '',
        '缺席：钱七',
        '',
      ].join('\n'),
    });
    const imported = await runCli(['import', '纪要.md', '-o', 'record.yaml'], dir);
    expect(imported.stderr).not.toMatch(/error/);
    expect(imported.code).toBe(0);
    const r = await runCli(['render', 'record.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\*\*请假：\*\*赵六（出差）\n\n\*\*缺席：\*\*钱七(\n|$)/);
  });
});
