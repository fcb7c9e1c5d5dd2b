// Issue 8, items 2 and 15 for registers and statistics: keys and values such as
// __proto__ are ordinary data, and `stats --format csv` is safe to open in Excel.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatsOptions } from '../src/cli/stats.js';
import { runStats } from './support/stats.js';
import { parseCsv } from '../src/registers/csv.js';
import { csvField } from '../src/stats/format.js';
import { temporaryFolder } from './support/folder.js';

const run = runStats;

const HEADER = '编号,登记日期,信访形式,村社区,问题类别,办理状态';

async function register(name: string, text: string): Promise<string> {
  const dir = temporaryFolder('gongwen-hostile-stats-');
  await writeFile(join(dir, name), text);
  return dir;
}

describe('register values such as __proto__ are counted like any other', () => {
  const rows = [
    HEADER,
    'X1,2009-01-05,来信,__proto__,__proto__,已办结',
    'X2,2009-01-06,来访,__proto__,constructor,已办结',
    'X3,2009-01-07,来访,toString,__proto__,办理中',
    'X4,2009-01-08,电话,上坝,hasOwnProperty,已办结',
  ].join('\n');

  it('in --format json', async () => {
    const dir = await register('p.csv', rows);
    const { code, out, err } = await run(['p.csv'], { period: '2009Q1', format: 'json' }, dir);
    expect(err).toBe('');
    expect(code).toBe(0);
    // Parsed with a reviver-free JSON.parse: "__proto__" comes back as an own key.
    const json = JSON.parse(out);
    expect(Object.entries(json.petitions.by_category)).toEqual([['__proto__', 2], ['constructor', 1], ['hasOwnProperty', 1]]);
    expect(Object.entries(json.petitions.by_village)).toEqual([['__proto__', 2], ['toString', 1], ['上坝', 1]]);
    expect(json.petitions.total).toBe(4);
  });

  it('in --format csv and in the table', async () => {
    const dir = await register('p.csv', rows);
    const csv = await run(['p.csv'], { period: '2009Q1', format: 'csv' }, dir);
    expect(csv.code).toBe(0);
    const lines = parseCsv(csv.out);
    expect(lines).toContainEqual(['2009Q1', 'petitions', 'by_category', '__proto__', '2']);
    expect(lines).toContainEqual(['2009Q1', 'petitions', 'by_village', 'toString', '1']);
    const table = await run(['p.csv'], { period: '2009Q1' }, dir);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^__proto__ +2 +50%$/m);
    expect(table.out).toMatch(/^constructor +1 +25%$/m);
  });

  it('grouped with --by: a group named __proto__ is a group', async () => {
    const dir = await register('p.csv', rows);
    const { code, out } = await run(['p.csv'], { period: '2009Q1', by: '村社区', format: 'json' }, dir);
    expect(code).toBe(0);
    const groups = JSON.parse(out).by.petitions;
    expect(Object.keys(groups)).toEqual(['__proto__', 'toString', '上坝']);
    expect(groups.__proto__.total).toBe(2);
  });

  it('--by __proto__, constructor or toString is a usage error (exit 2)', async () => {
    const dir = await register('p.csv', rows);
    for (const by of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const { code, out, err } = await run(['p.csv'], { by }, dir);
      expect(code, by).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(`cannot group by "${by}"`);
    }
  });
});

describe('options and values with control characters', () => {
  it('are shown escaped in usage errors and tables, never sent raw to the terminal', async () => {
    const dir = await register('p.csv', `${HEADER}\nX1,2009-01-05,来信,"上坝\u001b[2J",类别,已办结\n`);
    for (const options of [{ by: '\u001b[31mred' }, { period: '\u0007bell' }, { format: '\u001b]0;title\u0007' }] as StatsOptions[]) {
      const { code, err } = await run(['p.csv'], options, dir);
      expect(code).toBe(2);
      expect(err).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
      expect(err).toMatch(/\\x1B|\\x07/);
    }
    const table = await run(['p.csv'], {}, dir);
    expect(table.code).toBe(0);
    expect(table.out).not.toContain('\u001b');
    expect(table.out).toContain('上坝\\x1B[2J');
  });
});

