/**
 * Records typed as a secretary types them (sixth session): each record in, and the lines of the
 * Markdown a 文字秘书 would check.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileFile } from '../src/pipeline.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-typed-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The record, as typed, written to `name` and compiled: the lines of its Markdown, after it is checked to have no diagnostic. */
/** The Markdown's lines of a record that compiles without a word (but the warnings of the codes in `said`, which it must give). */
async function linesOf(name: string, yaml: string, said: string[] = []): Promise<string[]> {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics.filter((d) => !said.includes(d.code))).toEqual([]);
  for (const code of said) expect(r.diagnostics.map((d) => [d.code, d.severity])).toContainEqual([code, 'warning']);
  return writeMarkdown(r.document!).split('\n').filter((l) => l.trim() !== '');
}

describe('how a paragraph typed inside a section ends', () => {
  it('a heading typed on a line of its own keeps no 。; a list of short items and a full sentence still end in 。', async () => {
    const lines = await linesOf('讲话.yaml', `类型: 讲话
场合: 全镇安全生产工作会议
讲话人: 镇长 马文斌
日期: 2026年3月5日
章节:
  - 标题: 突出重点,全面排查整治各类安全隐患
    内容:
      - (一)道路交通安全
      - 要加强对农村面包车的管理,严厉打击非法载客行为.
      - (二)消防安全
      - 重点抓好"三合一"场所的隐患排查
  - 标题: 工作要求
    内容:
      - 1.加强领导。各村要把安全生产摆上重要议事日程
      - 2.严明纪律
      - 对弄虚作假的,严肃追究责任.
      - （1）严禁瞒报
      - （2）严禁迟报
      - （3）严禁漏报
  - 标题: 保障措施
    内容:
      - 1、加强组织领导.镇党委成立工作专班.
      - (1)严禁截留
      - 一.强化考核
`);
    expect(lines).toContain('（一）道路交通安全');
    expect(lines).toContain('（二）消防安全');
    expect(lines).toContain('重点抓好“三合一”场所的隐患排查。');
    expect(lines).toContain('1.加强领导。各村要把安全生产摆上重要议事日程。');
    expect(lines).toContain('2.严明纪律');
    // three short items one after another are a list: each ends as a sentence
    expect(lines).toEqual(expect.arrayContaining(['（1）严禁瞒报。', '（2）严禁迟报。', '（3）严禁漏报。']));
    // sequence marks typed otherwise are written as GB/T 9704 §7.3.3 writes them
    expect(lines).toContain('1.加强组织领导。镇党委成立工作专班。');
    expect(lines).toContain('（1）严禁截留');
    expect(lines).toContain('一、强化考核');
  });

  it('a heading typed last in a phase, after its sibling with text, keeps no 。', async () => {
    const lines = await linesOf('方案.yaml', `类型: 实施方案
标题: 关于开展农村集体三资清理专项行动的实施方案
章节:
  - 标题: 实施步骤
    阶段:
      - 名称: 清查核实阶段
        起: 2026.4.16
        止: 2026.7.31
        内容:
          - 全面清查村集体资金资产
          - （一）清查资金
          - 对村集体银行存款,库存现金逐笔核对;
          - （二）清查资产
落款:
  署名: 青山县农业农村局
  成文日期: 2026年3月20日
`);
    expect(lines).toContain('（一）清查资金');
    expect(lines).toContain('（二）清查资产');
  });

  it('items of 一是…… typed as paragraphs end in ；, the last in 。 — all in 。 where one holds a sentence', async () => {
    const lines = await linesOf('总结.yaml', `类型: 总结
标题: 石门镇2026年第一季度信访工作总结
单位: 石门镇
时期: 2026Q1
章节:
  - 标题: 基本情况
    内容: 全镇信访形势总体平稳.主要问题表现在:
    小节:
      - 标题: 存在的不足
        内容:
          - 一是部分村排查不够深入,存在"走过场"现象;
          - 二是个别干部化解矛盾的能力不强
          - 三是宣传不到位。群众知晓率不高
  - 标题: 主要做法
    内容:
      - 一是坚持领导包案.镇党委书记带头接访;
      - 二是强化排查化解
存在问题:
  - 一是调解员队伍不稳定;
  - 二是经费保障不足.
工作打算:
  - 一是做到三个到位:
  - 二是加强培训
`);
    expect(lines).toContain('一是做到三个到位：');
    // one item holding a sentence of its own (三是……。……): no item of the list ends in ； (GB/T 15834 §4.6.3)
    expect(lines).toContain('一是部分村排查不够深入，存在“走过场”现象。');
    expect(lines).toContain('二是个别干部化解矛盾的能力不强。');
    expect(lines).toContain('三是宣传不到位。群众知晓率不高。');
    // (short phrases, numbered by hand or not, are one paragraph: words-reviewed-s13)
    expect(lines).toContain('一是调解员队伍不稳定；二是经费保障不足。');
    // a sentence typed with a half-width . is a sentence too
    expect(lines).toContain('一是坚持领导包案。镇党委书记带头接访。');
    expect(lines).toContain('二是强化排查化解。');
  });

  it('a contact line ends with its number, not with 。', async () => {
    const lines = await linesOf('意见.yaml', `kind: 实施意见
标题: 关于加强村级后备干部队伍建设的实施意见
章节:
  - 标题: 保障措施
    内容:
      - 镇财政每年安排专项经费10万元.
      - 联系人:镇组织办 唐小燕,联系电话:0745-6781234
      - 联系人:县委政法委 周立新  联系电话:0739-7654321
      - 联系电话:0745-6781235;
      - 值班电话:0745-6781236,13800001111(24小时开机)
落款:
  署名: 石门镇人民政府
  成文日期: 2026年5月8日
`);
    expect(lines).toContain('镇财政每年安排专项经费10万元。');
    expect(lines).toContain('联系人：镇组织办唐小燕，联系电话：0745-6781234');
    expect(lines).toContain('联系人：县委政法委周立新，联系电话：0739-7654321');
    expect(lines).toContain('联系电话：0745-6781235');
    expect(lines).toContain('值班电话：0745-6781236，13800001111（24小时开机）');
  });
});

