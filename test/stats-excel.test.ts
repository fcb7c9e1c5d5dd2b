// `gongwen stats` with the tools offices have: a CSV Excel and WPS open (UTF-8 with a byte order
// mark, or GBK), workbooks recognised by their bytes (.xls, .et), and any sheet of a workbook.
// Every workbook is built here; the registers are the examples'.
import { readFileSync, rmSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/io.js';
import { statsCommand, type StatsOptions } from '../src/cli/stats.js';
import { parseCsv } from '../src/registers/csv.js';
import { runCli } from './support/cli.js';
import { runStats } from './support/stats.js';

const EXAMPLES = join(__dirname, '..', 'examples', 'registers');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-excel-'));
  made.push(dir);
  await copyFile(join(EXAMPLES, '信访台账2009.csv'), join(dir, '信访台账2009.csv'));
  await copyFile(join(EXAMPLES, '信访台账2009.xlsx'), join(dir, '信访台账2009.xlsx'));
  return dir;
}

/** A row of inline-string cells. */
const row = (n: number, cells: string[]) =>
  `<row r="${n}">${cells.map((c, i) => `<c r="${String.fromCharCode(65 + i)}${n}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;

/** A workbook of several sheets, each given by its name and rows. */
function workbook(sheets: Array<{ name: string; rows: string }>): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet xmlns="${MAIN}"><sheetData>${s.rows}</sheetData></worksheet>`);
  });
  return zipSync(files);
}

const NOTES = { name: '说明', rows: row(1, ['本台账按月填报']) + row(2, ['填报人：张三']) };
const PETITIONS = {
  name: '信访登记',
  rows: row(1, ['编号', '登记日期', '信访形式', '办理状态']) + row(2, ['P1', '2009-01-05', '来信', '已办结']) + row(3, ['P2', '2009-02-06', '来访', '办理中']),
};
const DISPUTES = {
  name: '矛盾纠纷',
  rows: row(1, ['路居镇矛盾纠纷排查台账']) + row(2, ['编号', '排查日期', '化解状态']) + row(3, ['D1', '2009-03-01', '已化解']),
};

async function stats(registers: string[], options: StatsOptions, cwd: string, io: Partial<CliIO> = {}) {
  const out: string[] = [];
  const bytes: Uint8Array[] = [];
  const err: string[] = [];
  const code = await statsCommand(registers, options, {
    stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, cwd, env: {}, stdoutBytes: (b) => bytes.push(b), ...io,
  });
  return { code, out: out.join(''), bytes: Buffer.concat(bytes), err: err.join('') };
}

/** The value of one figure in the CSV `stats` writes (period, section, measure, key → value). */
function figure(csv: string, section: string, measure: string, key = ''): string | undefined {
  return parseCsv(csv).find((r) => r[1] === section && r[2] === measure && r[3] === key)?.[4];
}

describe('stats --format csv for Excel and WPS', () => {
  it('writes a file as UTF-8 with a byte order mark, and the same figures as standard output', async () => {
    const dir = await tempDir();
    const plain = await stats(['信访台账2009.csv'], { period: '2009H1', format: 'csv' }, dir);
    expect(plain.code).toBe(0);
    expect(plain.out.startsWith('period,section')).toBe(true);
    const written = await stats(['信访台账2009.csv'], { period: '2009H1', format: 'csv', output: '统计.csv' }, dir);
    expect([written.code, written.out, written.err]).toEqual([0, '', '']);
    const bytes = readFileSync(join(dir, '统计.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(text).toBe(plain.out);
    // XF2009-001 … 011: 11 accepted, 5 by letter
    expect(figure(text, 'petitions', 'accepted')).toBe('11');
    expect(figure(text, 'petitions', 'by_channel', '来信')).toBe('5');
  });

  it('marks standard output redirected to a file, not a pipe or a terminal', async () => {
    const dir = await tempDir();
    const redirected = await stats(['信访台账2009.csv'], { period: '2009H1', format: 'csv' }, dir, { stdoutIsFile: true });
    expect(redirected.out.startsWith('\uFEFFperiod,section')).toBe(true);
    const piped = await stats(['信访台账2009.csv'], { period: '2009H1', format: 'csv' }, dir, { stdoutIsFile: false });
    expect(piped.out.startsWith('period,section')).toBe(true);
    // JSON is never marked: a parser would choke on the mark
    const json = await stats(['信访台账2009.csv'], { period: '2009H1', format: 'json' }, dir, { stdoutIsFile: true });
    expect(JSON.parse(json.out).petitions.accepted).toBe(11);
  });

  it('writes GBK with --encoding gbk, which an old Excel reads in the system code page', async () => {
    const dir = await tempDir();
    const plain = await stats(['信访台账2009.csv'], { period: '2009H1', format: 'csv', by: '村社区' }, dir);
    const gbk = await stats(['信访台账2009.csv'], { period: '2009H1', format: 'csv', by: '村社区', output: 'gbk.csv', encoding: 'GBK' }, dir);
    expect(gbk.code).toBe(0);
    const bytes = readFileSync(join(dir, 'gbk.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('gbk').decode(bytes)).toBe(plain.out);
    expect(plain.out).toContain('石岩哨');
    // to standard output too, as bytes
    const out = await stats(['信访台账2009.csv'], { period: '2009H1', format: 'csv', encoding: 'cp936' }, dir);
    expect(new TextDecoder('gbk').decode(out.bytes)).toContain('petitions,by_channel,来访,6');
  });

  it('refuses GBK for text GBK cannot write, names the character, and writes nothing', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'rare.csv'), '编号,登记日期,信访形式,办理状态,村社区\nX1,2009-01-05,来信,已办结,𠮷村\n');
    const r = await stats(['rare.csv'], { format: 'csv', output: 'out.csv', encoding: 'gbk' }, dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('GBK has no code for "𠮷" (U+20BB7); nothing written');
    await expect(readFile(join(dir, 'out.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('does not replace a file without --force, and says so', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '统计.csv'), 'mine');
    const r = await stats(['信访台账2009.csv'], { format: 'csv', output: '统计.csv' }, dir);
    expect([r.code, r.err]).toEqual([1, 'gongwen stats: 统计.csv exists; use --force to replace it\n']);
    expect(readFileSync(join(dir, '统计.csv'), 'utf8')).toBe('mine');
    const forced = await stats(['信访台账2009.csv'], { format: 'csv', output: '统计.csv', force: true }, dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, '统计.csv'), 'utf8')).toContain('period,section');
  });

  it('rejects an encoding it does not write as a usage error', async () => {
    const dir = await tempDir();
    const r = await runStats(['信访台账2009.csv'], { format: 'csv', encoding: 'latin1' }, dir);
    expect([r.code, r.err]).toEqual([2, 'gongwen stats: unknown encoding "latin1"\n  expected: utf-8-bom, utf-8, gbk\n']);
  });
});

describe('workbooks recognised by their bytes', () => {
  it('reads an .xlsx renamed .xls, and a WPS .et saved as OOXML, as the workbook they are', async () => {
    const dir = await tempDir();
    await copyFile(join(dir, '信访台账2009.xlsx'), join(dir, '改名.xls'));
    await copyFile(join(dir, '信访台账2009.xlsx'), join(dir, 'wps.et'));
    const expected = (await runStats(['信访台账2009.xlsx'], { format: 'json' }, dir)).out;
    expect(JSON.parse(expected).petitions.total).toBe(24);
    for (const name of ['改名.xls', 'wps.et']) {
      const r = await runStats([name], { format: 'json' }, dir);
      expect([r.code, r.err, r.out], name).toEqual([0, '', expected]);
    }
  });

  it('refuses a binary Excel 97–2003 workbook with a message naming it and saying to save as .xlsx', async () => {
    const dir = await tempDir();
    // An OLE2 compound file starts D0 CF 11 E0 A1 B1 1A E1 (MS-CFB 2.2)
    const ole = Buffer.alloc(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const name of ['旧台账.xls', '旧台账.et', '改名.xlsx']) {
      await writeFile(join(dir, name), ole);
      const r = await runStats([name], {}, dir);
      expect(r.code, name).toBe(1);
      expect(r.out).toBe('');
      expect(r.err, name).toContain(`${name}: error[old-workbook]: ${name} is an Excel 97–2003 workbook (the binary .xls format), which gongwen does not read`);
      expect(r.err).toContain('save it as an .xlsx workbook');
    }
  });
});

describe('the sheets of a workbook', () => {
  it('reads the first sheet with a register\'s columns, passing over a sheet of notes', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '台账.xlsx'), workbook([NOTES, PETITIONS, DISPUTES]));
    const r = await runStats(['台账.xlsx'], { format: 'json' }, dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect([json.petitions.total, json.petitions.accepted, json.disputes]).toEqual([2, 2, null]);
  });

  it('reads the sheet --sheet names, title rows and all, and names the sheets when it has none of that name', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '台账.xlsx'), workbook([NOTES, PETITIONS, DISPUTES]));
    const disputes = await runStats(['台账.xlsx'], { format: 'json', sheet: '矛盾纠纷' }, dir);
    expect(disputes.code).toBe(0);
    const json = JSON.parse(disputes.out);
    expect([json.petitions, json.disputes.total, json.disputes.resolved]).toEqual([null, 1, 1]);
    const missing = await runStats(['台账.xlsx'], { sheet: '统计表' }, dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('台账.xlsx: error[unknown-sheet]: 台账.xlsx has no sheet named "统计表"');
    expect(missing.err).toContain('expected: one of its sheets: "说明", "信访登记", "矛盾纠纷"');
  });

  it('says so, naming every sheet, when no sheet has a register\'s columns', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '汇总.xlsx'), workbook([NOTES, { name: '图表', rows: row(1, ['月份', '件数']) + row(2, ['1月', '3']) }]));
    const r = await runStats(['汇总.xlsx'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('汇总.xlsx: error[no-register-sheet]: no sheet of 汇总.xlsx has a register\'s columns; its sheets are "说明", "图表"');
    expect(r.err).toContain('hint: name the sheet to read with --sheet');
  });
});

describe('the command line', () => {
  it('takes --sheet, -o and --encoding as gongwen stats options', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '台账.xlsx'), workbook([NOTES, PETITIONS, DISPUTES]));
    const r = await runCli(['stats', '台账.xlsx', '--sheet', '矛盾纠纷', '-f', 'csv', '-o', 'out/纠纷.csv', '--encoding', 'utf-8'], dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    const text = readFileSync(join(dir, 'out', '纠纷.csv'), 'utf8');
    expect(text.startsWith('period,section')).toBe(true);
    expect(figure(text, 'disputes', 'total')).toBe('1');
  });
});
