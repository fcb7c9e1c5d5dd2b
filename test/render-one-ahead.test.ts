// src/render.ts renderedInOrder, in one thread: a record is compiled while the one before it is being
// zipped (src/io/zip.ts zipEntriesAsync), one record ahead. Its outcome is still said in the order of the
// files: a record that fails between good ones is said in its place, and every file is written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';

const root = join(import.meta.dirname, '..');
const example = (name: string) => readFileSync(join(root, 'examples', `${name}.yaml`), 'utf8');

describe('render of a folder in one thread, one record ahead', () => {
  it('says each record in the order of the files, a failing one in its place', async () => {
    const names = ['a-minutes', 'b-broken', 'c-plan', 'd-broken', 'e-summary'];
    const dir = folderWith(
      {
        'records/a-minutes.yaml': example('minutes-town-petition'),
        'records/b-broken.yaml': 'kind: minutes\ntitle: [unclosed\n',
        'records/c-plan.yaml': example('plan-township'),
        'records/d-broken.yaml': 'kind: no-such-kind\n',
        'records/e-summary.yaml': example('summary-activity'),
      },
      { git: true },
    );
    const run = await runCli(['render', 'records', '--format', 'docx', '-o', 'out/', '--verbose'], dir, { GONGWEN_THREADS: '1', GONGWEN_LANG: 'en' });
    expect(run.code).toBe(1);
    // every record named on stderr, first in the order of the files
    const firstSaid = names.map((n) => run.stderr.indexOf(n));
    expect(firstSaid.every((at) => at >= 0)).toBe(true);
    expect([...firstSaid].sort((x, y) => x - y)).toEqual(firstSaid);
    for (const good of ['a-minutes', 'c-plan', 'e-summary']) expect(existsSync(join(dir, 'out', `${good}.docx`))).toBe(true);
    for (const bad of ['b-broken', 'd-broken']) expect(existsSync(join(dir, 'out', `${bad}.docx`))).toBe(false);
  });
});
