/**
 * A 领导小组 typed as secretaries type it: one 副组长 as a text, the 成员 as one text of names.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compileFile } from '../src/pipeline.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-people-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads one 副组长 and a text of 成员 as the people they are', async () => {
  const file = join(dir, '方案.yaml');
  writeFileSync(file, `类型: 实施方案
标题: 关于开展冬春季森林防火专项整治行动的实施方案
章节:
  - 标题: 组织领导
    内容: 成立镇森林防火专项整治行动领导小组.
    领导小组:
      组长: 镇长 李明
      副组长: 副镇长 王刚
      成员: 张丽、陈建国、刘芳
落款:
  署名: 青山镇人民政府
  成文日期: 2026年11月30日
`);
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics).toEqual([]);
  const md = writeMarkdown(r.document!);
  expect(md).toContain('组　长：李明（镇长）');
  expect(md).toContain('副组长：王刚（副镇长）');
  expect(md).toContain('成　员：张丽、陈建国、刘芳');
});
