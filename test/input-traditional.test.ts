/**
 * Records typed in traditional characters (a secretary's phone or input method set to 繁體): keys are read as
 * their simplified key, and text in traditional characters is a warning at its place naming the characters.
 */
import { expect, it } from 'vitest';
import { Converter } from 'opencc-js/cn2t';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { canonicalKey, canonicalKind, KEY_ALIASES, KIND_ALIASES } from '../src/records/aliases.js';
import { localize } from '../src/diagnostics/messages/index.js';
import { compileText } from './support/compile-text.js';

/** The record `text` compiled from a file `name` of its own temporary folder (call it inside a test). */
const compile = compileText;

it('reads keys typed in traditional characters as their keys, and says the text so typed at its line', async () => {
  const r = await compile('traditional.yaml', `類型: 紀要
標題: 青石镇防汛工作会议纪要
日期: 2025年6月18日
地點: 镇政府三楼会议室
主持人: 陈建华
會議名稱: 全鎮防汛工作會議
參會人員: [张三, 李四]
章節:
  - 動詞: 强调
    內容: 各村要按时报送排查情况。
`);
  expect(r.diagnostics.map((d) => [d.code, d.severity, d.start?.line, d.start?.column, d.message])).toEqual([
    ['traditional-text', 'warning', 6, 7, 'traditional characters in "全鎮防汛工作會議": 鎮 (镇), 會 (会), 議 (议)'],
  ]);
  expect(localize(r.diagnostics[0]!.local!.message!, 'zh')).toBe('“全鎮防汛工作會議”中有繁体字：鎮（镇）、會（会）、議（议）');
  expect(r.diagnostics[0]!.hint).toBe('a 公文 is written in simplified characters: 全镇防汛工作会议; a record typed in traditional characters renders converted with --simplified');
  const md = writeMarkdown(r.document!);
  expect(md).toContain('陈建华在镇政府三楼会议室主持召开了全鎮防汛工作會議');
  expect(md).toContain('会议强调，各村要按时报送排查情况。');
  expect(md).toContain('参会人员：**张三、李四');
});

it('reads the traditional spelling of every key and kind as that key and kind', () => {
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  for (const [alias, key] of Object.entries(KEY_ALIASES)) expect([alias, canonicalKey(toTraditional(alias))]).toEqual([alias, key]);
  for (const [alias, kind] of Object.entries(KIND_ALIASES)) expect([alias, canonicalKind(toTraditional(alias))]).toEqual([alias, kind]);
});

it('says nothing of simplified text that OpenCC would change (显著, 著名, 乾隆)', async () => {
  // (its key 標題 typed in traditional characters, so that the record is looked at: zh/simplified mayBeTraditional)
  const r = await compile('simplified.yaml', `类型: 纪要
標題: 青石镇防汛工作会议纪要
日期: 2025年6月18日
地点: 乾隆村委会
主持人: 陈建华
会议名称: 全镇防汛工作会议
章节:
  - 动词: 指出
    内容: 各村防汛工作成效显著，著名的“十户联防”经验值得推广，覆盖全镇。
`);
  expect(r.diagnostics).toEqual([]);
});

it('takes as traditional only characters OpenCC makes simplified', async () => {
  const { TRADITIONAL_MARKS } = await import('../src/zh/simplified.js');
  const { toSimplified } = await import('../src/zh/simplified.js');
  for (const ch of TRADITIONAL_MARKS) expect([ch, toSimplified(ch) !== ch]).toEqual([ch, true]);
});

it('names every traditional character of a text once the record holds one, names and all', async () => {
  const { traditionalCharacters } = await import('../src/zh/simplified.js');
  expect(traditionalCharacters('鎮政府三樓會議室陳建華')).toEqual([
    { typed: '鎮', simplified: '镇' }, { typed: '樓', simplified: '楼' }, { typed: '會', simplified: '会' },
    { typed: '議', simplified: '议' }, { typed: '陳', simplified: '陈' }, { typed: '華', simplified: '华' },
  ]);
  expect(traditionalCharacters('成效显著，覆盖全镇')).toEqual([]);
});

it('judges a whole document traditional by the same characters a record is judged by, and not for a stray one', async () => {
  const { looksTraditional } = await import('../src/zh/simplified.js');
  // a 纪要 typed wholly in traditional characters (the document reader then hints at --simplified)
  expect(looksTraditional('鎮信訪工作會議紀要。6月30日晚，鎮黨委書記在三樓會議室主持召開了信訪穩定工作專題會議。')).toBe(true);
  // simplified text with a stray 樓 and a quoted traditional name: not a traditional document
  expect(looksTraditional('镇政府三樓会议室召开信访工作会议，学习了《臺灣地區》相关材料，部署下一步工作，确保全镇社会稳定和谐。')).toBe(false);
  // simplified characters OpenCC would leave as they are, and the ones simplified text writes too (显著, 覆盖)
  expect(looksTraditional('各村防汛工作成效显著，著名的经验覆盖全镇。')).toBe(false);
});
