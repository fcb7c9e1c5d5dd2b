// An item of a 纪要's 章节 typed with what the meeting did as its one key — - 强调: …, - 会议要求: and its list, - 议定事项: —
// is read as that section (- 动词: 强调 / 内容: …), as the same key at the top of the record is (headingSections
// readVerbKeysAsSections), in block style as in flow style ({强调: …}). Block style was read as text with its colon widened
// (src/records/textColons.ts), and refused with no word of the 动词; flow style was refused as lacking its 动词.
import { describe, expect, it } from 'vitest';
import { runRecord } from './support/cli.js';
import { protectTextColons } from '../src/records/textColons.js';

const run = (command: 'render' | 'validate', lines: string[]) => runRecord(command, lines, { GONGWEN_LANG: 'zh' });

const MINUTES = ['类型: 纪要', '标题: 镇防火工作会议纪要', '日期: 2026-11-03', '地点: 镇政府会议室', '主持人: 镇长 李明', '会议名称: 防火工作会议', '章节:'];

describe('a 章节 item typed with its verb as its key', () => {
  it.each([
    [['  - 强调: 各村要守住山口'], '\n会议强调，各村要守住山口。\n'],
    [['  - {强调: 各村要守住山口}'], '\n会议强调，各村要守住山口。\n'],
    [['  - 会议要求:', '      - 各村要落实值班', '      - 护林员每天巡山'], '\n会议要求，一是各村要落实值班；二是护林员每天巡山。\n'],
    [['  - 议定事项:', '      - 11月10日前完成排查', '      - 由镇应急办牵头'], '\n会议议定以下事项：\n\n一、11月10日前完成排查。\n\n二、由镇应急办牵头。\n'],
  ])('%j is that section', async (lines, printed) => {
    const out = await run('render', [...MINUTES, '  - 动词: 指出', '    内容: 今冬明春火险等级高', ...lines]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain(`\n会议指出，今冬明春火险等级高。\n${printed}`);
  });

  it('a mistake in it is said at its line as typed', async () => {
    const out = await run('validate', [...MINUTES, '  - 要求:', '      内荣: 各村要落实值班']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(':9:7:');
    expect(out.stderr).toContain('内荣');
  });

  it('研究 is no verb: refused alike in block and flow style, never read as 会议研究，……', async () => {
    const block = await run('validate', [...MINUTES, '  - 研究: 今冬明春防火工作']);
    const flow = await run('validate', [...MINUTES, '  - {研究: 今冬明春防火工作}']);
    expect(block.code).toBe(1);
    const said = (stderr: string) => stderr.split('\n').filter((l) => /错误/u.test(l)).map((l) => l.replace(/^[^：]*：/u, ''));
    expect(said(block.stderr)).toEqual(said(flow.stderr));
  });

  it('the colon is kept as a key only in an item of 章节: a line of text elsewhere keeps its words', () => {
    expect(protectTextColons('章节:\n  - 强调: 各村要落实值班\n')).toBe('章节:\n  - 强调: 各村要落实值班\n');
    expect(protectTextColons('部分:\n- 会议要求: 各村\n')).toBe('部分:\n- 会议要求: 各村\n');
    expect(protectTextColons('正文:\n  - 强调: 各村要落实值班\n')).toBe('正文:\n  - 强调： 各村要落实值班\n');
    expect(protectTextColons('章节:\n  - 动词: 强调\n    内容:\n      - 强调: 各村\n')).toBe('章节:\n  - 动词: 强调\n    内容:\n      - 强调： 各村\n');
  });
});
