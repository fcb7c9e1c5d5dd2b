/**
 * Counts typed on a phone keyboard, in full-width digits (来信: １２, 来访: ３５件, a register's 人数 １２):
 * read as the number, as dates already are (zh/numerals halfWidthDigits).
 */
import { expect, it } from 'vitest';
import { petitionSummary } from './support/petition-summary.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { parseNumberCell } from '../src/registers/cells.js';
import { runStats } from './support/stats.js';
import { folderWith } from './support/folder.js';
import { compileText } from './support/compile-text.js';

/** The record `text` compiled from a file `name` of its own temporary folder (call it inside a test). */

const record = petitionSummary;

it('reads １２ and ３５件 in a 总结 as 12 and 35, and the totals add up from them', async () => {
  const r = await compileText('phone.yaml', record('  来信: １２\n  来访: ３５件\n  受理: ４７\n'));
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
  const dir = folderWith({ '信访.csv': '编号,登记日期,信访形式,人数,办理状态\nX1,2026/3/15,来访,１２,已办结\nX2,2026/3/16,来访,十几,已办结\n' });
  const r = await runStats(['信访.csv'], { format: 'json', skipBadRows: true, language: 'en' }, dir);
  expect(r.err).toContain('"十几" in column D is not a number');
  expect(r.err).toContain('expected: a whole number, 1 or more');
  expect(r.err).not.toContain('8万元');
  expect(r.err).not.toContain('１２');
  // the row of １２ people is counted, as 12: a 集体访 (five or more), the one petition of the period
  const counted = JSON.parse(r.out) as { petitions: { total: number; collective: number } };
  expect(counted.petitions).toMatchObject({ total: 1, collective: 1 });
});

it('reads a case\'s 涉及金额 typed with its unit or in full-width digits (6666元, ６６６６元, 1.5万元) as the amount', async () => {
  const text = (amount: string) => `类型: 总结
标题: 青石镇2025年上半年矛盾纠纷排查化解工作总结
单位: 青石镇
时期: 2025年上半年
章节:
  - 标题: 基本情况
    内容:
      - 插入: 矛盾纠纷
矛盾纠纷:
  排查: 1
  化解: 1
  全部列出: true
  案例:
    - 日期: 2025年3月15日
      当事人: 张某、李某
      简要情况: 两户因排水问题发生纠纷
      调处结果: 双方达成协议
      涉及金额: ${amount}
      化解状态: 已化解
`;
  for (const [typed, printed] of [['6666元', '6666元'], ['６６６６元', '6666元'], ['1.5万元', '1.5万元'], ['6,666', '6666元']] as const) {
    const r = await compileText('amounts.yaml', text(typed));
    expect([typed, r.diagnostics.map((d) => d.message)]).toEqual([typed, []]);
    expect(writeMarkdown(r.document!)).toContain(printed);
  }
  expect((await compileText('amounts.yaml', text('六千元'))).diagnostics.map((d) => d.message)).toEqual(['expected a number, got text "六千元"']);
});
