/**
 * A value typed beginning with a half-width quote, as a 纪要 sentence often begins (“三会一课”…, “放管服”改革…) and as
 * a chat types it: YAML read the quoted words as the whole value and refused the line (`Unexpected scalar at node end`).
 * It is the text typed, its quotes “ ”, as "…" inside a text is printed.
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

const MINUTES = [
  '类型: 纪要',
  '标题: 青石镇党建工作会议纪要',
  '日期: 2025-03-15',
  '地点: 镇政府三楼会议室',
  '主持人: 陈建华',
  '会议名称: 党建工作会议',
  '章节:',
  '  - 动词: 要求',
  '    内容: "三个到位"要落实到位,各支部要按时报送:排查情况.',
  '  - 动词: 强调',
  '    要点:',
  '      - "放管服"改革要抓实',
  '      - "一站式"服务要做细',
];

it('reads a value that begins with a quoted word as the text typed', async () => {
  const r = await runRecord('render', MINUTES);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('会议要求，“三个到位”要落实到位，各支部要按时报送：排查情况。');
  expect(r.stdout).toContain('会议强调，一是“放管服”改革要抓实；二是“一站式”服务要做细。');
});

it('leaves a value quoted whole as it was, its quotes not printed', async () => {
  const r = await runRecord('render', [...MINUTES.slice(0, 8), '    内容: "各村要按时报送排查情况"']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('会议要求，各村要按时报送排查情况。');
});
