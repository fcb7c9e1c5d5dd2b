// The serve page's list of records (GET /api/records) compiles a record again only when it, or a file
// its compile used, has changed (src/serve/recordList.ts): the record's text, the register a 总结
// counts, the project's templates and partials, a gongwen.config.yaml written above it.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The records the pipeline compiled, in order: the list's compiles are counted here. */
const compiled: string[] = [];
vi.mock('../src/pipeline.js', async (original) => {
  const real = await original<typeof import('../src/pipeline.js')>();
  return {
    ...real,
    compileFile: (file: string, options: Parameters<typeof real.compileFile>[1]) => {
      compiled.push(file);
      return real.compileFile(file, options);
    },
  };
});

const { listRecords } = await import('../src/serve/records.js');
const { RecordList } = await import('../src/serve/recordList.js');

const examples = fileURLToPath(new URL('../examples', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongwen-record-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const names = (files: string[]) => files.map((f) => f.slice(dir.length + 1)).sort();
/** Moves a file's modification time a second on, as a save a second later would. */
const touchLater = (file: string) => {
  const later = new Date(Date.now() + 1000);
  utimesSync(file, later, later);
};

describe('the record list of gongwen serve', () => {
  let known: InstanceType<typeof RecordList>;
  beforeEach(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'registers'), { recursive: true });
    cpSync(join(examples, 'minutes-town-petition.yaml'), join(dir, 'minutes.yaml'));
    cpSync(join(examples, 'summary-from-registers.yaml'), join(dir, 'summary.yaml'));
    cpSync(join(examples, 'registers'), join(dir, 'registers'), { recursive: true });
    known = new RecordList();
    compiled.length = 0;
  });

  it('compiles each record once, then only what changed', async () => {
    const first = await listRecords(dir, known);
    expect(first.map((r) => [r.path, r.valid])).toEqual([['minutes.yaml', true], ['summary.yaml', true]]);
    expect(names(compiled)).toEqual(['minutes.yaml', 'summary.yaml']);

    compiled.length = 0;
    expect(await listRecords(dir, known)).toEqual(first);
    expect(compiled).toEqual([]);

    // the 纪要 edited: a date that does not exist is an error the list shows at once
    const minutes = join(dir, 'minutes.yaml');
    writeFileSync(minutes, readFileSync(minutes, 'utf8').replace(/日期: .*/, '日期: 2009年2月30日'));
    const edited = await listRecords(dir, known);
    expect(names(compiled)).toEqual(['minutes.yaml']);
    expect(edited.find((r) => r.path === 'minutes.yaml')).toMatchObject({ valid: false, errors: 1 });
    expect(edited.find((r) => r.path === 'summary.yaml')).toMatchObject({ valid: true });
  });

  it('compiles a 总结 again when a register it counts changes, and not the 纪要', async () => {
    await listRecords(dir, known);
    compiled.length = 0;
    const register = join(dir, 'registers', '矛盾纠纷2009.csv');
    writeFileSync(register, readFileSync(register, 'utf8').replace(/\n([^\n]*)\n?$/, '\n$1\n这一行不是台账的一行\n'));
    touchLater(register);
    const after = await listRecords(dir, known);
    expect(names(compiled)).toEqual(['summary.yaml']);
    expect(after.find((r) => r.path === 'summary.yaml')?.valid).toBe(false);

    // the register removed: still said, not taken from the old result
    compiled.length = 0;
    rmSync(register);
    const gone = await listRecords(dir, known);
    expect(names(compiled)).toEqual(['summary.yaml']);
    expect(gone.find((r) => r.path === 'summary.yaml')?.valid).toBe(false);
  });

  it('compiles again when a project template or partial, or a config above the records, appears', async () => {
    await listRecords(dir, known);
    compiled.length = 0;
    // a partial in the project's template folder gongwen-templates/ (searched before the built-in one)
    mkdirSync(join(dir, 'gongwen-templates', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'gongwen-templates', 'partials', 'signature.hbs'), '（签名）\n');
    await listRecords(dir, known);
    expect(names(compiled)).toEqual(['minutes.yaml', 'summary.yaml']);

    compiled.length = 0;
    await listRecords(dir, known);
    expect(compiled).toEqual([]);

    // a config written beside the records: its mistake is every record's error
    writeFileSync(join(dir, 'gongwen.config.yaml'), '字体方案: 不存在的字体\n');
    const configured = await listRecords(dir, known);
    expect(names(compiled)).toEqual(['minutes.yaml', 'summary.yaml']);
    expect(configured.every((r) => !r.valid)).toBe(true);
  });

  it('compiles again when a file is edited to as many bytes and its time put back (cp -p, a coarse clock)', async () => {
    mkdirSync(join(dir, 'gongwen-templates', 'partials'), { recursive: true });
    const partial = join(dir, 'gongwen-templates', 'partials', 'signature.hbs');
    writeFileSync(partial, '（签名）\n');
    // whole seconds, which utimes puts back exactly
    const register = join(dir, 'registers', '矛盾纠纷2009.csv');
    for (const file of [partial, register]) utimesSync(file, 1_700_000_000, 1_700_000_000);
    await listRecords(dir, known);
    compiled.length = 0;

    // one character for another of as many bytes, and the modification time as it was
    const before = statSync(partial);
    writeFileSync(partial, '（盖章）\n');
    utimesSync(partial, 1_700_000_000, 1_700_000_000);
    expect(statSync(partial)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
    await listRecords(dir, known);
    expect(names(compiled)).toEqual(['minutes.yaml', 'summary.yaml']);

    // the same for a register the 总结 counts: only the 总结 again
    compiled.length = 0;
    const stamp = statSync(register);
    const text = readFileSync(register, 'utf8');
    const name = /[张王李赵刘陈]/u.exec(text)![0];
    writeFileSync(register, text.replace(name, name === '张' ? '李' : '张'));
    utimesSync(register, 1_700_000_000, 1_700_000_000);
    expect(statSync(register)).toMatchObject({ size: stamp.size, mtimeMs: stamp.mtimeMs });
    await listRecords(dir, known);
    expect(names(compiled)).toEqual(['summary.yaml']);
  });

  it('forgets a record that is gone and lists a new one', async () => {
    await listRecords(dir, known);
    compiled.length = 0;
    rmSync(join(dir, 'minutes.yaml'));
    cpSync(join(examples, 'plan-township.yaml'), join(dir, 'plan.yaml'));
    const now = await listRecords(dir, known);
    expect(now.map((r) => r.path)).toEqual(['plan.yaml', 'summary.yaml']);
    expect(names(compiled)).toEqual(['plan.yaml']);
  });
});
