// A record in the plain subset of YAML is read without the yaml library (src/records/plainYaml.ts);
// whatever it reads must be what the yaml library's reading gives: the same values under the same keys in
// the same order, the same messages (none), the same positions when a message asks for one. Held here on
// every record, starter and fixture of the repository, and on generated and mangled records.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { KeyPath } from '../../src/diagnostics/diagnostic.js';
import { parseRecordText, type RecordSource, type Span } from '../../src/records/readRecord.js';
import { readPlainYaml, resolvePlain } from '../../src/records/plainYaml.js';
import { protectTextColons } from '../../src/records/textColons.js';
import { decodeText } from '../../src/io/decodeText.js';

const ROOT = join(import.meta.dirname, '../..');

/** Every key path of a value, the root first. */
function pathsOf(v: unknown, at: KeyPath = []): KeyPath[] {
  const out: KeyPath[] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...at, i])));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) out.push(...pathsOf((v as Record<string, unknown>)[k], [...at, k]));
  return out;
}

/** A value's JSON with its keys in their order (NaN and the infinities named). */
const ordered = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));

/** The two readings of a text: with the plain reader allowed, and through the yaml library only. */
function bothReadings(text: string, file = 'record.yaml') {
  const plainBag = new DiagnosticBag(file);
  const fullBag = new DiagnosticBag(file);
  const plain = parseRecordText(text, file, plainBag);
  const full = parseRecordText(text, file, fullBag, { plain: false });
  return { plain, full, plainBag, fullBag };
}

/** Whether the plain reader took the text (parseRecordText then answers positions lazily). */
const readPlainly = (text: string) => readPlainYaml(protectTextColons(text.replace(/\r\n?/g, '\n'))) !== undefined;

const where = (s: RecordSource | undefined, path: KeyPath) => {
  // the plain reading's locations also hold the key as written (src/records/readRecord.ts), which RecordSource's type does not say
  const loc: { key?: Span; value?: Span; written?: string } | undefined = s?.locate(path);
  return loc && JSON.parse(JSON.stringify({ key: loc.key, value: loc.value, written: loc.written }));
};

function expectSameReading(text: string, file?: string, maxPaths = Infinity): void {
  const { plain, full, plainBag, fullBag } = bothReadings(text, file);
  expect(ordered(plain?.data)).toBe(ordered(full?.data));
  expect(isDeepStrictEqual(plain?.data, full?.data)).toBe(true);
  expect(plainBag.items).toEqual(fullBag.items);
  expect([...(plain?.setAsideKeys ?? [])]).toEqual([...(full?.setAsideKeys ?? [])]);
  for (const path of full ? pathsOf(full.data).slice(0, maxPaths) : []) {
    expect(where(plain, path)).toEqual(where(full, path));
    expect(plain!.writtenPath(path)).toEqual(full!.writtenPath(path));
    expect(plain!.locateNearest(path)).toEqual(full!.locateNearest(path));
  }
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ya?ml|md)$/.test(name)) out.push(path);
  }
  return out;
}

