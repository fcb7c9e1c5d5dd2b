import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { readRegister } from '../src/registers/read.js';
import { figuresFromRegisters } from '../src/stats/figures.js';
import { parsePeriod } from '../src/zh/period.js';
import { parseSteps } from '../src/stats/steps.js';

const EXAMPLES = join(__dirname, '..', 'examples', 'registers');

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

describe('figuresFromRegisters', () => {
  it('gives seed 002’s figures and its ten cases for 2009年上半年', async () => {
    const bag = new DiagnosticBag();
    const registers = [
      await readRegister(join(EXAMPLES, '信访台账2009.xlsx'), bag),
      await readRegister(join(EXAMPLES, '矛盾纠纷2009.csv'), bag),
    ];
    expect(bag.items).toEqual([]);
    const { petitions, disputes } = figuresFromRegisters(registers, parsePeriod('2009年上半年')!);
    expect(petitions).toEqual({
      letters: 5, visits: 6, online: 0, phone: 0, accepted: 11, handled: 11, closed: 11,
      assigned: 3, assignedReplied: 3, collective: 0, skipLevel: 0, repeat: 0,
    });
    expect(disputes).toMatchObject({ found: 10, resolved: 8, inProgress: 2 });
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

  it('leaves a kind with no register without figures, and counts a 编号 given twice once', async () => {
    const bag = new DiagnosticBag();
    const csv = await readRegister(join(EXAMPLES, '信访台账2009.csv'), bag);
    const xlsx = await readRegister(join(EXAMPLES, '信访台账2009.xlsx'), bag);
    const seen = new DiagnosticBag();
    const { petitions, disputes } = figuresFromRegisters([csv, xlsx], parsePeriod('2009H2')!, seen);
    expect(petitions.accepted).toBe(5);
    expect(petitions.letters! + petitions.visits! + petitions.online! + petitions.phone!).toBe(petitions.accepted);
    expect(disputes).toEqual({ cases: [] });
    expect(seen.items.every((d) => d.code === 'duplicate-id')).toBe(true);
  });
});