describe('lines that look like headings or contact lines but are sentences', () => {
  it('the last of a list of short items keeps its 。 before text; 2、3月份 is no item; a sentence after a contact line ends in 。', async () => {
    const lines = await linesOf('防火方案.yaml', `类型: 实施方案
标题: 关于开展2026年春季森林防火专项整治行动的实施方案
章节:
  - 标题: 严格管控野外用火
    内容:
      - 1.严禁上坟烧纸
      - 2.严禁烧荒烧田埂
      - 3.严禁在林区吸烟
      - 对违反上述规定的,一律依法从严处理.
  - 标题: 工作要求
    内容:
      - 1.加强领导
      - 2、3月份,全镇开展拉网式排查,不留死角.
      - 联系电话:0739-5231234,请各村于每周五前报送进展情况
      - 联系人:镇林业站 黄小军.各村务必按时上报
      - 联系人:镇林业站 黄小军,李平 联系电话:0739-5231234
  - 标题: 下半年打算
    内容:
      - 1.抓项目建设,确保全年完成投资6亿元以上
      - 2.抓民生实事
      - 联系人:镇党政办 李华 联系电话:0739-5231235
落款:
  署名: 石门镇人民政府
  成文日期: 2026年3月1日
`);
    expect(lines).toEqual(expect.arrayContaining(['1.严禁上坟烧纸。', '2.严禁烧荒烧田埂。', '3.严禁在林区吸烟。']));
    // a heading with its text below keeps no 。: the months after it are text, not its sibling
    expect(lines).toContain('1.加强领导');
    expect(lines).toContain('2、3月份，全镇开展拉网式排查，不留死角。');
    expect(lines).toContain('联系电话：0739-5231234，请各村于每周五前报送进展情况。');
    expect(lines).toContain('联系人：镇林业站 黄小军。各村务必按时上报。');
    expect(lines).toContain('联系人：镇林业站黄小军，李平，联系电话：0739-5231234');
    // the last of such items before a contact line is an item too
    expect(lines).toEqual(expect.arrayContaining(['1.抓项目建设，确保全年完成投资6亿元以上。', '2.抓民生实事。']));
  });
});

