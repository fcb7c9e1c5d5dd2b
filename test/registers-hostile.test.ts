// Issue 8 for registers: bounded work for any workbook (item 10), only regular
// files read (item 11), messages that say what is wrong (item 14), year 0 is no
// date (item 16). Every attacking file is built here.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runStats } from './support/stats.js';
import { zipParts } from './support/zip.js';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { readRegister } from '../src/registers/read.js';
import { readXlsxRows, type WorkbookLimits } from '../src/registers/xlsx.js';
import { XLSX_LIMITS, XlsxError } from '../src/registers/xlsxLimits.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1" t="inlineStr"><is><t>登记日期</t></is></c><c r="C1" t="inlineStr"><is><t>信访形式</t></is></c><c r="D1" t="inlineStr"><is><t>办理状态</t></is></c></row>';

/** A workbook of one sheet whose <sheetData> holds `rows`; `parts` adds or replaces parts. */
function workbook(rows: string, parts: Record<string, string | Uint8Array> = {}, sheetPrologue = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?>${sheetPrologue}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`),
  };
  for (const [name, v] of Object.entries(parts)) files[name] = typeof v === 'string' ? strToU8(v) : v;
  return zipParts(files);
}

/** Temporary folders of this file, removed when it ends. */
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-hostile-'));
  made.push(dir);
  return dir;
}

async function readBytes(name: string, bytes: Uint8Array | string) {
  const dir = await tempDir();
  const file = join(dir, name);
  await writeFile(file, bytes);
  const bag = new DiagnosticBag();
  const started = performance.now();
  const register = await readRegister(file, bag);
  return { register, bag, file, ms: performance.now() - started };
}

const run = runStats;

/** Sets the uncompressed size the central directory declares for `name`. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 46; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const n = view.getUint16(i + 28, true);
    if (Buffer.from(out.subarray(i + 46, i + 46 + n)).toString() === name) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name}`);
}

