// The files of a batch (src/io/writeAtomic.ts writeAtomicAll) keep writeAtomic's promise — each whole or
// not at all, never over a file without force, a replaced file's data flushed to the disk before it
// takes the name — and are told in their order; the flushes of a group go together and each folder is
// flushed once at the end, not after each file.
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutputExists, OutputFailed, writeAtomicAll } from '../../src/io/writeAtomic.js';
import { folderWith } from '../support/folder.js';

/** The CommonJS node:fs, whose functions the ES module bindings follow after syncBuiltinESMExports. */
const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');

/** Every fsync (file or folder) and rename, in order, with the path of a rename. */
function watchDisk(): string[] {
  const calls: string[] = [];
  const real = { fsync: fs.fsync, fsyncSync: fs.fsyncSync, renameSync: fs.renameSync, openSync: fs.openSync };
  const folders = new Set<number>();
  vi.spyOn(fs, 'openSync').mockImplementation(((path: string, flags: string | number, mode?: number) => {
    const fd = real.openSync(path, flags, mode);
    if (flags === 'r' && fs.statSync(path).isDirectory()) folders.add(fd);
    return fd;
  }) as typeof fs.openSync);
  vi.spyOn(fs, 'fsync').mockImplementation(((fd: number, cb: (err: NodeJS.ErrnoException | null) => void) => (calls.push('flush file'), real.fsync(fd, cb))) as typeof fs.fsync);
  vi.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => (calls.push(folders.has(fd) ? 'flush folder' : 'flush file'), real.fsyncSync(fd)));
  vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => (calls.push(`rename ${String(to).split('/').pop()}`), real.renameSync(from, to)));
  syncBuiltinESMExports();
  return calls;
}
afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

const told = () => {
  const said: string[] = [];
  return { said, done: (path: string, failure?: OutputExists | OutputFailed) => said.push(`${path.split('/').pop()} ${failure ? failure.constructor.name : 'written'}`) };
};