describe('points with a measure word', () => {
  it('a section with points and no lead text gives 一是……, not a count standing alone (三项：一是……)', async () => {
    const lines = await linesOf('讲话2.yaml', `类型: 讲话
标题: 在全县乡村振兴工作推进会上的讲话
讲话人: 县委副书记 郑国强
日期: 2026年6月18日
章节:
  - 标题: 下半年重点抓好三项工作
    量词: 项
    要点:
      - 抓产业,推动"一村一品"提质增效
      - 抓人才,引导200名以上大学生返乡创业
      - 抓治理,深化"积分制"管理
  - 标题: 压实责任
    内容: 各乡镇要重点抓好
    量词: 项
    要点: [抓落实, 抓督查]
`);
    expect(lines).toContain('一是抓产业，推动“一村一品”提质增效；二是抓人才，引导200名以上大学生返乡创业；三是抓治理，深化“积分制”管理。');
    expect(lines).toContain('各乡镇要重点抓好两项：一是抓落实；二是抓督查。');
  });
});

describe('people typed in a list', () => {
  it('a 纪要 counts no headcount where 出席 names a group, and keeps a post, a unit and a note with their person', async () => {
    const lines = await linesOf('纪要.yaml', `类型: 纪要
模板: minutes-header
标题: 红星乡2026年春季森林防火工作会议纪要
时间: 2026.3.5 上午9:00
地点: 乡政府二楼会议室
主持人: 乡党委副书记、乡长 刘志强
出席情况:
  出席: 乡党委书记 王建国,副乡长 陈丽,武装部长 赵勇,各村支部书记
  请假: 乡人大主席 孙海(外出学习)
  列席: 县林业局 周伟,派出所所长 吴军
记录人: 张敏
正文: 会议分析了全乡当前森林防火形势.
`);
    expect(lines).toContain('出席：乡党委书记王建国、副乡长陈丽、武装部长赵勇、各村支部书记');
    expect(lines).toContain('请假：乡人大主席孙海（外出学习）');
    expect(lines).toContain('列席：县林业局周伟、派出所所长吴军');
  });

  it('a 领导小组 member typed after the unit is that unit\'s', async () => {
    const lines = await linesOf('方案2.yaml', `类型: 实施方案
标题: 关于开展农村集体三资清理专项行动的实施方案
章节:
  - 标题: 组织领导
    领导小组:
      组长: 县农业农村局局长 彭建
      成员: 县农经站站长 邓辉 县财政局 谢平 各乡镇分管领导
落款:
  署名: 青山县农业农村局
  成文日期: 2026年3月20日
`);
    expect(lines).toContain('成员：邓辉（县农经站站长）、谢平（县财政局）、各乡镇分管领导');
  });
});

