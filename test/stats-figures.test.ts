import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { readRegisters } from '../src/registers/readSet.js';
import { KeptRows } from '../src/registers/store.js';
import type { Dispute, Petition } from '../src/registers/types.js';
import { computeReport } from '../src/stats/compare.js';
import { countFigures } from '../src/stats/figures.js';
import { parsePeriod } from '../src/zh/period.js';
import { parseSteps } from '../src/stats/steps.js';
import { summarize } from '../src/diagnostics/print.js';
import { SAID_ONE_BY_ONE } from '../src/registers/checkRows.js';

const EXAMPLES = join(__dirname, '..', 'examples', 'registers');

/** The registers read as a 总结 reads them (src/compile/registers.ts): whole rows, 编号 checked across files. */
async function readExamples(names: string[], bag: DiagnosticBag, skipBadRows = false) {
  return readRegisters(names.map((n) => join(EXAMPLES, n)), bag, { skipBadRows }, { petitions: new KeptRows<Petition>(), disputes: new KeptRows<Dispute>() });
}

describe('parseSteps', () => {
  it('splits dated steps on ；, line breaks, and 。 before a date', () => {
    expect(parseSteps('1月25日，派出所出警；2月4日，现场勘查\n2月5日，组织调解。')).toEqual([
      { date: '1月25日', text: '派出所出警' },
      { date: '2月4日', text: '现场勘查' },
      { date: '2月5日', text: '组织调解' },
    ]);
    expect(parseSteps('2009年4月8日，两村委会组织调解。2009年4月9日：签订协议')).toEqual([
      { date: '2009年4月8日', text: '两村委会组织调解' },
      { date: '2009年4月9日', text: '签订协议' },
    ]);
  });
  it('reads 初/中旬 and ISO dates, keeps numbering and "4.25" apart', () => {
    expect(parseSteps('1、3月初，购买水闸设施；2、4月初，水库蓄水')).toEqual([
      { date: '3月初', text: '购买水闸设施' },
      { date: '4月初', text: '水库蓄水' },
    ]);
    expect(parseSteps('2009-06-12 抬棺要求赔偿')).toEqual([{ date: '2009-06-12', text: '抬棺要求赔偿' }]);
    expect(parseSteps('4.25事件后，镇党委书记到村')).toEqual([{ text: '4.25事件后，镇党委书记到村' }]);
  });
  it('joins an undated piece to the step before it; a first undated piece is a step without date', () => {
    expect(parseSteps('6月12日，抬棺到村委会要求赔偿；通过做工作，死者已经安葬')).toEqual([
      { date: '6月12日', text: '抬棺到村委会要求赔偿；通过做工作，死者已经安葬' },
    ]);
    expect(parseSteps('已经落实责任人；5月1日，复耕')).toEqual([{ text: '已经落实责任人' }, { date: '5月1日', text: '复耕' }]);
    expect(parseSteps(undefined)).toEqual([]);
    expect(parseSteps('')).toEqual([]);
  });
});