describe('a batch of files written in place', () => {
  it('replaces existing files with force: every replaced file flushed before any rename, the folder once at the end', async () => {
    const dir = folderWith({ 'a.docx': 'old a', 'c.docx': 'old c' });
    const calls = watchDisk();
    const { said, done } = told();
    await writeAtomicAll(['a', 'b', 'c'].map((n) => ({ path: join(dir, `${n}.docx`), data: `new ${n}` })), true, done);
    expect(said).toEqual(['a.docx written', 'b.docx written', 'c.docx written']);
    expect(['a', 'b', 'c'].map((n) => readFileSync(join(dir, `${n}.docx`), 'utf8'))).toEqual(['new a', 'new b', 'new c']);
    // a and c replace files: their data are flushed before they take the names; b is new and is not flushed
    expect(calls).toEqual(['flush file', 'flush file', 'rename a.docx', 'rename b.docx', 'rename c.docx', 'flush folder']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('without force: an existing file is kept and said, the others written, in their order', async () => {
    const dir = folderWith({ 'b.docx': 'kept' });
    const { said, done } = told();
    await writeAtomicAll(['a', 'b', 'c'].map((n) => ({ path: join(dir, `${n}.docx`), data: `new ${n}` })), false, done);
    expect(said).toEqual(['a.docx written', 'b.docx OutputExists', 'c.docx written']);
    expect(readFileSync(join(dir, 'b.docx'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'b.docx', 'c.docx']);
  });

  it('a folder where a file should be fails that file only, with nothing left behind', async () => {
    const dir = folderWith({});
    mkdirSync(join(dir, 'b.docx'));
    writeFileSync(join(dir, 'a.docx'), 'old');
    const { said, done } = told();
    await writeAtomicAll(['a', 'b', 'c'].map((n) => ({ path: join(dir, `${n}.docx`), data: `new ${n}` })), true, done);
    expect(said).toEqual(['a.docx written', 'b.docx OutputFailed', 'c.docx written']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('on a disk with room for one more file, still replaces every file, as one file after the other would', async () => {
    const dir = folderWith({ 'a.docx': 'old a', 'b.docx': 'old b', 'c.docx': 'old c' });
    // the disk: a temporary file finds no room while another temporary file of the folder waits
    // beside it (a replaced file's room comes back when its new one takes the name)
    const real = { writeSync: fs.writeSync };
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, ...rest: unknown[]) => {
      if (readdirSync(dir).filter((n) => n.endsWith('.tmp')).length > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (real.writeSync as (...a: unknown[]) => number)(fd, ...rest);
    }) as typeof fs.writeSync);
    syncBuiltinESMExports();
    const { said, done } = told();
    await writeAtomicAll(['a', 'b', 'c'].map((n) => ({ path: join(dir, `${n}.docx`), data: `new ${n}` })), true, done);
    expect(said).toEqual(['a.docx written', 'b.docx written', 'c.docx written']);
    expect(['a', 'b', 'c'].map((n) => readFileSync(join(dir, `${n}.docx`), 'utf8'))).toEqual(['new a', 'new b', 'new c']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('on a full disk, says the file that finds no room and keeps the file it would have replaced', async () => {
    const dir = folderWith({ 'a.docx': 'old a', 'b.docx': 'old b' });
    const real = { writeSync: fs.writeSync };
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, ...rest: unknown[]) => {
      if (readdirSync(dir).some((n) => n.startsWith('.gongwen-b.docx'))) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (real.writeSync as (...a: unknown[]) => number)(fd, ...rest);
    }) as typeof fs.writeSync);
    syncBuiltinESMExports();
    const failures: Array<OutputExists | OutputFailed | undefined> = [];
    await writeAtomicAll(['a', 'b'].map((n) => ({ path: join(dir, `${n}.docx`), data: `new ${n}` })), true, (_path, failure) => failures.push(failure));
    expect(failures[0]).toBeUndefined();
    expect(failures[1]).toBeInstanceOf(OutputFailed);
    expect((failures[1] as OutputFailed).code).toBe('ENOSPC');
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'b.docx'), 'utf8')).toBe('old b');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a flush that fails costs its file only: said, the old file kept, its temporary file removed', async () => {
    const dir = folderWith({ 'a.docx': 'old a', 'b.docx': 'old b', 'c.docx': 'old c' });
    const real = { fsync: fs.fsync, openSync: fs.openSync };
    const opened = new Map<number, string>();
    vi.spyOn(fs, 'openSync').mockImplementation(((path: string, flags: string | number, mode?: number) => {
      const fd = real.openSync(path, flags, mode);
      opened.set(fd, String(path));
      return fd;
    }) as typeof fs.openSync);
    // the disk answers the flush of b's temporary file with an I/O error
    vi.spyOn(fs, 'fsync').mockImplementation(((fd: number, cb: (err: NodeJS.ErrnoException | null) => void) =>
      opened.get(fd)?.includes('.gongwen-b.docx') ? cb(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })) : real.fsync(fd, cb)) as typeof fs.fsync);
    syncBuiltinESMExports();
    const { said, done } = told();
    await writeAtomicAll(['a', 'b', 'c'].map((n) => ({ path: join(dir, `${n}.docx`), data: `new ${n}` })), true, done);
    expect(said).toEqual(['a.docx written', 'b.docx OutputFailed', 'c.docx written']);
    expect(['a', 'b', 'c'].map((n) => readFileSync(join(dir, `${n}.docx`), 'utf8'))).toEqual(['new a', 'old b', 'new c']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('says in words a file larger than a file may be (EFBIG: a file-size limit, ulimit -f)', async () => {
    const dir = folderWith({});
    vi.spyOn(fs, 'writeSync').mockImplementation((() => {
      throw Object.assign(new Error('EFBIG: file too large, write'), { code: 'EFBIG' });
    }) as typeof fs.writeSync);
    syncBuiltinESMExports();
    const failures: Array<OutputExists | OutputFailed | undefined> = [];
    await writeAtomicAll([{ path: join(dir, 'a.docx'), data: 'new a' }], false, (_path, failure) => failures.push(failure));
    expect(failures[0]?.message).toBe(`cannot write ${join(dir, 'a.docx')}: the file is larger than a file may be here (a file-size limit, ulimit -f) (EFBIG)`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder where a file should be is said as a folder without force too, not as a file --force would replace', async () => {
    const dir = folderWith({});
    mkdirSync(join(dir, 'a.docx'));
    const failures: Array<OutputExists | OutputFailed | undefined> = [];
    await writeAtomicAll([{ path: join(dir, 'a.docx'), data: 'new a' }], false, (_path, failure) => failures.push(failure));
    expect(failures[0]).toBeInstanceOf(OutputFailed);
    expect(failures[0]?.message).toBe(`cannot write ${join(dir, 'a.docx')}: it is a folder (EISDIR)`);
    expect(failures[0]?.message).not.toContain('--force');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it('writes more files than it holds open at once (a batch of 1,000 records), each whole', async () => {
    const dir = folderWith({});
    const names = Array.from({ length: 150 }, (_, i) => `${String(i).padStart(3, '0')}.docx`);
    for (const n of names) writeFileSync(join(dir, n), 'old');
    const { said, done } = told();
    await writeAtomicAll(names.map((n) => ({ path: join(dir, n), data: `new ${n}` })), true, done);
    expect(said).toEqual(names.map((n) => `${n} written`));
    expect(names.every((n) => readFileSync(join(dir, n), 'utf8') === `new ${n}`)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
