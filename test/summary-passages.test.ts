// The wording of a 总结's statistics sentence and dispute lead lives in partials
// (templates/partials/summary-petitions.hbs, summary-disputes.hbs): every form of the sentence, and an
// office's own copy in gongwen-templates/partials rewording it.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { petitionsPassageValues } from '../src/compile/summaryPassages.js';
import { compileFile } from '../src/pipeline.js';
import { oneParagraph, renderPassage } from '../src/templates/renderPassage.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';

const root = join(import.meta.dirname, '..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const sentence = (p: Parameters<typeof petitionsPassageValues>[0], rate?: string) => {
  const bag = new DiagnosticBag();
  const out = oneParagraph(renderPassage('summary-petitions', petitionsPassageValues(p, '路居镇', '2009年上半年', rate), bag));
  expect(bag.items).toEqual([]);
  return out;
};

test('the statistics sentence in each of its forms', () => {
  expect(sentence({ letters: 5, visits: 6, accepted: 11, handled: 11 }, '100%')).toBe('路居镇2009年上半年受理群众来信来访11件（其中来信5件，来访6件），办理11件，办结率100%');
  expect(sentence({ letters: 5, visits: 6, accepted: 11, closed: 10 }, '90.9%')).toBe('路居镇2009年上半年受理群众来信来访11件（其中来信5件，来访6件），办结10件，办结率90.9%');
  expect(sentence({ visits: 9, accepted: 9 })).toBe('路居镇2009年上半年受理群众来访9件');
  expect(sentence({ accepted: 12, handled: 12 })).toBe('路居镇2009年上半年受理群众来信来访12件，办理12件');
  expect(sentence({ letters: 312, visits: 486, online: 1105, accepted: 1903, handled: 1903, closed: 1900 }, '99.8%')).toBe(
    // fewer closed than handled: 办结 is said, so the rate has its count beside it
    '路居镇2009年上半年受理群众来信、来访、网上信访1903件（其中来信312件，来访486件，网上信访1105件），办理1903件，办结1900件，办结率99.8%',
  );
  expect(sentence({ online: 5, phone: 0, accepted: 5, closed: 3 })).toBe('路居镇2009年上半年受理群众网上信访5件，办结3件');
  expect(sentence({ letters: 5, visits: 6, accepted: 11, handled: 11, closed: 9 }, '81.8%')).toBe('路居镇2009年上半年受理群众来信来访11件（其中来信5件，来访6件），办理11件，办结9件，办结率81.8%');
});

/** The 2009 half-year summary in a folder of its own, with the office's own partials. */
function project(partials: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-passages-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'gongwen-templates', 'partials'), { recursive: true });
  for (const [name, text] of Object.entries(partials)) writeFileSync(join(dir, 'gongwen-templates', 'partials', `${name}.hbs`), text);
  copyFileSync(join(root, 'examples/summary-petitions-2009h1.yaml'), join(dir, 'summary.yaml'));
  return dir;
}

test("an office's own partial rewords the passage; the built-in one is used elsewhere", async () => {
  const dir = project({ 'summary-disputes': '{{span}}共排查矛盾纠纷{{found}}件，\n  已化解{{resolved}}件。\n{{#if cases}}具体如下：{{/if}}\n' });
  const own = await compileFile(join(dir, 'summary.yaml'), { cwd: dir });
  expect(own.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const md = writeMarkdown(own.document!);
  expect(md).toMatch(/2009年1月至6月共排查矛盾纠纷\d+件，已化解\d+件。具体如下：/u);
  const builtIn = writeMarkdown((await compileFile(join(root, 'examples/summary-petitions-2009h1.yaml'), { cwd: root })).document!);
  expect(builtIn).toMatch(/排查\d+件社会矛盾，化解\d+件/u);
  expect(builtIn).not.toContain('具体如下');
});

test('a mistake in a passage partial is said at its file and line', async () => {
  const dir = project({ 'summary-petitions': '{{organ}}\n\n受理{{enumerate accepted}}件\n' });
  const r = await compileFile(join(dir, 'summary.yaml'), { cwd: dir });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => [d.code, d.file, d.start?.line, d.start?.column])).toEqual([
    ['template-error', join(dir, 'gongwen-templates', 'partials', 'summary-petitions.hbs'), 3, 3],
  ]);
});

test("an office's own wording of a case: one sentence a line, a line beginning with ， continues the one before", async () => {
  const dir = project({ 'summary-dispute-case': '{{opening}}\n\n  ，已妥善处理\n{{#each steps}}{{when}}{{/each}}\n' });
  const r = await compileFile(join(dir, 'summary.yaml'), { cwd: dir });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const cases = writeMarkdown(r.document!).split('\n').filter((l) => /^\d+\./u.test(l));
  expect(cases.length).toBeGreaterThan(1);
  for (const c of cases) expect(c).toMatch(/^\d+\.[^。]+，已妥善处理。/u);
});
