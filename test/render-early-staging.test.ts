/**
 * A batch's new files are created (under their temporary names) while the batch renders its next
 * records, and put in place only at the end, in order, with writeAtomicAll's promises: a file that came
 * to a target meanwhile is never replaced without --force, and is flushed before it is replaced with it;
 * nothing is left behind (src/io/writeAtomic.ts stageEarly, src/render.ts renderAll).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const { discardEarly, stageEarly, writeAtomicAll, OutputExists } = await import('../src/io/writeAtomic.js');
const { renderRecords } = await import('../src/render.js');
const { markdownWriter } = await import('../src/writers/markdown/writeMarkdown.js');

const examples = new URL('../examples/', import.meta.url).pathname;
const temporaries = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('a batch stages its new files as it goes', () => {
  it('the files of the records rendered so far exist under temporary names before the last record, and under their names only after it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gongwen-early-in-'));
    const out = join(mkdtempSync(join(tmpdir(), 'gongwen-early-out-')), 'docs');
    const names = ['minutes-town-petition', 'minutes-branch-committee', 'plan-township', 'speech-petition-meeting'];
    const files = names.map((name) => {
      copyFileSync(join(examples, `${name}.yaml`), join(folder, `${name}.yaml`));
      return join(folder, `${name}.yaml`);
    });
    const targets = new Map(files.map((f, i) => [f, join(out, `${names[i]}.md`)]));
    let beforeLast: string[] | undefined;
    const inodes = new Map<string, number>();
    const wrote: string[] = [];
    const outcome = await renderRecords(
      files,
      { writer: markdownWriter, targets, compile: { cwd: folder }, env: {}, force: false, display: (p) => p },
      {
        progress: (done) => {
          if (done !== files.length - 1) return;
          beforeLast = readdirSync(out);
          for (const name of beforeLast) inodes.set(name.replace(/^\.gongwen-(.+)\.\d+\.[0-9a-f]{8}\.tmp$/, '$1'), statSync(join(out, name)).ino);
        },
        compiled() {},
        diagnostics() {},
        warning() {},
        error() {},
        wrote: (target) => wrote.push(target),
        unwritten: (err) => {
          throw err;
        },
        stdout() {},
      },
    );
    expect(outcome).toMatchObject({ failed: 0, written: 4 });
    // before the last record: the earlier records' files are there, each under a temporary name only
    expect(beforeLast!.length).toBeGreaterThan(0);
    expect(beforeLast!.every((n) => /^\.gongwen-.+\.md\.\d+\.[0-9a-f]{8}\.tmp$/.test(n))).toBe(true);
    // after it: every file in its place, said in the records' order, nothing left behind
    expect(wrote).toEqual(files.map((f) => targets.get(f)));
    expect(readdirSync(out).sort()).toEqual(names.map((n) => `${n}.md`).sort());
    expect(readFileSync(join(out, 'plan-township.md'), 'utf8')).toContain('实施方案');
    // the files in place are the very files created early (renamed, not written again at the end)
    for (const [name, ino] of inodes) expect(statSync(join(out, name)).ino).toBe(ino);
  });

  it('a file that came to a target meanwhile is not replaced without --force; with it, it is replaced by a file staged anew (flushed), not by the early one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-early-'));
    const kept = join(dir, 'kept.docx');
    const replaced = join(dir, 'replaced.docx');
    // the early files hold other bytes than the batch's, to tell which file was put in place
    const early = [stageEarly(kept, 'early', false), stageEarly(replaced, 'early', true)];
    await Promise.all(early.map((e) => e.made));
    expect(temporaries(dir)).toHaveLength(2);
    writeFileSync(kept, 'theirs');
    writeFileSync(replaced, 'theirs');
    const told: Array<[string, unknown]> = [];
    await writeAtomicAll(
      [
        { path: kept, data: 'ours', early: early[0] },
        { path: replaced, data: 'ours', early: early[1] },
      ],
      (path) => path === replaced,
      (path, failure) => told.push([path, failure]),
    );
    expect(told[0]![0]).toBe(kept);
    expect(told[0]![1]).toBeInstanceOf(OutputExists);
    expect(told[1]).toEqual([replaced, undefined]);
    expect(readFileSync(kept, 'utf8')).toBe('theirs');
    // not the early file renamed over it: written again by writeAtomicAll's own stage, which flushes what
    // replaces a file (test/docx-write-atomic.test.ts)
    expect(readFileSync(replaced, 'utf8')).toBe('ours');
    expect(temporaries(dir)).toEqual([]);
  });

  it('a target that is there already is left to the end (no temporary beside it); staged files no batch puts in place are removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-early-'));
    writeFileSync(join(dir, 'there.docx'), 'old');
    const there = stageEarly(join(dir, 'there.docx'), 'new', true);
    expect(await there.made).toBeUndefined();
    expect(temporaries(dir)).toEqual([]);
    mkdirSync(join(dir, 'sub'));
    const left = [stageEarly(join(dir, 'sub', 'a.docx'), 'a', false), stageEarly(join(dir, 'b.docx'), 'b', false)];
    await Promise.all(left.map((e) => e.made));
    expect(temporaries(dir)).toHaveLength(1);
    await discardEarly(left);
    expect(temporaries(dir)).toEqual([]);
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
    expect(readFileSync(join(dir, 'there.docx'), 'utf8')).toBe('old');
  });
});
