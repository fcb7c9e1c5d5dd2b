/**
 * A 纪要's 时段 typed beside a date that has its time (日期: 2026年11月28日上午9:00, 时段: 上午), as
 * secretaries fill both: the time typed is printed, never dropped for the 时段 alone; a 时段 that says
 * another part of the day is one mistake, at its line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { compileFile } from '../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-minutes-time-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (date: string, time: string) => `类型: 纪要
标题: 红星乡党委会议纪要
日期: ${date}
时段: ${time}
地点: 乡政府三楼会议室
主持人: 乡党委书记 李强
会议名称: 乡党委2026年第12次会议
章节:
  - 动词: 强调
    内容: 各村要切实扛起森林防火主体责任。
`;

async function render(name: string, date: string, time: string) {
  const file = join(dir, name);
  writeFileSync(file, record(date, time));
  const r = await compileFile(file, { cwd: dir });
  return { diagnostics: r.diagnostics, md: r.document && writeMarkdown(r.document) };
}

it('prints the time typed after the date when 时段 says the same part of the day', async () => {
  const { diagnostics, md } = await render('same.yaml', '2026年11月28日(星期六)上午9:00', '上午');
  expect(diagnostics).toEqual([]);
  expect(md).toContain('2026年11月28日（星期六）上午9:00，乡党委书记李强在乡政府三楼会议室主持召开了');
});

it('puts the 时段 before a time typed without one', async () => {
  const { diagnostics, md } = await render('clock.yaml', '2026-11-28 9:00', '上午');
  expect(diagnostics).toEqual([]);
  expect(md).toContain('2026年11月28日上午9:00，乡党委书记李强');
});

it('says a 时段 that disagrees with the time after the date, at the 时段 line', async () => {
  const { diagnostics, md } = await render('other.yaml', '2026年11月28日上午9:00', '下午');
  expect(md).toBeUndefined();
  expect(diagnostics.map((d) => [d.code, d.start?.line, d.path?.join('.')])).toEqual([['invalid-value', 4, 'time']]);
  expect(diagnostics[0]!.message).toContain('上午9:00');
});

it('knows every part of the day a date may be typed with (清晨, 晚间), so a 时段 that disagrees with one is said', async () => {
  const { diagnostics, md } = await render('early.yaml', '2026年11月28日清晨6:30', '下午');
  expect(md).toBeUndefined();
  expect(diagnostics.map((d) => [d.code, d.start?.line, d.path?.join('.')])).toEqual([['invalid-value', 4, 'time']]);
});
