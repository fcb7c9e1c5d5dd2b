// The bundle carries each built-in template's front matter as the build read it (src/templates/precompiled.ts
// frontMatter), so that a command runs neither gray-matter nor the yaml parser for it. What a user must not notice:
// the bundle lists the templates as the sources do, and a built-in template whose front matter is edited where the
// package is installed is listed, and rendered, as edited.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { BUILTIN_TEMPLATE_DIR, listTemplates } from '../src/templates/catalog.js';
import { temporaryFolder } from './support/folder.js';
import { packageCopy } from './support/package-copy.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

describe("the built-in templates' front matter in the bundle", () => {
  it('is what the sources read, and an edited file is read as edited', { timeout: 60_000 }, async () => {
    const copy = packageCopy(temporaryFolder('gongwen-front-matter-'), { cache: false });
    const env = { ...process.env, GONGWEN_CODE_CACHE: '0', GONGWEN_LANG: 'en' };
    const list = async () => (await run(process.execPath, [join(copy, 'bin', 'gongwen.js'), 'templates', 'list'], { cwd: copy, env, encoding: 'utf8' })).stdout;

    // every built-in template listed with the name, kind and description the sources read from its file
    const listed = await list();
    const { templates } = listTemplates([]);
    expect(templates.length).toBeGreaterThan(4);
    for (const t of templates.filter((t) => t.path.startsWith(BUILTIN_TEMPLATE_DIR))) {
      expect(listed).toMatch(new RegExp(`^${t.name} +${t.kind} +builtin +${t.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    }

    // the 纪要's description and its requires edited in the installed copy: listed as edited, and a record without
    // the key it now requires is told so
    const minutes = join(copy, 'templates', 'minutes.hbs');
    const text = readFileSync(minutes, 'utf8');
    expect(text).toMatch(/^description: 会议纪要：/m);
    writeFileSync(minutes, text.replace(/^description: 会议纪要：/m, 'description: 本镇会议纪要：').replace(/^requires: \[/m, 'requires: [secretaryNote, '));
    expect(await list()).toMatch(/^minutes +minutes +builtin +本镇会议纪要：/m);
    const rendered = run(process.execPath, [join(copy, 'bin', 'gongwen.js'), 'render', join(root, 'examples', 'minutes-town-petition.yaml')], { cwd: copy, env, encoding: 'utf8' });
    await expect(rendered).rejects.toMatchObject({ stderr: expect.stringContaining('secretaryNote') });
  });
});
