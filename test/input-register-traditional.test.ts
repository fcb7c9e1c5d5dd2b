/**
 * Register cells typed in traditional characters (a phone set to 繁體, a sheet merged from another office's): counted
 * under their simplified form, so that 石門村 and 石门村 are one village, and said once a column, with the characters.
 */
import { expect, it } from 'vitest';
import { runStats } from './support/stats.js';
import { folderWith } from './support/folder.js';

const HEADER = '编号,登记日期,信访形式,信访人,人数,村社区,问题类别,来源,办理状态\n';

it('counts 石門村 as 石门村 and 土地問題 as 土地问题, said once a column', async () => {
  const rows = [
    'X1,2025-03-01,来访,李桂芬,1,石门村,土地问题,直接受理,已办结',
    'X2,2025-03-02,来信,張三,1,石門村,土地問題,直接受理,已办结',
    'X3,2025-03-03,来信,王五,1,石門村,民政,直接受理,已办结',
    'X4,2025-03-04,来信,赵六,1,塘湾村,土地问题,直接受理,已办结',
  ];
  const dir = folderWith({ 'p.csv': HEADER + rows.join('\n') + '\n' });
  const r = await runStats(['p.csv'], { format: 'json', language: 'en' }, dir);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json.petitions.by_village).toEqual({ 石门村: 3, 塘湾村: 1 });
  expect(json.petitions.by_category).toEqual({ 土地问题: 3, 民政: 1 });
  const warnings = r.err.match(/^p\.csv:\d+:\d+: warning\[[a-z-]+\]: .*$/gm);
  expect(warnings).toEqual([
    'p.csv:3:4: warning[traditional-text]: "張三" in column D is in traditional characters (張 → 张): counted as 张三 (and so is every other such cell of this column) (at 信访人)',
    'p.csv:3:6: warning[traditional-text]: "石門村" in column F is in traditional characters (門 → 门): counted as 石门村 (and so is every other such cell of this column) (at 村社区)',
    'p.csv:3:7: warning[traditional-text]: "土地問題" in column G is in traditional characters (問 → 问, 題 → 题): counted as 土地问题 (and so is every other such cell of this column) (at 问题类别)',
  ]);
});
