/**
 * gongwen import of last year's plan, its 指挥部 typed as a Word list types it: labels spaced to align (指 挥 长：, 成    员：)
 * and two-character names padded to line up with longer ones (谭  军  乡长). The lines are the 领导小组 — 指挥长 and
 * 副指挥长 as 组长 and 副组长 — each line one person with their posts, where they were kept as paragraphs
 * (指 挥 长：谭  军  乡长。) and a padded name became two people (谭、军、乡长).
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';

const PLAN = [
  '白沙乡2025年防汛抗旱工作实施方案',
  '为切实做好2025年防汛抗旱工作，结合我乡实际，制定本方案。',
  '一、组织领导',
  '乡政府成立防汛抗旱指挥部，组成人员如下：',
  '指 挥 长：谭  军  乡长',
  '副指挥长：周  敏  副乡长',
  '          欧阳晓东  乡武装部部长',
  '成    员：邓  辉  乡农业服务中心主任',
  '          刘  勇  乡水利站站长',
  '指挥部下设办公室，办公室设在乡水利站。',
  '二、工作要求',
  '各村要落实24小时值班制度。',
  '',
].join('\n');

it("reads a 指挥部's aligned lines as its 领导小组, each line one person, a padded name one name", async () => {
  const dir = folderWith({ '方案.txt': PLAN });
  const imported = await runCli(['import', '方案.txt', '--kind', '实施方案', '-o', 'plan.yaml'], dir);
  expect(imported.code).toBe(0);
  expect(imported.stderr).not.toMatch(/error/);
  expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toMatch(/^ {4}领导小组:\n {6}指挥长:\n {8}姓名: 谭军\n {8}职务: 乡长$/m);
  const r = await runCli(['render', 'plan.yaml'], dir);
  expect(r.stdout).toContain('指 挥 长：谭军（乡长）');
  expect(r.stdout).toContain('副指挥长：周敏（副乡长）、欧阳晓东（乡武装部部长）');
  expect(r.stdout).toContain('邓辉（乡农业服务中心主任）、刘勇（乡水利站站长）');
  expect(r.stdout).toContain('指挥部下设办公室，办公室设在乡水利站。');
  expect(r.stdout).not.toContain('谭  军');
});
