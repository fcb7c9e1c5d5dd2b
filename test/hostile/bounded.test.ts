// Issue "hostile input", classes 10, 11 and 13: bounded work for any input, regular files only, one bad record never stops a batch.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_RECORD_BYTES, MAX_RECORD_DEPTH } from '../../src/records/readRecord.js';
import { runCli } from '../support/cli.js';

const root = join(import.meta.dirname, '../..');
const example = join(root, 'examples/minutes-town-petition.yaml');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('YAML aliases are bounded', () => {
  test('a billion laughs (aliases of aliases) stops with an error at the alias', async () => {
    const lines = ['类型: 纪要', '标题: 测试', 'a: &a [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]'];
    let prev = 'a';
    for (let i = 1; i <= 9; i++) {
      lines.push(`b${i}: &b${i} [${Array(10).fill(`*${prev}`).join(', ')}]`);
      prev = `b${i}`;
    }
    writeFileSync(join(dir, 'laughs.yaml'), lines.join('\n') + '\n');
    const r = await runCli(['validate', 'laughs.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/laughs\.yaml:\d+:\d+: error\[record-too-many-values\]: the record holds more than 200,000 values once its aliases \(\*name\) are expanded/);
  });

  test('an alias inside the value it names is an error at its line', async () => {
    writeFileSync(join(dir, 'self.yaml'), '类型: 纪要\n标题: &t [甲, *t]\n');
    const r = await runCli(['validate', 'self.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('self.yaml:2:12: error[alias-cycle]: the alias *t refers to the value that contains it');
  });

  test('nesting deeper than the limit, and far deeper than the parser can follow, are errors', async () => {
    writeFileSync(join(dir, 'deep.yaml'), `类型: 纪要\n标题: ${'['.repeat(MAX_RECORD_DEPTH + 5)}${']'.repeat(MAX_RECORD_DEPTH + 5)}\n`);
    const r = await runCli(['validate', 'deep.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`lists and mappings are nested more than ${MAX_RECORD_DEPTH} deep`);
    writeFileSync(join(dir, 'deeper.yaml'), `类型: 纪要\n标题: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    const d = await runCli(['validate', 'deeper.yaml'], dir);
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/deeper\.yaml:2:\d+: error\[record-too-deep\]: lists and mappings are nested too deep/);
    expect(d.stderr).not.toContain('Maximum call stack');
  }, 20_000);

  test('a file larger than a record can be is refused without being parsed', async () => {
    writeFileSync(join(dir, 'huge.yaml'), '类型: 纪要\n标题: ' + '长'.repeat(MAX_RECORD_BYTES / 2) + '\n');
    const r = await runCli(['validate', 'huge.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('huge.yaml: error[record-too-large]: the file is 6.0 MB; a record may be at most 4 MB');
  });
});

describe('only regular files are read; the other records are still processed', () => {
  test('a FIFO, a link to a FIFO and a device among the records', async () => {
    const folder = join(dir, 'records');
    mkdirSync(folder);
    copyFileSync(example, join(folder, 'good.yaml'));
    execFileSync('mkfifo', [join(folder, 'pipe.yaml')]);
    symlinkSync(join(folder, 'pipe.yaml'), join(folder, 'link.yaml'));
    const r = await runCli(['render', 'records', '/dev/null', '--format', 'docx', '-o', 'out/'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('records/pipe.yaml: error[not-a-file]: is a pipe (FIFO): records are read from regular files only');
    expect(r.stderr).toContain('records/link.yaml: error[not-a-file]: is a pipe (FIFO)');
    expect(r.stderr).toContain('/dev/null: error[not-a-file]: is a device');
    expect(readFileSync(join(dir, 'out', 'good.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(r.stderr).toContain('4 record(s): 1 rendered, 3 failed, 1 file(s) written');
  });

  test('a bad template, a folder as template and a broken record do not stop the good record in the same run', async () => {
    const folder = join(dir, 'batch');
    mkdirSync(join(folder, 'gongwen-templates'), { recursive: true });
    copyFileSync(example, join(folder, 'a-good.yaml'));
    writeFileSync(join(folder, 'b-bad.yaml'), readFileSync(example, 'utf8') + 'template: evil\n');
    writeFileSync(join(folder, 'gongwen-templates', 'evil.hbs'), '---js\n{}\n---\n');
    writeFileSync(join(folder, 'c-broken.yaml'), '类型: 纪要\n标题: [\n');
    const r = await runCli(['render', 'batch', '--format', 'docx', '-o', 'out2/'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 record(s): 1 rendered, 2 failed, 1 file(s) written');
    expect(readFileSync(join(dir, 'out2', 'a-good.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
