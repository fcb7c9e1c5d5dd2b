/**
 * A 章节 item typed in traditional characters, one of its keys misspelt (階斷 for 階段): said as an unknown key at its
 * line with its did-you-mean, as the same slip typed in simplified characters is, where the whole item was read as text
 * ("expected a mapping of keys, got text").
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

it('says a misspelt key typed in traditional characters as unknown, with its did-you-mean', async () => {
  const r = await runRecord('validate', [
    '類型: 實施方案',
    '標題: 關於做好春節元宵期間安全工作的實施方案',
    '章節:',
    '  - 標題: 重點時段',
    '    階斷:',
    '      - 名稱: 春節元宵期間',
    '        起: 2026年2月10日',
    '        止: 2026年3月5日',
    '落款:',
    '  署名: 青溪鎮人民政府',
    '  成文日期: 2026年2月1日',
  ]);
  expect(r.stderr).toMatch(/^record\.yaml:5:5: error\[unknown-key\]: unknown key "階斷"/m);
  expect(r.stderr).toMatch(/did you mean "階段"|did you mean "阶段"/);
  expect(r.stderr).not.toContain('got text');
});
