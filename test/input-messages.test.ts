/**
 * Messages a secretary reads when a record is typed as records are typed: one error for one slip, and a
 * hint that says what to write.
 */
import { expect, it } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { folderWith } from './support/folder.js';
import { compileText } from './support/compile-text.js';
import { runCli, runRecord } from './support/cli.js';

/** The record `text` compiled from a file `name` of its own temporary folder (call it inside a test). */

async function diagnose(name: string, text: string) {
  return (await compileText(name, text)).diagnostics;
}

const MINUTES = `类型: 纪要
标题: 青石镇防汛工作会议纪要
日期: 2025年6月18日
地点: 镇政府三楼会议室
主持人: 陈建华
会议名称: 全镇防汛工作会议
章节:
  - 动词: 强调
    内容: 各村要按时报送排查情况。
`;

it('says a misspelt required key once, as unknown with its did-you-mean, not also as missing', async () => {
  const d = await diagnose('chair.yaml', MINUTES.replace('主持人:', '主待人:'));
  expect(d.map((x) => [x.code, x.start?.line, x.hint])).toEqual([['unknown-key', 5, 'did you mean "主持人" (chair)?']]);
});

it('says a misspelt required key in a section once too', async () => {
  const d = await diagnose('verb.yaml', MINUTES.replace('动词:', '动祠:'));
  expect(d.map((x) => [x.code, x.start?.line])).toEqual([['unknown-key', 8]]);
});

it('says 时间 written after 日期 with a time of day is the 时段', async () => {
  const d = await diagnose('time.yaml', MINUTES.replace('地点:', '时间: 上午\n地点:'));
  expect(d.map((x) => [x.code, x.start?.line])).toEqual([['duplicate-key', 4]]);
  expect(d[0]!.hint).toBe('a time of day is written under 时段 (time): 时段: 上午, or after the date: 日期: 2025年6月18日上午');
  const { localize } = await import('../src/diagnostics/messages/index.js');
  expect(localize(d[0]!.local!.message!, 'zh')).toBe('“时间”与前面的“日期”重复：两者是同一项（date）');
  expect(d[0]!.local?.hint && (await import('../src/diagnostics/messages/index.js')).localize(d[0]!.local.hint, 'zh')).toBe(
    '上午是一天中的时段，请写作 时段: 上午，或写在日期后面：日期: 2025年6月18日上午',
  );
});

it('says lines indented with tabs once, and still finds the misspelt key on them', async () => {
  const text = MINUTES.replace('  - 动词: 强调\n    内容:', '\t- 动词: 强调\n\t  内荣:');
  const d = await diagnose('tabs.yaml', text);
  expect(d.map((x) => [x.code, x.start?.line, x.start?.column, x.message])).toEqual([
    ['yaml-syntax', 8, 1, 'a tab is used to indent lines 8, 9'],
    ['unknown-key', 9, 4, 'unknown key "内荣"'],
  ]);
  expect(d[1]!.hint).toBe('did you mean "内容" (text)?');
});

it('says a key indented one space too far as an indentation slip at its line, not as text glued to the value above', async () => {
  const d = await diagnose('slip-more.yaml', MINUTES.replace('    内容:', '     内容:'));
  expect(d.map((x) => [x.code, x.start?.line, x.start?.column, x.message])).toEqual([
    ['yaml-syntax', 9, 6, '"内容" is indented 1 space more than "动词" on the line above'],
  ]);
  expect(d[0]!.hint).toBe('line up keys of the same list or mapping under each other, with spaces');
  const summary = await diagnose('slip-summary.yaml', `类型: 总结
标题: 青石镇2025年上半年工作总结
章节:
  - 标题: 基本情况
    内容: 今年以来，我镇扎实开展各项工作。
  - 标题: 主要做法
     内容: 一是加强领导。
落款:
  署名: 青石镇人民政府
  日期: 2025年7月3日
`);
  expect(summary.map((x) => [x.code, x.start?.line, x.message])).toEqual([
    ['yaml-syntax', 7, '"内容" is indented 1 space more than "标题" on the line above'],
  ]);
});

