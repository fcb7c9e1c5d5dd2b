/**
 * writeAtomic, which writes the DOCX and PDF files: a file appears whole or not at all, a new file
 * never replaces anything, and when a file is replaced (--force) or holds what the user typed
 * (durable) the data reach the disk (fsync) before the temporary file is renamed over the target, so
 * that a crash of the machine leaves the old file or the new one. A new output file is not flushed.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    fsyncSync: (fd: number) => {
      calls.push('fsync');
      return fs.fsyncSync(fd);
    },
    renameSync: (a: string, b: string) => {
      calls.push('rename');
      return fs.renameSync(a, b);
    },
    linkSync: (a: string, b: string) => {
      calls.push('link');
      return fs.linkSync(a, b);
    },
  };
});

const { writeAtomic, OutputExists, OutputFailed } = await import('../src/io/writeAtomic.js');

describe('writeAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-atomic-'));
  afterEach(() => {
    calls.length = 0;
  });

  it('a new file is linked into place without a flush; replacing one (force) flushes the file before the rename and the folder after', () => {
    const target = join(dir, 'a.docx');
    writeAtomic(target, new Uint8Array([1, 2, 3]), false);
    expect(calls).toEqual(['link']);
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    calls.length = 0;
    writeAtomic(target, new Uint8Array([4, 5]), true);
    expect(calls).toEqual(['fsync', 'rename', 'fsync']);
    expect([...readFileSync(target)]).toEqual([4, 5]);
    writeAtomic(target, new Uint8Array([1, 2, 3]), true);
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('force onto a name where nothing is replaces nothing and is not flushed; durable data are flushed even when new', () => {
    writeAtomic(join(dir, 'c.docx'), new Uint8Array([7]), true);
    expect(calls).toEqual(['rename']);
    calls.length = 0;
    writeAtomic(join(dir, 'typed.yaml'), '标题: 新', false, { durable: true });
    expect(calls).toEqual(['fsync', 'link', 'fsync']);
    calls.length = 0;
    writeAtomic(join(dir, 'typed.yaml'), '标题: 改', true, { durable: true });
    expect(calls).toEqual(['fsync', 'rename', 'fsync']);
    expect(readFileSync(join(dir, 'typed.yaml'), 'utf8')).toBe('标题: 改');
  });

  it('without force an existing file is never replaced, flushed or not, and nothing is left behind', () => {
    const target = join(dir, 'kept.docx');
    writeFileSync(target, 'old');
    expect(() => writeAtomic(target, new Uint8Array([1]), false)).toThrow(OutputExists);
    expect(() => writeAtomic(target, new Uint8Array([1]), false, { durable: true })).toThrow(OutputExists);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(calls).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed write carries the system code beside the English reason (a file where a folder should be: ENOTDIR; writing onto a folder: EISDIR)', () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    const failure = (f: () => void) => {
      try {
        f();
      } catch (err) {
        return err;
      }
      throw new Error('no failure');
    };
    const underFile = failure(() => writeAtomic(join(file, 'a.docx'), '1', false));
    expect(underFile).toBeInstanceOf(OutputFailed);
    expect(underFile).toMatchObject({ code: 'ENOTDIR', reason: 'a part of the path is a file, not a folder' });
    const onFolder = failure(() => writeAtomic(dir, '1', true));
    expect(onFolder).toBeInstanceOf(OutputFailed);
    expect(onFolder).toMatchObject({ code: 'EISDIR', reason: 'it is a folder (EISDIR)' });
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes strings as UTF-8, replaces only with force, leaves no temporary file', () => {
    const target = join(dir, 'b.md');
    writeFileSync(target, 'old');
    expect(() => writeAtomic(target, '新', false)).toThrow(OutputExists);
    expect(readFileSync(target, 'utf8')).toBe('old');
    writeAtomic(target, '新的内容', true);
    expect(readFileSync(target, 'utf8')).toBe('新的内容');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