describe('item 10: a workbook costs bounded work', () => {
  it('a row numbered 200,000,000 is an error naming the cell, at once', async () => {
    const { bag, ms, register } = await readBytes('far.xlsx', workbook(`${HEADER}<row r="200000000"><c r="A200000000" t="inlineStr"><is><t>X1</t></is></c></row>`));
    expect(bag.errors.map((d) => d.message)).toEqual([expect.stringContaining('cell A200000000 is in row 200,000,000, beyond Excel\'s last row (1,048,576)')]);
    expect(register.rows).toEqual([]);
    expect(ms).toBeLessThan(10_000); // at once: 200,000,000 rows are not walked up to it
  });

  it('a column ZZZZZZ is an error naming the cell, at once', async () => {
    const { bag, ms } = await readBytes('wide.xlsx', workbook(`${HEADER}<row r="2"><c r="ZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>`));
    expect(bag.errors.map((d) => d.message)).toEqual([expect.stringContaining('cell ZZZZZZ2 is beyond Excel\'s last column (XFD)')]);
    expect(ms).toBeLessThan(10_000); // at once: no row of 321 million cells is made
  });

  it('a sheet that declares more than the limit is refused before it is inflated', async () => {
    const bomb = declareSize(workbook(HEADER), 'xl/worksheets/sheet1.xml', 0xfffffff0);
    const { bag } = await readBytes('declared.xlsx', bomb);
    expect(bag.errors.map((d) => d.message)).toEqual([expect.stringMatching(/sheet1\.xml would unpack to 4,096 MiB, more than the limit of 1,024 MiB/)]);
  });

  it('a sheet that inflates past what its directory declares is stopped there', async () => {
    // 8 MiB of spaces inside <sheetData> deflates to some 8 KB; the directory says 2 KB.
    const big = workbook(`${HEADER}${' '.repeat(8 << 20)}`);
    const liar = declareSize(big, 'xl/worksheets/sheet1.xml', 2048);
    const { bag } = await readBytes('liar.xlsx', liar);
    expect(bag.errors.map((d) => d.message)).toEqual([expect.stringContaining('corrupt: xl/worksheets/sheet1.xml unpacks to more than the 2,048 bytes its zip directory declares')]);
  });

  it('an honest sheet larger than the limit is refused before it is inflated (limit lowered to 1 MiB here)', async () => {
    const bomb = workbook(`${HEADER}${' '.repeat(2 << 20)}`);
    let rows = 0;
    await expect(readXlsxRows(bomb, () => rows++, { ...XLSX_LIMITS, sheetBytes: 1 << 20 })).rejects.toThrow(/sheet1\.xml would unpack to 2 MiB, more than the limit of 1 MiB/);
    expect(rows).toBe(0);
  });

  it('a row of 12 Mi characters (whitespace, garbage) is refused at 8 Mi, before it ends', async () => {
    let rows = 0;
    // Text that packs little (spaces alone pack past the zip reader's 500 to 1 and are refused before inflating: test/unit/unzip.test.ts).
    await expect(readXlsxRows(workbook(`${HEADER}<row r="2">${garbage(12 << 20)}</row><row r="3"/>`), () => rows++)).rejects.toThrow(/row 2 is longer than 8 Mi characters of XML/);
    expect(rows).toBe(1); // the header; row 2 was never taken whole
  });

  it('shared strings past their count or size limit are refused (limits lowered here), not kept', async () => {
    const sst = (n: number, text: string) => workbook(`${HEADER}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`, {
      'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="${MAIN}">${`<si><t>${text}</t></si>`.repeat(n)}</sst>`,
    });
    // WorkbookLimits is typed from XLSX_LIMITS `as const`, each figure a literal type: lowered figures are said to be limits
    const limits = { ...XLSX_LIMITS, sharedStrings: 1000, sharedStringChars: 1 << 20 } as unknown as WorkbookLimits;
    await expect(readXlsxRows(sst(1001, 'x'), () => {}, limits)).rejects.toThrow(/holds more than 1,000 shared strings .* save the register as CSV/);
    await expect(readXlsxRows(sst(300, garbage(4000)), () => {}, limits)).rejects.toThrow(/or 1 Mi characters of them/);
    let rows = 0;
    await readXlsxRows(sst(1000, 'x'), () => rows++, limits);
    expect(rows).toBe(2); // at the limit: read, the header and row 2
  });

  it('entity bombs are refused: a DTD in the sheet, the shared strings or the workbook', async () => {
    const lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    const inSheet = workbook(`${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>&lol3;</t></is></c></row>`, {}, lol);
    const inStrings = workbook(`${HEADER}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`, {
      'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      'xl/sharedStrings.xml': `<?xml version="1.0"?>${lol}<sst xmlns="${MAIN}"><si><t>&lol3;</t></si></sst>`,
    });
    const inWorkbook = workbook(HEADER, { 'xl/workbook.xml': `<?xml version="1.0"?>${lol}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="&lol3;" sheetId="1" r:id="rId1"/></sheets></workbook>` });
    for (const [name, bytes, part] of [['sheet.xlsx', inSheet, 'sheet1.xml'], ['strings.xlsx', inStrings, 'sharedStrings.xml'], ['workbook.xlsx', inWorkbook, 'workbook.xml']] as const) {
      const { bag } = await readBytes(name, bytes);
      expect(bag.errors.map((d) => d.message), name).toEqual([expect.stringMatching(new RegExp(`${part.replace('.', '\\.')} declares a DTD \\(<!DOCTYPE>\\), which no workbook has; refused`))]);
    }
  });

  it('every such workbook ends `gongwen stats` with exit 1 and one message, other registers still read', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'far.xlsx'), workbook(`${HEADER}<row r="200000000"><c r="A200000000"><v>1</v></c></row>`));
    await writeFile(join(dir, 'ok.csv'), '编号,登记日期,信访形式,办理状态\nX1,2009-01-05,来信,已办结\nX2,2009-02-30,来信,已办结\n');
    const { code, out, err } = await run(['far.xlsx', 'ok.csv'], {}, dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('far.xlsx: error[unreadable-register]: cannot read far.xlsx: xl/worksheets/sheet1.xml: cell A200000000 is in row 200,000,000');
    // The other register was read: its bad row is reported.
    expect(err).toContain('ok.csv:3:2: error[bad-date]: "2009-02-30" in column B is not a date that exists');
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('a YAML register, parsed whole, has a size limit', () => {
  it('a YAML register over 32 MiB is refused with its size, unparsed', async () => {
    const line = '- 编号: X1\n  登记日期: 2009-01-05\n  信访形式: 来信\n  办理状态: 已办结\n';
    const { bag } = await readBytes('big.yaml', line.repeat(Math.ceil((33 << 20) / Buffer.byteLength(line))));
    expect(bag.errors.map((d) => d.message)).toEqual([expect.stringMatching(/big\.yaml is 33 MiB, more than the 32 MiB gongwen reads in a YAML register/)]);
  });
});

describe('item 11: only regular files are read', () => {
  it('a FIFO, a link to one and a link to a device are refused with a message; other registers are read', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    await symlink(join(dir, 'pipe.csv'), join(dir, 'link.csv'));
    await symlink('/dev/zero', join(dir, 'zero.csv'));
    await writeFile(join(dir, 'ok.csv'), '编号,登记日期,信访形式,办理状态\nX1,2009-01-05,来信,已办结\n');
    const { code, out, err } = await run(['pipe.csv', 'link.csv', 'zero.csv', 'ok.csv'], { format: 'json', skipBadRows: true }, dir); // nothing waits on the pipe
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('pipe.csv: error[not-a-file]: pipe.csv is a FIFO (named pipe), not a register file');
    expect(err).toContain('link.csv: error[not-a-file]: link.csv is a FIFO (named pipe), not a register file');
    expect(err).toContain('zero.csv: error[not-a-file]: zero.csv is a device, not a register file');
    expect(err).not.toContain('ok.csv');
  });

  it('a folder of registers with a FIFO in it: the FIFO is refused, the rest counted', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'a.csv')]);
    await writeFile(join(dir, 'b.csv'), '编号,登记日期,信访形式,办理状态\nX1,2009-01-05,来信,已办结\n');
    const bag = new DiagnosticBag();
    const fifo = await readRegister(join(dir, 'a.csv'), bag);
    const ok = await readRegister(join(dir, 'b.csv'), bag);
    expect(fifo.rows).toEqual([]);
    expect(ok.rows.map((r) => r.id)).toEqual(['X1']);
    expect(bag.errors.map((d) => d.code)).toEqual(['not-a-file']);
  });
});

