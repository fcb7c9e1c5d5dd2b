// Issue "hostile input", classes 4–5: characters a document cannot hold, and characters the terminal must not receive.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-chars-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MINUTES = readFileSync(join(root, 'examples/minutes-town-petition.yaml'), 'utf8');

describe('characters XML cannot hold are rejected at their line and column', () => {
  for (const [name, ch] of [
    ['BEL', '\u0007'],
    ['NUL', '\u0000'],
    ['vertical tab', '\u000b'],
    ['U+FFFE', '\ufffe'],
    ['U+FFFF', '\uffff'],
  ] as const) {
    test(name, async () => {
      writeFileSync(join(dir, 'c.yaml'), MINUTES.replace('标题: 镇信访工作会议纪要', `标题: 镇信访${ch}工作会议纪要`));
      const line = MINUTES.split('\n').findIndex((l) => l.startsWith('标题:')) + 1;
      const r = await runCli(['render', 'c.yaml', '--format', 'docx', '-o', 'c.docx'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`c.yaml:${line}:8: error[control-character]: the character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} cannot be written into a document`);
      expect(() => readFileSync(join(dir, 'c.docx'))).toThrow();
    });
  }
});

describe('messages never send control characters to the terminal', () => {
  test('an ESC sequence in a key and a value is shown escaped, in the message and in the code frame', async () => {
    writeFileSync(join(dir, 'e.yaml'), MINUTES + '\u001b[2J\u001b[31m坏键: 1\n');
    const r = await runCli(['validate', 'e.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('unknown key "\\x1B[2J\\x1B[31m坏键"');
    expect(r.stderr).toContain('␛[2J␛[31m坏键: 1'); // the frame keeps one column per character
  });

  test('a right-to-left override in a file name is escaped', async () => {
    const odd = join(dir, 'a\u202eb.yaml');
    writeFileSync(odd, '类型: 纪要\n标题: x\n');
    const r = await runCli(['validate', odd], dir);
    expect(r.stderr).not.toContain('\u202e');
    expect(r.stderr).toContain('a\\u202Eb.yaml');
  });

  test('a code frame shows a window of a very long line, not all of it', async () => {
    const long = '很'.repeat(20000);
    writeFileSync(join(dir, 'l.yaml'), `类型: 纪要\n标题: ${long}\n日期: 2024-02-30\n地点: 会议室\n主持人: 张三\n会议名称: 会\n`);
    const r = await runCli(['validate', 'l.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('l.yaml:3:5: error');
    for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThan(300);
    expect(r.stderr).toContain('…');
  });
});

describe('a record in two encodings is said at its line, not read whole in the wrong one', () => {
  test('a stray byte in a UTF-8 record', async () => {
    writeFileSync(join(dir, 'stray.yaml'), Buffer.concat([Buffer.from('类型: 纪要\n标题: 镇信访工作会议'), Buffer.from([0xb7]), Buffer.from('纪要\n')]));
    const r = await runCli(['validate', 'stray.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('stray.yaml:2:12: error[invalid-byte]: byte B7 at line 2, column 12 is not UTF-8, as the rest of the file is');
  });

  test('a GBK line pasted into a UTF-8 record', async () => {
    const { execFileSync } = await import('node:child_process');
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: '地点: 三楼会议室\n' });
    writeFileSync(join(dir, 'mixed.yaml'), Buffer.concat([Buffer.from('类型: 纪要\n标题: 镇信访工作会议纪要\n'), gbk]));
    const r = await runCli(['validate', 'mixed.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mixed\.yaml:3:\d+: error\[mixed-encoding\]: mixed encoding: line 3 is GBK, the rest of the file UTF-8/);
  });
});
