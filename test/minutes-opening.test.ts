/**
 * 会议情况 typed as the opening of the 纪要 (11月28日下午，某某主持召开某会议，专题研究……): gongwen writes
 * that opening itself from 日期, 主持人, 地点 and 会议名称, so the clauses that say it again are left out,
 * with a warning at 会议情况's line, and what follows them joins the opening.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { compileFile } from '../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-opening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (proceedings: string) => `类型: 纪要
标题: 红旗村两委联席会议纪要
日期: 2026年11月28日
时段: 下午
地点: 村委会二楼会议室
主持人: 村党支部书记张国强
会议名称: 村两委联席会议
会议情况: ${proceedings}
章节:
  - 动词: 要求
    内容: 村道硬化工程要抓紧扫尾。
`;

async function render(proceedings: string) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, record(proceedings));
  const r = await compileFile(file, { cwd: dir });
  const opening = writeMarkdown(r.document!).split('\n\n')[1]!;
  return { opening, warnings: r.diagnostics.map((d) => [d.code, d.start?.line]) };
}

it('leaves out the clauses that repeat the opening and joins what follows them with a comma', async () => {
  const { opening, warnings } = await render('11月28日下午,村党支部书记张国强主持召开村两委联席会议,专题研究今冬明春防火工作.');
  expect(opening).toBe('2026年11月28日下午，村党支部书记张国强在村委会二楼会议室主持召开了村两委联席会议，专题研究今冬明春防火工作。现将会议内容纪要如下：');
  expect(warnings).toEqual([['opening-repeated', 8]]);
});

it('a whole sentence that repeats the opening: the next sentence follows the opening', async () => {
  const { opening, warnings } = await render('会议由张国强同志主持召开。会议听取了村委会主任的工作汇报。');
  expect(opening).toBe('2026年11月28日下午，村党支部书记张国强在村委会二楼会议室主持召开了村两委联席会议。会议听取了村委会主任的工作汇报。现将会议内容纪要如下：');
  expect(warnings).toEqual([['opening-repeated', 8]]);
});

it('nothing but the repetition: the opening alone', async () => {
  const { opening, warnings } = await render('11月28日下午，张国强主持召开村两委联席会议。');
  expect(opening).toBe('2026年11月28日下午，村党支部书记张国强在村委会二楼会议室主持召开了村两委联席会议。现将会议内容纪要如下：');
  expect(warnings).toEqual([['opening-repeated', 8]]);
});

it('keeps 会议情况 whole when its 召开 is not this meeting being convened', async () => {
  const { opening, warnings } = await render('会议要求各村召开群众大会，传达森林防火要求。');
  expect(opening).toBe('2026年11月28日下午，村党支部书记张国强在村委会二楼会议室主持召开了村两委联席会议。会议要求各村召开群众大会，传达森林防火要求。现将会议内容纪要如下：');
  expect(warnings).toEqual([]);
});

it('章节: [] is no 章节', async () => {
  const file = join(dir, 'empty-sections.yaml');
  writeFileSync(file, record('会议听取了汇报。').replace(/章节:[\s\S]*$/u, '章节: []\n'));
  const r = await compileFile(file, { cwd: dir });
  expect(r.document).toBeUndefined();
  expect(r.diagnostics.map((d) => d.code)).toEqual(['missing-key']);
});

it('a narrative 纪要 with nothing after 现将会议内容纪要如下： is an error at its points typed at the top, saying where they go', async () => {
  const file = join(dir, 'points-at-top.yaml');
  writeFileSync(file, record('会议听取了安全生产工作汇报。').replace(/章节:[\s\S]*$/u, '要点:\n  - 各村要开展一次安全隐患大排查\n  - 镇安监站要加强对企业的检查\n'));
  const r = await compileFile(file, { cwd: dir });
  expect(r.document).toBeUndefined();
  expect(r.diagnostics.map((d) => [d.code, d.start?.line, d.message])).toEqual([['missing-key', 9, 'template "minutes" needs the key "sections" (章节 / 部分)']]);
  expect(r.diagnostics[0]!.hint).toContain('章节: - 动词: 议定');
});

it('会议情况 that goes on from the opening (专题研究……, 听取了……) joins it with a comma', async () => {
  expect((await render('专题研究今冬明春防火工作.')).opening).toBe('2026年11月28日下午，村党支部书记张国强在村委会二楼会议室主持召开了村两委联席会议，专题研究今冬明春防火工作。现将会议内容纪要如下：');
  expect((await render('听取了村委会主任的工作汇报。')).opening).toBe('2026年11月28日下午，村党支部书记张国强在村委会二楼会议室主持召开了村两委联席会议，听取了村委会主任的工作汇报。现将会议内容纪要如下：');
  // a sentence with its own subject stays a sentence
  expect((await render('会议听取了村委会主任的工作汇报。')).opening).toBe('2026年11月28日下午，村党支部书记张国强在村委会二楼会议室主持召开了村两委联席会议。会议听取了村委会主任的工作汇报。现将会议内容纪要如下：');
});

it.each([
  // (review, ninth session) what is not this meeting convened by this chair is kept whole, without a warning
  '会上，张国强传达了镇党委昨日召开的全镇冬季防火工作会议精神，研究部署了我村防火工作。',
  '会议传达了上级精神，张国强要求各组近期召开群众会，宣传防火知识。',
  '会议决定下周再次召开村两委联席会议，专门研究低保评议。',
  '11月25日，镇党委书记王明主持召开全镇防火工作会议，部署今冬明春防火工作。',
  '村党支部书记王刚因公外出，受其委托，会议由张国强主持召开，研究防火工作。',
  // the chair convening another meeting, after a clause of the day (what follows 召开 is no 会议 of a few words)
  '11月28日下午，张国强主持召开各组组长参加的防火调度会。',
])('keeps %s whole', async (proceedings) => {
  const { opening, warnings } = await render(proceedings);
  expect(opening).toContain(proceedings.replace(/[。]$/u, ''));
  expect(warnings).toEqual([]);
});

it('an act between the chair’s name and 召开 is no convening, where 主持人 names the chair apart from the posts', async () => {
  const proceedings = '11月28日，会议要求张国强召开村民大会。';
  const file = join(dir, 'spaced-chair.yaml');
  writeFileSync(file, record(proceedings).replace('主持人: 村党支部书记张国强', '主持人: 村党支部书记 张国强'));
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics).toEqual([]);
  expect(writeMarkdown(r.document!)).toContain('会议要求张国强召开村民大会');
});

it('a repetition followed by a sentence with its own subject: that sentence stands after 。', async () => {
  const { opening } = await render('11月28日下午，张国强主持召开村两委联席会议，会议传达了县委全会精神。');
  expect(opening).toBe('2026年11月28日下午，村党支部书记张国强在村委会二楼会议室主持召开了村两委联席会议。会议传达了县委全会精神。现将会议内容纪要如下：');
});

it('a .md 纪要 with front matter and no text after it: the error says the text may go there too', async () => {
  const file = join(dir, 'empty.md');
  writeFileSync(file, '---\n类型: 纪要\n标题: 会议纪要\n日期: 2026年12月1日\n地点: 三楼\n主持人: 张三\n会议名称: 专题会议\n---\n\n');
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics.map((d) => [d.code, d.message, d.hint])).toEqual([
    ['missing-key', 'template "minutes" needs the key "sections" (章节 / 部分)', 'or write the text after the second --- of this .md record'],
  ]);
  writeFileSync(file, '---\n类型: 纪要\n标题: 会议纪要\n日期: 2026年12月1日\n地点: 三楼\n主持人: 张三\n会议名称: 专题会议\n---\n\n会议强调，要做好防火工作。\n');
  const written = await compileFile(file, { cwd: dir });
  expect(written.diagnostics).toEqual([]);
  expect(writeMarkdown(written.document!)).toContain('会议强调，要做好防火工作。');
});
