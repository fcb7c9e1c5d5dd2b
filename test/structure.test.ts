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
    expect(ps[1]).toMatch(/^支部委员会议题一是.*宣传委员邵琳同志就/);
    expect(ps[2]).toBe('经过大家认真学习讨论并形成共识如下：');
    expect(ps.slice(3, 7).map((p) => p.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是']);
    expect(ps[6]).toMatch(/。$/);
  });
});

describe('seed 002: 总结', () => {
  test('sections 一、二、 with （一）…（四） and 1.–3., numbers computed', async () => {
    const d = await doc('summary-petitions-2009h1.yaml');
    expect(outline(d)).toEqual(['一、', '二、', '（一）', '1.', '2.', '3.', '（二）', '（三）', '（四）']);
    const ps = paragraphs(d);
    expect(ps).toContain('路居镇2009年上半年受理群众来信来访11件，办理11件（其中：受理群众来信5件，来访6件），办结率100%。');
    expect(ps.some((p) => p.includes('上级交办件的办理回复率达100%'))).toBe(true);
    expect(ps).toContain('2009年1月至6月排查10件社会矛盾，化解8件，正在化解2件。分别是：');
    expect(ps.filter((p) => /^\d+\.\d{0,4}/.test(p) && /^(\d+)\./.test(p)).length).toBeGreaterThanOrEqual(10);
  });
});
