// Records typed by the lead of the twelfth session as a town's secretary types them (a 村两委 纪要, a 森林防火 speech,
// a 信访 register kept in Excel), and what a reader of the document or of the message would stop at.
import { describe, expect, it } from 'vitest';
import { runCli, runRecord } from './support/cli.js';
import { folderWith } from './support/folder.js';
import { villageMinutes } from './support/village-minutes.js';
import { fixPunctuation } from '../src/zh/punctuation.js';

const minutes = villageMinutes;

describe('a 纪要 as a village secretary types it', () => {
  it('出席人员, 请假人员 and 列席人员 are the 出席, 请假 and 列席 of GB/T 9704 §10.3, not unknown keys', async () => {
    const out = await runRecord('render', minutes([
      '章节:',
      '  - 动词: 要求',
      '    内容: 各组要在12月5日前完成入户排查',
      '出席人员: 周桂兰、张强、李红',
      '请假人员: 王五',
      '列席人员: 驻村工作队 王磊',
      '记录: 张强',
    ]));
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/出席：\**周桂兰、张强、李红/u);
    expect(out.stdout).toMatch(/请假：\**王五/u);
    expect(out.stdout).toMatch(/列席：\**驻村工作队王磊/u);
  });

  it('一致同意 with one point is one decision in one sentence, not 会议一致同意，一是……', async () => {
    const out = await runRecord('render', minutes(['章节:', '  - 动词: 一致同意', '    要点:', '      - 购置灭火器20具,由村委会统一配发']));
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('会议一致同意购置灭火器20具，由村委会统一配发。');
    expect(out.stdout).not.toContain('一是');
  });

  it('一致同意 with several points announces them as decisions: 会议一致同意以下事项：', async () => {
    const out = await runRecord('render', minutes(['章节:', '  - 动词: 一致同意', '    要点:', '      - 购置灭火器20具', '      - 村道两侧设立防火宣传牌10块']));
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('会议一致同意以下事项：\n\n一、购置灭火器20具。\n\n二、村道两侧设立防火宣传牌10块。');
  });
});

