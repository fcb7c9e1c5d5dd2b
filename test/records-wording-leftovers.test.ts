// Records typed as a secretary types them, each with a leftover of the seventh session's note (issue 12):
// what the record gets is what an office prints, or a message that says where the lines go.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'gongwen-wording-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** Renders a record typed inline to Markdown, with the messages in one language. */
async function render(lines: string[], lang: 'zh' | 'en' = 'zh') {
  const name = `r${++n}.yaml`;
  writeFileSync(join(work, name), lines.join('\n') + '\n');
  return { name, ...(await runCli(['render', name], work, { GONGWEN_LANG: lang })) };
}

const MINUTES = ['类型: 纪要', '标题: 镇防汛工作会议纪要', '日期: 2026-06-10', '地点: 镇政府三楼会议室', '主持人: 镇长 王明', '会议名称: 防汛工作会议'];

describe('a 纪要 typed with its 动词 items under 要点 at the top', () => {
  const record = [...MINUTES, '要点:', '  - 动词: 强调', '    内容: 各村要落实防汛责任', '  - 动词: 要求', '    内容: 要加强值班值守'];
  it('says at each item, in Chinese, that such items go under 章节', async () => {
    const run = await render(record, 'zh');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${run.name}:8:5:`);
    expect(run.stderr).toContain(`${run.name}:10:5:`);
    expect(run.stderr).toContain('提示：以“动词:”开头的每一项是会议的一段意见或决定（会议强调，……），应写在“章节”下：把“要点:”改为“章节:”');
  });
  it('and in English', async () => {
    const run = await render(record, 'en');
    expect(run.stderr).toContain('hint: each item that begins "动词:" is one paragraph of what the meeting said or decided');
    expect(run.stderr).toContain('write 章节: instead of 要点:');
  });
  it('written under 章节 as the hint says, the record renders', async () => {
    const run = await render([...MINUTES, '章节:', ...record.slice(MINUTES.length + 1)]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('会议强调，各村要落实防汛责任。');
  });
});
