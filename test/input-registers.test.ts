/**
 * Registers (台账) as a 信访办 keeps them in Excel: 微信 as the 信访形式 of a petition received online, 微信 typed in
 * the 来源 column, and a 办结日期 typed before the 登记日期.
 */
import { expect, it } from 'vitest';
import { runStats } from './support/stats.js';
import { folderWith } from './support/folder.js';

const HEADER = '编号,登记日期,信访形式,信访人,人数,来源,办理状态,办结日期\n';

async function stats(name: string, rows: string) {
  const dir = folderWith({ [name]: HEADER + rows }, { prefix: 'gongwen-input-registers-' });
  return runStats([name], { format: 'json', language: 'en' }, dir);
}

it('counts a petition whose 信访形式 is 微信 as 网上信访', async () => {
  const r = await stats('wechat.csv', 'X1,2026/3/15,微信,李桂芬,1,直接受理,已办结,2026/3/20\nX2,2026/3/16,来信,张三,1,直接受理,已办结,2026/3/30\n');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).petitions.by_channel).toMatchObject({ 网上信访: 1, 来信: 1 });
});

it('says 微信 typed as the 来源 is a 信访形式, not "did you mean 来信"', async () => {
  const r = await stats('source.csv', 'X1,2026/3/15,来访,李桂芬,1,微信,已办结,2026/3/20\n');
  expect(r.err).toContain('source.csv:2:6: error[unknown-source]: unknown 来源 "微信" in column F');
  expect(r.err).toContain('hint: 微信 is a 信访形式 (网上信访), written in the 信访形式 column; the 来源 is 直接受理 or 上级交办');
  expect(r.err).not.toContain('来信');
});

it('says a 办结日期 before its 登记日期 at the 办结日期', async () => {
  const r = await stats('dates.csv', 'X1,2026/3/15,来访,李桂芬,1,直接受理,已办结,2026/3/10\n');
  expect(r.code).toBe(1);
  expect(r.err).toContain('dates.csv:2:8: error[date-order]: 办结日期 2026-03-10 in column H is before the 登记日期 2026-03-15');
});
