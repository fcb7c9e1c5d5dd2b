/**
 * Counts typed on a phone keyboard, in full-width digits (来信: １２, 来访: ３５件, a register's 人数 １２):
 * read as the number, as dates already are (zh/numerals halfWidthDigits).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compileFile } from '../src/pipeline.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { parseNumberCell } from '../src/registers/cells.js';
import { runStats } from './support/stats.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-fullwidth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (petitions: string) => `类型: 总结
标题: 青山镇2026年上半年信访工作总结
单位: 青山镇
时期: 2026年上半年
章节:
  - 标题: 信访业务
    内容:
      - 插入: 信访统计
信访:
${petitions}
`;

it('reads １２ and ３５件 in a 总结 as 12 and 35, and the totals add up from them', async () => {
  const file = join(dir, 'phone.yaml');
  writeFileSync(file, record('  来信: １２\n  来访: ３５件\n  受理: ４７\n'));
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics).toEqual([]);
  const md = writeMarkdown(r.document!);
  expect(md).toContain('受理群众来信来访47件');
  expect(md).toContain('来信12件');
  expect(md).toContain('来访35件');
});

it('reads a register cell of full-width digits as its number', () => {
  expect(parseNumberCell('１２')).toBe(12);
  expect(parseNumberCell('６，６６６元')).toBe(6666);
  expect(parseNumberCell('８．５万')).toBe(85000);
});

it('counts a register whose 人数 is typed １２, and says a 人数 of 十几 with a people example, not an amount', async () => {
  const csv = join(dir, '信访.csv');
  writeFileSync(csv, '编号,登记日期,信访形式,人数,办理状态\nX1,2026/3/15,来访,１２,已办结\nX2,2026/3/16,来访,十几,已办结\n');
  const r = await runStats([csv], { format: 'json', skipBadRows: true, lang: 'en' } as never, dir);
  expect(r.err).toContain('"十几" in column D is not a number');
  expect(r.err).toContain('expected: a whole number, 1 or more');
  expect(r.err).not.toContain('8万元');
  expect(r.err).not.toContain('１２');
});
