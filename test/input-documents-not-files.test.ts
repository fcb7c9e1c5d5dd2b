/**
 * `check`, `import` and `render` of a file named as a document that is not one (FINDINGS, from the lead): a folder named
 * .docx, a FIFO, an empty file, a PDF renamed .docx. Each is said as what it is, at its file, exit 1 — never an internal
 * error, never a wait for ever (records are read the same way: src/io/openRegularFile.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { temporaryFolder } from './support/folder.js';

function documents(): string {
  const dir = temporaryFolder('gongwen-not-documents-');
  mkdirSync(join(dir, 'folder.docx'));
  execFileSync('mkfifo', [join(dir, 'fifo.docx')]);
  writeFileSync(join(dir, 'empty.docx'), '');
  writeFileSync(join(dir, 'scan.docx'), '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
  writeFileSync(join(dir, 'old.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  return dir;
}

describe.each(['check', 'import'])('gongwen %s of a file that is no document', (command) => {
  it('a folder named .docx: said to be a folder, exit 1', async () => {
    const r = await runCli([command, 'folder.docx', '--lang', 'zh'], documents());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('folder.docx: 错误[not-a-file]：这是文件夹，不是文档');
    expect(r.stderr).not.toMatch(/EISDIR|记录/u);
  });

  it('a FIFO: refused without waiting for a writer', async () => {
    const r = await runCli([command, 'fifo.docx'], documents());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fifo.docx: error[not-a-file]: is not a regular file (a pipe, a device or a socket): documents are read from files only');
  }, 10_000);

  it('an empty file: said to be empty', async () => {
    const r = await runCli([command, 'empty.docx'], documents());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('empty.docx: error[unreadable-docx]: the file is empty (0 bytes)');
  });

  it('a PDF named .docx: said to be a PDF', async () => {
    const r = await runCli([command, 'scan.docx', '--lang', 'zh'], documents());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('scan.docx: 错误[unreadable-docx]：这是 PDF 文件，不是 Word 文档');
    expect(r.stderr).not.toContain('zip');
  });

  it('an old Word file (.doc) named .docx: said to be one (as before), with how to save it as .docx', async () => {
    const r = await runCli([command, 'old.docx'], documents());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('old.docx: error[unreadable-docx]: an Office 97–2003 file (.doc, .xls), not a zip archive: open it in Word, Excel or WPS and save it as .docx or .xlsx');
  });
});

it('gongwen render of an empty .docx says it is empty', async () => {
  const r = await runCli(['render', 'empty.docx'], documents());
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('empty.docx: error[unreadable-docx]: the file is empty (0 bytes)');
});