describe('countFigures', () => {
  it('gives the 2009 half-year summary form its figures and its ten cases for 2009年上半年', async () => {
    const bag = new DiagnosticBag();
    const rows = await readExamples(['信访台账2009.xlsx', '矛盾纠纷2009.csv'], bag);
    expect(bag.items).toEqual([]);
    const { petitions, disputes, petitionsByCategory, disputesByCategory } = countFigures(rows, parsePeriod('2009年上半年')!);
    expect(petitions).toEqual({
      letters: 5, visits: 6, online: 0, phone: 0, accepted: 11, handled: 11, closed: 11,
      assigned: 3, assignedReplied: 3, collective: 0, skipLevel: 0, repeat: 0,
    });
    // XF2009-001 … 011 of examples/registers/信访台账2009.csv, by 问题类别
    expect(petitionsByCategory).toEqual({ 土地问题: 3, 民政: 3, 民事纠纷: 3, 计划生育: 1, 村务管理: 1 });
    expect(Object.values(disputesByCategory!).reduce((a, b) => a + b, 0)).toBe(10);
    expect(disputes).toMatchObject({ found: 10, resolved: 8, inProgress: 2, unresolved: 0 });
    expect(disputes.cases).toHaveLength(10);
    const first = disputes.cases[0];
    expect(first).toMatchObject({
      id: 'MD2009-001', date: '2009年1月24日', parties: ['王春', '杭应忠'], category: '坟地纠纷', amount: 6666, status: '已化解',
      mediators: ['路居派出所', '县公安局治安大队', '路居司法所'], leader: '赵雄伟',
    });
    expect(first.steps.map((s) => s.date)).toEqual(['1月25日', '2月4日', '2月5日']);
    expect(first.outcome).toContain('6666元');
    expect(disputes.cases.map((c) => c.status)).toEqual(['已化解', '已化解', '已化解', '已化解', '已化解', '正在化解', '已化解', '已化解', '已化解', '正在化解']);
    expect(disputes.cases[5].summary).toContain('142.5亩');
    expect(disputes.cases[8].amount).toBe(80000);
    expect(disputes.cases[3]).toEqual({ id: 'MD2009-004', date: '2009年4月10日', place: '路居镇烟区', parties: ['烟农'], category: '农资纠纷', summary: '清理劣质品种，保护烟农利益', mediators: ['镇烟草工作站'], steps: [], status: '已化解', leader: '刘鸿' });
  });

  it('counts 环比 and 同比 only where the registers reach', async () => {
    const rows = await readExamples(['信访台账2009.csv'], new DiagnosticBag());
    // 2009H2 has 2009H1 before it (XF2009-001 … 011) and 2008H2 a year before (XF2008-031 … 037)
    const { previous, lastYear } = countFigures(rows, parsePeriod('2009H2')!);
    expect(previous?.petitions).toMatchObject({ accepted: 11, letters: 5, visits: 6 });
    expect(lastYear?.petitions).toMatchObject({ accepted: 6, letters: 2, visits: 3, phone: 1, closed: 6, repeat: 1, collective: 1 });
    expect(previous?.disputes).toBeUndefined();
    // 2008H1 has no row before it: no 环比, and no 同比 for 2007H1
    const early = countFigures(rows, parsePeriod('2008H1')!);
    expect([early.previous, early.lastYear]).toEqual([undefined, undefined]);
  });

  it('leaves a kind with no register without figures, and counts a 编号 given twice once', async () => {
    const bag = new DiagnosticBag();
    // the CSV and the XLSX saved from it: 24 rows each, the same 编号
    const rows = await readExamples(['信访台账2009.csv', '信访台账2009.xlsx'], bag, true);
    const { petitions, disputes } = countFigures(rows, parsePeriod('2009H2')!);
    // XF2009-012 … 017: 来访 012 and 015, 网上 013, 来信 014 (016, also 来信, 不予受理), 电话 017
    expect(petitions).toMatchObject({ accepted: 5, letters: 1, visits: 2, online: 1, phone: 1, closed: 4, assigned: 2, collective: 1, repeat: 1 });
    expect(disputes).toEqual({ cases: [] });
    // 24 warnings: the first 20 said row by row, the other 4 once with their count (SAID_ONE_BY_ONE)
    expect(summarize(bag.items).warnings).toBe(24);
    expect(bag.items).toHaveLength(SAID_ONE_BY_ONE + 1);
    expect(bag.items.at(-1)!.repeats).toBe(3);
    expect(bag.items.at(-1)!.message).toMatch(/^the same mistake in 4 more rows \(rows \d+ to 25\), not listed one by one$/);
    expect(new Set(bag.items.map((d) => d.code))).toEqual(new Set(['duplicate-id']));
    expect(bag.items.every((d) => d.file!.endsWith('信访台账2009.xlsx') && d.severity === 'warning')).toBe(true);
  });
});

describe('rows are walked once', () => {
  /** The rows of a list, counting how often they are walked. */
  function counted<T extends { date: Petition['date'] }>(rows: KeptRows<T>) {
    const list = { walks: 0, length: rows.length, dateSpan: () => rows.dateSpan(), [Symbol.iterator]: () => {
      list.walks++;
      return rows[Symbol.iterator]();
    } };
    return list;
  }

  it('for 本期, 环比 and 同比 together, by a 总结 and by gongwen stats alike', async () => {
    const rows = await readExamples(['信访台账2009.csv', '矛盾纠纷2009.csv'], new DiagnosticBag());
    const petitions = counted(rows.petitions!);
    const disputes = counted(rows.disputes!);
    const figures = countFigures({ petitions, disputes }, parsePeriod('2009H2')!);
    // the three periods were all counted: 2009H2, 2009H1 and 2008H2
    expect([figures.petitions.accepted, figures.previous?.petitions?.accepted, figures.lastYear?.petitions?.accepted]).toEqual([5, 11, 6]);
    expect([petitions.walks, disputes.walks]).toEqual([1, 1]);
    const report = computeReport({ petitions, disputes }, parsePeriod('2009H2')!);
    expect([report.petitions?.accepted, report.previous?.petitions?.accepted, report.same_period_last_year?.petitions?.accepted]).toEqual([5, 11, 6]);
    expect([petitions.walks, disputes.walks]).toEqual([2, 2]);
  });
});