describe('YAML register keys such as __proto__ are unknown columns, named at their line', () => {
  it('warns at each key and counts the rows', async () => {
    const text = [
      '- 编号: X1', //                          line 1
      '  登记日期: 2009-01-05',
      '  信访形式: 来信',
      '  办理状态: 已办结',
      '  __proto__: 上坝', //                   line 5
      '- 编号: X2',
      '  登记日期: 2009-01-06',
      '  信访形式: 来访',
      '  办理状态: 办理中',
      '  constructor: x', //                    line 10
      '  toString: y', //                       line 11
      '  问题类别: __proto__',
    ].join('\n');
    const dir = await register('p.yaml', text);
    const { code, out, err } = await run(['p.yaml'], { period: '2009Q1', format: 'json' }, dir);
    expect(code).toBe(0);
    for (const [key, line] of [['__proto__', 5], ['constructor', 10], ['toString', 11]] as const) {
      expect(err).toContain(`p.yaml:${line}:`);
      expect(err).toContain(`key "${key}" is not a 信访登记 column and is ignored`);
    }
    const json = JSON.parse(out);
    expect(json.petitions.total).toBe(2);
    expect(Object.entries(json.petitions.by_category)).toEqual([['未填写', 1], ['__proto__', 1]]);
  });

  it('a mapping keyed constructor is not taken for the register kind', async () => {
    const dir = await register('p.yaml', 'constructor:\n  - 编号: X1\n');
    const { code, err } = await run(['p.yaml'], {}, dir);
    expect(code).toBe(1);
    expect(err).toContain('a YAML register is a list of rows');
  });
});

describe('stats --format csv is safe to open in Excel (OWASP CSV injection)', () => {
  const evil = ['=HYPERLINK("http://x","y")', '+1+cmd|calc', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];
  const rows = [HEADER, ...evil.map((v, i) => `X${i},2009-01-0${i + 1},来信,"${v.replace(/"/g, '""')}","${v.replace(/"/g, '""')}",已办结`)].join('\n');

  it('neutralises cells that begin with = + - @ tab or CR, in the figures and the --by rows', async () => {
    const dir = await register('p.csv', rows);
    const { code, out } = await run(['p.csv'], { period: '2009Q1', by: '问题类别', format: 'csv' }, dir);
    expect(code).toBe(0);
    const lines = parseCsv(out);
    const cells = lines.flat();
    const byCategory = lines.filter((l) => l[2] === 'by_category').map((l) => l[3]);
    const groups = lines.filter((l) => l[1] === 'petitions.by.问题类别' && l[2] === 'total').map((l) => l[3]);
    // Each evil value shows up with an apostrophe before it, in by_category and in the --by groups.
    // (A register cell is trimmed, so a leading tab or CR never reaches a count; csvField guards them below.)
    for (const v of evil.filter((e) => !/^[\t\r]/.test(e))) {
      expect(byCategory, v).toContain(`'${v}`);
      expect(groups, v).toContain(`'${v}`);
    }
    // No cell that a spreadsheet would read as a formula is left.
    for (const c of cells) expect(/^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d+(\.\d+)?$/.test(c)), JSON.stringify(c)).toBe(false);
    // Plain numbers stay numbers.
    expect(lines).toContainEqual(['2009Q1', 'petitions', 'total', '', '6']);
  });

  it('csvField quotes and neutralises each dangerous first character, and leaves numbers alone', () => {
    expect(csvField('=1+2')).toBe(`"'=1+2"`);
    expect(csvField('+1')).toBe('+1');
    expect(csvField('+1+cmd')).toBe(`"'+1+cmd"`);
    expect(csvField('-0.25')).toBe('-0.25');
    expect(csvField('-cmd')).toBe(`"'-cmd"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('\tx')).toBe(`"'\tx"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('上坝')).toBe('上坝');
    expect(csvField('a,b')).toBe('"a,b"');
  });
});
