// Every template, partial and passage — built-in or an office's own — runs in one Handlebars
// environment with gongwen's helpers and nothing of gongwen's insides (src/templates/compiledTemplates.ts):
// a helper a template may call, a reworded passage may call too; neither reaches a prototype.
import { expect, test } from 'vitest';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderWith } from './support/folder.js';
import { runCli } from './support/cli.js';

const EXAMPLE = new URL('../examples/summary-petitions-2009h1.yaml', import.meta.url);

/** A folder with the 2009 petitions summary and an office's own wording of its statistics sentence. */
function withPassage(text: string): string {
  const dir = folderWith({}, { git: true });
  copyFileSync(EXAMPLE, join(dir, 'summary.yaml'));
  mkdirSync(join(dir, 'gongwen-templates', 'partials'), { recursive: true });
  writeFileSync(join(dir, 'gongwen-templates', 'partials', 'summary-petitions.hbs'), text);
  return dir;
}

test("an office's passage calls gongwen's helpers as a template does", async () => {
  const dir = withPassage('{{organ}}{{period}}共受理{{cn accepted}}件，{{#if (given handled)}}办理{{cn handled}}件{{/if}}');
  const run = await runCli(['render', 'summary.yaml', '-o', '-'], dir);
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('路居镇2009年上半年共受理十一件，办理十一件。');
});

test("an office's passage writes its values as they are and sees nothing of a value's prototype", async () => {
  const dir = withPassage('{{organ}}*{{period}}*{{constructor}}{{organ.constructor}}{{lookup organ "constructor"}}{{organ.__proto__}}{{#with organ}}{{toString}}{{valueOf}}{{/with}}受理{{accepted}}件');
  const run = await runCli(['render', 'summary.yaml', '-o', '-'], dir);
  const sentence = run.stdout.split('\n').find((l) => l.includes('受理11件'));
  // the passage is text of a paragraph: its * are text, written by the template as record text is (escaped)
  expect(sentence).toContain('路居镇\\*2009年上半年\\*受理11件');
  expect(run.stdout).not.toMatch(/function|native code|\[object/);
});

test("a helper gongwen does not have, named in an office's passage, is said at the passage's file", async () => {
  const dir = withPassage('{{organ}}{{numeral accepted}}件');
  const run = await runCli(['render', 'summary.yaml', '-o', '-'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('summary-petitions.hbs');
  expect(run.stderr).toMatch(/numeral/);
});
