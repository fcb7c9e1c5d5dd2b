/**
 * Dates of one record that contradict each other, as a document copied from last year's has them: each a warning at the
 * date at fault, naming the other date and its line — the 印发日期 before the 成文日期, the 发文字号's year against the
 * 成文日期's, a 总结's title year against its 时期 or 成文日期, a 实施方案's phases that overlap.
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

const PLAN = [
  '类型: 实施方案',
  '发文机关: 临江镇人民政府',
  '发文字号: 临政发[2025]7号',
  '标题: 关于开展2025年矛盾纠纷排查化解专项行动的实施方案',
  '主送: 各村(社区)',
  '依据: 为深入推进矛盾纠纷排查化解工作,制定本方案.',
  '章节:',
  '  - 标题: 实施步骤',
  '    阶段:',
  '      - 名称: 动员部署阶段',
  '        起: 2025年3月1日',
  '        止: 2025年3月20日',
  '        内容: 召开动员会.',
  '      - 名称: 排查化解阶段',
  '        起: 2025年3月21日',
  '        止: 2025年5月31日',
  '        内容: 逐村排查.',
  '落款:',
  '  署名: 临江镇人民政府',
  '  成文日期: 2025年2月26日',
  '印发机关: 临江镇党政办公室',
  '印发日期: 2025年2月27日',
];
const warnings = (stderr: string) => stderr.match(/^record\.yaml:\d+:\d+: warning\[[a-z-]+\]: .*$/gm) ?? [];
/** A record whose dates agree: validated ok, with no warning and no error. */
const saysNothing = (r: { stderr: string; code: number }) => {
  expect(r.stderr).toMatch(/^ok record\.yaml$/m);
  expect(r.stderr).not.toMatch(/(warning|error)\[/);
  expect(r.code).toBe(0);
};

it('says nothing of a plan whose dates agree', async () => {
  const r = await runRecord('validate', PLAN);
  expect(r.stderr).not.toContain('warning');
  expect(r.code).toBe(0);
});

it('says a 印发日期 before the 成文日期 at the 印发日期, with the 成文日期 and its line', async () => {
  const r = await runRecord('validate', PLAN.map((l) => (l.startsWith('印发日期') ? '印发日期: 2025年2月20日' : l)));
  expect(warnings(r.stderr)).toEqual(['record.yaml:22:7: warning[date-disagrees]: the 印发日期 2025年2月20日 is before the 成文日期 2025年2月26日 (line 20): a document is printed after it is signed; check one of the two (at 印发日期)']);
  expect(r.stderr).toMatch(/> 22 \| 印发日期: 2025年2月20日\n\s+\| {11}\^{13}\n/);
});

it("says a 发文字号 of last year's at the 发文字号", async () => {
  const r = await runRecord('validate', PLAN.map((l) => l.replace('[2025]', '[2024]')));
  expect(warnings(r.stderr)).toEqual([
    "record.yaml:3:7: warning[date-disagrees]: the 发文字号 is of 2024, the 成文日期 2025年2月26日 (line 20): a 文号 is numbered in the year the document is signed; kept from last year's? (at 发文字号)",
  ]);
});

it('says nothing of a phase that begins on the day the one above ends, as plans often write it', async () => {
  saysNothing(await runRecord('validate', PLAN.map((l) => l.replace('起: 2025年3月21日', '起: 2025年3月20日'))));
});

it('says a phase that begins before the one above it ends, at its 起', async () => {
  const r = await runRecord('validate', PLAN.map((l) => l.replace('起: 2025年3月21日', '起: 2025年3月15日')));
  expect(warnings(r.stderr)).toEqual([
    'record.yaml:15:12: warning[phases-overlap]: "排查化解阶段" begins on 2025年3月15日, before the phase above, "动员部署阶段" (line 10), ends on 2025年3月20日: the two overlap (at 章节[0].阶段[1])',
  ]);
});

const SUMMARY = [
  '类型: 总结',
  '标题: 青石镇2025年上半年信访工作总结',
  '单位: 青石镇',
  '时期: 2025H1',
  '前言: 现总结如下.',
  '章节:',
  '  - 标题: 主要做法',
  '    内容: 加强排查.',
  '落款:',
  '  署名: 青石镇人民政府',
  '  成文日期: 2025年7月3日',
];

it("says a 总结's title year other than its 时期's at the title", async () => {
  saysNothing(await runRecord('validate', SUMMARY));
  const r = await runRecord('validate', SUMMARY.map((l) => l.replace('标题: 青石镇2025年', '标题: 青石镇2024年')));
  expect(warnings(r.stderr)).toEqual(["record.yaml:2:5: warning[date-disagrees]: the title says 2024, the 时期 is 2025年上半年 (line 4): kept from last year's title? (at 标题)"]);
});

it("says a 总结's title year far from its 成文日期 where it has no 时期", async () => {
  const noPeriod = SUMMARY.filter((l) => !l.startsWith('时期'));
  saysNothing(await runRecord('validate', noPeriod.map((l) => l.replace('2025年上半年', '2024年'))));
  const r = await runRecord('validate', noPeriod.map((l) => l.replace('2025年上半年', '2023年')));
  expect(warnings(r.stderr)).toEqual(["record.yaml:2:5: warning[date-disagrees]: the title says 2023, the 成文日期 is 2025年7月3日 (line 10): kept from last year's title? (at 标题)"]);
});

it('says a 纪要 signed before its meeting at its 成文日期, with the meeting day and its line', async () => {
  const minutes = [
    '类型: 纪要',
    '模板: minutes-header',
    '标题: 全镇国庆安全生产调度会纪要',
    '时间: 2025.10.9 下午2点',
    '地点: 镇政府一楼会议室',
    '正文: 会议研究了国庆期间安全生产工作.',
    '落款:',
    '  署名: 青溪镇人民政府办公室',
    '  成文日期: 2025年10月8日',
  ];
  const r = await runRecord('validate', minutes);
  expect(warnings(r.stderr)).toEqual([
    'record.yaml:9:9: warning[date-disagrees]: the 成文日期 2025年10月8日 is before the meeting, 2025年10月9日 (line 4): a 纪要 is not signed before the meeting it records; check one of the two (at 落款.成文日期)',
  ]);
  saysNothing(await runRecord('validate', minutes.map((l) => l.replace('10月8日', '10月9日'))));
});

it("says a speech's opening that sums up or lays out another year than the speech's", async () => {
  const speech = (opening: string) => [
    '类型: 讲话',
    '标题: 在全县2026年安全生产工作会议上的讲话',
    '讲话人: 县委常委、常务副县长 吴国栋',
    '日期: 2026年2月27日',
    `开头: ${opening}`,
    '章节:',
    '  - 标题: 压实责任',
    '    内容: 各乡镇要落实属地责任.',
  ];
  const r = await runRecord('validate', speech('今天,我们召开全县安全生产工作会议,主要任务是总结2024年全县安全生产工作,部署2025年工作.'));
  expect(warnings(r.stderr)).toEqual([
    "record.yaml:5:5: warning[date-disagrees]: the opening says \"总结2024年\", \"部署2025年\" in a speech of 2026 (日期, line 4): kept from last year's speech? (at 开头)",
  ]);
  saysNothing(await runRecord('validate', speech('主要任务是总结2025年全县安全生产工作,部署2026年工作.')));
});
