/**
 * A meeting held online (视频会议, 电话会议) has no room to name: a 纪要 without 地点 is rendered, its opening sentence
 * without the place (……，镇党委书记陈建华主持召开了……), the header form without its 地点 line.
 */
import { describe, expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

describe('a 纪要 without 地点', () => {
  it('is rendered in the narrative form, its opening sentence without the place', async () => {
    const r = await runRecord('render', [
      '类型: 纪要',
      '标题: 青石镇防汛工作视频调度会议纪要',
      '日期: 2024年6月18日',
      '主持人: 镇党委书记 陈建华',
      '会议名称: 全镇防汛工作视频调度会议',
      '章节:',
      '  - 动词: 强调',
      '    内容: 各村要落实24小时值班制度.',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n2024年6月18日，镇党委书记陈建华主持召开了全镇防汛工作视频调度会议。现将会议内容纪要如下：\n');
  });

  it('is rendered in the header form without a 地点 line', async () => {
    const r = await runRecord('render', [
      '类型: 纪要',
      '模板: minutes-header',
      '标题: 东关街道市场整治电话会议纪要',
      '时间: 2024年7月2日上午9:00',
      '主持人: 街道办主任 李强',
      '参加人员: 各社区主任',
      '正文: 会议研究了农贸市场周边占道经营整治工作.',
      '落款:',
      '  署名: 东关街道办事处',
      '  日期: 2024年7月2日',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('时间：2024年7月2日上午9:00\n\n主持人：街道办主任李强\n');
    expect(r.stdout).not.toContain('地点');
  });
});
