/**
 * A record typed in traditional characters throughout (a phone set to 繁體) has one answer, --simplified: its first
 * texts are said one by one, the rest once, counted, with their lines — where each value was a warning with a code frame
 * of its own, more than a screen before the document.
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

it('says the first three texts in traditional characters, then the rest once with their lines', async () => {
  const r = await runRecord('validate', [
    '類型: 實施方案',
    '發文機關: 青溪鎮人民政府',
    '標題: 關於開展冬春火災防控工作的實施方案',
    '主送: 各村（社區）',
    '依據: 為切實做好冬春火災防控工作，制定本方案。',
    '章節:',
    '  - 標題: 組織領導',
    '    內容: 鎮成立領導小組。',
    '  - 標題: 工作要求',
    '    內容: 各村要高度重視。',
    '落款:',
    '  署名: 青溪鎮人民政府',
    '  成文日期: 2025年11月3日',
  ]);
  const warnings = r.stderr.match(/^record\.yaml:\d+:\d+: warning\[traditional-text\]: .*$/gm) ?? [];
  expect(warnings.map((w) => w.replace(/: traditional characters in .*$/u, ''))).toEqual([
    'record.yaml:2:7: warning[traditional-text]',
    'record.yaml:3:5: warning[traditional-text]',
    'record.yaml:4:5: warning[traditional-text]',
    'record.yaml:5:5: warning[traditional-text]: 5 more texts are in traditional characters (lines 5, 7, 8, 10, 12): the record is typed in traditional characters',
  ]);
  expect(r.stderr).toContain('hint: a 公文 is written in simplified characters: add --simplified to render the whole record converted');
});
