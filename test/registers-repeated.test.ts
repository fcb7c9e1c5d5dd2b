// A register whose rows all have the same mistake (a column typed wrong all the way down): the first rows are said one by
// one, the rest once with their count and rows (src/registers/checkRows.ts SAID_ONE_BY_ONE) — every mistake counted, but
// not every message held: 1,000,000 such rows took 1.86 GB and printed 134 MB of messages.
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';
import { SAID_ONE_BY_ONE } from '../src/registers/checkRows.js';

const HEADER = '编号,登记日期,信访形式,信访人,人数,村社区,问题类别,内容摘要,来源,是否越级,是否重复,办理状态,办结日期,是否回复';
const rows = (n: number, people: (i: number) => string) =>
  [HEADER, ...Array.from({ length: n }, (_, i) => `XF${i + 1},2009/3/${(i % 28) + 1},来访,某人,${people(i)},上坝,民政,反映低保,直接受理,否,否,已办结,2009/4/1,是`)].join('\n') + '\n';

describe('a register with the same mistake in every row', () => {
  it('says the first rows one by one and the rest once, with their count and rows, and counts them all', async () => {
    const dir = folderWith({ 'p.csv': rows(300, () => 'x') });
    const r = await runCli(['stats', 'p.csv', '--period', '2009'], dir);
    expect(r.code).toBe(1);
    const said = r.stderr.match(/^p\.csv:\d+:5: error\[bad-number\]/gmu) ?? [];
    expect(said).toHaveLength(SAID_ONE_BY_ONE + 1);
    expect(r.stderr).toContain(`p.csv:${SAID_ONE_BY_ONE + 2}:5: error[bad-number]: the same mistake in ${300 - SAID_ONE_BY_ONE} more rows (rows ${SAID_ONE_BY_ONE + 2} to 301), not listed one by one`);
    expect(r.stderr).toContain('gongwen stats: 300 errors; no statistics written');
  });

  it('with --skip-bad-rows leaves every such row out and says so once', async () => {
    const dir = folderWith({ 'p.csv': rows(300, (i) => (i < 290 ? 'x' : '1')) });
    const r = await runCli(['stats', 'p.csv', '--period', '2009', '--skip-bad-rows', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).petitions.accepted).toBe(10);
    expect(r.stderr).toContain('warning[bad-number]: the same mistake in 270 more rows (rows 22 to 291), not listed one by one');
  });

  it('a few bad rows are each said, as before', async () => {
    const dir = folderWith({ 'p.csv': rows(30, (i) => (i % 10 === 0 ? 'x' : '1')) });
    const r = await runCli(['stats', 'p.csv', '--period', '2009'], dir);
    expect(r.stderr.match(/error\[bad-number\]/gu)).toHaveLength(3);
    expect(r.stderr).not.toContain('not listed one by one');
  });
});
