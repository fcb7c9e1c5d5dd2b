// A file that is no text under a record's name (a Word document saved as 纪要.yaml, an old .doc, a PDF):
// one error that says what it is and what to do with it, not "23 lines are not UTF-8" and a control
// character at 1:3 (src/io/binaryKind.ts, readRecord).
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { folderWith } from '../support/folder.js';

const root = join(import.meta.dirname, '../..');

describe('a record file that is no text', () => {
  it('a DOCX (a zip package) under a record\'s name is said to be one, with gongwen import to make it a record', async () => {
    const dir = folderWith({});
    // a DOCX gongwen wrote, renamed
    const made = await runCli(['render', join(root, 'examples/minutes-town-petition.yaml'), '--format', 'docx', '-o', 'a.docx'], dir);
    expect(made.code).toBe(0);
    copyFileSync(join(dir, 'a.docx'), join(dir, '纪要.yaml'));
    const r = await runCli(['render', '纪要.yaml'], dir, { GONGWEN_LANG: 'zh' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('纪要.yaml: 错误[record-is-binary]：这不是文字记录，而是 Word 或 WPS 文档、Excel 工作簿');
    expect(r.stderr).toContain('gongwen import 文档.docx -o 记录.yaml');
    expect(r.stderr).not.toContain('UTF-8 编码');
    expect(r.stderr).not.toContain('control-character');
    expect(r.stderr.match(/错误\[/g)).toHaveLength(1);
  });

  it('an old Word, Excel or WPS file and a PDF are said as such, in English too', async () => {
    const dir = folderWith({});
    writeFileSync(join(dir, 'old.yaml'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    writeFileSync(join(dir, 'scan.yaml'), '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    const r = await runCli(['validate', 'old.yaml', 'scan.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('old.yaml: error[record-is-binary]: this is no text record but an old Word, Excel or WPS file (.doc, .xls, .wps)');
    expect(r.stderr).toContain('hint: save it as .docx in Word or WPS');
    expect(r.stderr).toContain('scan.yaml: error[record-is-binary]: this is no text record but a PDF');
  });

  it('a text record that begins with the letters PK or %PDF is read as the text it is', async () => {
    const dir = folderWith({ 'pk.yaml': 'PK: 1\n类型: 纪要\n' });
    const r = await runCli(['validate', 'pk.yaml'], dir);
    expect(r.stderr).not.toContain('record-is-binary');
    expect(r.stderr).toContain('unknown key "PK"');
  });
});

describe('a record file that is no text and larger than a record may be', () => {
  it('a scanned PDF of 5 MB is said to be a PDF, not a record too large', async () => {
    const dir = folderWith({});
    writeFileSync(join(dir, 'scan.yaml'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 2 ** 20, 0x41)]));
    const r = await runCli(['validate', 'scan.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('scan.yaml: error[record-is-binary]: this is no text record but a PDF');
    expect(r.stderr).not.toContain('record-too-large');
  });
});
