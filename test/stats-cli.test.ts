import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/io.js';
import { statsCommand } from '../src/cli/stats.js';
import type { StatsOptions } from '../src/cli/stats.js';
import { displayWidth } from '../src/zh/width.js';

const EXAMPLES = join(__dirname, '..', 'examples', 'registers');
const FIX = join(__dirname, 'fixtures', 'registers');
const BOTH = ['信访台账2009.csv', '矛盾纠纷2009.csv'];

async function run(registers: string[], options: StatsOptions, cwd = EXAMPLES, color = false) {
  const io: CliIO & { out: string; err: string } = {
    out: '', err: '', color, cwd, env: {},
    stdout: (t) => { io.out += t; },
    stderr: (t) => { io.err += t; },
  };
  const code = await statsCommand(registers, options, io);
  return { code, out: io.out, err: io.err };
}

describe('gongwen stats', () => {
  it('prints a table whose columns line up with 汉字 two columns wide', async () => {
    const { code, out, err } = await run(BOTH, { period: '2009H1' });
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('统计期间：2009年上半年');
    expect(out).toContain('环比 2008年下半年');
    expect(out).toContain('（台账未覆盖去年同期，无同比）');
    expect(out).not.toContain('\u001b[');
    // Every table: the rule under the header is as wide as the widest line of its block.
    for (const block of out.split('\n\n')) {
      const lines = block.split('\n');
      const rule = lines.findIndex((l) => /^-+( +-+)*$/.test(l));
      if (rule < 0) continue;
      const width = displayWidth(lines[rule]);
      for (const l of lines.slice(rule - 1)) expect(displayWidth(l)).toBeLessThanOrEqual(width);
      // Right-aligned figures end in the same column as the rule.
      expect(displayWidth(lines[rule + 1])).toBe(width);
    }
    const channel = out.split('\n\n').find((b) => b.startsWith('信访形式'))!;
    expect(channel.split('\n').slice(2)).toEqual(['来信         5  45.5%', '来访         6  54.5%', '网上信访     0     0%', '电话         0     0%']);
  });

  it('colours the table only when io.color', async () => {
    const { out } = await run(BOTH, { period: '2009H1' }, EXAMPLES, true);
    expect(out).toContain('\u001b[1m');
  });

  it('prints CSV, one figure a line', async () => {
    const { code, out } = await run(BOTH, { period: '2009H1', format: 'csv' });
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('period,section,measure,key,value');
    expect(lines).toContain('2009H1,petitions,total,,11');
    expect(lines).toContain('2009H1,petitions,by_channel,来信,5');
    expect(lines).toContain('2009H1,petitions,closed_rate,,1');
    expect(lines).toContain('2009H1,disputes,in_progress,,2');
    expect(lines).toContain('2008H2,petitions,total,,7');
  });

  it('groups by a field given in English or Chinese, or by month', async () => {
    const en = await run(BOTH, { period: '2009H1', by: 'village', format: 'json' });
    const zh = await run(BOTH, { period: '2009H1', by: '村社区', format: 'json' });
    expect(en.code).toBe(0);
    const by = JSON.parse(en.out).by;
    expect(JSON.parse(zh.out).by.petitions).toEqual(by.petitions);
    expect(by.petitions['上坝']).toEqual({ total: 3, accepted: 3, closed: 3, closed_rate: 1 });
    expect(by.disputes).toBeNull();

    const month = JSON.parse((await run(BOTH, { period: '2009H1', by: 'month', format: 'json' })).out).by;
    expect(Object.keys(month.petitions)).toEqual(['2009-01', '2009-02', '2009-03', '2009-04', '2009-05', '2009-06']);
    expect(Object.values(month.disputes as Record<string, { total: number }>).reduce((n, g) => n + g.total, 0)).toBe(10);
    // every month of the period, those without a case as 0
    expect(Object.keys(month.disputes)).toEqual(['2009-01', '2009-02', '2009-03', '2009-04', '2009-05', '2009-06']);
    expect(month.disputes['2009-02']).toEqual({ total: 0, resolved: 0, in_progress: 0, resolved_rate: null, amount_total: 0 });
    const quarters = JSON.parse((await run(BOTH, { period: '2010', by: 'quarter', format: 'json' })).out).by;
    expect(Object.keys(quarters.petitions)).toEqual(['2010Q1', '2010Q2', '2010Q3', '2010Q4']);
    const monthTable = await run(BOTH, { period: '2009H1', by: 'month' });
    expect(monthTable.out).toContain('信访 按月份');
    expect(monthTable.out).toContain('矛盾纠纷 按月份');
    expect(monthTable.out).toMatch(/\n2009-05 +0 +0 +0 +- +0\n/);
    expect(monthTable.out).not.toContain('month');

    // Headed by the column's Chinese name, whatever --by was given as.
    const category = await run(BOTH, { period: '2009H1', by: 'category' });
    expect(category.out).toContain('信访 按问题类别');
    expect(category.out).toContain('矛盾纠纷 按纠纷类别');
    expect(category.out).not.toContain('category');
  });

  it('reads a folder of registers, each register once when it is there as XLSX and CSV', async () => {
    const { code, out, err } = await run(['.'], { period: '2009', format: 'json' });
    expect(code).toBe(0);
    expect(err).toContain('信访台账2009.csv is not read: 信访台账2009.xlsx holds the same register');
    const json = JSON.parse(out);
    expect(json.petitions.total).toBe(17);
    expect(json.disputes.total).toBe(13);
    const table = await run(['.'], { period: '2009' });
    expect(table.out).toContain('同比 2008年');
    expect(table.out).not.toContain('环比 2008年');
  });

  it('reads a YAML register', async () => {
    const { code, out, err } = await run(['petitions.yaml'], { format: 'json', skipBadRows: true }, FIX);
    expect(code).toBe(0);
    expect(err).toContain('petitions.yaml:8:');
    expect(JSON.parse(out).petitions.total).toBe(1);
  });

  it('takes a period in Chinese numerals', async () => {
    const zh = await run(BOTH, { period: '二〇〇九年上半年', format: 'json' });
    const en = await run(BOTH, { period: '2009H1', format: 'json' });
    expect(zh.code).toBe(0);
    expect(zh.out).toBe(en.out);
  });

  it.each([
    [{ period: '2009H3' }, 'is not a period'],
    [{ period: '2009-02-30..2009-03-01' }, 'is not a period'],
    [{ format: 'xml' }, 'unknown format'],
    [{ by: 'weather' }, 'cannot group by'],
  ])('exits 2 on a usage error: %j', async (options, message) => {
    const { code, out, err } = await run(BOTH, options);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
  });

  it('exits 2 with no register, 1 for a missing file', async () => {
    expect((await run([], {})).code).toBe(2);
    const missing = await run(['nope.csv'], {});
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file: nope.csv');
  });
});