describe('the plain reading of a record', () => {
  const files = ['examples', 'templates', 'test/fixtures'].flatMap((d) => filesUnder(join(ROOT, d)));

  it('is the yaml reading on every record, starter and fixture of the repository', () => {
    let plainly = 0;
    for (const file of files) {
      const text = decodeText(readFileSync(file)).text;
      expectSameReading(text, file);
      if (readPlainly(text)) plainly++;
    }
    // the examples and starters are read plainly (the fixtures of mistakes are not)
    expect(plainly).toBeGreaterThanOrEqual(45);
    for (const name of readdirSync(join(ROOT, 'examples')).filter((n) => n.endsWith('.yaml'))) {
      expect(readPlainly(decodeText(readFileSync(join(ROOT, 'examples', name))).text), name).toBe(true);
    }
  });

  it('resolves plain scalars by the YAML 1.2 core schema, as the yaml library does', () => {
    const samples = ['~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'yes', 'no', 'on', 'off', 'false', 'False', '0', '-0', '+0', '007', '0o17', '0o18', '0x1F', '0X1F', '0b101',
      '1_000', '12345678901234567890', '1.', '.5', '-.5', '+1.50', '1e3', '1E-3', '-1.5e+10', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'nan', 'inf', '1.2.3', '2024-01-01', '12:30', '6月30日', '三', '-a', '1 2', '0x', '0o'];
    for (const s of samples) expectSameReading(`v: ${s}\nl: [${s}]\n`);
    // and the plain reader itself, not the full parse it may have left them to: the same value as yaml's
    for (const s of samples) expect(resolvePlain(s), s).toEqual(parseYaml(`v: ${s}\n`).v);
    for (const s of samples) expect(readPlainYaml(`v: ${s}\n`), s).toBeDefined();
    expect(resolvePlain('0o17')).toBe(15);
    expect(resolvePlain('2024-01-01')).toBe('2024-01-01');
  });

  it('keeps the white space YAML keeps: a full-width or no-break space at a value\'s end, before a key', () => {
    // YAML's white space is the space and the tab (YAML 1.2.2 §5.5); String.prototype.trim's is wider
    const typed = [
      '标题: 关于防汛工作的通知\u3000\n', // a full-width space typed at the end
      '标题: 通知\u00a0\n日期: 2026年6月1日\n', // a no-break space pasted from a web page
      '内容: 各村\u3000\n  社区\n', // on a line a plain value goes on from
      '内容: 一是\n  二是\u2003\n',
      '职务: [镇长\u3000, 书记]\n',
      '出席: {姓名: 张三\u00a0}\n',
      '要点:\n  - 第一条\u3000\n',
      '\u3000标题: 通知\n', // a full-width space typed before a key (the key is read without it)
      '出席: {\u3000姓名: 张三}\n',
      '标题: \u3000\n',
    ];
    for (const text of typed) {
      expect(readPlainly(text), text).toBe(true);
      expectSameReading(text);
    }
    expect(bothReadings('标题: 通知\u3000\n').plain?.data).toEqual({ title: '通知\u3000' });
  });

  it('leaves out the space a line break folds into between Chinese characters, and only that space', () => {
    const read = (text: string) => {
      const { plain, full } = bothReadings(text);
      expect(ordered(plain?.data)).toBe(ordered(full?.data));
      return (full?.data as Record<string, unknown>).text;
    };
    // a space typed inside the line, between the same two characters as the fold, is kept
    expect(read('内容: 各村 社区 各村\n  社区\n')).toBe('各村 社区 各村社区');
    expect(read('内容: "各村 社区 各村\n  社区"\n')).toBe('各村 社区 各村社区');
    // a line ending in a full-width space: no space added after it
    expect(read('内容: 一是加强领导\u3000\n  二是落实责任\n')).toBe('一是加强领导\u3000二是落实责任');
    // English keeps its space; an empty line is a line break
    expect(read('内容: 各村 and\n  社区\n')).toBe('各村 and 社区');
    expect(read('内容: 各村\n\n  社区\n')).toBe('各村\n社区');
    expect(read("内容: '各村''\n  社区'\n")).toBe("各村' 社区");
  });

  it('gives up, and the yaml reading says the mistake, where a record leaves the subset', () => {
    const outside = [
      'a: 1\na: 2\n', // a key twice
      '标题: x\ntitle: y\n', // two names of one key
      'a:\n\tb: 1\n', // a tab
      'a: &x 1\nb: *x\n', // anchor and alias
      'a: !!str 1\n', // a tag
      'a: |\n  text\n', // a block scalar
      'a: "x\\ny"\n', // an escape
      'a: [1,\n  2]\n', // a flow sequence over two lines
      'a: [b: c]\n', // a pair in a flow sequence
      'a:\n  - x\n - y\n', // an indentation between
      '1: x\n', // a key that is a number
      '? a\n: b\n', // an explicit key
      '---\na: 1\n', // a document marker
      'kind: a #b\n  纪要\n', // a line after a comment ending a plain value
    ];
    for (const text of outside) {
      expect(readPlainly(text), text).toBe(false);
      expectSameReading(text);
    }
  });

  // ---- generated records ----------------------------------------------------------------------
  const KEYS = ['kind', '标题', 'title', '日期', '章节', '要点', '内容', '姓名', '职务', 'a', 'b c', '__proto__', 'constructor', '1', 'true', '~', '-k', 'k-1', 'x.y', '会议 名称', 'key#1', 'k:v', '\u3000标题', '标题\u3000'];
  const SCALARS = ['纪要', '镇信访工作会议纪要', '6月30日', '2024-01-01', '12:30', '1', '-2', '0o17', '0x1f', '1.50', '1e3', '.inf', '.nan', '~', 'null', 'true', 'False', 'yes',
    'a: b', 'a #b', 'a#b', '-a', '- a', '?x', ':x', 'a:', '[a]', '{a}', "'q'", '"q"', 'it\'s', '中文 文字', '&a', '*a', '!t', '|', '>', '%x', '@x', '`x', '一是,二是', 'x, y', 'A & B', '做好工作：', '通知\u3000', '通知\u00a0'];
  const scalar = fc.constantFrom(...SCALARS);
  const key = fc.constantFrom(...KEYS);
  const indent = (n: number) => ' '.repeat(n);

  type Tree = string | { seq: Tree[] } | { map: [string, Tree][] } | { flow: string } | { lines: string[] } | { quoted: string };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(scalar, { minLength: 2, maxLength: 3 }).map((lines) => ({ lines })),
      fc.array(fc.oneof(scalar, fc.constantFrom('{姓名: 张三, 职务: [镇长]}', '[]', '{}', '""', "'x'")), { maxLength: 3 }).map((xs) => ({ flow: `[${xs.join(', ')}]` })),
      fc.constantFrom('{姓名: 张三, 职务: 镇长}', '{a: [1, 2], b: {c: d}}', '{a: 1, a: 2}', '{}', '{ }', '[a, b,]', '[a, , b]').map((flow) => ({ flow })),
      scalar.map((s) => ({ quoted: s })),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((seq) => ({ seq })),
      fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((map) => ({ map })),
    ),
  })).node;

  /** A node after `lead` (a key and colon, or a dash) written at column `col`; what it holds goes at col + 2. */
  function emit(t: Tree, col: number, out: string[], lead: string, dash: boolean): void {
    if (typeof t === 'string') out.push(`${lead} ${t}`);
    else if ('flow' in t) out.push(`${lead} ${t.flow}`);
    else if ('quoted' in t) out.push(`${lead} ${t.quoted.includes('"') ? `'${t.quoted.replaceAll("'", "''")}'` : `"${t.quoted}"`}`);
    else if ('lines' in t) {
      out.push(`${lead} ${t.lines[0]}`);
      for (const l of t.lines.slice(1)) out.push(`${indent(col + 2)}${l}`);
    } else if ('map' in t) {
      // in a sequence, the first key on the dash's line (- 动词: 指出)
      t.map.forEach(([k, v], i) => emit(v, col + 2, out, i === 0 && dash ? `${lead} ${k}:` : i === 0 ? `${lead}\n${indent(col + 2)}${k}:` : `${indent(col + 2)}${k}:`, false));
    } else {
      out.push(lead);
      for (const v of t.seq) emit(v, col + 2, out, `${indent(col + 2)}-`, true);
    }
  }

  const record = fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 6 }).map((entries) => {
    const out: string[] = ['# 生成的记录'];
    for (const [k, v] of entries) emit(v, 0, out, `${k}:`, false);
    return out.join('\n') + '\n';
  });

  // (each property runs on new random cases every time; whether its generator reaches the plain reading
  // at all, not only its refusals, is counted on a fixed sample, so that the count cannot fail by chance)
  it('is the yaml reading on generated records', () => {
    fc.assert(
      fc.property(record, (text) => {
        expectSameReading(text);
      }),
      { numRuns: 100 },
    );
    const sample = fc.sample(record, { numRuns: 300, seed: 12 });
    expect(sample.filter(readPlainly).length).toBeGreaterThan(30);
  });

  it('is the yaml reading on mangled records: a character added, dropped or changed anywhere', () => {
    // the shorter examples and starters (a mangled text is mostly read twice by the yaml library, its mistakes salvaged)
    const texts = files.filter((f) => f.includes('examples') || f.includes('starters')).map((f) => decodeText(readFileSync(f)).text).filter((t) => t.length < 5000);
    const marks = [' ', '  ', '-', '- ', ':', ': ', '#', ' #', '\n', '\n  ', '[', ']', '{', '}', ',', '"', "'", '|', '>', '&', '*', '!', '?', '%', 'a', '中', '1', '.', '~'];
    const mangled = fc.tuple(fc.nat(texts.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...marks), fc.nat(2), fc.nat(3)).map(([which, where, mark, drop, edit]) => {
      const text = texts[which]!;
      const at = Math.floor(where * text.length);
      return edit === 0 ? text.slice(0, at) + text.slice(at + 1 + drop) : text.slice(0, at) + mark + text.slice(at + (edit === 1 ? 0 : drop));
    });
    fc.assert(
      fc.property(mangled, (text) => {
        expectSameReading(text, undefined, 25);
      }),
      { numRuns: 80 },
    );
    const sample = fc.sample(mangled, { numRuns: 300, seed: 12 });
    expect(sample.filter(readPlainly).length).toBeGreaterThan(30);
  });
});
