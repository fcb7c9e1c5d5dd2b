// A 总结 compiled from registers, for every period: rates with nothing to divide by,
// periods in Chinese numerals, 未化解, case narratives that keep every column, empty periods,
// the statistics table. Records are written to a temporary folder and name the example registers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeSummary, type RegisterFigures } from '../src/compile/summary.js';
import { disputeNarrative } from '../src/compile/disputeNarrative.js';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { compileFile } from '../src/pipeline.js';
import { parseRecordText } from '../src/records/readRecord.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';

const root = join(__dirname, '..');
const registers = join(root, 'examples', 'registers');
const example = readFileSync(join(root, 'examples', 'summary-from-registers.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example record for another period, naming the example registers by absolute path. */
function examplePeriod(period: string, edit: (text: string) => string = (t) => t): string {
  const text = edit(
    example
      .replace('时期: 2009H1', `时期: ${period}`)
      .replace('台账: [registers/信访台账2009.xlsx, registers/矛盾纠纷2009.csv]', `台账: ["${join(registers, '信访台账2009.xlsx')}", "${join(registers, '矛盾纠纷2009.csv')}"]`),
  );
  const file = join(dir, `p-${period.replace(/[^\w]/g, '_')}-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

function writeRecord(text: string): string {
  const file = join(dir, `r-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

async function render(file: string) {
  const result = await compileFile(file, { cwd: root });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  return { result, errors, warnings, md: result.document ? writeMarkdown(result.document) : '' };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the example renders for any period', () => {
  it.each(['2009H1', '2009H2', '2009', '2009Q1', '2009Q3', '2009-03', '2009-05', '2010', '2008-07-01..2009-06-30', '二〇〇九年上半年'])('%s', async (period) => {
    const { errors, md } = await render(examplePeriod(period));
    expect(errors).toEqual([]);
    expect(md).toContain('受理群众');
    expect(md).toContain('排查');
    expect(md).not.toContain('{{');
  });

  it('a rate with nothing to divide by is "—" and a warning at the placeholder, not an error', async () => {
    const file = examplePeriod('2009-05');
    const { errors, warnings, md } = await render(file);
    expect(errors).toEqual([]);
    expect(md).toContain('上级交办件0件，办理回复率达—，');
    const w = warnings.find((d) => d.code === 'rate-undefined')!;
    expect(w.message).toBe('{{交办回复率}} is written as "—": 2009年5月 has no 上级交办件 to divide by');
    const text = readFileSync(file, 'utf8');
    const line = lineOf(text, '回复率达{{交办回复率}}');
    expect(w.start).toEqual({ line, column: text.split('\n')[line - 1].indexOf('{{交办回复率}}') + 1 });
  });

  it('a misspelt figure is an error at its own line, once, with the nearest name', async () => {
    const file = examplePeriod('2009H1', (t) => t.replace('达{{交办回复率}}', '达{{交办回复}}'));
    const { errors } = await render(file);
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe('unknown-figure');
    expect(errors[0].start?.line).toBe(lineOf(readFileSync(file, 'utf8'), '{{交办回复}}'));
    expect(errors[0].hint).toBe('did you mean {{交办回复率}} or {{交办已回复}}?');
  });

  it('a rate the record gives nothing for is an error at its line that says what it needs', async () => {
    const file = writeRecord([
      'kind: 总结', '标题: 信访工作总结', '时期: 2009H1', '章节:', '  - 标题: 信访业务', '    内容:',
      '      - 上级交办件回复率达{{交办回复率}}。', '信访:', '  来信: 5', '  来访: 6', '',
    ].join('\n'));
    const { errors } = await render(file);
    expect(errors.map((e) => [e.code, e.start?.line])).toEqual([['figure-unavailable', 7]]);
    expect(errors[0].message).toContain('上级交办 and 交办已回复');
  });
});

describe('periods as seed 002 writes them', () => {
  it('a 时期 in Chinese numerals counts the registers as its Arabic form does', async () => {
    const zh = await render(examplePeriod('二〇〇九年上半年'));
    const en = await render(examplePeriod('2009H1'));
    expect(zh.errors).toEqual([]);
    expect(zh.md).toBe(en.md);
    const also = await render(examplePeriod('二○○九年第一季度'));
    expect(also.errors).toEqual([]);
    expect(also.md).toContain('路居镇2009年第一季度受理群众来信来访6件');
  });

  it('the passage names the period in Chinese numerals (〇), the dispute sentence by its months', async () => {
    const { md } = await render(examplePeriod('2009H1'));
    expect(md).toContain('路居镇2009年上半年受理群众来信来访11件（其中来信5件，来访6件），办理11件，办结率100%。');
    expect(md).toContain('2009年1月至6月排查10件社会矛盾，化解8件，正在化解2件。分别是：');
    expect(md).not.toContain('○');
  });

  it('a whole year is 2009年, not 2009年1月至12月', async () => {
    const { md } = await render(examplePeriod('2009'));
    expect(md).toContain('路居镇2009年受理群众');
    expect(md).toMatch(/\n2009年排查13件社会矛盾/);
    expect(md).not.toContain('1月至12月');
  });

  it('the typed-figures summary (seed 002) says 2009年上半年 too', async () => {
    const { md, errors } = await render(join(root, 'examples', 'summary-petitions-2009h1.yaml'));
    expect(errors).toEqual([]);
    expect(md).toContain('路居镇2009年上半年受理群众来信来访11件');
    expect(md).toContain('2009年1月至6月排查10件社会矛盾，化解8件，正在化解2件。');
  });
});

describe('the dispute sentence adds up to 排查', () => {
  it('names 未化解 when there are any', async () => {
    const { md } = await render(examplePeriod('2009'));
    expect(md).toContain('2009年排查13件社会矛盾，化解10件，正在化解2件，未化解1件。分别是：');
  });

  it('leaves out 正在化解 when there are none', async () => {
    const { md } = await render(examplePeriod('2009-03'));
    expect(md).toContain('2009年3月排查1件社会矛盾，化解1件。分别是：');
    expect(md).not.toContain('正在化解0件');
  });

  it('in typed summaries too, 未化解 counted from the cases', async () => {
    const file = writeRecord([
      'kind: 总结', '标题: 总结', '时期: 2009H1', '章节:', '  - 标题: 矛盾纠纷', '    内容:', '      - 插入: 矛盾纠纷',
      '矛盾纠纷:', '  排查: 3', '  化解: 2', '  案例:',
      '    - 简要情况: 甲', '      化解状态: 已化解',
      '    - 简要情况: 乙', '      化解状态: 已化解',
      '    - 简要情况: 丙', '      化解状态: 未化解', '',
    ].join('\n'));
    const { md, errors } = await render(file);
    expect(errors).toEqual([]);
    expect(md).toContain('2009年1月至6月排查3件社会矛盾，化解2件，未化解1件。分别是：');
    expect(md).toContain('3.丙，尚未化解。');
  });
});

describe('each case tells everything its row has, once', () => {
  it('place, parties, mediators, 包案领导 and amount where the text does not name them; 尚未化解 for an open case', () => {
    expect(disputeNarrative({
      date: '2009年11月5日', place: '石岩哨村委会', parties: ['石岩哨村民小组', '邻村村民小组'], summary: '两村民小组因山林地界发生争议',
      mediators: ['镇林业站', '石岩哨村委会'], steps: [{ date: '11月10日', text: '镇林业站现场踏勘' }], amount: 1200, status: '未化解', leader: '赵雄伟',
    })).toBe('2009年11月5日，石岩哨村委会，两村民小组因山林地界发生争议，当事人为石岩哨村民小组、邻村村民小组。包案领导赵雄伟带队，由镇林业站、石岩哨村委会调处。11月10日，镇林业站现场踏勘。涉及金额1200元，尚未化解。');
  });

  it('says nothing twice: names in the text, an amount written as 8万元, an outcome a step already says', () => {
    expect(disputeNarrative({
      date: '2009年6月8日', place: '上坝老虎山石材厂', parties: ['老虎山石材厂', '死者家属'],
      summary: '上坝老虎山石材厂厂长的驾驶员不留意将正在玩耍的本厂职工小孩碾死', mediators: ['路居派出所'],
      steps: [{ text: '在路居派出所的调解下，双方达成协议' }], outcome: '由老虎山石材厂赵川一次性赔偿死者家属8万元人民币', amount: 80000, status: '已化解',
    })).toBe('2009年6月8日，上坝老虎山石材厂厂长的驾驶员不留意将正在玩耍的本厂职工小孩碾死。在路居派出所的调解下，双方达成协议。由老虎山石材厂赵川一次性赔偿死者家属8万元人民币。');
    // the reviewer's case 12: 调处结果 签订赡养协议 repeats the last step
    expect(disputeNarrative({
      date: '2009年9月14日', summary: '夫妻因赡养老人问题发生纠纷', steps: [{ date: '9月15日', text: '村调解会上门调解' }, { date: '9月28日', text: '司法所组织双方签订赡养协议' }],
      outcome: '签订赡养协议', amount: 3000, status: '已化解',
    })).toBe('2009年9月14日，夫妻因赡养老人问题发生纠纷。9月15日，村调解会上门调解。9月28日，司法所组织双方签订赡养协议。涉及金额3000元。');
    // a step the outcome repeats is left out
    expect(disputeNarrative({ summary: '甲乙争地', steps: [{ date: '5月1日', text: '双方和解' }], outcome: '经调解双方和解，签订协议' }))
      .toBe('甲乙争地。经调解双方和解，签订协议。');
  });

  it('an amount the text writes with separators (12,345元), as toLocaleString writes it, is not said again', () => {
    for (const amount of [1200, 12345, 1234567, 999999999, 2.5, 1234.5]) {
      const written = amount.toLocaleString('en-US');
      expect(disputeNarrative({ summary: `赔偿${written}元`, steps: [], amount, status: '已化解' }), written).toBe(`赔偿${written}元。`);
    }
    expect(disputeNarrative({ summary: '赔偿12345元', steps: [], amount: 12_345, status: '已化解' })).toBe('赔偿12345元。');
    expect(disputeNarrative({ summary: '赔偿12,34元', steps: [], amount: 1234, status: '已化解' })).toBe('赔偿12,34元。涉及金额1234元。');
  });

  it('an open case ends 正在化解, as seed 002 does, unless it says so already', () => {
    expect(disputeNarrative({ summary: '矿区农用地未复耕', steps: [{ text: '现在已经落实责任人和责任单位' }], status: '正在化解' }))
      .toBe('矿区农用地未复耕。现在已经落实责任人和责任单位，正在化解。');
    expect(disputeNarrative({ summary: '正在化解杨柳坝矿区复耕问题', steps: [], status: '正在化解' })).toBe('正在化解杨柳坝矿区复耕问题。');
  });

  it('cases of the register period 2009 never repeat a sentence', async () => {
    const { md } = await render(examplePeriod('2009'));
    const cases = md.split('\n').filter((l) => /^\d+\.\d{4}年/.test(l));
    expect(cases).toHaveLength(13);
    for (const c of cases) {
      const sentences = c.replace(/^\d+\./, '').split(/[。，]/).filter(Boolean);
      expect(new Set(sentences).size, c).toBe(sentences.length);
    }
    expect(md).toContain('12.2009年9月14日，螺蛳铺村委会，夫妻因赡养老人问题发生纠纷，当事人为李某、王某。包案领导刘鸿带队，由螺蛳铺村调解会、路居司法所调处。9月15日，村调解会上门调解。9月28日，司法所组织双方签订赡养协议。涉及金额3000元。');
    expect(md).toContain('13.2009年11月5日，石岩哨村委会，两村民小组因山林地界发生争议，当事人为石岩哨村民小组、邻村村民小组。包案领导赵雄伟带队，由镇林业站、石岩哨村委会调处。11月10日，镇林业站现场踏勘，尚未化解。');
  });

  it('typed cases keep 地点, 当事人, 调处单位, 包案领导 and 涉及金额', async () => {
    const file = writeRecord([
      'kind: 总结', '标题: 总结', '时期: 2009H1', '章节:', '  - 标题: 矛盾纠纷', '    内容:', '      - 插入: 矛盾纠纷',
      '矛盾纠纷:', '  案例:',
      '    - 时间: 2009年7月20日', '      地点: 下坝村委会', '      当事人: [杨某, 段某]', '      简要情况: 两户因建房采光问题发生纠纷',
      '      调处单位: [下坝村调解会]', '      包案领导: 刘鸿', '      调处结果: 双方达成调解协议', '      涉及金额: 500', '      化解状态: 已化解', '',
    ].join('\n'));
    const { md, errors } = await render(file);
    expect(errors).toEqual([]);
    expect(md).toContain('1.2009年7月20日，下坝村委会，两户因建房采光问题发生纠纷，当事人为杨某、段某。包案领导刘鸿带队，由下坝村调解会调处。双方达成调解协议，涉及金额500元。');
  });
});

describe('a period the registers have no rows in', () => {
  it('renders with a warning per kind naming what the registers cover', async () => {
    const file = examplePeriod('2010');
    const { errors, warnings, md } = await render(file);
    expect(errors).toEqual([]);
    const empty = warnings.filter((w) => w.code === 'empty-period');
    expect(empty.map((w) => w.message)).toEqual([
      `the 信访登记 register has no rows in 2010年 (2010): ${join(registers, '信访台账2009.xlsx')} runs from 2008年7月15日 to 2009年12月7日`,
      `the 矛盾纠纷 register has no rows in 2010年 (2010): ${join(registers, '矛盾纠纷2009.csv')} runs from 2008年8月12日 to 2009年11月5日`,
    ]);
    expect(empty[0].start?.line).toBe(lineOf(readFileSync(file, 'utf8'), '时期:'));
    expect(md).toContain('受理群众来信来访0件');
  });

  it('says nothing when the period has rows', async () => {
    const { warnings } = await render(examplePeriod('2009H1'));
    expect(warnings).toEqual([]);
  });
});

describe('the statistics table', () => {
  it('counts what the passage counts (受理, not 不予受理) and ends each type with 合计', async () => {
    const { md } = await render(examplePeriod('2009'));
    const rows = md.split('\n').filter((l) => l.startsWith('| 信访 |')).map((l) => l.split('|').map((c) => c.trim()));
    const total = rows.find((r) => r[2] === '合计')!;
    expect(Number(total[3])).toBe(16); // the passage: 受理群众来信来访16件 (XF2009-016 不予受理 left out)
    expect(rows.filter((r) => r[2] !== '合计').reduce((n, r) => n + Number(r[3]), 0)).toBe(16);
    // the passage names the channels the figures have (issue 9, point 7)
    expect(md).toContain('受理群众来信、来访、网上信访、来电16件（其中来信6件，来访8件，网上信访1件，来电1件）');
    expect(md).toContain('| 矛盾纠纷 | 合计 | 13 |');
    expect(md).toContain('2009年受理的信访件和排查的矛盾纠纷按类别统计如下：');
  });
});

describe('messages say where each number comes from', () => {
  const source = (text: string) => parseRecordText(text, 'x.yaml', new DiagnosticBag('x.yaml'))!;

  it('parts and total all typed: the message says so', () => {
    const bag = new DiagnosticBag('x.yaml');
    computeSummary({ petitions: { letters: 5, visits: 6, accepted: 12 } }, source('信访:\n  来信: 5\n  来访: 6\n  受理: 12\n'), bag);
    expect(bag.errors.map((e) => e.message)).toEqual(['受理 (accepted) is 12, but 来信 5 + 来访 6 = 11 (all typed in the record)']);
  });

  it('numbers from the registers and from the record are told apart', () => {
    const bag = new DiagnosticBag('x.yaml');
    const counted: RegisterFigures = { petitions: { letters: 5, accepted: 11 } };
    computeSummary({ petitions: { visits: 9 } }, source('信访:\n  来访: 9\n'), bag, counted);
    expect(bag.errors.map((e) => e.message)).toEqual([
      '受理 (accepted) is 11 (from the registers), but 来信 5 (from the registers) + 来访 9 (typed in the record) = 14',
    ]);
  });

  it('a typed part that disagrees with the registers is one error naming both, not a second about the sum', async () => {
    const { errors } = await render(join(root, 'test', 'fixtures', 'records', 'summary-registers-mismatch.yaml'));
    expect(errors.map((e) => e.message)).toEqual(['来访 is 7 in the record but 6 in the registers']);
  });
});
