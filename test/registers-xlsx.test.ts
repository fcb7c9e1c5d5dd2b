import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { readRegister } from '../src/registers/read.js';
import type { Dispute } from '../src/registers/types.js';
import { temporaryFolder } from './support/folder.js';

type Cell = { value: string | number | Date; type?: unknown; format?: string } | null;
const text = (v: string): Cell => ({ value: v, type: String });
const num = (v: number): Cell => ({ value: v, type: Number });
const date = (y: number, m: number, d: number): Cell => ({ value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'yyyy/m/d' });

describe('XLSX registers', () => {
  it('reads date cells, number cells and text dates, numbering rows as Excel does (blank rows count)', async () => {
    const dir = temporaryFolder('gongwen-xlsx-');
    const file = join(dir, '矛盾纠纷.xlsx');
    const header = ['编号', '排查日期', '地点', '当事人', '纠纷类别', '简要情况', '调处单位', '调处经过', '调处结果', '涉及金额', '化解状态', '化解日期', '包案领导'].map(text);
    const row = (id: string, d: Cell, amount: Cell, status: string): Cell[] =>
      [text(id), d, text('上坝'), text('甲、乙'), text('土地纠纷'), text('情况'), text('村调解会'), null, null, amount, text(status), null, text('刘鸿')];
    const data: Cell[][] = [
      header,
      row('X1', date(2009, 1, 24), num(6666), '已化解'),
      row('X2', text('2009年2月5日'), num(-1), '已化解'), // row 3: negative amount
      header.map(() => null), // row 4: blank
      row('X3', text('2009-02-30'), null, '已化解'), // row 5: bad date
      row('X4', date(2009, 3, 1), null, '搁置'), // row 6: unknown status
      row('X1', date(2009, 3, 2), null, '正在化解'), // row 7: duplicate id
      row('X5', { value: 39873, type: Number }, text('8万元'), '正在化解'), // row 8: serial 39873 = 2009-03-01
    ];
    await writeXlsxFile(data as never).toFile(file);

    const bag = new DiagnosticBag();
    const r = await readRegister(file, bag);
    expect(r.kind).toBe('disputes');
    expect(bag.items.map((d) => [d.code, d.start?.line, d.start?.column, d.path?.[0], d.file])).toEqual([
      ['negative-amount', 3, 10, '涉及金额', file],
      ['bad-date', 5, 2, '排查日期', file],
      ['unknown-status', 6, 11, '化解状态', file],
      ['duplicate-id', 7, 1, '编号', file],
      ['excel-date-serial', 8, 2, '排查日期', file],
    ]);
    const rows = r.rows as Dispute[];
    expect(rows.map((d) => [d.id, d.line, d.date, d.amount])).toEqual([
      ['X1', 2, { year: 2009, month: 1, day: 24 }, 6666],
      ['X5', 8, { year: 2009, month: 3, day: 1 }, 80000],
    ]);
  });
});
