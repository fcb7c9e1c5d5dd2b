// Each example has its seed's structure: the section numbers in order, and the passages a reader looks for.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { GongwenDocument } from '../src/model/document.js';
import { compileFile } from '../src/pipeline.js';

const root = join(import.meta.dirname, '..');

async function doc(name: string): Promise<GongwenDocument> {
  const result = await compileFile(join(root, 'examples', name), { cwd: root });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.document!;
}

const outline = (d: GongwenDocument) => d.body.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.number : ''));
const paragraphs = (d: GongwenDocument) => d.body.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.text : ''));

describe('seed 000: three 纪要', () => {
  test('之一: lead-in, 会议指出/认为/强调/要求, counted points, 参会人员, 会议记录与整理', async () => {
    const d = await doc('minutes-town-petition.yaml');
    const ps = paragraphs(d);
    expect(ps[0]).toMatch(/^6月30日晚，镇党委书记、镇长郭百高在三楼会议室主持召开了信访稳定工作专题会议。.*现将会议内容纪要如下：$/);
    expect(ps.slice(1, 5).map((p) => p.slice(0, 4))).toEqual(['会议指出', '会议认为', '会议强调', '会议要求']);
    expect(ps[3]).toContain('必须做到五点：一是强化领导责任');
    expect(ps[3]).toMatch(/五是针对违法上访案件，依法处理。$/);
    const labels = d.body.filter((b) => b.type === 'labeled').map((b) => (b.type === 'labeled' ? b.label : ''));
    expect(labels).toEqual(['参会人员', '会议记录与整理']);
  });

  test('之二: 六个方面 and 五个方面 counted from the lists', async () => {
    const ps = paragraphs(await doc('minutes-town-stability.yaml'));
    expect(ps.find((p) => p.startsWith('会议认为'))).toContain('主要表现在六个方面：一是');
    expect(ps.find((p) => p.startsWith('会议强调'))).toContain('应注重五个方面：一是');
  });

  test('之三: 时间 / 地点 / 参加人员 header, points 1. to 5., organ and date', async () => {
    const d = await doc('minutes-discipline-study.yaml');
    expect(d.body.slice(0, 3).map((b) => (b.type === 'labeled' ? b.label : b.type))).toEqual(['时间', '地点', '参加人员']);
    expect(paragraphs(d).filter((p) => /^\d\./.test(p)).map((p) => p.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(d.signature).toEqual({ organs: ['中共张庄镇纪委'], date: '20XX年9月10日' });
  });
});

describe('seed 003: 支部委员会', () => {
  test('议题, reports, 形成共识如下 with 一是…四是 on separate lines', async () => {
    const ps = paragraphs(await doc('minutes-branch-committee.yaml'));
    expect(ps[0]).toBe('20XX年10月13日上午，中心（学院）第六党支部按照三会一课工作要求，召开了支部委员会。');
    // 会议议题：一是……；二是……。, then each member's report its own sentence (issue 9, point 11)
    expect(ps[1]).toMatch(/^会议议题：一是.*；二是.*。$/);
    expect(ps[2]).toMatch(/^宣传委员邵琳同志就.*新的要求。文体委员马雨涛同志/);
    expect(ps[3]).toBe('经过大家认真学习讨论并形成共识如下：');
    expect(ps.slice(4, 8).map((p) => p.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是']);
    expect(ps[7]).toMatch(/。$/);
  });
});

describe('seed 002: 总结', () => {
  test('sections 一、二、 with （一）…（四） and 1.–3., numbers computed', async () => {
    const d = await doc('summary-petitions-2009h1.yaml');
    // 存在问题 and 工作打算 under headings of their own (issue 9, point 12)
    expect(outline(d)).toEqual(['一、', '二、', '（一）', '1.', '2.', '3.', '（二）', '（三）', '（四）', '三、', '四、']);
    const ps = paragraphs(d);
    expect(ps).toContain('路居镇2009年上半年受理群众来信来访11件（其中来信5件，来访6件），办理11件，办结率100%。');
    expect(ps.some((p) => p.includes('上级交办件的办理回复率达100%'))).toBe(true);
    expect(ps).toContain('2009年1月至6月排查10件社会矛盾，化解8件，正在化解2件。分别是：');
    expect(ps.filter((p) => /^\d+\.\d{0,4}/.test(p) && /^(\d+)\./.test(p)).length).toBeGreaterThanOrEqual(10);
  });
});

describe('seed 004: 实施方案 and 实施意见', () => {
  test('第三篇: 版头 with 〔〕, 一、 straight to 1., 领导小组 lines, steps ①–⑦, one attachment with a table, the older 版记', async () => {
    const d = await doc('plan-militia-farm.yaml');
    expect(d.head).toEqual(expect.objectContaining({ issuer: '山西省隰县民兵农建营', docNumber: '隰民农营发〔2012〕2号' }));
    expect(d.title).toEqual(['关于开展“领导干部大接访”活动', '实施方案']);
    expect(outline(d)).toEqual(['一、', '二、', '1.', '2.', '3.', '4.', '5.', '6.', '三、', '1.', '2.', '3.', '四、', '1.', '2.', '3.', '4.']);
    const labeled = d.body.filter((b) => b.type === 'labeled').map((b) => (b.type === 'labeled' ? b.label : ''));
    expect(labeled).toEqual(['组\u3000长', '副组长', '成\u3000员']);
    const ps = paragraphs(d);
    expect(ps.filter((p) => /^[①-⑦](申请|登记|分类|通知|接访|答复|督办)：/u.test(p))).toHaveLength(7);
    expect(ps[0]).toContain('隰办发〔2012〕4号');
    expect(d.attachments).toHaveLength(1);
    expect(d.attachments[0].label).toBe('附件');
    expect(d.attachments[0].body.some((b) => b.type === 'table')).toBe(true);
    expect(ps).toContain('附件：农建营大接访日程安排表');
    // the 成文日期 in Arabic numerals (GB/T 9704 §7.3.5) though the record's 日期格式 is 汉字
    expect(d.signature).toEqual({ organs: ['山西省隰县民兵农建营'], date: '2012年3月9日' });
    expect(d.colophon).toEqual(expect.objectContaining({ keywords: '信访工作 大接访 实施方案', report: '县委办，县政府办，县信访办', printer: '隰县民兵农建营办公室' }));
  });

  test('第四篇: 实施意见 of two organs, run-in （一） headings', async () => {
    const d = await doc('opinion-weitang.yaml');
    expect(d.head).toBeUndefined();
    expect(d.signature).toEqual({ organs: ['中共嘉善县魏塘街道委员会', '嘉善县人民政府魏塘街道办事处'], date: '2012年2月1日' });
    const runIns = d.body.filter((b) => b.type === 'heading' && b.runIn !== undefined);
    expect(runIns.length).toBe(16);
    expect(outline(d).filter((n) => /、$/.test(n))).toEqual(['一、', '二、', '三、', '四、', '五、']);
  });

  test('第五篇: （2008年6月30日） under the title, phases with date ranges, the 领导小组 as one sentence', async () => {
    const d = await doc('plan-township.yaml');
    expect(d.subtitle).toEqual(['（2008年6月30日）']);
    const phases = d.body.filter((b) => b.type === 'heading' && b.level === 3).map((b) => (b.type === 'heading' ? b.number + b.text : ''));
    expect(phases).toEqual(['1.宣传发动阶段（6月30日至7月1日）。', '2.制定方案阶段（7月2日至7月7日）。', '3.乡党委书记大接访阶段（7月8日至7月15日）。']);
    expect(paragraphs(d).at(-1)).toMatch(/乡党委决定成立由乡党委书记乜冠军任组长，人大主席崔国良，.*派出所长高飞为成员的领导小组，负责该项活动的组织领导。$/);
  });
});

describe('seed 001: 讲话', () => {
  test('同志们： flush left, run-in 一、二、, 三、 with 第一…第五, 谢谢大家！', async () => {
    const d = await doc('speech-petition-meeting.yaml');
    expect(d.body[0]).toEqual(expect.objectContaining({ type: 'paragraph', text: '同志们：', role: 'salutation' }));
    expect(outline(d)).toEqual(['一、', '二、', '三、']);
    const ps = paragraphs(d);
    expect(ps.filter((p) => /^第[一二三四五]，/u.test(p)).map((p) => p.slice(0, 2))).toEqual(['第一', '第二', '第三', '第四', '第五']);
    expect(ps.at(-1)).toBe('谢谢大家！');
  });
});

describe('seed 003: 活动总结', () => {
  test('一、…四、, 七 points counted from the list, an unnumbered 后半年工作思路 with （一）…（六）', async () => {
    const d = await doc('summary-activity.yaml');
    expect(outline(d)).toEqual(['一、', '二、', '三、', '四、', '', '（一）', '（二）', '（三）', '（四）', '（五）', '（六）']);
    expect(paragraphs(d).some((p) => /活动的开展，一是.*；七是集体上访、重复上访的现象明显下降。$/.test(p))).toBe(true);
  });
});

describe('a 总结 counted from registers', () => {
  test('reads like seed 002, every number from the register rows', async () => {
    const d = await doc('summary-from-registers.yaml');
    const ps = paragraphs(d);
    expect(ps).toContain('路居镇2009年上半年受理群众来信来访11件（其中来信5件，来访6件），办理11件，办结率100%。');
    expect(ps.some((p) => p.includes('上级交办件3件，办理回复率达100%'))).toBe(true);
    expect(ps).toContain('2009年1月至6月排查10件社会矛盾，化解8件，正在化解2件。分别是：');
    expect(ps.filter((p) => /^(10|[1-9])\.20\d\d年/.test(p))).toHaveLength(10);
    expect(d.body.some((b) => b.type === 'table')).toBe(true);
  });
});
