/**
 * A 纪要 of the header form whose 正文 ends in the verb that introduces its points (…，会议议定 typed without a mark): the
 * lead ends in ： (prose.md: a colon introduces what follows), where it ended in 。 before the list (会议议定。 then 一、…).
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

const RECORD = (text: string) => [
  '类型: 纪要',
  '模板: minutes-header',
  '标题: 全镇秸秆禁烧工作调度会纪要',
  '时间: 2025年10月20日下午4时',
  '地点: 镇政府一楼会议室',
  '主持人: 副镇长 王芳',
  `正文: ${text}`,
  '要点:',
  '  - 10月25日前,各村要完成秸秆离田或还田',
  '  - 镇生态环境办每天安排2个巡查组',
  '落款:',
  '  署名: 青溪镇人民政府办公室',
  '  成文日期: 2025年10月20日',
];

it('ends a 正文 that ends in its lead verb with ： before the points', async () => {
  const r = await runRecord('render', RECORD('会议通报了近期秸秆禁烧工作情况,部署了下一阶段工作,会议议定'));
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('会议通报了近期秸秆禁烧工作情况，部署了下一阶段工作，会议议定：\n');
  expect(r.stdout).not.toContain('会议议定。');
});

it('keeps a 正文 that is a sentence of its own ending in 。', async () => {
  const r = await runRecord('render', RECORD('会议通报了近期秸秆禁烧工作情况'));
  expect(r.stdout).toContain('会议通报了近期秸秆禁烧工作情况。\n');
});
