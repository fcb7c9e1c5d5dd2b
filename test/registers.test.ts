import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { parseCellDate, parseNumberCell, parseYesNo } from '../src/registers/cells.js';
import { detectKind } from '../src/registers/columns.js';
import { parseCsv } from '../src/registers/csv.js';
import { decodeText } from '../src/io/decodeText.js';
import { readRegister } from '../src/registers/read.js';
import type { Dispute, Petition } from '../src/registers/types.js';
import { temporaryFolder } from './support/folder.js';

const FIX = join(__dirname, 'fixtures', 'registers');
const EXAMPLES = join(__dirname, '..', 'examples', 'registers');

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields holding commas, line breaks and doubled quotes', () => {
    expect(parseCsv('a,b,c\r\n1,"x, y","he said ""hi"""\n2,"two\nlines",\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'he said "hi"'],
      ['2', 'two\nlines', ''],
    ]);
  });
  it('keeps blank lines as empty records so rows stay numbered as a spreadsheet shows them', () => {
    expect(parseCsv('h\n1\n\n3\n')).toEqual([['h'], ['1'], [], ['3']]);
  });
  it('takes a trailing empty field and a missing final line break', () => {
    expect(parseCsv('a,b\n1,')).toEqual([['a', 'b'], ['1', '']]);
  });
  it('detects tab-separated text (Excel "Unicode text")', () => {
    expect(parseCsv('编号\t登记日期\nX1\t2009-01-01')).toEqual([['编号', '登记日期'], ['X1', '2009-01-01']]);
  });
});

describe('decoding', () => {
  it('reads UTF-8, UTF-8 with BOM and GBK alike', async () => {
    const utf8 = decodeText(await readFile(join(FIX, 'petitions.csv')));
    const bom = decodeText(await readFile(join(FIX, 'petitions-bom.csv')));
    const gbk = decodeText(await readFile(join(FIX, 'petitions-gbk.csv')));
    expect(utf8.encoding).toBe('utf-8');
    expect(bom.encoding).toBe('utf-8-bom');
    expect(gbk.encoding).toBe('gb18030');
    expect(bom.text).toBe(utf8.text);
    expect(gbk.text.replace(/\r\n/g, '\n')).toBe(utf8.text);
  });
});

describe('cells', () => {
  it('reads XLSX date cells and Excel serials; text as zh/dates parseDay reads it (test/zh/dates.test.ts)', () => {
    const d = { year: 2009, month: 1, day: 24 };
    expect(parseCellDate('2009-01-24')).toEqual(d);
    expect(parseCellDate(new Date(Date.UTC(2009, 0, 24)))).toEqual(d);
    expect(parseCellDate(39837)).toEqual(d); // Excel serial
    // serials of 1990-01-01 to 2099-12-31 only, a number or a CSV's text: a smaller number (3, 120) is no date a register means
    expect(parseCellDate(32874)).toEqual({ year: 1990, month: 1, day: 1 });
    expect(parseCellDate(73050)).toEqual({ year: 2099, month: 12, day: 31 });
    expect(parseCellDate('45717')).toEqual({ year: 2025, month: 3, day: 1 });
    expect(parseCellDate(45717.5)).toEqual({ year: 2025, month: 3, day: 1 }); // a time of day after the date
    for (const no of [1, 61, 32873, 73051, '3', '120']) expect(parseCellDate(no)).toBe('invalid');
    expect(parseCellDate('2009-02-30')).toBe('invalid');
    expect(parseCellDate('  ')).toBeUndefined();
  });
  it('reads yes/no cells', () => {
    for (const yes of ['是', 'Y', 'y', 'true', 'TRUE', true]) expect(parseYesNo(yes)).toBe(true);
    for (const no of ['否', 'N', 'false', false]) expect(parseYesNo(no)).toBe(false);
    expect(parseYesNo('')).toBeUndefined();
    expect(parseYesNo('也许')).toBe('invalid');
  });
  it('reads amounts with separators, 元 and 万', () => {
    expect(parseNumberCell('6,666')).toBe(6666);
    expect(parseNumberCell('2600元')).toBe(2600);
    expect(parseNumberCell('8万元')).toBe(80000);
    expect(parseNumberCell('142.5')).toBe(142.5);
    expect(parseNumberCell('-500')).toBe(-500);
    expect(parseNumberCell('很多')).toBe('invalid');
  });
});

describe('detectKind', () => {
  it('tells petitions from disputes by their columns', () => {
    expect(detectKind(['编号', '登记日期', '信访形式', '办理状态'])).toBe('petitions');
    expect(detectKind(['编号', '排查日期', '纠纷类别', '化解状态'])).toBe('disputes');
    expect(detectKind(['id', 'date', 'channel', 'status'])).toBe('petitions');
    expect(detectKind(['编号', '日期', '状态'])).toBeUndefined();
  });
});

