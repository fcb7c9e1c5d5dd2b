// A section's closing paragraphs (结尾 under a 章节, or lines typed under a heading key after its
// phases) are printed by the built-in section partial after the subsections. An office's own
// partials/section.hbs written before sections had them has no place for them: the text is left out,
// and that is said at the paragraph's line (src/compile/unprintedClosings.ts), never dropped silently.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';

const root = join(import.meta.dirname, '..');
const SECTION_PARTIAL = readFileSync(join(root, 'templates/partials/section.hbs'), 'utf8');
/** The built-in partial as it was before sections had closing paragraphs. */
const OLD_PARTIAL = SECTION_PARTIAL.replace(/\{\{#each closing\}\}[\s\S]*?\{\{\/each\}\}\n?/, '');

const RECORD = [
  '类型: 实施方案',
  '标题: 石门乡冬季安全生产大检查实施方案',
  '一、工作目标: 全面排查整治各类安全隐患.',
  '二、实施步骤:',
  '  - 名称: 自查自纠阶段',
  '    起: 2026年11月20日',
  '    止: 2026年11月30日',
  '    内容: 各村对照检查清单开展自查.',
  '  - 各阶段发现的问题,要建立台账,实行销号管理.',
  '三、有关要求:',
  '  标题: 有关要求',
  '  内容: 各村要高度重视.',
  '  小节:',
  '    - 标题: 加强领导',
  '      内容: 主要负责人亲自抓.',
  '  结尾: 以上要求请认真落实.',
  '落款:',
  '  署名: 石门乡人民政府',
  '  日期: 2026年11月18日',
  '',
].join('\n');

function project(partial?: string): string {
  const dir = folderWith({ 'plan.yaml': RECORD });
  if (partial !== undefined) {
    mkdirSync(join(dir, 'gongwen-templates', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'gongwen-templates', 'partials', 'section.hbs'), partial);
  }
  return dir;
}

describe("a section's closing paragraphs", () => {
  it('are printed after the phases and subsections by the built-in partial, with nothing said', async () => {
    expect(OLD_PARTIAL).not.toContain('closing');
    const r = await runCli(['render', 'plan.yaml'], project());
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('unused-key');
    expect(r.stdout).toContain('各阶段发现的问题，要建立台账，实行销号管理。');
    expect(r.stdout.indexOf('以上要求请认真落实。')).toBeGreaterThan(r.stdout.indexOf('主要负责人亲自抓。'));
  });

  it("are said at their line when the project's own section partial has no place for them", async () => {
    const r = await runCli(['render', 'plan.yaml'], project(OLD_PARTIAL));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('销号管理');
    expect(r.stdout).not.toContain('认真落实');
    const warnings = r.stderr.match(/plan\.yaml:\d+:\d+: warning\[unused-key\][^\n]*/g) ?? [];
    expect(warnings).toEqual([
      expect.stringMatching(/^plan\.yaml:9:5: warning\[unused-key\]: template "plan" has no place for "closing" \(结尾 \/ 结束语\)/),
      expect.stringMatching(/^plan\.yaml:16:3: warning\[unused-key\]: template "plan" has no place for "closing" \(结尾 \/ 结束语\)/),
    ]);
    expect(r.stderr).toContain('{{#each closing}}');
  });
});
