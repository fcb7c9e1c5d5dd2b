// Issue "hostile input", class 3: text from a record can never change the document's structure.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { compileFile } from '../../src/pipeline.js';
import type { Block, GongwenDocument } from '../../src/model/document.js';
import { writeMarkdown } from '../../src/writers/markdown/writeMarkdown.js';
import { runCli } from '../support/cli.js';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-text-'));
cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every line a Markdown reader would take as structure, appended to a text. */
const STRUCTURE = '\n# 假标题 {.unnumbered}\n## 假二级\n| 甲 | 乙 |\n| --- | --- |\n::: attachment 假附件\n:::\n::: center\n\\pagebreak\n- 列表\n1. 编号\n---\n> 引用';

/** Keys whose values are not free text (dates, names of things, numbers written as text). */
const NOT_TEXT = new Set(['kind', '类型', '文种', 'template', '模板', 'dateStyle', '日期格式', 'date', '日期', '时间', '会议时间', 'from', 'to', '起', '止', '开始', '结束', '成文日期', 'printDate', '印发日期', 'period', '时期', '期间', 'insert', '插入', 'style', '样式', 'registers', '台账', 'docNumber', '发文字号', 'status', '化解状态', 'year', '年份', 'number', '序号', 'sectionsLevel', '小节层级', 'time', '时段']);

function poison(v: unknown, key = ''): unknown {
  if (typeof v === 'string') return NOT_TEXT.has(key) ? v : v + STRUCTURE;
  if (Array.isArray(v)) return v.map((x) => poison(x, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, NOT_TEXT.has(k) ? x : poison(x, k)]));
  return v;
}

/** The document's structure with the text taken out: block kinds, heading levels and numbers. */
function shape(doc: GongwenDocument): string[] {
  const blocks = (bs: Block[]) =>
    bs.filter((b) => b.type !== 'paragraph' && b.type !== 'labeled').map((b) => (b.type === 'heading' ? `h${b.level}:${b.number}` : b.type === 'table' ? `table:${b.rows.length}x${b.header.length}` : b.type));
  return [...blocks(doc.body), `attachments:${doc.attachments.length}`, ...doc.attachments.flatMap((a) => blocks(a.body))];
}

/** Lines a CommonMark reader takes as structure in gongwen's Markdown output. */
const STRUCTURE_LINE = /^(#{1,6}\s|\||:::|[-+*]\s|\d+[.)]\s|>|---)/;
const markdownShape = (md: string) => md.split('\n').flatMap((l) => STRUCTURE_LINE.exec(l)?.[1]?.trim() ?? []);

const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml'));

describe('structure lines in every text of every example stay text', () => {
  for (const name of examples) {
    test(name, async () => {
      const clean = await compileFile(join(root, 'examples', name), { cwd: root });
      expect(clean.document, name).toBeDefined();
      const record = parse(readFileSync(join(root, 'examples', name), 'utf8'));
      // written beside a copy of the examples (their registers are relative to them), never into examples/
      const file = join(dir, 'examples', `poisoned-${name}`);
      writeFileSync(file, stringify(poison(record)));
      try {
        const result = await compileFile(file, { cwd: dir });
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        expect(errors, JSON.stringify(errors.slice(0, 3))).toEqual([]);
        expect(shape(result.document!)).toEqual(shape(clean.document!));
        expect(markdownShape(writeMarkdown(result.document!))).toEqual(markdownShape(writeMarkdown(clean.document!)));
        // the text is all there, as text
        const text = JSON.stringify(result.document);
        expect(text).toContain('假标题 {.unnumbered}');
        expect(text).toContain('\\\\pagebreak');
      } finally {
        rmSync(file, { force: true });
      }
    });
  }
});

describe('a Markdown record keeps its own structure, and its mistakes are at its own lines', () => {
  test('headings of the body are numbered with the template’s; a fifth level is an error at the record’s line', async () => {
    const file = join(dir, '总结.md');
    writeFileSync(file, '---\n类型: 总结\n标题: 某镇2024年工作总结\n单位: 某镇\n---\n\n# 主要工作\n\n正文一。\n\n## 具体做法\n\n正文二。\n\n##### 太深的标题\n');
    const r = await runCli(['render', file], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('总结.md:15:1: error[too-deep]: a heading of level 5');
    expect(r.stderr).not.toContain('templates/summary.hbs');
    writeFileSync(file, '---\n类型: 总结\n标题: 某镇2024年工作总结\n单位: 某镇\n---\n\n# 主要工作\n\n正文一。\n\n## 具体做法\n\n正文二。\n');
    const ok = await runCli(['render', file], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('## 一、主要工作');
    expect(ok.stdout).toContain('### （一）具体做法');
  });
});
