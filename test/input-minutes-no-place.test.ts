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

describe('a 纪要 whose 地点 is the medium of an online meeting', () => {
  const record = (place: string) => [
    '类型: 纪要',
    '标题: 全镇冬季安全生产视频调度会议纪要',
    '时间: 2025年12月8日上午10:00',
    `地点: ${place}`,
    '主持人: 镇长 李明辉',
    '会议名称: 全镇冬季安全生产视频调度会',
    '章节:',
    '  - 动词: 强调',
    '    内容: 各村要落实24小时值班制度.',
  ];

  it('says how the meeting was held, not 在 a medium', async () => {
    for (const [place, said] of [
      ['视频会议', '以视频会议形式'],
      ['线上', '以线上会议形式'],
      ['视频会议形式', '以视频会议形式'],
      ['腾讯会议', '通过腾讯会议'],
      ['钉钉视频会议', '通过钉钉视频会议'],
    ] as const) {
      const r = await runRecord('render', record(place));
      expect(r.stderr, place).toBe('');
      expect(r.stdout, place).toContain(`2025年12月8日上午10:00，镇长李明辉${said}主持召开了全镇冬季安全生产视频调度会。`);
    }
  });

  it('keeps 在 before a room', async () => {
    const r = await runRecord('render', record('镇应急指挥中心视频会议室'));
    expect(r.stdout).toContain('镇长李明辉在镇应急指挥中心视频会议室主持召开了');
  });
});
