/**
 * A list typed with the dash a Chinese input method gives for `-` (— or －): said as that, with the mark to type, where
 * the message only said "expected a list, got text" of a line that begins, on screen, with a dash.
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

it('says a list item typed with a full-width dash, with the half-width one to type', async () => {
  for (const dash of ['—', '－']) {
    const r = await runRecord('validate', [
      '类型: 纪要',
      '标题: 镇安全生产会议纪要',
      '日期: 2025-03-15',
      '地点: 镇政府',
      '主持人: 陈建华',
      '会议名称: 安全生产会议',
      '章节:',
      `  ${dash} 动词: 指出`,
      '    内容: 形势平稳。',
    ]);
    expect(r.code, dash).toBe(1);
    expect(r.stderr, dash).toContain('record.yaml:8:3: error[wrong-type]: expected a list');
    expect(r.stderr, dash).toContain(`hint: the line begins with "${dash}": a list's items begin with the half-width hyphen "-" and a space`);
  }
});
