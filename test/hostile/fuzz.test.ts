// Issue "hostile input", Done when: property-based records with arbitrary Unicode text, keys and
// nesting, for every kind. Never a crash (exit 0 or 1); when a record renders, the document's
// structure is the template's and the DOCX is well-formed XML.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { compileFile } from '../../src/pipeline.js';
import type { Block, GongwenDocument } from '../../src/model/document.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { runCli } from '../support/cli.js';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/**
 * Each run's record is a new file: rewriting one file in place made ext4 start writing its data out
 * at every close (auto_da_alloc, for a file truncated and written again), 34 ms a run on this virtual
 * disk while other tests wrote, 9 s of the suite (a --cpu-prof of `vitest run`: writeFileUtf8).
 */
let runs = 0;
const newFile = (name: string) => join(dir, `${++runs}-${name}`);

/** One example per kind (and the narrative 纪要 form, the plan with 版头 and attachments). */
const EXAMPLES = ['minutes-town-petition.yaml', 'minutes-branch-committee.yaml', 'summary-petitions-2009h1.yaml', 'plan-militia-farm.yaml', 'speech-petition-meeting.yaml'];

/** Keys whose values are not free text: kept as the example has them. */
const NOT_TEXT = new Set(['kind', '类型', 'template', '模板', 'dateStyle', '日期格式', 'date', '日期', '时间', '成文日期', 'printDate', '印发日期', 'from', 'to', '起', '止', 'period', '时期', 'insert', '插入', 'style', '样式', 'registers', '台账', 'docNumber', '发文字号', 'status', 'sectionsLevel', '小节层级', 'runIn', '段首标题', 'numbered', '编号', 'thanks', '致谢']);

/** Text as people paste it and as attackers write it: any code point, Markdown and YAML markup, control characters. */
const text = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('#', '|', ':', '-', '\n', '\\', '{', '}', '.', ' ', '甲', '1', '*', '>', '`', '[', ']', '\u0007', '\u001b', '\ufffe', '\u3000'), minLength: 1, maxLength: 30 }),
  fc.constantFrom('::: attachment 附件\n:::', '\\pagebreak', '# 标题 {.run-in}', '| a | b |\n|---|---|', '---\ntitle: x\n---', '{{constructor}}', '{{> section}}', '__proto__'),
);

/** Every free-text string of a record, as a list of paths. */
function textPaths(v: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (typeof v === 'string') out.push(path);
  else if (Array.isArray(v)) v.forEach((x, i) => textPaths(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!NOT_TEXT.has(k)) textPaths(x, [...path, k], out);
  return out;
}

function setAt(v: any, path: Array<string | number>, value: unknown): void {
  for (const k of path.slice(0, -1)) v = v[k];
  v[path.at(-1)!] = value;
}

const shape = (doc: GongwenDocument) => {
  const blocks = (bs: Block[]) => bs.filter((b) => b.type === 'heading' || b.type === 'table' || b.type === 'pageBreak').map((b) => (b.type === 'heading' ? `h${b.level}:${b.number}` : b.type));
  return [...blocks(doc.body), `attachments:${doc.attachments.length}`, ...doc.attachments.flatMap((a) => blocks(a.body))];
};

/** What is wrong with one part's XML, or true. */
function xmlProblem(xml: string): string | true {
  const ok = XMLValidator.validate(xml);
  if (ok !== true) return JSON.stringify(ok);
  // XML 1.0 Char: no C0 controls but tab and line breaks, no U+FFFE/U+FFFF
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) return 'a character XML cannot hold';
  return true;
}

/**
 * xmlProblem of each text once: most parts of a DOCX (styles, fonts, settings, relationships …) are the same text in
 * every run, and validating them again was a tenth of this file's time (a --cpu-prof of it: 1.4 of 13 s). Every part
 * of every DOCX is still checked; a text seen before has the answer it had.
 */
const judged = new Map<string, string | true>();

const wellFormed = (docx: Uint8Array) => {
  const parts = unzipSync(docx);
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const xml = new TextDecoder().decode(bytes);
    let problem = judged.get(xml);
    if (problem === undefined) judged.set(xml, (problem = xmlProblem(xml)));
    if (problem !== true) return `${name}: ${problem}`;
  }
  return true;
};

describe.each(EXAMPLES)('%s with arbitrary text', (example) => {
  const record = parse(readFileSync(join(root, 'examples', example), 'utf8'));
  const paths = textPaths(record);
  let clean: GongwenDocument;

  test('never a crash; a record that renders keeps the template’s structure and gives well-formed DOCX XML', async () => {
    clean = (await compileFile(join(root, 'examples', example), { cwd: root })).document!;
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(paths.length - 1), text), { minLength: 1, maxLength: 8 }), async (changes) => {
        const copy = structuredClone(record);
        for (const [i, value] of changes) setAt(copy, paths[i]!, value);
        const file = newFile(example);
        writeFileSync(file, stringify(copy));
        const result = await compileFile(file, { cwd: root });
        if (!result.document || result.diagnostics.some((d) => d.severity === 'error')) return; // an invalid record is exit 1, by design
        rendered++;
        expect(shape(result.document)).toEqual(shape(clean));
        expect(wellFormed(await writeDocx(result.document, { fontProfile: 'gb2312' }))).toBe(true);
      }),
      { numRuns: 40, seed: 20261202, endOnFailure: true },
    );
    expect(rendered).toBeGreaterThan(0); // the property was checked on rendered documents, not only on rejected ones
  }, 60_000);
});

describe('arbitrary keys and nesting', () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(text, tie('value'), { maxKeys: 3 })),
  })).value;

  test('exit 0 or 1 through main, never a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('纪要', '总结', '实施方案', '讲话'), fc.dictionary(text, json, { maxKeys: 5 }), async (kind, extra) => {
        const file = newFile('any.yaml');
        writeFileSync(file, stringify({ 类型: kind, 标题: '标题', ...extra }));
        const r = await runCli(['render', file], dir);
        expect([0, 1]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
      }),
      { numRuns: 60, seed: 20261202, endOnFailure: true },
    );
  }, 60_000);
});