it('says a key indented one space short as an indentation slip, not in YAML\'s words', async () => {
  const d = await diagnose('slip-less.yaml', MINUTES.replace('    内容:', '   内容:'));
  expect(d.map((x) => [x.code, x.start?.line, x.start?.column, x.message])).toEqual([
    ['yaml-syntax', 9, 4, '"内容" is indented 1 space less than "动词" on the line above'],
  ]);
});

it('keeps reading a continued text whose line starts with a key and a colon as text', async () => {
  const r = await compileText('continued.yaml', MINUTES.replace('    内容: 各村要按时报送排查情况。', '    内容: 各村要按时报送以下情况:\n      地点: 各村村委会'));
  expect(r.diagnostics).toEqual([]);
  // 地点: on the continued line is text of the 内容, not the record's 地点 (镇政府三楼会议室 stays the meeting's place)
  const md = writeMarkdown(r.document!);
  expect(md).toContain('会议强调，各村要按时报送以下情况：地点：各村村委会。');
  expect(md).toContain('在镇政府三楼会议室主持召开');
});

it('does not take a key inside a mapping opened on the line above for a slip', async () => {
  const d = await diagnose('opened.yaml', `类型: 总结
标题: 青石镇2025年上半年工作总结
章节:
  - 标题: 基本情况
    内容: 今年以来，我镇扎实开展各项工作。
 落款:
  署名: 青石镇人民政府
  日期: 2025年7月3日
`);
  expect(d.map((x) => [x.code, x.start?.line, x.message])).toEqual([
    ['yaml-syntax', 6, 'this line is indented differently from the lines it belongs with'],
  ]);
});

it('warns of a misspelt verb with the verb it was most likely meant to be, and prints it as typed', async () => {
  const r = await compileText('verb-typo.yaml', MINUTES.replace('动词: 强调', '动词: 要球'));
  expect(r.diagnostics.map((x) => [x.code, x.severity, x.start?.line, x.start?.column, x.message, x.hint])).toEqual([
    ['unknown-verb', 'warning', 8, 9, '"要球" is not a verb a 纪要 writes after 会议', 'did you mean "要求"?'],
  ]);
  expect(writeMarkdown(r.document!)).toContain('会议要球，各村要按时报送排查情况。');
});

it('warns of a verb that is no verb of a 纪要, with the verbs there are; not of one written with its adverb (一致同意) or of 重申', async () => {
  const other = await diagnose('verb-other.yaml', MINUTES.replace('动词: 强调', '动词: 各村做好'));
  expect(other.map((x) => [x.code, x.severity, x.message])).toEqual([['unknown-verb', 'warning', '"各村做好" is not a verb a 纪要 writes after 会议']]);
  expect(other[0]!.expected).toContain('指出, 强调, 要求');
  for (const verb of ['一致同意', '重申', '原则同意', '会议强调']) {
    expect(await diagnose(`verb-${verb}.yaml`, MINUTES.replace('动词: 强调', `动词: ${verb}`))).toEqual([]);
  }
});

it('says an item indented a space more than the item above, which YAML reads as the rest of it, and reads it as an item', async () => {
  const text = MINUTES.replace('    内容: 各村要按时报送排查情况。', '    要点:\n      - 由村委会牵头完成全村火灾隐患排查\n       - 各组组长为第一责任人\n      - 各户清理柴草');
  const r = await compileText('item-slip.yaml', text);
  const d = r.diagnostics;
  // read as the third of three items, not as the rest of the first (由村委会牵头完成全村火灾隐患排查 - 各组组长为第一责任人)
  expect((r.source!.data as { sections: Array<{ points: string[] }> }).sections[0]!.points).toEqual([
    '由村委会牵头完成全村火灾隐患排查', '各组组长为第一责任人', '各户清理柴草',
  ]);
  expect(d.map((x) => [x.code, x.start?.line, x.start?.column, x.message])).toEqual([
    ['yaml-syntax', 11, 8, 'this item is indented 1 space more than the item above: YAML reads it as the rest of that item'],
  ]);
  expect(d[0]!.hint).toBe('line up keys of the same list or mapping under each other, with spaces');
});