describe('a 纪要 in the header form and a 总结 case', () => {
  it('the paragraphs of a header-form 纪要 end as a section\'s do: a list item typed with ; ends in 。, a heading on its own line keeps none', async () => {
    const lines = await linesOf('纪要2.yaml', `类型: 纪要
模板: minutes-header
标题: 红星乡森林防火工作会议纪要
时间: 2026.3.5 上午9:00
地点: 乡政府二楼会议室
正文:
  - 一、压实责任。各村支部书记为本村森林防火第一责任人,要把责任落实到山头地块;
  - (二)加强巡查
  - 各村要组织护林员每天巡山不少于2次
  - 联系人:林业站 黄小军,联系电话:0739-5231234
`);
    expect(lines).toContain('一、压实责任。各村支部书记为本村森林防火第一责任人，要把责任落实到山头地块。');
    expect(lines).toContain('（二）加强巡查');
    expect(lines).toContain('各村要组织护林员每天巡山不少于2次。');
    expect(lines).toContain('联系人：林业站黄小军，联系电话：0739-5231234');
  });

  it('a 包案领导 typed with a space between post and name is written 副乡长向东', async () => {
    const lines = await linesOf('总结2.yaml', `类型: 总结
标题: 白沙乡2025年度矛盾纠纷化解工作总结
单位: 白沙乡
时期: 2025
章节:
  - 标题: 工作成效
    内容:
      - 插入: 矛盾纠纷
矛盾纠纷:
  排查: 5
  化解: 5
  案例:
    - 时间: 2025年9月12日
      地点: 白沙乡河口村
      当事人: 李某 王某
      简要情况: 李某与王某因承包地边界发生纠纷
      调处单位: 乡司法所
      调处结果: 重新划定边界
      化解状态: 已化解
      包案领导: 副乡长 向东
`);
    expect(lines).toContain('1.2025年9月12日，白沙乡河口村，李某与王某因承包地边界发生纠纷。包案领导副乡长向东带队，由乡司法所调处。重新划定边界。');
  });
});

describe('a paragraph that leads into what follows', () => {
  it('现提出如下意见. takes ：, as the 实施意见 of seed 004 writes it; 5万元以下. stays a sentence', async () => {
    const lines = await linesOf('意见2.yaml', `kind: 实施意见
标题: 关于加强村级后备干部队伍建设的实施意见
依据: 为进一步优化村干部队伍结构,结合我镇实际,提出如下意见.
章节:
  - 标题: 总体目标
    内容:
      - 各村要注意以下几点
      - 下半年,我们将重点抓好以下几项工作.
      - 工作中还存在以下几个方面的问题
      - 一是严把人选关;
      - 二是严把程序关.
      - 单笔培训经费应在5万元以下.
落款:
  署名: 石门镇人民政府
  成文日期: 2026年5月8日
`);
    expect(lines).toContain('为进一步优化村干部队伍结构，结合我镇实际，提出如下意见：');
    expect(lines).toContain('各村要注意以下几点：');
    expect(lines).toContain('下半年，我们将重点抓好以下几项工作：');
    expect(lines).toContain('工作中还存在以下几个方面的问题：');
    expect(lines).toContain('单笔培训经费应在5万元以下。');
  });
});

describe('a 纪要\'s decisions typed with their lead', () => {
  it('会议议定,以下事项 typed as the lead gives 会议议定以下事项：, not 以下事项，会议议定以下事项：', async () => {
    const file = join(dir, '常务会议.yaml');
    writeFileSync(file, `类型: 纪要
标题: 县政府第12次常务会议纪要
时间: 2026年3月5日上午
地点: 县政府第一会议室
主持人: 县长 欧阳明
会议名称: 县政府第12次常务会议
章节:
  - 动词: 议定
    内容: 会议议定,以下事项
    要点:
      - 原则同意《青山县2026年重点项目建设计划》;
      - 同意安排县城老旧小区改造资金3500万元.
  - 动词: 决定
    内容: 如下三项
    要点: [同意甲, 同意乙, 同意丙]
  - 动词: 商定
    内容: 如下几点
    要点: [甲由县发改局负责, 乙由县住建局负责]
`);
    const r = await compileFile(file, { cwd: dir });
    // the verb typed again is still said (verb-repeated), and the lines are right
    expect(r.diagnostics.map((d) => d.code)).toEqual(['verb-repeated']);
    const lines = writeMarkdown(r.document!).split('\n');
    expect(lines).toContain('会议议定以下事项：');
    expect(lines).toContain('会议研究决定：');
    expect(lines).toContain('会议商定以下事项：');
    expect(lines.join('\n')).not.toMatch(/以下事项，|如下三项，|如下几点，/u);
  });
});

