/**
 * `gongwen stats` against counting the rows by hand: this test reads the example
 * CSVs with a plain split (they hold no quoted fields), counts with loops of its
 * own, and compares with the command's JSON for every period form.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/io.js';
import { statsCommand } from '../src/cli/stats.js';

const EXAMPLES = join(__dirname, '..', 'examples', 'registers');

function plainCsv(name: string): Array<Record<string, string>> {
  const text = readFileSync(join(EXAMPLES, name), 'utf8').replace(/^\ufeff/, '');
  expect(text).not.toContain('"');
  const [header, ...lines] = text.split(/\r\n/).filter((l) => l !== '');
  const names = header.split(',');
  return lines.map((l) => {
    const cells = l.split(',');
    expect(cells).toHaveLength(names.length);
    return Object.fromEntries(names.map((n, i) => [n, cells[i]]));
  });
}

/** 2009/1/24 → 2009-01-24, so that string comparison orders dates. */
const iso = (d: string) => d.split('/').map((p, i) => (i === 0 ? p : p.padStart(2, '0'))).join('-');

function tally(rows: Array<Record<string, string>>, column: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[r[column]] = (out[r[column]] ?? 0) + 1;
  return out;
}

function byHand(start: string, end: string) {
  const petitions = plainCsv('信访台账2009.csv').filter((r) => iso(r['登记日期']) >= start && iso(r['登记日期']) <= end);
  const disputes = plainCsv('矛盾纠纷2009.csv').filter((r) => iso(r['排查日期']) >= start && iso(r['排查日期']) <= end);
  const accepted = petitions.filter((r) => r['办理状态'] !== '不予受理').length;
  const closed = petitions.filter((r) => r['办理状态'] === '已办结').length;
  const assigned = petitions.filter((r) => r['来源'] === '上级交办');
  const assignedReplied = assigned.filter((r) => r['是否回复'] === '是').length;
  const resolved = disputes.filter((r) => r['化解状态'] === '已化解').length;
  let amount = 0;
  for (const r of disputes) if (r['涉及金额'] !== '') amount += Number(r['涉及金额']);
  return {
    petitions: {
      total: petitions.length,
      accepted,
      by_channel: tally(petitions, '信访形式'),
      by_category: tally(petitions, '问题类别'),
      by_village: tally(petitions, '村社区'),
      by_status: tally(petitions, '办理状态'),
      collective: petitions.filter((r) => r['信访形式'] === '来访' && Number(r['人数']) >= 5).length,
      skip_level: petitions.filter((r) => r['是否越级'] === '是').length,
      repeat: petitions.filter((r) => r['是否重复'] === '是').length,
      assigned: assigned.length,
      assigned_replied: assignedReplied,
      closed,
      closed_rate: accepted === 0 ? null : closed / accepted,
      assigned_reply_rate: assigned.length === 0 ? null : assignedReplied / assigned.length,
    },
    disputes: {
      total: disputes.length,
      by_category: tally(disputes, '纠纷类别'),
      by_status: tally(disputes, '化解状态'),
      resolved,
      in_progress: disputes.filter((r) => r['化解状态'] === '正在化解').length,
      resolved_rate: disputes.length === 0 ? null : resolved / disputes.length,
      amount_total: amount,
    },
  };
}

/** The output lists every 信访形式 and status, 0 included; by hand lists only what occurs. */
function dropZeroCounts(stats: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(stats)) {
    out[k] = k.startsWith('by_') ? Object.fromEntries(Object.entries(v as Record<string, number>).filter(([, n]) => n !== 0)) : v;
  }
  return out;
}

async function statsJson(registers: string[], period: string) {
  const io: CliIO & { out: string; err: string } = {
    out: '', err: '', color: false, cwd: EXAMPLES, env: {},
    stdout: (t) => { io.out += t; },
    stderr: (t) => { io.err += t; },
  };
  const code = await statsCommand(registers, { period, format: 'json' }, io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out);
}

