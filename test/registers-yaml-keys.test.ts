// YAML registers name their keys row by row: rows may mix Chinese and English keys.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { readRegister } from '../src/registers/read.js';
import { columnLetter } from '../src/registers/rowReader.js';
import type { PetitionRegister } from '../src/registers/types.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-yaml-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('YAML register keys, resolved per row', () => {
  it('reads a row keyed in Chinese and the next in English (the reviewer’s p.yaml)', async () => {
    const file = write('mixed.yaml', [
      '- 编号: Y1', '  登记日期: 2009-01-24', '  信访形式: 来访', '  人数: 6', '  村社区: 上坝', '  问题类别: 土地问题', '  来源: 上级交办',
      '  是否越级: 是', '  是否重复: false', '  办理状态: 已办结', '  办结日期: 2009年2月1日', '  是否回复: Y',
      '- id: Y2', '  date: 2009/2/3', '  channel: 来信', '  people: 1', '  village: 中坝', '  category: 民政', '  source: 直接受理',
      '  skip_level: no', '  repeat: yes', '  status: 办理中', '  replied: N', '',
    ].join('\n'));
    const bag = new DiagnosticBag();
    const r = await readRegister(file, bag);
    expect(bag.items).toEqual([]);
    expect(r.kind).toBe('petitions');
    expect((r as PetitionRegister).rows.map((p) => [p.id, p.line, p.channel, p.village, p.status, p.repeat, p.source])).toEqual([
      ['Y1', 1, '来访', '上坝', '已办结', false, '上级交办'],
      ['Y2', 13, '来信', '中坝', '办理中', true, '直接受理'],
    ]);
  });

  it('dispute rows mixing keys, bad cells still reported at their own line', async () => {
    const file = write('disputes.yaml', [
      '- 编号: D1', '  排查日期: 2009-03-02', '  化解状态: 已化解', '  涉及金额: 100',
      '- id: D2', '  date: 2009-03-05', '  status: 正在化解', '  amount: -5', '',
    ].join('\n'));
    const bag = new DiagnosticBag();
    const r = await readRegister(file, bag);
    expect(r.rows.map((d) => d.id)).toEqual(['D1']);
    expect(bag.items.map((d) => [d.code, d.start?.line, d.message])).toEqual([['negative-amount', 8, '涉及金额 -5 is negative']]);
  });

  it('warns when one row gives a field under two keys, and reads the first', async () => {
    const file = write('twice.yaml', [
      '- 编号: A1', '  id: A2', '  登记日期: 2009-01-02', '  信访形式: 来信', '  办理状态: 已办结', '',
    ].join('\n'));
    const bag = new DiagnosticBag();
    const r = await readRegister(file, bag);
    expect(r.rows.map((p) => p.id)).toEqual(['A1']);
    expect(bag.items.map((d) => [d.severity, d.code, d.start?.line, d.message])).toEqual([
      ['warning', 'duplicate-key', 2, '"id" repeats "编号" in the same row; only "编号" is read'],
    ]);
  });
});

describe('columnLetter', () => {
  it('labels columns as Excel does', () => {
    expect([0, 1, 9, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'J', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
