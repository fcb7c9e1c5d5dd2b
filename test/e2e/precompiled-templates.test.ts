// The built-in templates and partials are compiled when the bundle is built (src/templates/precompiled.ts,
// scripts/bundle.js), not by every command. What a user must not notice: the bundle's template output —
// the Markdown with the marks that say which template file and line wrote each line — is the very text
// the sources give by compiling the templates when they run; and a built-in template edited where the
// package is installed is used as edited.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFile } from '../../src/pipeline.js';
import { runNodeScript } from '../support/node-script.js';
import { packageCopy } from '../support/package-copy.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gongwen-precompiled-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort();
const run = promisify(execFile);

/**
 * Each example's template output as the bundle's pipeline gives it (in a child process, with the code cache the
 * build warmed: test/support/node-script.ts); asynchronous, so that the test compiles from the sources while the
 * child runs.
 */
async function bundledTemplateOutputs(): Promise<Record<string, string>> {
  const script = `
    const { loadCommand } = require(${JSON.stringify(join(root, 'dist', 'bundle', 'load-commands.js'))});
    const { compileFile } = loadCommand('pipeline');
    (async () => {
      const out = {};
      for (const name of ${JSON.stringify(examples)}) out[name] = (await compileFile(${JSON.stringify(join(root, 'examples'))} + '/' + name)).templateOutput;
      process.stdout.write(JSON.stringify(out));
    })();`;
  return JSON.parse(await runNodeScript(work, 'template-outputs.cjs', script, { cwd: root }));
}

// the two tests at once: the second's copy and binary are its own
describe.concurrent('built-in templates compiled ahead', () => {
  it('give the bundle the same template output, marks and all, as compiling them from the sources', { timeout: 60_000 }, async () => {
    // a computed block (a table gongwen builds) is written as `::: computed <n>`, n a handle into the
    // process's table of such blocks (src/model/computedBlocks.ts): it counts the blocks the process made
    const handles = (text: string | undefined) => text?.replace(/::: computed \d+/g, '::: computed <n>');
    const inChild = bundledTemplateOutputs();
    const fromSourcesOf: Record<string, string | undefined> = {};
    for (const name of examples) fromSourcesOf[name] = (await compileFile(join(root, 'examples', name), { cwd: root })).templateOutput;
    const bundled = await inChild;
    expect(Object.keys(bundled)).toEqual(examples);
    for (const name of examples) {
      const fromSources = fromSourcesOf[name];
      expect(fromSources, name).toBeTruthy();
      expect(handles(bundled[name]), name).toBe(handles(fromSources));
    }
    // the marks name the template files as they are installed: every file named is a real template file
    const named = new Set(Object.values(bundled).flatMap((t) => [...t.matchAll(/\u0001\d+,\d+,([^\u0002]*)\u0002/g)].map((m) => m[1]!)));
    expect(named.size).toBeGreaterThan(3);
    for (const file of named) expect(() => readFileSync(file), file).not.toThrow();
  });

  it('an edited built-in template is compiled from its new text', { timeout: 60_000 }, async () => {
    // the package with its code cache, as `npm run build` leaves it: a template is read from its file whatever the
    // cache holds (the cache is commands.cjs compiled; the template's text is not in it)
    const copy = packageCopy(join(work, 'package'));
    const render = async (example = 'minutes-town-petition.yaml') => (await run(process.execPath, [join(copy, 'bin', 'gongwen.js'), 'render', join(root, 'examples', example)], { encoding: 'utf8' })).stdout;
    const added = '本纪要经会议主持人审定后印发。';
    expect(await render()).not.toContain(added);
    const minutes = join(copy, 'templates', 'minutes.hbs');
    writeFileSync(minutes, `${readFileSync(minutes, 'utf8')}\n${added}\n`);
    expect(await render()).toContain(added);
    // a partial too (the 总结's sections are written by partials/section.hbs)
    const section = join(copy, 'templates', 'partials', 'section.hbs');
    const inPartial = '（此节经办公室核对）';
    expect(await render('summary-petitions-2009h1.yaml')).not.toContain(inPartial);
    writeFileSync(section, `${inPartial}\n\n${readFileSync(section, 'utf8')}`);
    expect(await render('summary-petitions-2009h1.yaml')).toContain(inPartial);
  });
});
