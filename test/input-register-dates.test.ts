/**
 * Dates in registers as Excel leaves them: a date column saved as numbers (45717, a CSV from a sheet whose column lost
 * its date format, or an XLSX number cell) is Excel's date serial, read as Excel reads it and said once a column; a date
 * typed without its year (3月2日) is said as such, with the year of the date above it to write.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { runStats } from './support/stats.js';
import { folderWith } from './support/folder.js';

const HEADER = '编号,登记日期,信访形式,信访人,人数,来源,办理状态,办结日期\n';

async function stats(name: string, rows: string, period?: string) {
  const dir = folderWith({ [name]: HEADER + rows }, { prefix: 'gongwen-input-register-dates-' });
  return runStats([name], { format: 'json', language: 'en', period }, dir);
}

it('reads a CSV date column saved as Excel serials as Excel does, and says it once a column', async () => {
  const r = await stats('serial.csv', 'X1,45717,来访,李桂芬,1,直接受理,已办结,45720\nX2,45718,来信,张三,1,直接受理,已办结,45730\n', '2025-03');
  expect(r.code).toBe(0);
  const warnings = r.err.match(/^serial\.csv:\d+:\d+: warning\[[a-z-]+\]: .*$/gm);
  expect(warnings).toEqual([
    'serial.csv:2:2: warning[excel-date-serial]: "45717" in column B is an Excel date serial, read as Excel reads it: 2025-03-01 (and so is every other one of this column) (at 登记日期)',
    'serial.csv:2:8: warning[excel-date-serial]: "45720" in column H is an Excel date serial, read as Excel reads it: 2025-03-04 (and so is every other one of this column) (at 办结日期)',
  ]);
  expect(r.err).toContain('hint: in Excel, give the column a date format before saving: it is then saved as 2025-03-01');
  const json = JSON.parse(r.out);
  expect(json.period).toMatchObject({ start: '2025-03-01', end: '2025-03-31' });
  expect(json.petitions.total).toBe(2);
});

it('reads an XLSX number cell in a date column as an Excel serial, with the same note, and a small number as no date', async () => {
  const dir = folderWith({}, { prefix: 'gongwen-input-register-dates-' });
  const text = (value: string) => ({ value, type: String });
  const header = ['编号', '登记日期', '信访形式', '信访人', '人数', '来源', '办理状态'].map(text);
  await writeXlsxFile([
    header,
    [text('X1'), { value: 45717, type: Number }, text('来访'), text('李桂芬'), { value: 1, type: Number }, text('直接受理'), text('已办结')],
    [text('X2'), { value: 3, type: Number }, text('来访'), text('张三'), { value: 1, type: Number }, text('直接受理'), text('已办结')],
  ] as never).toFile(join(dir, '信访.xlsx'));
  const r = await runStats(['信访.xlsx'], { format: 'json', language: 'en' }, dir);
  expect(r.err).toContain('信访.xlsx:2:2: warning[excel-date-serial]: "45717" in column B is an Excel date serial, read as Excel reads it: 2025-03-01');
  expect(r.err).toContain('信访.xlsx:3:2: error[bad-date]: "3" in column B is not a date that exists');
  expect(r.code).toBe(1);
});

it('says a date without its year, with the year of the date above it', async () => {
  const r = await stats('noyear.csv', 'X1,2025年3月1日,来访,李桂芬,1,直接受理,已办结,2025年3月4日\nX2,3月2日,来信,张三,1,直接受理,已办结,\n');
  expect(r.code).toBe(1);
  expect(r.err).toContain('noyear.csv:3:2: error[bad-date]: "3月2日" in column B has no year');
  expect(r.err).toContain('expected: the year written with it, as in the row above: 2025年3月2日');
});

it('says a date without its year on the first row, with the forms to write', async () => {
  const r = await stats('first.csv', 'X1,3月2日,来信,张三,1,直接受理,已办结,\n');
  expect(r.code).toBe(1);
  expect(r.err).toContain('first.csv:2:2: error[bad-date]: "3月2日" in column B has no year');
  expect(r.err).toContain('expected: a date such as 2009-01-24, 2009/1/24 or 2009年1月24日');
});
