/**
 * Items of a list gongwen numbers itself (a header-form 纪要's 要点 as 1. 2., a section's 要点 as
 * 一是……；二是……) typed with their numbers, as secretaries copy them: each number is printed once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, test } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { compileFile } from '../src/pipeline.js';
import { stripSequenceMark } from '../src/zh/punctuation.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-points-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics).toEqual([]);
  return writeMarkdown(r.document!);
}

it('a header-form 纪要 whose points were typed 1、 2. (3)', async () => {
  const md = await render(
    'header.yaml',
    `类型: 纪要
模板: minutes-header
标题: 红星村“两委”联席会议纪要
时间: 2026年12月1日下午3时
地点: 村委会会议室
主持人: 村党支部书记 周建华
参加人员: 周建华,吴秀英,郑小军
记录人: 王丽
正文: 村“两委”召开联席会议,研究部署近期工作.会议议定如下:
要点:
  - 1、各村民小组要在12月10日前完成野外火源排查;
  - 2.由郑小军同志负责开展“清洁家园”活动。。
  - (3)村务监督委员会要加强对惠民资金发放的监督,确保公开,公平,公正!
`,
  );
  expect(md).toContain('1.各村民小组要在12月10日前完成野外火源排查。');
  expect(md).toContain('2.由郑小军同志负责开展“清洁家园”活动。');
  expect(md).toContain('3.村务监督委员会要加强对惠民资金发放的监督，确保公开、公平、公正！');
});

it('a section whose points were typed 一是 …, ①', async () => {
  const md = await render(
    'plan.yaml',
    `类型: 实施方案
标题: 红星乡2026年秸秆禁烧工作实施方案
章节:
  - 标题: 工作要求
    内容: 各村要做到
    量词: 点
    要点:
      - 一是压实责任
      - ②加强巡查
`,
  );
  expect(md).toContain('各村要做到两点：一是压实责任；二是加强巡查。');
});

test('what is no sequence mark stays', () => {
  for (const t of ['1.5万元资金', '12月10日前完成', '2026年底前', '一切为了群众', '十分重要', '一是否落实到位']) expect(stripSequenceMark(t)).toBe(t);
  expect(stripSequenceMark('（二）严格考核')).toBe('严格考核');
  expect(stripSequenceMark('一、加强领导')).toBe('加强领导');
});
