/**
 * A record typed wholly in traditional characters (a phone set to 繁體): its keys are read already; each text so typed is
 * a warning that names `--simplified` (the first three one by one, the rest once), and `render --simplified` (or `validate --simplified`) reads the record converted,
 * as it reads an existing document (README: gongwen render of a document).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';

const TRADITIONAL = `類型: 紀要
標題: 青石鎮防汛工作會議紀要
日期: 2025年6月18日
地點: 鎮政府三樓會議室
主持人: 陳建華
會議名稱: 全鎮防汛工作會議
章節:
  - 動詞: 強調
    內容: 各村要按時報送排查情況。
`;

describe('a record typed in traditional characters', () => {
  it('without --simplified: each text is a warning that names --simplified, and is printed as typed', async () => {
    const dir = folderWith({ '紀要.yaml': TRADITIONAL });
    const r = await runCli(['render', '紀要.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('紀要.yaml:2:5: warning[traditional-text]: traditional characters in "青石鎮防汛工作會議紀要"');
    expect(r.stderr).toContain('hint: a 公文 is written in simplified characters: 青石镇防汛工作会议纪要; a record typed in traditional characters renders converted with --simplified');
    // (past the first three, the rest once: test/input-traditional-once.test.ts)
    expect(r.stderr).toContain('紀要.yaml:6:7: warning[traditional-text]: 3 more texts are in traditional characters (lines 6, 8, 9)');
    expect(r.stderr).toContain('hint: a 公文 is written in simplified characters: add --simplified to render the whole record converted');
    expect(r.stdout).toContain('全鎮防汛工作會議');
  });

  it('in Chinese, the hint names the option too', async () => {
    const dir = folderWith({ '紀要.yaml': TRADITIONAL });
    const r = await runCli(['render', '紀要.yaml', '--lang', 'zh'], dir);
    expect(r.stderr).toContain('提示：公文用简体字：青石镇防汛工作会议纪要；整份记录用繁体字输入时，加 --simplified 转换为简体字后生成');
    expect(r.stderr).toContain('提示：公文用简体字：加 --simplified，整份记录转为简体字后生成');
  });

  it('render --simplified: every text converted, no warning', async () => {
    const dir = folderWith({ '紀要.yaml': TRADITIONAL });
    const r = await runCli(['render', '紀要.yaml', '--simplified'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 青石镇防汛工作会议纪要');
    expect(r.stdout).toContain('2025年6月18日，陈建华在镇政府三楼会议室主持召开了全镇防汛工作会议。');
    expect(r.stdout).toContain('会议强调，各村要按时报送排查情况。');
  });

  it('render --simplified of a Markdown record converts its body too', async () => {
    const dir = folderWith({ '總結.md': '---\n類型: 總結\n標題: 青石鎮2025年上半年工作總結\n---\n今年以來，我鎮紮實開展各項工作。\n' });
    const r = await runCli(['render', '總結.md', '--simplified'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('# 青石镇2025年上半年工作总结');
    expect(r.stdout).toContain('今年以来，我镇扎实开展各项工作。');
  });

  it('validate --simplified checks it converted: no warning', async () => {
    const dir = folderWith({ '紀要.yaml': TRADITIONAL });
    const plain = await runCli(['validate', '紀要.yaml'], dir);
    expect(plain.stderr).toContain('warning[traditional-text]');
    const r = await runCli(['validate', '紀要.yaml', '--simplified'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('ok 紀要.yaml\n1 record(s) checked: 1 valid, 0 invalid\n');
  });
});
