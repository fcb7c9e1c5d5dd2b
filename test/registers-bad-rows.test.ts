import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statsCommand } from '../src/cli/stats.js';
import type { CliIO } from '../src/cli/io.js';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { readRegister } from '../src/registers/read.js';

const FIX = join(__dirname, 'fixtures', 'registers');

function memoryIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '', err: '', color: false, cwd: FIX, env: {},
    stdout: (t: string) => { io.out += t; },
    stderr: (t: string) => { io.err += t; },
  };
  return io;
}

const where = (bag: DiagnosticBag) =>
  bag.items.map((d) => ({ severity: d.severity, code: d.code, file: d.file, line: d.start?.line, column: d.start?.column, path: d.path }));

describe('bad rows', () => {
  it('reports every bad petition row at once with file, spreadsheet row and column', async () => {
    const bag = new DiagnosticBag();
    const file = join(FIX, 'bad-petitions.csv');
    const r = await readRegister(file, bag);
    expect(where(bag)).toEqual([
      { severity: 'error', code: 'missing-id', file, line: 3, column: 1, path: ['编号'] },
      { severity: 'error', code: 'missing-date', file, line: 4, column: 2, path: ['登记日期'] },
      { severity: 'error', code: 'unknown-channel', file, line: 5, column: 3, path: ['信访形式'] },
      { severity: 'error', code: 'unknown-status', file, line: 6, column: 12, path: ['办理状态'] },
      { severity: 'error', code: 'bad-date', file, line: 7, column: 2, path: ['登记日期'] },
      { severity: 'error', code: 'duplicate-id', file, line: 8, column: 1, path: ['编号'] },
    ]);
    expect(bag.items[5].message).toContain('row 2');
    // the column as the spreadsheet labels it, too
    expect(bag.items.map((d) => d.message)).toEqual([
      'row 3 has no 编号 (column A is empty)',
      'row 4 has no 登记日期 (column B is empty)',
      'unknown 信访形式 "传真" in column C',
      'unknown 办理状态 "已完成" in column L',
      '"2009-02-30" in column B is not a date that exists',
      '编号 "B001" in column A is used twice: first at row 2, again at row 8',
    ]);
    expect(bag.items[4].message).toContain('2009-02-30');
    expect(bag.items[2].expected).toBe('来信 / 来访 / 网上信访 / 电话');
    // Bad rows never reach the statistics.
    expect(r.rows.map((p) => p.id)).toEqual(['B001', 'B008']);
    expect(r.skipped).toBe(6);
  });

  it('reports every bad dispute row: negative amount, unknown status, bad date, duplicate id', async () => {
    const bag = new DiagnosticBag();
    const file = join(FIX, 'bad-disputes.csv');
    const r = await readRegister(file, bag);
    expect(where(bag)).toEqual([
      { severity: 'error', code: 'negative-amount', file, line: 3, column: 10, path: ['涉及金额'] },
      { severity: 'error', code: 'unknown-status', file, line: 4, column: 11, path: ['化解状态'] },
      { severity: 'error', code: 'bad-date', file, line: 5, column: 2, path: ['排查日期'] },
      { severity: 'error', code: 'duplicate-id', file, line: 6, column: 1, path: ['编号'] },
    ]);
    expect(r.rows.map((d) => d.id)).toEqual(['D001']);
    expect(bag.items[0].message).toBe('涉及金额 -500 in column J is negative');
  });

  it('makes them warnings with skipBadRows, still leaving the rows out', async () => {
    const bag = new DiagnosticBag();
    const r = await readRegister(join(FIX, 'bad-petitions.csv'), bag, { skipBadRows: true });
    expect(bag.items).toHaveLength(6);
    expect(bag.hasErrors).toBe(false);
    expect(bag.items.every((d) => d.severity === 'warning' && d.hint?.includes('left out'))).toBe(true);
    expect(r.rows.map((p) => p.id)).toEqual(['B001', 'B008']);
  });

  it('stats stops with exit 1 and writes nothing when a register has bad rows', async () => {
    const io = memoryIO();
    const code = await statsCommand(['bad-petitions.csv', 'bad-disputes.csv'], { period: '2009', format: 'json' }, io);
    expect(code).toBe(1);
    expect(io.out).toBe('');
    // Every bad row of both files, as file:row:column, printed by the shared printer.
    for (const at of ['bad-petitions.csv:3:1', 'bad-petitions.csv:4:2', 'bad-petitions.csv:5:3', 'bad-petitions.csv:6:12',
      'bad-petitions.csv:7:2', 'bad-petitions.csv:8:1', 'bad-disputes.csv:3:10', 'bad-disputes.csv:4:11',
      'bad-disputes.csv:5:2', 'bad-disputes.csv:6:1']) {
      expect(io.err).toContain(at);
    }
    expect(io.err).toContain('10 errors');
    expect(io.err).toContain('--skip-bad-rows');
    expect(io.err).not.toMatch(/\n\s+at .*\.(ts|js):\d+/); // no stack trace
  });

  it('stats with --skip-bad-rows reports them and counts the good rows only', async () => {
    const io = memoryIO();
    const code = await statsCommand(['bad-petitions.csv', 'bad-disputes.csv'], { period: '2009', format: 'json', skipBadRows: true }, io);
    expect(code).toBe(0);
    const out = JSON.parse(io.out);
    expect(out.petitions.total).toBe(2);
    expect(out.disputes.total).toBe(1);
    expect(io.err).toContain('bad-petitions.csv:7:2');
    expect(io.err).toContain('10 bad rows left out');
  });

  it('reports an id used in two registers of the same kind', async () => {
    const io = memoryIO();
    const code = await statsCommand(['petitions.csv', 'petitions-bom.csv'], { format: 'json' }, io);
    expect(code).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toContain('petitions-bom.csv:2:1');
    expect(io.err).toMatch(/P001.*used twice/);
  });
});
