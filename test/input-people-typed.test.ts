/**
 * People as a Word list or a register types them: the chair as `姓名(职务)` (李明辉(镇党委副书记、镇长)), printed in the
 * opening with its brackets, and a two-character name padded with spaces to line up with longer ones (`谭  军  乡长`),
 * read as two people and a post. The chair's posts are read from the brackets, as from `镇党委副书记、镇长 李明辉`; a
 * single Han character, spaces and a single Han character are one name.
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

const MINUTES = (chair: string) => [
  '类型: 纪要',
  '标题: 镇政府2025年第15次常务会议纪要',
  '日期: 2025年8月12日',
  '时段: 上午',
  '地点: 镇政府三楼会议室',
  `主持人: ${chair}`,
  '会议名称: 镇政府2025年第15次常务会议',
  '章节:',
  '  - 动词: 强调',
  '    内容: 各村要落实24小时值班制度.',
];

it('reads 主持人 typed 姓名(职务) as the name with its posts, written before it in the opening', async () => {
  const r = await runRecord('render', MINUTES('李明辉(镇党委副书记、镇长)'));
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('2025年8月12日上午，镇党委副书记、镇长李明辉在镇政府三楼会议室主持召开了镇政府2025年第15次常务会议。');
});

it('keeps a note in brackets after the chair as typed (no post in it)', async () => {
  const r = await runRecord('render', MINUTES('李明辉(代)'));
  expect(r.stdout).toContain('李明辉（代）在镇政府三楼会议室主持召开了');
});

it('reads a two-character name padded with spaces as one name, in a 领导小组', async () => {
  const r = await runRecord('render', [
    '类型: 实施方案',
    '标题: 关于做好2025年防汛抗旱工作的实施方案',
    '章节:',
    '  - 标题: 组织领导',
    '    领导小组:',
    '      组长: 谭  军  乡长',
    '      副组长: |',
    '        周  敏  副乡长',
    '        欧阳晓东  乡武装部部长',
    '      成员: 邓  辉 刘  勇',
    '落款:',
    '  署名: 白沙乡人民政府',
    '  成文日期: 2025年4月2日',
  ]);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('组　长：谭军（乡长）');
  expect(r.stdout).toContain('副组长：周敏（副乡长）、欧阳晓东（乡武装部部长）');
  expect(r.stdout).toContain('成　员：邓辉、刘勇');
});