describe('a title typed with straight quotes', () => {
  it('is broken outside the quotation, and each quote is curled the right way', async () => {
    const file = join(dir, '屋场.yaml');
    writeFileSync(file, `类型: 实施方案
标题: 红星乡2026年"美丽屋场"创建活动实施方案
落款:
  署名: 中共红星乡委员会
  成文日期: 2026年3月3日
`);
    const r = await compileFile(file, { cwd: dir });
    expect(r.diagnostics).toEqual([]);
    const title = r.document!.title;
    expect(title.join('')).toBe('红星乡2026年“美丽屋场”创建活动实施方案');
    for (const line of title) expect(line.split('“').length, line).toBe(line.split('”').length);
  });
});

describe('headings that stand alone', () => {
  it('a phase with no text beside one with text is printed in its shape: its 。, nothing run in (not a heading of another shape)', async () => {
    const lines = await linesOf('屋场2.yaml', `类型: 实施方案
标题: 红星乡美丽屋场创建活动实施方案
章节:
  - 标题: 实施步骤
    阶段:
      - 名称: 宣传发动
        起: 2026.3.5
        止: 2026.3.20
        内容: 各村召开屋场会
      - 名称: 检查验收
        起: 2026.11.1
        止: 2026.11.30
落款:
  署名: 中共红星乡委员会
  成文日期: 2026年3月3日
`);
    expect(lines).toContain('**（一）宣传发动（2026年3月5日至3月20日）。**各村召开屋场会。');
    expect(lines).toContain('**（二）检查验收（2026年11月1日至11月30日）。**');
  });
});

describe('a Markdown record typed line by line', () => {
  it('a heading, an item or a contact line typed on its own line is a paragraph of its own, not run into the next line', async () => {
    const lines = await linesOf('综治.md', `---
类型: 总结
标题: 青山镇2026年上半年综治工作总结
单位: 青山镇
时期: 2026H1
---

# 主要工作

1.强化组织领导
镇党委,政府每季度召开一次综治专题会议.
一是网格员队伍不稳定;
二是群防群治力量薄弱。
联系人:镇综治办 刘敏,电话:13800001111
各村于每月5日前报送上月情况
联系电话:0739-5231234,请各村于周五前报送.
`);
    expect(lines).toContain('1.强化组织领导');
    expect(lines).toContain('镇党委、政府每季度召开一次综治专题会议。');
    expect(lines).toContain('一是网格员队伍不稳定；');
    expect(lines).toContain('二是群防群治力量薄弱。');
    expect(lines).toContain('联系人：镇综治办 刘敏，电话：13800001111');
    // a contact line with a sentence after it is a line of its own too
    expect(lines).toContain('各村于每月5日前报送上月情况');
    expect(lines).toContain('联系电话：0739-5231234，请各村于周五前报送。');
  });
});

describe('a speech\'s 称谓 typed in its 开头', () => {
  it('尊敬的各位领导,同志们: lists the people addressed with 顿号', async () => {
    const lines = await linesOf('防汛讲话.yaml', `类型: 讲话
场合: 全县防汛抗旱工作会议
讲话人: 县长 欧阳明
日期: 2026.5.20
开头: 尊敬的各位领导,同志们:今年入汛以来,全县平均降雨量达486毫米.
`);
    expect(lines).toContain('尊敬的各位领导、同志们：');
    expect(lines).toContain('今年入汛以来，全县平均降雨量达486毫米。');
    // typed with both marks, the groups stay as the writer made them
    const grouped = await linesOf('防汛讲话2.yaml', `类型: 讲话
场合: 全县防汛抗旱工作会议
讲话人: 县长 欧阳明
日期: 2026.5.20
开头: 各位领导、各位来宾,同志们:今年入汛以来,全县平均降雨量达486毫米.
`);
    expect(grouped).toContain('各位领导、各位来宾，同志们：');
  });
});

