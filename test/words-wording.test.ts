// What gongwen writes itself, read as the reader of the document reads it: records typed as a secretary types them
// (../shared/prose.md "Set phrases", "Punctuation"), and the sentence, list or table a reader would stop at.
import { describe, expect, it } from 'vitest';
import { fixPunctuation } from '../src/zh/punctuation.js';
import { splitPostAndName } from '../src/zh/names.js';
import { runRecord } from './support/cli.js';

const minutes = (sections: string[], more: string[] = []) => [
  '类型: 纪要',
  '标题: 镇森林防火工作会议纪要',
  '日期: 2025年3月12日',
  '地点: 镇政府三楼会议室',
  '主持人: 镇长 李建国',
  '会议名称: 森林防火工作推进会',
  ...more,
  '章节:',
  ...sections,
];

describe('two short verbs after 再 are items of a slogan (GB/T 15834 §4.5: 顿号)', () => {
  it('再动员，再部署 → 再动员、再部署', () => {
    expect(fixPunctuation('各村要再动员,再部署,进一步压实责任')).toBe('各村要再动员、再部署，进一步压实责任');
    expect(fixPunctuation('对重点人员再排查,再稳控,再落实。')).toBe('对重点人员再排查、再稳控、再落实。');
  });

  it('再 before a clause keeps its comma: 再次强调, 再过一周', () => {
    expect(fixPunctuation('会后再研究,再过一周上报')).toBe('会后再研究，再过一周上报');
  });
});

describe('one decision is not announced as 以下一项事项', () => {
  it('a measure word and a 样式 with one decision: 会议议定以下事项： and the decision numbered', async () => {
    const out = await runRecord('render', minutes(['  - 动词: 议定', '    量词: 项', '    样式: 一、', '    要点:', '      - 由镇应急办牵头,3月20日前完成全部隐患点的整改']));
    expect(out.stderr).toBe('');
    expect(out.stdout).not.toContain('一项事项');
    expect(out.stdout).toContain('会议议定以下事项：\n\n一、由镇应急办牵头，3月20日前完成全部隐患点的整改。');
  });

  it('a measure word without a 样式: one decision is one sentence', async () => {
    const out = await runRecord('render', minutes(['  - 动词: 议定', '    量词: 项', '    要点:', '      - 由镇应急办牵头,3月20日前完成全部隐患点的整改']));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('会议议定由镇应急办牵头，3月20日前完成全部隐患点的整改。');
    expect(out.stdout).not.toContain('以下');
  });

  it('two decisions are still counted: 会议议定以下两项事项：', async () => {
    const out = await runRecord('render', minutes(['  - 动词: 议定', '    量词: 项', '    要点:', '      - 由镇应急办牵头整改', '      - 由各村落实值守']));
    expect(out.stdout).toContain('会议议定以下两项事项：');
  });
});

