/**
 * A half-width comma typed inside a value of a `{…}` mapping, as a secretary types a list in one line
 * (`{姓名: 王明, 职务: 镇长, 分管: 信访,维稳}`): YAML ends the value at the comma and reads what follows as a key
 * without a value. It is read as meant — the rest of the value, comma and all — and said once, at the comma.
 */
import { describe, expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

const PLAN = [
  '类型: 实施方案',
  '标题: 关于开展矛盾纠纷排查化解专项行动的实施方案',
  '章节:',
  '  - 标题: 组织领导',
  '    领导小组:',
  '      组长: {姓名: 王明, 职务: 镇长,党委副书记}',
  '      成员: [李四, 张三]',
  '落款:',
  '  署名: 临江镇人民政府',
  '  成文日期: 2024年2月26日',
];

describe('a comma typed inside a value of a { } mapping', () => {
  it('is read as part of the value (the posts 镇长 and 党委副书记), with a warning at the comma', async () => {
    const r = await runRecord('render', PLAN);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('组长：王明（镇长、党委副书记）');
    expect(r.stderr).toContain('record.yaml:6:26: warning[comma-in-braces]: the half-width comma in "镇长,党委副书记" separates items inside { }: read as one value of 职务');
    expect(r.stderr).not.toContain('error');
  });

  it('in Chinese, with what to write instead', async () => {
    const r = await runRecord('render', PLAN, { GONGWEN_LANG: 'zh' });
    expect(r.stderr).toContain('record.yaml:6:26: 警告[comma-in-braces]：“镇长,党委副书记”中的半角逗号在 { } 里是分隔项目的：已按“职务”的一个值读入');
    expect(r.stderr).toContain('提示：在 { } 里，文字中的逗号请写成顿号“、”或全角逗号“，”，或给这段文字加引号');
  });

  it('a count typed with a thousands comma, 来信: 1,690, is the count 1690', async () => {
    const r = await runRecord('render', [
      '类型: 总结',
      '标题: 青石县2024年信访工作总结',
      '单位: 全县',
      '时期: 2024',
      '章节:',
      '  - 标题: 信访总体情况',
      '    内容:',
      '      - 插入: 信访统计',
      '信访: {来信: 1,690, 来访: 486, 办理: 2176, 办结: 2176}',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('来信1690件');
    expect(r.stderr).toContain('record.yaml:9:11: warning[comma-in-braces]');
  });

  it('names typed with commas under 出席 are each counted', async () => {
    const branch = [
      '类型: 纪要',
      '模板: minutes-branch',
      '标题: 水务局第二党支部支部委员会会议纪要',
      '时间: 2024-05-09 14:30',
      '单位: 县水务局第二党支部',
      '地点: 局机关四楼会议室',
      '会议名称: 支部委员会',
      '主持人: 支部书记黄立新',
      '议题: [研究确定发展对象人选]',
      '共识:',
      '  要点: [同意将张磊同志列为发展对象]',
      '出席情况: {出席: 黄立新,罗敏,田勇, 缺席: 韩冬}',
    ];
    const r = await runRecord('render', branch);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('应到4人，实到3人');
    // one warning for the one value, at its first comma
    expect(r.stderr.match(/comma-in-braces/g)).toHaveLength(1);
    expect(r.stderr).toContain('record.yaml:12:15: warning[comma-in-braces]');
  });

  it('a word with no key before it is still a key: {王明, 职务: 镇长} is said as the unknown key 王明', async () => {
    const r = await runRecord('validate', PLAN.map((l) => l.replace('{姓名: 王明, 职务: 镇长,党委副书记}', '{王明, 职务: 镇长}')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[unknown-key]');
    expect(r.stderr).not.toContain('comma-in-braces');
  });
});