describe('a 指挥部 typed with the posts it has', () => {
  it('指挥长 and 副指挥长 are the group\'s 组长 and 副组长', async () => {
    const out = await runRecord('render', [
      '类型: 实施方案',
      '标题: 青石镇冬春森林防火工作实施方案',
      '章节:',
      '  - 标题: 组织领导',
      '    内容: 为加强对森林防火工作的领导,镇政府决定成立森林防火指挥部',
      '    领导小组:',
      '      名称: 青石镇森林防火指挥部',
      '      指挥长: 镇长 王海涛',
      '      副指挥长: [副镇长 刘建国]',
      '      成员: [林业站站长 陈小红, 派出所所长 赵大勇]',
      '发文机关: 青石镇人民政府',
      '成文日期: 2026年12月1日',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('指 挥 长：王海涛（镇长）');
    expect(out.stdout).toContain('副指挥长：刘建国（副镇长）');
    expect(out.stdout).toContain('成　　员：陈小红（林业站站长）、赵大勇（派出所所长）');
  });
});

describe('a speech whose last part is typed 结束语', () => {
  it('结束语 is the speech\'s 结尾', async () => {
    const out = await runRecord('render', [
      '类型: 讲话',
      '标题: 在全镇冬季森林防火工作会议上的讲话',
      '称谓: 同志们:',
      '开头: 下面,我讲几点意见.',
      '章节:',
      '  - 标题: 提高认识',
      '    内容: 森林防火只有起点,没有终点.',
      '结束语: 同志们,森林防火责任重于泰山,希望大家坚决打赢这场硬仗!',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('同志们，森林防火责任重于泰山，希望大家坚决打赢这场硬仗！');
  });
});

describe('a 信访 register kept in Excel, with the 合计 row offices add at its foot', () => {
  const register = [
    '青石镇2026年信访登记台账',
    '编号,登记日期,信访形式,信访人,人数,村社区,问题类别,内容摘要,来源,是否越级,是否重复,办理状态,办结日期,是否回复',
    '1,2026.1.8,来访,李大山,1,石门村,土地问题,反映承包地被占,直接受理,否,否,已办结,2026.1.20,是',
    '2,2026/2/3,来信,王秀英,1,青石社区,民政,反映低保未批,上级交办,否,否,已办结,2026/2/25,是',
    '3,2026年3月5日,来访,张家三兄弟,3,河口村,村务管理,反映村账目不公开,直接受理,否,是,办理中,,',
    ',,,,,,,,,,,,,',
    '合计,,,,5,,,,,,,,,',
  ].join('\n') + '\n';

  it('the 合计 row is no petition: the register is counted, and a warning at the row says it was left out', async () => {
    const dir = folderWith({ '信访台账.csv': register });
    const out = await runCli(['stats', '信访台账.csv', '--period', '2026', '--lang', 'zh'], dir);
    expect(out.code).toBe(0);
    expect(out.stderr).not.toContain('错误');
    expect(out.stderr).toContain('信访台账.csv:7:1: 警告[totals-row]');
    expect(out.stdout).toMatch(/登记\s+3\n/u);
  });

  it('a row whose 内容摘要 begins with 合计 is a petition as any other', async () => {
    const dir = folderWith({ '信访台账.csv': register.replace('反映低保未批', '合计反映低保问题3次').replace('合计,,,,5,,,,,,,,,\n', '') });
    const out = await runCli(['stats', '信访台账.csv', '--period', '2026', '--lang', 'zh'], dir);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/登记\s+3\n/u);
  });
});

describe('points that hold a sentence of their own', () => {
  it('end each in 。, not in ；after a full stop inside the same item (GB/T 15834 §4.6.3)', async () => {
    const out = await runRecord('render', minutes([
      '章节:',
      '  - 动词: 要求',
      '    内容: 各村、各单位要',
      '    要点:',
      '      - 压紧压实责任.村支部书记是本村森林防火第一责任人,要亲自抓、负总责',
      '      - 加强火源管控.严禁一切野外用火',
      '      - 做好应急准备',
    ]));
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('会议要求，各村、各单位要：一是压紧压实责任。村支部书记是本村森林防火第一责任人，要亲自抓、负总责。二是加强火源管控。严禁一切野外用火。三是做好应急准备。');
  });

  it('points of phrases keep their ；: 一是……；二是……。', async () => {
    const out = await runRecord('render', minutes(['章节:', '  - 动词: 要求', '    内容: 各村要', '    要点:', '      - 加强巡查', '      - 落实1.5万元防火经费']));
    expect(out.stdout).toContain('会议要求，各村要：一是加强巡查；二是落实1.5万元防火经费。');
  });
});

describe('研究同意, as a 纪要 of a town writes its decisions', () => {
  it('is a decision verb: 会议研究同意以下事项： and the decisions numbered, without a warning', async () => {
    const out = await runRecord('render', minutes(['章节:', '  - 动词: 研究同意', '    要点:', '      - 对全镇8个村的山塘进行清淤扩容', '      - 调整镇村干部值班安排']));
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('会议研究同意以下事项：\n\n一、对全镇8个村的山塘进行清淤扩容。\n\n二、调整镇村干部值班安排。');
  });
});

describe('一是…… items typed in one paragraph, one of them holding a sentence', () => {
  it('end each in 。 where an item before the last holds a full stop (GB/T 15834 §4.6.3)', () => {
    expect(fixPunctuation('一是做强油茶产业.新建加工厂1座,年加工能力500吨;二是发展林下经济.养殖土鸡1.2万羽;三是加强技术培训.')).toBe(
      '一是做强油茶产业。新建加工厂1座，年加工能力500吨。二是发展林下经济。养殖土鸡1.2万羽。三是加强技术培训。',
    );
  });

  it('keep 分号 in an enumeration of phrases, even after another one of sentences in the same paragraph', () => {
    expect(fixPunctuation('一是严管火源.每天设卡;二是强化巡护.解决问题要做到:一是健全机构,延伸网络;二是创新方法.')).toBe(
      '一是严管火源。每天设卡。二是强化巡护。解决问题要做到：一是健全机构，延伸网络；二是创新方法。',
    );
  });
});
