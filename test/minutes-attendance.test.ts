/**
 * 出席 / 请假 / 列席 written at the top of a 纪要, as secretaries write them, mean the same as under
 * 出席情况:; written in both places, they are one mistake said at the top-level line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { compileFile } from '../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-attendance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = `类型: 纪要
标题: 关于冬春季森林防火工作的会议纪要
日期: 2026年11月30日
时段: 下午
地点: 镇政府三楼会议室
主持人: 镇长 李明
会议名称: 冬春季森林防火工作专题会议
章节:
  - 动词: 强调
    内容: 各村要切实扛起森林防火主体责任。
`;

it('reads 出席, 请假 and 列席 written at the top as the attendance', async () => {
  const file = join(dir, 'top.yaml');
  writeFileSync(file, `${HEAD}出席: 李明,王刚,张丽\n请假: 赵强(外出学习)\n列席: 镇林业站站长\n`);
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics).toEqual([]);
  const md = writeMarkdown(r.document!);
  expect(md).toContain('镇长李明在镇政府三楼会议室主持召开了冬春季森林防火工作专题会议');
  expect(md).toContain('**出席：**李明、王刚、张丽');
  expect(md).toContain('**请假：**赵强（外出学习）');
  expect(md).toContain('**列席：**镇林业站站长');
});

it('says 出席 written twice at the top-level line', async () => {
  const file = join(dir, 'twice.yaml');
  writeFileSync(file, `${HEAD}出席: 李明\n出席情况:\n  出席: 王刚\n`);
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics.map((d) => [d.code, d.start?.line, d.message])).toEqual([
    ['duplicate-key', 11, 'written both at the top and under 出席情况 (attendance): keep one'],
  ]);
});

it('prints 参会人员 first, then 请假 and 列席, as 出席 would be (参会人员 are the ones present)', async () => {
  const file = join(dir, 'participants.yaml');
  writeFileSync(file, `${HEAD}参会人员: 李明 王刚 张丽\n请假: 赵强(外出学习)\n列席: 驻村第一书记 孙浩\n`);
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics).toEqual([]);
  const md = writeMarkdown(r.document!);
  const at = (s: string) => md.indexOf(s);
  expect(at('**参会人员：**李明、王刚、张丽')).toBeGreaterThan(0);
  expect(at('**请假：**赵强（外出学习）')).toBeGreaterThan(at('**参会人员：**'));
  expect(at('**列席：**驻村第一书记孙浩')).toBeGreaterThan(at('**请假：**'));
  // the document's attendance lines, in order (GB/T 9704 §10.3: the present, then the absent, then the observers)
  const labels = r.document!.body.flatMap((b) => (b.type === 'labeled' && b.style === 'attendance' ? [b.label] : []));
  expect(labels).toEqual(['参会人员', '请假', '列席']);
});

it.each([
  ['会议记录', '会议记录：陈小红'],
  ['记录员', '记录员：陈小红'],
  ['记录人', '记录人：陈小红'],
  ['会议记录与整理', '会议记录与整理：陈小红'],
])('reads the recorders written as %s, and labels the line as the record does', async (key, line) => {
  const file = join(dir, `recorders-${key}.yaml`);
  writeFileSync(file, `${HEAD}与会人员: 李明 王刚\n${key}: 陈小红\n`);
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics).toEqual([]);
  const md = writeMarkdown(r.document!);
  expect(md).toContain(line);
  expect(md).toContain('**参会人员：**李明、王刚'); // 与会人员 are the participants
});