describe('readRegister', () => {
  it('reads a CSV petition register, numbering rows as a spreadsheet does', async () => {
    const bag = new DiagnosticBag();
    const r = await readRegister(join(FIX, 'petitions.csv'), bag);
    expect(bag.items).toEqual([]);
    expect(r.kind).toBe('petitions');
    const rows = r.rows as Petition[];
    expect(rows.map((p) => [p.id, p.line])).toEqual([['P001', 2], ['P002', 3], ['P003', 4], ['P004', 5]]);
    expect(rows[0]).toMatchObject({
      date: { year: 2009, month: 1, day: 5 }, channel: '来信', source: '上级交办', replied: true,
      summary: '反映承包地被占, 要求退还', closedOn: { year: 2009, month: 1, day: 20 },
    });
    expect(rows[1]).toMatchObject({ people: 5, skipLevel: false, repeat: true, summary: '反映低保\n评定不公（两行）' });
    expect(rows[2]).toMatchObject({ channel: '网上信访', status: '办理中', summary: '他说"太慢了"', date: { year: 2009, month: 4, day: 1 } });
    expect(r.span).toEqual({ first: { year: 2009, month: 1, day: 5 }, last: { year: 2009, month: 7, day: 9 } });
  });

  it('reads the BOM and GBK copies into the same rows', async () => {
    const read = async (f: string) => {
      const bag = new DiagnosticBag();
      const r = await readRegister(join(FIX, f), bag);
      expect(bag.items).toEqual([]);
      return r.rows;
    };
    const utf8 = await read('petitions.csv');
    expect(await read('petitions-bom.csv')).toEqual(utf8);
    expect(await read('petitions-gbk.csv')).toEqual(utf8);
  });

  it('accepts English column names and values', async () => {
    const bag = new DiagnosticBag();
    const r = await readRegister(join(FIX, 'petitions-english.csv'), bag);
    expect(bag.items).toEqual([]);
    expect(r.rows[0]).toMatchObject({ id: 'E1', channel: '来访', source: '上级交办', status: '已办结', repeat: true, people: 6 });
  });

  it('reads a dispute register with quoted multi-line steps and amounts as written', async () => {
    const bag = new DiagnosticBag();
    const r = await readRegister(join(FIX, 'disputes.csv'), bag);
    expect(bag.items).toEqual([]);
    expect(r.kind).toBe('disputes');
    const [a, b] = r.rows as Dispute[];
    expect(a).toMatchObject({ id: 'D001', parties: ['王春', '杭应忠'], mediators: ['派出所', '司法所'], amount: 6666, status: '已化解', line: 2 });
    expect(a.steps).toContain('\n2月5日');
    expect(b).toMatchObject({ id: 'D002', amount: 80000, status: '正在化解', line: 3 });
  });

  it('reads the example XLSX into the same rows as the example CSV', async () => {
    for (const name of ['信访台账2009', '矛盾纠纷2009']) {
      const bag = new DiagnosticBag();
      const csv = await readRegister(join(EXAMPLES, `${name}.csv`), bag);
      const xlsx = await readRegister(join(EXAMPLES, `${name}.xlsx`), bag);
      expect(bag.items).toEqual([]);
      expect(xlsx.kind).toBe(csv.kind);
      expect(xlsx.rows.length).toBeGreaterThan(10);
      expect(xlsx.rows).toEqual(csv.rows);
    }
  });

  it('reports YAML rows at the line of the item or value', async () => {
    const bag = new DiagnosticBag();
    const r = await readRegister(join(FIX, 'petitions.yaml'), bag);
    expect(r.kind).toBe('petitions');
    expect(r.rows.map((p) => p.id)).toEqual(['Y001']);
    const found = bag.items.map((d) => ({ code: d.code, line: d.start?.line, path: d.path }));
    expect(found).toEqual(expect.arrayContaining([
      { code: 'bad-date', line: 8, path: ['登记日期'] },
      { code: 'missing-id', line: 12, path: ['编号'] },
      { code: 'unknown-channel', line: 13, path: ['信访形式'] },
    ]));
    expect(bag.items).toHaveLength(3);
  });

  it('reports a missing file, an unknown format and an unrecognisable header without throwing', async () => {
    const dir = temporaryFolder('gongwen-reg-');
    await writeFile(join(dir, 'x.csv'), '甲,乙\n1,2\n');
    const bag = new DiagnosticBag();
    await readRegister(join(dir, 'nope.csv'), bag);
    await readRegister(join(dir, 'table.ods'), bag);
    await readRegister(join(dir, 'x.csv'), bag);
    expect(bag.items.map((d) => d.code)).toEqual(['file-not-found', 'unsupported-format', 'unknown-register-kind']);
  });

  it('passes over title rows above the header, keeping spreadsheet row numbers', async () => {
    const bag = new DiagnosticBag();
    const file = join(FIX, 'petitions-title-rows.csv');
    const r = await readRegister(file, bag);
    expect(r.kind).toBe('petitions');
    expect(r.rows.map((p) => [p.id, p.line])).toEqual([['T1', 4]]);
    expect(bag.items.map((d) => [d.code, d.start])).toEqual([['bad-date', { line: 5, column: 2 }]]);
    // With the kind given, too.
    const again = await readRegister(file, new DiagnosticBag(), { kind: 'petitions' });
    expect(again.rows.map((p) => p.line)).toEqual([4]);
  });

  it('reports a missing required column once, not every row', async () => {
    const dir = temporaryFolder('gongwen-reg-');
    await writeFile(join(dir, 'p.csv'), '编号,登记日期,信访形式,信访人\nA,2009-01-01,来信,甲\n');
    const bag = new DiagnosticBag();
    const r = await readRegister(join(dir, 'p.csv'), bag);
    expect(bag.items.map((d) => [d.code, d.path])).toEqual([['missing-column', ['办理状态']]]);
    expect(r.rows).toEqual([]);
  });
});