describe('a speech pasted with its 谢谢大家', () => {
  it('says its thanks once', async () => {
    const lines = await linesOf('安全讲话.yaml', `类型: 讲话
场合: 全县安全生产工作会议
讲话人: 县长 欧阳明
日期: 2026.4.2
开头: 同志们:今天召开全县安全生产工作会议.
结尾:
  - 同志们,安全生产责任重于泰山!
  - 谢谢大家!
`);
    expect(lines.filter((l) => l === '谢谢大家！')).toHaveLength(1);
    const traditional = await linesOf('安全讲话2.yaml', `类型: 讲话
场合: 全縣安全生產工作會議
讲话人: 縣長 歐陽明
日期: 2026.4.2
开头: 同志們:今天召開全縣安全生產工作會議.
结尾: [謝謝大家!]
`, ['traditional-text']);
    expect(traditional.filter((l) => /^(谢谢|謝謝)大家！$/u.test(l))).toEqual(['謝謝大家！']);
  });
});

describe('a speech pasted in traditional characters', () => {
  it('its 开头\'s 称谓 同志們: is the 称谓, not a second one under 同志们：', async () => {
    const lines = await linesOf('繁体讲话.yaml', `类型: 讲话
标题: 在全縣鄉村振興工作推進會上的講話
讲话人: 縣委副書記 鄭國強
日期: 2026年6月18日
开头:
  - 同志們:
  - 今天召開這次會議,主要是總結上半年工作.
`, ['traditional-text']);
    expect(lines).toContain('同志們：');
    expect(lines).not.toContain('同志们：');
    expect(lines).toContain('今天召開這次會議，主要是總結上半年工作。');
  });
});

describe('items ① typed as paragraphs', () => {
  it('keep the ； they were typed with before the next item; the last ends in 。', async () => {
    const lines = await linesOf('调度讲话.yaml', `类型: 讲话
场合: 全县第一季度经济运行调度会
讲话人: 县委书记 李振华
日期: 2026年4月10日
章节:
  - 标题: 盯紧项目,狠抓项目建设不放松
    内容:
      - 项目是经济发展的"牛鼻子".要做到"三个一":
      - ①一个项目一名县级领导联系;
      - ②一个项目一个工作专班;
      - ③一个项目一抓到底;
`);
    expect(lines).toEqual(expect.arrayContaining(['①一个项目一名县级领导联系；', '②一个项目一个工作专班；', '③一个项目一抓到底。']));
    // where one of them holds a sentence, each ends in 。
    const held = await linesOf('调度讲话2.yaml', `类型: 讲话
场合: 全县第一季度经济运行调度会
讲话人: 县委书记 李振华
日期: 2026年4月10日
章节:
  - 标题: 盯紧项目
    内容:
      - ①一个项目一名县级领导联系;
      - ②一个项目一个工作专班.专班每周调度一次;
      - ③一个项目一抓到底;
`);
    expect(held).toEqual(expect.arrayContaining(['①一个项目一名县级领导联系。', '②一个项目一个工作专班。专班每周调度一次。', '③一个项目一抓到底。']));
  });
});

describe('a 领导小组 written as a sentence', () => {
  it('lists people of one post each with 顿号, and with 逗号 where one holds several posts', async () => {
    const lines = await linesOf('屋场3.yaml', `类型: 实施方案
标题: 红星乡美丽屋场创建活动实施方案
章节:
  - 标题: 组织领导
    内容: 为加强对创建活动的领导,
    领导小组:
      样式: sentence
      组长: 乡党委书记 王建国
      副组长: [乡长 刘志强, 乡党委副书记 孙明]
      成员: [乡党政办主任 李华, 副乡长、综治办主任 崔伟明, 派出所长 高飞]
落款:
  署名: 中共红星乡委员会
  成文日期: 2026年3月3日
`);
    expect(lines).toContain('为加强对创建活动的领导，成立由乡党委书记王建国任组长，乡长刘志强、乡党委副书记孙明任副组长，乡党政办主任李华，副乡长、综治办主任崔伟明，派出所长高飞为成员的领导小组。');
  });
});

