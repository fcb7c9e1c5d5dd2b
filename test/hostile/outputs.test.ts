// Issue "hostile input", classes 6–9 and 12: nothing is lost, and output errors are one line.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/gongwen.js');
const example = join(root, 'examples/minutes-town-petition.yaml');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-out-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('two records never write the same output', () => {
  test('a/纪要.yaml and b/纪要.yaml into one folder: an error naming both, nothing written, with or without --force', async () => {
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      copyFileSync(example, join(dir, sub, '纪要.yaml'));
    }
    for (const force of [[], ['--force']]) {
      const r = await runCli(['render', 'a', 'b', '--format', 'docx', '-o', 'out/', ...force], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('a/纪要.yaml and b/纪要.yaml would both be written to out/纪要.docx');
      expect(existsSync(join(dir, 'out'))).toBe(false);
    }
  });

  test('x.yaml and x.md (and X.yaml, as a case-insensitive disk sees it) clash too', async () => {
    copyFileSync(example, join(dir, 'x.yaml'));
    writeFileSync(join(dir, 'x.md'), '---\n' + readFileSync(example, 'utf8') + '---\n');
    copyFileSync(example, join(dir, 'X.yml'));
    const r = await runCli(['render', 'x.yaml', 'x.md', 'X.yml', '--format', 'docx', '-o', 'out/'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('x.yaml and x.md would both be written to out/x.docx');
    expect(r.stderr).toContain('x.yaml and X.yml would both be written to out/X.docx');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('an output that is one of the records is refused before anything is read, even with --force', async () => {
    copyFileSync(example, join(dir, 'r.yaml'));
    const before = readFileSync(join(dir, 'r.yaml'), 'utf8');
    const r = await runCli(['render', 'r.yaml', '--format', 'md', '-o', 'r.yaml', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('r.yaml is one of the records being rendered');
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe(before);
  });
});

describe('--force is the only way to replace a file', () => {
  test('a dangling symbolic link at the output counts as existing', async () => {
    symlinkSync(join(dir, 'nowhere.docx'), join(dir, 'out.docx'));
    const r = await runCli(['render', example, '-o', 'out.docx'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('out.docx exists; use --force to replace it');
    expect(existsSync(join(dir, 'nowhere.docx'))).toBe(false);
  });

  test('two processes writing the same new file without --force: exactly one succeeds, the file is whole', async () => {
    const runOne = () =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, [bin, 'render', example, '-o', join(dir, 'race.docx')], { cwd: dir, stdio: 'ignore' });
        child.on('exit', (code) => done(code ?? -1));
      });
    for (let round = 0; round < 3; round++) {
      rmSync(join(dir, 'race.docx'), { force: true });
      const codes = await Promise.all([runOne(), runOne(), runOne()]);
      expect(codes.filter((c) => c === 0)).toHaveLength(1);
      expect(codes.filter((c) => c === 1)).toHaveLength(2);
      expect(readFileSync(join(dir, 'race.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    }
  }, 30_000);
});

describe('interrupted runs leave nothing behind that trips a later run', () => {
  test("a temporary file left by a process that no longer runs is removed by the next write; another's in-flight one is kept", async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    writeFileSync(join(dir, `.gongwen-r.docx.${dead}.0badc0de.tmp`), 'half');
    writeFileSync(join(dir, `.gongwen-r.docx.${process.pid}.0badc0de.tmp`), 'in flight');
    const r = await runCli(['render', example, '-o', 'r.docx'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`.gongwen-r.docx.${process.pid}.0badc0de.tmp`, 'r.docx']);
  });
});

describe('the format follows --output', () => {
  test('-o x.docx writes a DOCX; -o x.md with --format docx is a usage error; a DOCX never lands in x.md', async () => {
    expect((await runCli(['render', example, '-o', 'x.docx'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'x.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const clash = await runCli(['render', example, '--format', 'docx', '-o', 'x.md'], dir);
    expect(clash.code).toBe(2);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
    expect((await runCli(['render', example, '-o', 'y.md'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'y.md'), 'utf8')).toMatch(/^# 镇信访工作会议纪要/);
  });
});

describe('output errors are one line naming the output, exit 1', () => {
  test('a parent path that is a file', async () => {
    writeFileSync(join(dir, 'afile'), '');
    const r = await runCli(['render', example, '-o', 'afile/x.docx'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: cannot write afile/x.docx: a part of the path is a file, not a folder');
  });

  test('a folder where the output file should be, with --force', async () => {
    mkdirSync(join(dir, 'x.docx'));
    const r = await runCli(['render', example, '--format', 'docx', '-o', 'x.docx/', '--force'], dir);
    expect(r.code).toBe(0); // a folder given as --output is a folder: x.docx/minutes-town-petition.docx
    mkdirSync(join(dir, 'y.docx', 'minutes-town-petition.docx'), { recursive: true });
    const f = await runCli(['render', example, '--format', 'docx', '-o', 'y.docx/', '--force'], dir);
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('cannot write y.docx/minutes-town-petition.docx: it is a folder');
  });

  test('standard output on a full disk (> /dev/full) and closed early (| head)', () => {
    const full = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" render "${root}/examples/" > /dev/full`], { encoding: 'utf8' });
    expect(full.status).toBe(1);
    expect(full.stderr).toContain('error: cannot write to standard output: the disk is full (ENOSPC)');
    expect(full.stderr).not.toContain('Unhandled');
    expect(full.stderr).not.toMatch(/\n\s+at /);
    const closed = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" render "${root}/examples/" | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(closed.stderr).not.toContain('Unhandled');
    expect(closed.stderr).not.toMatch(/\n\s+at /);
  });
});
