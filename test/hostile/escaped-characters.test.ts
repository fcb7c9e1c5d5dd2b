// Characters a document cannot hold written as escapes of a double-quoted YAML string ("会议\u0007纪要"):
// the file's text holds none of them, the value does. Until the ninth session such a record validated
// and its DOCX dropped the character; now it is the same error as the character typed, at the string.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-escaped-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MINUTES = readFileSync(join(root, 'examples/minutes-town-petition.yaml'), 'utf8');
const line = MINUTES.split('\n').findIndex((l) => l.startsWith('标题:')) + 1;

describe('an escape of a character XML cannot hold is an error at its string, naming the escape', () => {
  for (const [escape, code] of [
    ['\\u0007', '0007'],
    ['\\x1b', '001B'],
    ['\\e', '001B'],
    ['\\0', '0000'],
    ['\\ud800', 'D800'],
    ['\\uFFFE', 'FFFE'],
  ] as const) {
    test(escape, async () => {
      writeFileSync(join(dir, 'e.yaml'), MINUTES.replace('标题: 镇信访工作会议纪要', `标题: "镇信访${escape}工作会议纪要\\n"`));
      const r = await runCli(['render', 'e.yaml', '--format', 'docx', '-o', 'e.docx'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`e.yaml:${line}:5: error[control-character]: the character U+${code} cannot be written into a document (at 标题)`);
      expect(r.stderr).toContain(`hint: it is written as the escape "${escape}" inside double quotes: delete the escape`);
      expect(existsSync(join(dir, 'e.docx'))).toBe(false);
    });
  }

  test('an escaped backslash is text: the hint names the escape that is the character', async () => {
    writeFileSync(join(dir, 'b.yaml'), MINUTES.replace('标题: 镇信访工作会议纪要', '标题: "镇信访\\\\x08\\b工作会议纪要"'));
    const r = await runCli(['validate', 'b.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the character U+0008 cannot be written into a document');
    expect(r.stderr).toContain('hint: it is written as the escape "\\b" inside double quotes');
  });

  test('escapes of characters a document holds (a line break, a tab, a pair of surrogates) are no error', async () => {
    writeFileSync(join(dir, 'ok.yaml'), MINUTES.replace('标题: 镇信访工作会议纪要', '标题: "镇信访\\t工作会议纪要\\n\\ud83d\\ude00"'));
    const r = await runCli(['validate', 'ok.yaml'], dir);
    expect(r.stderr).not.toContain('control-character');
    expect(r.code).toBe(0);
  });
});
