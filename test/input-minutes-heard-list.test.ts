/**
 * A meeting that heard several reports (an 安委会, a 联席会议), typed as a list under 听取: each report as the thing
 * heard, joined as coordinate phrases are (prose.md: 顿号, the last with 和), where the list was refused ("expected text or
 * a number, got a list").
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

it('reads 听取 typed as a list: 会议听取了A、B和C。', async () => {
  const r = await runRecord('render', [
    '类型: 纪要',
    '标题: 镇安全生产委员会会议纪要',
    '日期: 2025年9月25日',
    '地点: 镇政府三楼会议室',
    '主持人: 镇长 李明辉',
    '会议名称: 镇安全生产委员会全体会议',
    '听取:',
    '  - 镇应急办关于国庆期间安全生产检查情况的汇报',
    '  - 镇交管站关于道路交通安全整治情况',
    '  - 派出所关于“九小场所”消防安全检查情况的汇报',
    '章节:',
    '  - 动词: 强调',
    '    内容: 各村要落实24小时值班制度.',
  ]);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain(
    '会议听取了镇应急办关于国庆期间安全生产检查情况的汇报、镇交管站关于道路交通安全整治情况的汇报和派出所关于“九小场所”消防安全检查情况的汇报。',
  );
});