describe('a 纪要\'s decision of one point', () => {
  it('is one sentence, and a lead that names the meeting is not followed by 会议 again', async () => {
    const lines = await linesOf('党委会.yaml', `类型: 纪要
标题: 镇党委会议纪要
时间: 2026年3月18日上午8:30
地点: 镇党委会议室
主持人: 镇党委书记 郭百高
会议名称: 镇党委(扩大)会议
章节:
  - 动词: 同意
    内容: 经会议研究
    要点:
      - 推荐刘芳同志为县"三八红旗手"候选人
  - 动词: 决定
    要点: [由镇财政所牵头清理村级债务]
  - 动词: 议定
    内容: 经会议认真讨论
    要点: [甲事项由镇党政办负责, 乙事项由镇财政所负责]
`);
    expect(lines).toContain('经会议研究，同意推荐刘芳同志为县“三八红旗手”候选人。');
    expect(lines).toContain('会议研究决定由镇财政所牵头清理村级债务。');
    expect(lines).toContain('经会议认真讨论，议定以下事项：');
    expect(lines).toContain('一、甲事项由镇党政办负责。');
  });

  it('a point typed with its own verb is not given the section\'s again, and a lead naming another meeting keeps 会议', async () => {
    const lines = await linesOf('党委会2.yaml', `类型: 纪要
标题: 镇党委会议纪要
时间: 2026年3月18日上午8:30
地点: 镇党委会议室
主持人: 镇党委书记 郭百高
会议名称: 镇党委(扩大)会议
章节:
  - 动词: 同意
    要点: [同意推荐刘芳同志为县"三八红旗手"候选人]
  - 动词: 议定
    要点: [原则同意《石门镇2026年重点项目建设计划》]
  - 动词: 同意
    要点: [通过招标方式确定敬老院改造施工单位]
  - 动词: 决定
    内容: 根据县委常委会会议精神
    要点: [由镇财政所牵头清理村级债务]
`);
    expect(lines).toContain('会议同意推荐刘芳同志为县“三八红旗手”候选人。');
    expect(lines).toContain('会议原则同意《石门镇2026年重点项目建设计划》。');
    expect(lines).toContain('会议同意通过招标方式确定敬老院改造施工单位。');
    expect(lines).toContain('根据县委常委会会议精神，会议研究决定由镇财政所牵头清理村级债务。');
  });
});

describe('a 纪要 verb typed with its subject or a mark', () => {
  it('动词: 会议指出 / 会议强调, / 要求： are written once after 会议: never 会议会议指出', async () => {
    const lines = await linesOf('纪要-动词.yaml', `类型: 纪要
标题: 城关镇安全生产专题会议纪要
会议名称: 安全生产专题会议
时间: 2026年11月28日上午
地点: 镇政府三楼会议室
主持人: 镇长王建国
出席: [张华, 刘芳]
章节:
  - 动词: 会议指出
    内容: 今年以来全镇安全生产形势总体平稳,但隐患依然存在.
  - 动词: 会议强调,
    要点:
      - 要压实责任
      - 要加强检查
  - 动词: 要求：
    内容: 各村要在12月10日前完成自查.
  - 动词: 本次会议议定
    要点:
      - 同意拨付冬季取暖补助资金8.6万元
      - 由张华同志牵头完成危房排查
`);
    expect(lines).toContain('会议指出，今年以来全镇安全生产形势总体平稳，但隐患依然存在。');
    expect(lines).toContain('会议强调，一是要压实责任；二是要加强检查。');
    expect(lines).toContain('会议要求，各村要在12月10日前完成自查。');
    expect(lines).toContain('会议议定以下事项：');
    expect(lines.join('\n')).not.toContain('会议会议');
  });
});