const PERIODS: Array<[string, string, string]> = [
  ['2009', '2009-01-01', '2009-12-31'],
  ['2008', '2008-01-01', '2008-12-31'],
  ['2009H1', '2009-01-01', '2009-06-30'],
  ['2009H2', '2009-07-01', '2009-12-31'],
  ['2008H2', '2008-07-01', '2008-12-31'],
  ['2009Q1', '2009-01-01', '2009-03-31'],
  ['2009Q2', '2009-04-01', '2009-06-30'],
  ['2009Q3', '2009-07-01', '2009-09-30'],
  ['2009Q4', '2009-10-01', '2009-12-31'],
  ['2009-04', '2009-04-01', '2009-04-30'],
  ['2009-05', '2009-05-01', '2009-05-31'],
  ['2009-02', '2009-02-01', '2009-02-28'],
  ['2009-01-01..2009-06-30', '2009-01-01', '2009-06-30'],
  ['2009-03-15..2009-04-20', '2009-03-15', '2009-04-20'],
  ['2008-12-01..2009-01-31', '2008-12-01', '2009-01-31'],
  ['2009年上半年', '2009-01-01', '2009-06-30'],
  ['2009年第三季度', '2009-07-01', '2009-09-30'],
  ['2009年5月', '2009-05-01', '2009-05-31'],
  ['2009年1月1日至6月30日', '2009-01-01', '2009-06-30'],
];

describe('stats equals counting by hand', () => {
  it.each(PERIODS)('--period %s (CSV and XLSX)', async (period, start, end) => {
    const hand = byHand(start, end);
    for (const ext of ['csv', 'xlsx']) {
      const out = await statsJson([`信访台账2009.${ext}`, `矛盾纠纷2009.${ext}`], period);
      expect(out.period.start).toBe(start);
      expect(out.period.end).toBe(end);
      expect(dropZeroCounts(out.petitions)).toEqual(hand.petitions);
      expect(dropZeroCounts(out.disputes)).toEqual(hand.disputes);
    }
  });

  it('gives seed 002’s numbers for 2009年上半年', async () => {
    const out = await statsJson(['信访台账2009.csv', '矛盾纠纷2009.csv'], '2009H1');
    expect(out.petitions).toMatchObject({
      total: 11, accepted: 11, closed: 11, closed_rate: 1, assigned_reply_rate: 1,
      by_channel: { 来信: 5, 来访: 6, 网上信访: 0, 电话: 0 }, collective: 0, skip_level: 0,
    });
    expect(out.disputes).toMatchObject({ total: 10, resolved: 8, in_progress: 2, resolved_rate: 0.8 });
  });

  it('compares with the previous period and last year where the registers cover them', async () => {
    const h1 = await statsJson(['信访台账2009.csv', '矛盾纠纷2009.csv'], '2009H1');
    expect(h1.previous.period.code).toBe('2008H2');
    expect(h1.previous.petitions.total).toBe(byHand('2008-07-01', '2008-12-31').petitions.total);
    expect(h1.previous.change.petitions.total).toEqual({ delta: 11 - 7, rate: 4 / 7 });
    expect(h1.previous.change.disputes.total).toEqual({ delta: 10 - 3, rate: 7 / 3 });
    // The registers start in July 2008: 2008年上半年 is not covered.
    expect(h1.same_period_last_year).toBeNull();

    const h2 = await statsJson(['信访台账2009.csv', '矛盾纠纷2009.csv'], '2009年下半年');
    expect(h2.previous.period.code).toBe('2009H1');
    expect(h2.same_period_last_year.period.code).toBe('2008H2');
    expect(h2.same_period_last_year.disputes.total).toBe(3);
    expect(h2.same_period_last_year.change.petitions.closed).toEqual({ delta: 4 - 6, rate: -2 / 6 });

    const q1 = await statsJson(['矛盾纠纷2009.csv'], '2009Q1');
    expect(q1.petitions).toBeNull();
    expect(q1.previous.period.code).toBe('2008Q4');
    expect(q1.previous.petitions).toBeNull();
  });

  it('counts every row without --period, with no comparison', async () => {
    const io: CliIO & { out: string } = { out: '', color: false, cwd: EXAMPLES, env: {}, stdout: (t) => { io.out += t; }, stderr: () => {} };
    expect(await statsCommand(['信访台账2009.csv', '矛盾纠纷2009.csv'], { format: 'json' }, io)).toBe(0);
    const out = JSON.parse(io.out);
    expect(out.period).toEqual({ code: 'all', label: '全部', start: '2008-07-15', end: '2009-12-07' });
    expect(out.petitions.total).toBe(plainCsv('信访台账2009.csv').length);
    expect(out.disputes.total).toBe(plainCsv('矛盾纠纷2009.csv').length);
    expect(out.previous).toBeNull();
  });
});
