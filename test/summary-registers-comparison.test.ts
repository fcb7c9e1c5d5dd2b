// A 总结 compiled from registers cites 同比 / 环比 counted from the rows of the earlier periods,
// as `gongwen stats` compares them; where the registers do not reach a period, the figure is unavailable.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from './support/cli.js';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-yoy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(root, 'examples/registers/信访台账2009.csv'), join(dir, '信访台账2009.csv'));

describe('同比 and 环比 from registers', () => {
  test('环比 of 2009H2 against 2009H1, the same numbers stats prints', async () => {
    writeFileSync(join(dir, 's.yaml'), '类型: 总结\n标题: 某镇2009年下半年信访工作总结\n单位: 某镇\n时期: 2009H2\n台账: [信访台账2009.csv]\n前言: 下半年受理{{受理}}件，环比{{受理环比}}。\n');
    const stats = JSON.parse((await runCli(['stats', '信访台账2009.csv', '--period', '2009H2', '--format', 'json'], dir)).stdout);
    const now = stats.petitions.accepted as number;
    const before = stats.previous.petitions.accepted as number;
    const r = await runCli(['render', 's.yaml'], dir);
    expect(r.code).toBe(0);
    // counted by hand in the CSV (登记日期 in 2009-07..12 and 2009-01..06, 不予受理 left out)
    expect([now, before]).toEqual([5, 11]);
    expect(r.stdout).toContain('下半年受理5件，环比下降54.5%。');
    const pct = Math.abs(((now - before) / before) * 100);
    expect(r.stdout).toContain(`下半年受理${now}件，环比${now < before ? '下降' : '增长'}${Number(pct.toFixed(1))}%。`);
  });

  test('同比 where the registers have no rows a year before is unavailable, said at its line', async () => {
    writeFileSync(join(dir, 't.yaml'), '类型: 总结\n标题: 某镇2009年上半年信访工作总结\n单位: 某镇\n时期: 2009H1\n台账: [信访台账2009.csv]\n前言: 上半年受理{{受理}}件，同比{{受理同比}}。\n');
    const r = await runCli(['render', 't.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('t.yaml:6:');
    expect(r.stderr).toContain('{{受理同比}} needs 受理 of this period and of the earlier one');
  });
});