describe('posts of a 指挥部 (指挥长, 副指挥长, 总指挥) are read as posts', () => {
  it('splitPostAndName reads them', () => {
    expect(splitPostAndName('镇森林防火指挥部指挥长 李建国')).toEqual({ name: '李建国', posts: ['镇森林防火指挥部指挥长'] });
    expect(splitPostAndName('副指挥长 王芳')).toEqual({ name: '王芳', posts: ['副指挥长'] });
    expect(splitPostAndName('总指挥 张伟')).toEqual({ name: '张伟', posts: ['总指挥'] });
  });

  it('a 纪要 chaired by the 指挥长 names them as a sentence does', async () => {
    const out = await runRecord('render', [
      ...minutes(['  - 动词: 要求', '    内容: 各村要落实值守']).map((l) => (l.startsWith('主持人') ? '主持人: 镇森林防火指挥部指挥长 李建国' : l)),
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('2025年3月12日，镇森林防火指挥部指挥长李建国在镇政府三楼会议室主持召开了森林防火工作推进会。');
  });
});

const plan = (attachment: string[]) => [
  '类型: 实施方案',
  '标题: 关于做好2025年森林防火工作的实施方案',
  '依据: 为切实做好森林防火工作,结合我镇实际,制定本方案。',
  '章节:',
  '  - 标题: 工作措施',
  '    内容: 各村要落实巡山值守。',
  '附件:',
  ...attachment,
];

describe("an attachment's table", () => {
  it('prints its 表题 above the table, as a section table does', async () => {
    const out = await runRecord('render', plan([
      '  - 标题: 各村防火物资储备表',
      '    表格:',
      '      表题: 表1 各村防火物资储备情况',
      '      表头: [村名, 灭火器（个）]',
      '      行:',
      '        - [东村, "12"]',
      '        - [西村, "8"]',
    ]));
    expect(out.stderr).toBe('');
    const at = out.stdout.indexOf('表1 各村防火物资储备情况');
    expect(at).toBeGreaterThan(out.stdout.indexOf('## 各村防火物资储备表'));
    expect(at).toBeLessThan(out.stdout.indexOf('| 村名 |'));
  });

  it('a 合计 row whose figures do not add up is warned about at its row, with the sum', async () => {
    const out = await runRecord('render', plan([
      '  - 标题: 各村防火物资储备表',
      '    表格:',
      '      表头: [村名, 灭火器（个）, 风力灭火机（台）]',
      '      行:',
      '        - [东村, "12", "3"]',
      '        - [西村, "8", "2"]',
      '        - [合计, "21", "5"]',
    ]));
    expect(out.code).toBe(0);
    // the row of 合计 is line 14 of the record; its 灭火器 is 21 where 12 + 8 = 20; 风力灭火机 adds up
    expect(out.stderr).toMatch(/record\.yaml:14:\d+: warning\[table-total-mismatch\]/u);
    // (the message's own line: the record's lines quoted below it hold 21 too)
    const message = out.stderr.split('\n')[0]!;
    expect(message).toContain('21');
    expect(message).toContain('20');
    expect(message).toContain('灭火器（个）');
    expect(out.stderr).not.toContain('风力灭火机');
    // the table is printed as typed: the writer decides which figure is wrong
    expect(out.stdout).toContain('| 合计 | 21 | 5 |');
  });

  it('a 合计 row that adds up, and a table without one, pass without a word', async () => {
    const out = await runRecord('render', plan([
      '  - 标题: 各村防火物资储备表',
      '    表格:',
      '      表头: [村名, 灭火器（个）, 备注]',
      '      行:',
      '        - [东村, "12", 已配齐]',
      '        - [西村, "8.5", ""]',
      '        - [合计, "20.5", ""]',
    ]));
    expect(out.stderr).toBe('');
    const without = await runRecord('render', plan([
      '  - 标题: 各村防火物资储备表',
      '    表格:',
      '      表头: [村名, 灭火器（个）, 备注]',
      '      行:',
      '        - [东村, "12", 已配齐]',
      '        - [西村, "8.5", ""]',
    ]));
    expect(without.stderr).toBe('');
    expect(without.stdout).toContain('| 西村 | 8.5 |');
  });
});

const summary = (disputes: string[], sections: string[] = ['      - 插入: 矛盾纠纷']) => [
  '类型: 总结',
  '标题: 某某镇2025年第一季度矛盾纠纷排查化解工作总结',
  '单位: 全镇',
  '时期: 2025年第一季度',
  '章节:',
  '  - 标题: 矛盾纠纷排查化解情况',
  '    内容:',
  ...sections,
  '矛盾纠纷:',
  ...disputes,
];

describe("a 总结's disputes", () => {
  it('none found is said as an office says it, not 排查0件社会矛盾，化解0件', async () => {
    const out = await runRecord('render', summary(['  排查: 0', '  化解: 0']));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n2025年1月至3月未排查出社会矛盾。\n');
    expect(out.stdout).not.toMatch(/排查0件|化解0件/u);
  });

  it('a list of cases typed with their numbers (1.2025年1月8日,…) is numbered once, by gongwen', async () => {
    const out = await runRecord('render', [
      '类型: 总结',
      '标题: 某某镇2025年第一季度矛盾纠纷排查化解工作总结',
      '前言: 现将有关情况总结如下。',
      '章节:',
      '  - 标题: 典型案例',
      '    内容: 一季度共调处纠纷3件,典型案例如下',
      '    要点:',
      '      - 1.2025年1月8日,东村村民张某与李某因宅基地边界发生纠纷,经村调委会调解达成协议',
      '      - 2.2025年2月3日,西村两户村民因灌溉用水发生争执,经镇司法所调解已化解',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('典型案例如下：一是2025年1月8日，东村村民张某与李某因宅基地边界发生纠纷，经村调委会调解达成协议；二是2025年2月3日，');
  });
});

describe('出席 names a person typed with a space between post and name as a sentence does', () => {
  it('镇长 张伟 → 镇长张伟, 镇森林防火指挥部副指挥长 王芳 → …副指挥长王芳; names alone stay as typed', async () => {
    const out = await runRecord('render', minutes(['  - 动词: 要求', '    内容: 各村要落实值守'], ['出席: [镇森林防火指挥部副指挥长 王芳, 镇长 张伟, 李明]', '列席: [镇应急办主任 赵强]']));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('**出席：**镇森林防火指挥部副指挥长王芳、镇长张伟、李明');
    expect(out.stdout).toContain('**列席：**镇应急办主任赵强');
  });
});

describe('a 指挥部 has a 指挥长, not a 组长', () => {
  const group = (style: string[]) => [
    '类型: 实施方案',
    '标题: 关于做好2025年森林防火工作的实施方案',
    '依据: 为切实做好森林防火工作,结合我镇实际,制定本方案。',
    '章节:',
    '  - 标题: 组织领导',
    '    内容: 为加强对森林防火工作的领导,镇政府决定',
    '    领导小组:',
    '      名称: 镇森林防火指挥部',
    ...style,
    '      组长: 镇长 李建国',
    '      副组长: [副镇长 王芳]',
    '      成员: [林业站站长 张伟, 派出所所长 赵强]',
  ];

  it('the list names 指挥长, 副指挥长 and 成员', async () => {
    const out = await runRecord('render', group([]));
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/指 挥 长：李建国（镇长）/u);
    expect(out.stdout).toMatch(/副指挥长：王芳（副镇长）/u);
    expect(out.stdout).toContain('成　　员：张伟（林业站站长）、赵强（派出所所长）');
    expect(out.stdout).not.toMatch(/组\s*长/u);
  });

  it('the sentence says 任指挥长 … 任副指挥长 … 为成员的镇森林防火指挥部', async () => {
    const out = await runRecord('render', group(['      样式: sentence']));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('成立由镇长李建国任指挥长，副镇长王芳任副指挥长，林业站站长张伟、派出所所长赵强为成员的镇森林防火指挥部');
  });

  it('a 委员会 has a 主任, 副主任 and 委员', async () => {
    const out = await runRecord('render', group([]).map((l) => l.replace('名称: 镇森林防火指挥部', '名称: 镇安全生产委员会')));
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/主　任：李建国（镇长）\n\n副主任：王芳（副镇长）\n\n委　员：张伟（林业站站长）、赵强（派出所所长）/u);
  });

  it('a group without its 名称 is the body its lead text sets up: 成立镇森林防火指挥部，组成人员如下', async () => {
    const out = await runRecord('render', group([]).filter((l) => !l.includes('名称:')).map((l) => l.replace('镇政府决定', '镇政府决定成立镇森林防火指挥部,组成人员如下')));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('决定成立镇森林防火指挥部，组成人员如下：\n\n指 挥 长：李建国（镇长）\n\n副指挥长：王芳（副镇长）');
  });

  it('a 领导小组 keeps 组长', async () => {
    const out = await runRecord('render', group(['      样式: sentence']).map((l) => l.replace('名称: 镇森林防火指挥部', '名称: 镇森林防火工作领导小组')));
    expect(out.stdout).toContain('成立由镇长李建国任组长，副镇长王芳任副组长');
  });
});

describe('amounts in one style per document (prose.md: never 36500元 beside 3.65万元)', () => {
  const decisions = (points: string[]) => minutes(['  - 动词: 同意', '    要点:', ...points.map((p) => `      - ${p}`)]);

  it('an amount of ten thousand or more in 元 where another is in 万元 is warned about at its line, with its 万元 form', async () => {
    const out = await runRecord('render', decisions(['拨付东村村道硬化资金3.5万元', '拨付西村村道硬化资金36500元']));
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/record\.yaml:11:\d+: warning\[amount-styles-mixed\]/u);
    // (the message's own line: the record's lines quoted below it hold both amounts too)
    const message = out.stderr.split('\n')[0]!;
    expect(message).toContain('36500元');
    expect(message).toContain('3.5万元');
    expect(out.stderr).toContain('3.65万元');
    // printed as typed: which style the document keeps is the writer's choice
    expect(out.stdout).toContain('36500元');
  });

  it('amounts all in 元, or all in 万元, or under ten thousand in 元 beside 万元, pass without a word', async () => {
    for (const points of [
      ['拨付东村资金8000元', '拨付西村资金36500元'],
      ['拨付东村资金3.5万元', '拨付西村资金12万元'],
      ['拨付东村资金3.5万元', '补助困难户800元'],
    ]) {
      const out = await runRecord('render', decisions(points));
      expect(out.stderr, points.join()).toBe('');
    }
  });
});
