/**
 * Keys typed as a Chinese input method types them: with the full-width colon (`类型：纪要`, on screen almost `类型:`), or
 * with the half-width colon and no space (`类型:纪要`). The message names the colon and what to write, where it said
 * "a record is a mapping of keys" or "write the colon full-width" (the opposite of the fix).
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

it('says a record typed with full-width colons after its keys, at the first, with how many lines', async () => {
  const r = await runRecord('validate', ['类型：纪要', '标题：镇安全生产会议纪要', '日期：2025-03-15'], { GONGWEN_LANG: 'zh' });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('record.yaml:1:3: 错误[not-a-record]：“类型：纪要”的冒号是全角“：”，项目名后要用半角冒号加空格：类型: 纪要（本文件有3行如此）');
  expect(r.stderr).toContain('提示：中文输入法下输入的冒号是全角的');
});

it('says a key typed without the space after its colon as that, with the line to write', async () => {
  const r = await runRecord('validate', ['类型:纪要', '标题: 镇安全生产会议纪要', '日期: 2025-03-15']);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('record.yaml:1:1: error[yaml-syntax]: "类型:纪要": the colon after a key name needs a space after it');
  expect(r.stderr).toContain('hint: write 类型: 纪要');
  expect(r.stderr).not.toContain('full-width');
});
