/**
 * `gongwen render` of existing documents: a DOCX (gongwen's own, read back), a plain text, a
 * Markdown file without front matter — read into the model and laid out again.
 */
import { mkdtempSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocx } from '../src/check/checkDocx.js';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { compileFile } from '../src/pipeline.js';
import { punctuateDocument } from '../src/model/punctuate.js';
import { readDocumentFile } from '../src/readers/readDocument.js';
import { writeDocx } from '../src/writers/docx/index.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { runCli } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-render-doc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** The text a reader sees: Markdown's marks (#, **, ---, trailing double spaces) taken off, line by line. */
const textLines = (md: string) =>
  md
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').replace(/\*\*/g, '').replace(/\s+$/, ''))
    .filter((l) => l && l !== '---');

const run = (args: string[]) => runCli(args, dir);

describe('a DOCX gongwen wrote, read back', () => {
  const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml'));
  it.each(examples)('%s: the same text, in the same order, with the same parts', async (name) => {
    const record = await compileFile(join('examples', name));
    const file = join(dir, name.replace('.yaml', '.docx'));
    writeFileSync(file, await writeDocx(record.document!, { fontProfile: 'gb2312' }));
    const back = await compileFile(file);
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const a = record.document!;
    const b = back.document!;
    expect(textLines(writeMarkdown(b))).toEqual(textLines(writeMarkdown(a)));
    expect([b.title, b.subtitle, b.head, b.signature, b.notes, b.colophon, b.attachments.map((x) => [x.label, x.title])]).toEqual([
      a.title,
      a.subtitle,
      a.head,
      a.signature,
      a.notes,
      a.colophon,
      a.attachments.map((x) => [x.label, x.title]),
    ]);
  });
});

describe('gongwen render of documents', () => {
  it('renders a traditional plain text to Markdown with --simplified, punctuation fixed', async () => {
    const { code, stdout, stderr } = await run(['render', join(process.cwd(), 'test/fixtures/seeds/000-1-minutes.txt'), '--simplified']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = textLines(stdout);
    expect(lines[0]).toBe('镇信访工作会议纪要');
    expect(lines[1]).toMatch(/^6月30日晚，镇党委书记、镇长郭百高在三楼会议室主持召开了信访稳定工作专题会议。/);
    expect(lines).toContain('会议记录与整理：罗勋浩孙军');
  });

  it('hints at --simplified without it', async () => {
    const { code, stderr } = await run(['render', join(process.cwd(), 'test/fixtures/seeds/000-1-minutes.txt')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning\[traditional\]: the text is in traditional characters\n {2}hint: add --simplified/);
  });

  it('renders a Markdown file without front matter, and a .txt to a DOCX that passes check', async () => {
    writeFileSync(join(dir, 'note.md'), '# 关于做好信访工作的通知\n\n各村（社区）:\n\n为做好信访工作,现通知如下。\n\n## 一、提高认识\n\n各级要高度重视。\n');
    const md = await run(['render', 'note.md']);
    expect(md.code).toBe(0);
    expect(textLines(md.stdout)).toEqual(['关于做好信访工作的通知', '各村（社区）：', '为做好信访工作，现通知如下。', '一、提高认识', '各级要高度重视。']);
    const docx = await run(['render', join(process.cwd(), 'test/fixtures/seeds/004-3-plan.txt'), '--simplified', '-o', 'plan.docx']);
    expect(docx.code).toBe(0);
    const read = readDocumentFile(join(dir, 'plan.docx'), new DiagnosticBag());
    expect(read!.document.head).toEqual({ issuer: '山西省隰县民兵农建营', docNumber: '隰民农营发〔2012〕2号' });
    expect(checkDocx(read!.raw!, read!.document).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reformats a DOCX that fails check into one that passes, the text unchanged', async () => {
    // test/fixtures/word/pandoc: seed 004's 实施方案 as pandoc converts a text (Letter paper, Calibri, no page numbers)
    const old = resolve('test/fixtures/word/pandoc/004-3-plan.docx');
    const asIs = readDocumentFile(old, new DiagnosticBag())!;
    const rulesBefore = new Set(checkDocx(asIs.raw!, asIs.document).filter((f) => f.severity === 'error').map((f) => f.rule));
    const before = readDocumentFile(old, new DiagnosticBag(), { simplified: true })!;
    expect([...rulesBefore].sort()).toEqual(expect.arrayContaining(['body-font', 'margins', 'page-number', 'paper', 'title-font']));
    const { code } = await run(['render', old, '--simplified', '--format', 'docx', '-o', 'reformatted.docx']);
    expect(code).toBe(0);
    const after = readDocumentFile(join(dir, 'reformatted.docx'), new DiagnosticBag())!;
    expect(checkDocx(after.raw!, after.document).filter((f) => f.severity === 'error')).toEqual([]);
    const text = (d: typeof before) => textLines(writeMarkdown(punctuateDocument(d.document))).join('\n');
    expect(text(after)).toBe(text(before));
  });

  it('reports a DOCX that cannot be read with exit 1 and writes nothing', async () => {
    writeFileSync(join(dir, 'broken.docx'), 'not a zip');
    const { code, stderr } = await run(['render', 'broken.docx', '-o', 'out.docx']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.docx: error\[unreadable-docx\]: .*not a zip archive/);
    expect(readdirSync(dir)).not.toContain('out.docx');
  });
});
