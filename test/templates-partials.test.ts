// Partials: an error inside one is said at the partial's own file, line and column (not at the line
// of the template that called it), and each partial is read and compiled once per process.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { compileFile } from '../src/pipeline.js';
import { loadPartials } from '../src/templates/catalog.js';
import { compiledPartial, compiledTemplate } from '../src/templates/compiledTemplates.js';
import { readMarks } from '../src/model/sourcePositions.js';

/** What a compiled template wrote, without the marks of its lines' origins. */
const text = (out: string) => readMarks(out).map((l) => l.text).join('\n');

const root = join(import.meta.dirname, '..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project folder with the speech example and its own partials (gongwen-templates/partials). */
function project(partials: Record<string, string>): { record: string; partialsDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-partials-'));
  dirs.push(dir);
  const partialsDir = join(dir, 'gongwen-templates', 'partials');
  mkdirSync(partialsDir, { recursive: true });
  for (const [name, text] of Object.entries(partials)) writeFileSync(join(partialsDir, `${name}.hbs`), text);
  const record = join(dir, 'speech.yaml');
  copyFileSync(join(root, 'examples/speech-petition-meeting.yaml'), record);
  return { record, partialsDir };
}

test('a helper failing inside a partial is reported at the partial, line and column', async () => {
  const { record, partialsDir } = project({ section: '{{#if title}}\n{{title}}\n\n{{/if}}\nx {{enumerate title}}\n' });
  const r = await compileFile(record, { cwd: partialsDir });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({
    code: 'template-error',
    file: join(partialsDir, 'section.hbs'),
    start: { line: 5, column: 3 },
    message: 'partial "section" (in template "speech"): {{enumerate}} needs a list, got text "关于我县信访工作的评价"',
  });
});

test('an error in a partial that another partial calls is said at the inner one', async () => {
  const { record, partialsDir } = project({
    section: '{{#if title}}\n{{title}}\n\n{{/if}}\n{{> point this}}\n',
    point: '\n\n  {{join title "、"}}\n',
  });
  const r = await compileFile(record, { cwd: partialsDir });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => [d.file, d.start?.line, d.start?.column])).toEqual([[join(partialsDir, 'point.hbs'), 3, 3]]);
});

test('a syntax error in a partial is said at the partial', async () => {
  const { record, partialsDir } = project({ section: '{{#if title}}\n{{title}\n{{/if}}\n' });
  const r = await compileFile(record, { cwd: partialsDir });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => [d.file, d.start?.line])).toEqual([[join(partialsDir, 'section.hbs'), 2]]);
  expect(errors[0]!.message).toContain('Handlebars syntax error');
});

test('partials are read and compiled once, anew when a file changes', () => {
  const { partialsDir } = project({ sig: '（{{organ}}）' });
  const first = loadPartials([join(partialsDir, '..')]).get('sig')!;
  const again = loadPartials([join(partialsDir, '..')]).get('sig')!;
  expect(again).toBe(first);
  expect(compiledPartial(again)).toBe(compiledPartial(first));
  expect(text(compiledPartial(first)({ organ: '镇政府' }))).toBe('（镇政府）');
  writeFileSync(join(partialsDir, 'sig.hbs'), '——{{organ}}');
  const edited = loadPartials([join(partialsDir, '..')]).get('sig')!;
  expect(edited.text).toBe('——{{organ}}');
  expect(text(compiledPartial(edited)({ organ: '镇政府' }))).toBe('——镇政府');
  // the built-in partials are there too, under the project's
  expect(loadPartials([join(partialsDir, '..')]).get('section')?.path).toBe(join(root, 'templates/partials/section.hbs'));
  expect(compiledTemplate('{{title}}')).toBe(compiledTemplate('{{title}}'));
});

test('a heading too deep and a block never closed, written by a partial, are said at the partial line', async () => {
  const { record, partialsDir } = project({
    section: '{{#if title}}\n##### {{title}}\n\n{{/if}}\n::: center\n{{#each paragraphs}}\n{{this}}\n\n{{/each}}\n',
  });
  const r = await compileFile(record, { cwd: partialsDir });
  const file = join(partialsDir, 'section.hbs');
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  expect(new Set(errors.map((d) => `${d.file}:${d.start?.line}:${d.start?.column} ${d.code}`))).toEqual(
    new Set([`${file}:2:1 too-deep`, `${file}:5:1 template-output`]),
  );
});

test('the blocks of a rendered document carry the template line that wrote them', async () => {
  const r = await compileFile(join(root, 'examples/speech-petition-meeting.yaml'), { cwd: root });
  const blocks = r.document!.body;
  const heading = blocks.find((b) => b.type === 'heading')!;
  expect(heading.position).toMatchObject({ file: join(root, 'templates/partials/section.hbs'), start: { line: 2 } });
  const salutation = blocks.find((b) => b.type === 'paragraph' && b.role === 'salutation')!;
  expect(salutation.position).toMatchObject({ file: join(root, 'templates/speech.hbs'), start: { line: 12, column: 1 } });
});