describe('item 14: messages say what is wrong', () => {
  it('a corrupt workbook says corrupt, not "has no header row"', async () => {
    const good = workbook(`${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>X1</t></is></c></row>`);
    const cut = good.subarray(0, Math.floor(good.length * 0.6));
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    for (const [name, bytes] of [['cut.xlsx', cut], ['noise.xlsx', noise]] as const) {
      const { bag } = await readBytes(name, bytes);
      const messages = bag.errors.map((d) => d.message);
      expect(messages, name).toEqual([expect.stringMatching(/corrupt/)]);
      expect(messages.join(), name).not.toContain('header');
    }
    // A sheet whose XML stops in the middle of its rows.
    const truncated = zipSync({
      '_rels/.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet xmlns="${MAIN}"><sheetData>${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>X`),
    });
    const { bag } = await readBytes('truncated.xlsx', truncated);
    expect(bag.errors.map((d) => d.message)).toEqual([expect.stringMatching(/the workbook is corrupt: xl\/worksheets\/sheet1\.xml is cut off/)]);
  });

  it('a workbook with a .csv name says it is a workbook, not garbage columns', async () => {
    const { bag } = await readBytes('renamed.csv', workbook(HEADER));
    expect(bag.errors.map((d) => d.message)).toEqual([expect.stringContaining('renamed.csv is an Excel workbook (a zip file), not CSV text')]);
    const xls = await readBytes('old.csv', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(xls.bag.errors.map((d) => d.message)).toEqual([expect.stringContaining('an Excel 97–2003 workbook (.xls), not CSV text')]);
  });

  it('a stray byte in a UTF-8 register is reported at file:line:column; the file stays UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('编号,登记日期,信访形式,村社区,办理状态\nX1,2009-01-05,来信,上坝,已办结\nX2,2009-01-06,来信,中'),
      Buffer.from([0xb7]),
      Buffer.from('坝,已办结\nX3,2009-01-07,来访,下坝,办理中\n'),
    ]);
    const { bag, register, file } = await readBytes('stray.csv', bytes);
    expect(register.encoding).toBe('utf-8');
    // "X2,2009-01-06,来信,中" is 18 characters: the stray byte is the 19th.
    expect(bag.errors.map((d) => [d.code, d.file, d.start?.line, d.start?.column])).toEqual([['invalid-byte', file, 3, 19]]);
    expect(bag.errors[0].message).toBe('byte B7 at line 3, column 19 is not UTF-8, as the rest of the file is');
    // Every other row is read as UTF-8 (not as GBK mojibake).
    expect(register.rows.map((r) => (r as { village?: string }).village)).toEqual(['上坝', '中\ufffd坝', '下坝']);
  });

  it('past 20 lines with encoding problems, the rest are counted in one message', async () => {
    const lines = ['编号,登记日期,信访形式,村社区,办理状态', ...Array.from({ length: 30 }, (_, i) => `X${i},2009-01-05,来信,上坝\u0000,已办结`)];
    const bytes = Buffer.from(lines.join('\n'));
    // Every NUL (written above as a marker) becomes a stray 0xFF byte.
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) bytes[i] = 0xff;
    const { bag } = await readBytes('many.csv', bytes);
    const encoding = bag.errors.filter((d) => d.code === 'invalid-byte' || d.code === 'mixed-encoding');
    expect(encoding.length).toBe(21);
    expect(encoding.slice(0, 20).map((d) => d.start?.line)).toEqual([...Array(20).keys()].map((i) => i + 2));
    expect(encoding[20].message).toMatch(/^10 more lines of .*many\.csv are not UTF-8$/);
    // A YAML register too (decoded whole).
    const yaml = Buffer.from(['- 编号: X1', '  登记日期: 2009-01-05', '  信访形式: 来信', '  办理状态: 已办结', ...Array.from({ length: 25 }, (_, i) => `  # 备注${i} 上坝\u0000`)].join('\n'));
    for (let i = 0; i < yaml.length; i++) if (yaml[i] === 0) yaml[i] = 0xff;
    const y = await readBytes('many.yaml', yaml);
    const yamlEncoding = y.bag.errors.filter((d) => d.code === 'invalid-byte' || d.code === 'mixed-encoding');
    expect(yamlEncoding.length).toBe(21);
    expect(yamlEncoding[20].message).toMatch(/^5 more lines of .*many\.yaml are not UTF-8$/);
  });

  it('a register with GBK lines in a UTF-8 file, or UTF-8 lines in a GBK file, says mixed encoding', async () => {
    const gbk = (s: string) => Buffer.from(new Uint8Array([...s].flatMap((ch) => {
      if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
      for (let hi = 0xb0; hi <= 0xf7; hi++) {
        for (let lo = 0xa1; lo <= 0xfe; lo++) if (new TextDecoder('gbk').decode(Uint8Array.of(hi, lo)) === ch) return [hi, lo];
      }
      throw new Error(ch);
    })));
    const head = '编号,登记日期,信访形式,村社区,办理状态\n';
    const utf8WithGbk = Buffer.concat([Buffer.from(`${head}X1,2009-01-05,来信,上坝,已办结\n`), gbk('X2,2009-01-06,来信,中坝,已办结\n'), Buffer.from('X3,2009-01-07,来访,下坝,办理中\n')]);
    const a = await readBytes('mixed.csv', utf8WithGbk);
    expect(a.register.encoding).toBe('utf-8');
    expect(a.bag.errors[0]).toMatchObject({ code: 'mixed-encoding', start: { line: 3, column: 15 }, message: 'mixed encoding: line 3 is GBK, the rest of the file UTF-8' });
    // After it, only that row's own complaints (its 信访形式 and 办理状态 do not read as UTF-8): rows 2 and 4 are fine.
    expect(a.bag.errors.every((d) => d.start?.line === 3)).toBe(true);
    const gbkWithUtf8 = Buffer.concat([gbk(`${head}X1,2009-01-05,来信,上坝,已办结\n`), Buffer.from('X2,2009-01-06,来信,中坝,已办结\n'), gbk('X3,2009-01-07,来访,下坝,办理中\n')]);
    const b = await readBytes('mixed-gbk.csv', gbkWithUtf8);
    expect(b.register.encoding).toBe('gb18030');
    expect(b.bag.errors[0]).toMatchObject({ code: 'mixed-encoding', start: { line: 3, column: 15 }, message: 'mixed encoding: line 3 is UTF-8, the rest of the file GBK' });
  });

  it('a whole GBK register is still read as GBK, with no message', async () => {
    const { bag, register } = await readBytes('gbk.csv', Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(join(__dirname, 'fixtures', 'registers', 'petitions-gbk.csv')))));
    expect(bag.errors).toEqual([]);
    expect(register.encoding).toBe('gb18030');
    expect(register.rows.length).toBeGreaterThan(0);
  });
});

