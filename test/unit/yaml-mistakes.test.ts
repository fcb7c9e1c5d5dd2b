// A YAML mistake does not hide the record's other mistakes: every error of a file in one run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('all errors of a file in one run', () => {
  test('an unclosed [ is shown where it opens, and the date and the misspelt key below it are reported too', async () => {
    writeFileSync(join(dir, 'a.yaml'), '类型: 纪要\n标题: [镇安全生产会议纪要\n日期: 2024-02-30\n地点: 三楼会议室\n参会人: 张三\n主持人: 李四\n会议名称: 安全生产工作会议\n');
    const r = await runCli(['validate', 'a.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a.yaml:2:5: error[yaml-syntax]: an opening [ is never closed');
    expect(r.stderr).toContain('a.yaml:3:5: error[date-invalid]: 2024年2月30日 does not exist');
    expect(r.stderr).toContain('a.yaml:5:1: error[unknown-key]: unknown key "参会人"');
    expect(r.stderr).not.toContain('missing required key "title"');
  });

  test('a tab-indented line: its own error, the rest checked, its key not called missing', async () => {
    writeFileSync(join(dir, 'b.yaml'), '类型: 纪要\n标题: 镇安全生产会议纪要\n日期: 2024-02-30\n\t地点: 三楼会议室\n主持人: 李四\n会议名称: 安全生产工作会议\n');
    const r = await runCli(['render', 'b.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b.yaml:4:1: error[yaml-syntax]: a tab is used to indent this line');
    expect(r.stderr).toContain('b.yaml:3:5: error[date-invalid]: 2024年2月30日 does not exist');
    expect(r.stderr).not.toContain('needs the key "place"');
    expect(r.stdout).toBe('');
  });
});