it('does not take a list under an item\'s key for a slipped item', async () => {
  const text = MINUTES.replace('    内容: 各村要按时报送排查情况。', '    内容: |\n      - 由村委会牵头\n       - 各组组长为第一责任人');
  expect(await diagnose('block.yaml', text)).toEqual([]);
});

it('reads 单位 under 落款 as its 署名 (落款单位, as an office says it), with its 日期, and no message', async () => {
  const r = await runRecord('render', ['类型: 总结', '标题: 青石镇2025年上半年工作总结', '章节:', '  - 标题: 基本情况', '    内容: 今年以来，我镇扎实开展各项工作。', '落款:', '  单位: 青石镇人民政府', '  日期: 2025年7月3日']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/青石镇人民政府 *\n+2025年7月3日\s*$/u);
});

it('puts the caret under the key on a line indented with a tab, as the terminal shows the tab', async () => {
  const dir = folderWith({ 'tab-frame.yaml': MINUTES.replace('  - 动词: 强调\n    内容:', '\t- 动词: 强调\n\t  内荣:') });
  const r = await runCli(['validate', 'tab-frame.yaml', '--lang', 'en'], dir, { NO_COLOR: '1' });
  const lines = r.stderr.split('\n');
  const at = lines.findIndex((l) => l.startsWith('  >  9 |'));
  expect(lines[at]).toBe('  >  9 | \t  内荣: 各村要按时报送排查情况。');
  expect(lines[at + 1]).toBe('       | \t  ^^^^');
});

it('says a key written twice by its name, with the line and value of the first and the value here', async () => {
  const d = await diagnose('twice.yaml', MINUTES.replace('主持人: 陈建华', '主持人: 陈建华\n地点: 镇政府三楼'));
  expect(d.map((x) => [x.code, x.start?.line, x.start?.column, x.message, x.hint])).toEqual([
    ['yaml-syntax', 6, 1, '"地点" is written twice: first at line 4 (镇政府三楼会议室), again here (镇政府三楼)', 'keep one of the two lines'],
  ]);
  const { localize } = await import('../src/diagnostics/messages/index.js');
  expect(localize(d[0]!.local!.message!, 'zh')).toBe('“地点”写了两次：第 4 行（镇政府三楼会议室），这里又写（镇政府三楼）');
  // in an item of a list, the first is looked for in that item only
  const item = await diagnose('twice-item.yaml', MINUTES.replace('    内容: 各村要按时报送排查情况。', '    内容: 各村要按时报送排查情况。\n  - 动词: 要求\n    内容: 做好值班\n    内容: 加强巡查'));
  expect(item.map((x) => [x.start?.line, x.message])).toEqual([[12, '"内容" is written twice: first at line 11 (做好值班), again here (加强巡查)']]);
});

it('says a missing 标题 is text (or its lines as a list), not a list alone', async () => {
  const d = await diagnose('title.yaml', MINUTES.replace('标题: 青石镇防汛工作会议纪要\n', ''));
  expect(d.map((x) => [x.code, x.message, x.expected])).toEqual([['missing-key', 'missing required key "title" (标题)', 'text or a list (lines starting with "- ")']]);
});

it('says a speech whose 标题 is an empty list has no title, as one without 标题', async () => {
  const d = await diagnose('speech.yaml', '类型: 讲话\n标题: []\n开头: 好\n');
  expect(d.map((x) => [x.code, x.message, x.start?.line])).toEqual([['invalid-value', 'a speech needs a title (标题) or an occasion (场合)', 2]]);
});

it('says a 章节 typed empty at its own line, not at the record\'s first', async () => {
  const d = await diagnose('minutes.yaml', MINUTES.replace(/章节:\n[\s\S]*$/u, '章节: []\n'));
  expect(d.map((x) => [x.code, x.start?.line])).toEqual([['missing-key', 7]]);
});