describe('item 16: year 0 is not a date', () => {
  it('in a CSV cell, a YAML value and an XLSX date cell', async () => {
    const csv = await readBytes('p.csv', '编号,登记日期,信访形式,办理状态\nX1,0000-01-24,来信,已办结\nX2,0/1/24,来信,已办结\n');
    expect(csv.bag.errors.map((d) => [d.code, d.start?.line])).toEqual([['bad-date', 2], ['bad-date', 3]]);
    const yaml = await readBytes('p.yaml', '- 编号: X1\n  登记日期: 0000-01-24\n  信访形式: 来信\n  办理状态: 已办结\n');
    expect(yaml.bag.errors.map((d) => [d.code, d.start?.line])).toEqual([['bad-date', 2]]);
    const xlsx = await readBytes('p.xlsx', workbook(`${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>X1</t></is></c><c r="B2" t="d"><v>0000-01-24T00:00:00</v></c><c r="C2" t="inlineStr"><is><t>来信</t></is></c><c r="D2" t="inlineStr"><is><t>已办结</t></is></c></row>`));
    expect(xlsx.bag.errors.map((d) => [d.code, d.start?.line, d.start?.column])).toEqual([['bad-date', 2, 2]]);
  });
});

// XlsxError is what the reader throws; the register reader turns it into one message.
void XlsxError;

/**
 * `n` letters that pack little (a linear congruential sequence), unlike runs of one character. Made as
 * bytes and read as Latin-1: the same letters as appending them one at a time to a string, which took
 * 2.2 s for 12 Mi of them (74 ms so).
 */
function garbage(n: number): string {
  let x = 12345;
  const out = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = 0x61 + ((x >>> 16) % 26);
  }
  return out.toString('latin1');
}
