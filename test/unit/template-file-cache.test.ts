// Template and partial files are read once a process (src/templates/catalog.ts) and anew when edited —
// also an edit that keeps the file's size and time: one character for another of as many bytes
// (张 for 李), saved within the clock's tick, or on a USB stick's FAT (2 s), or copied with its time.
import { describe, expect, it } from 'vitest';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPartials, loadTemplateFile } from '../../src/templates/catalog.js';
import { folderWith } from '../support/folder.js';

/** `text` written to `file` with the same time each save: the file's size and mtime do not tell the edit. */
function saveKeepingTime(file: string, text: string): void {
  writeFileSync(file, text);
  utimesSync(file, 1_700_000_000, 1_700_000_000);
}

describe('template files read once a process', () => {
  it('reads a template again when its text changes but its size and time do not', () => {
    const root = folderWith({});
    const file = join(root, 'plan.hbs');
    saveKeepingTime(file, '---\nname: 方案\n---\n张庄镇人民政府\n');
    expect(loadTemplateFile(file, 'file').template?.body).toBe('张庄镇人民政府\n');
    saveKeepingTime(file, '---\nname: 方案\n---\n李庄镇人民政府\n');
    expect(loadTemplateFile(file, 'file').template?.body).toBe('李庄镇人民政府\n');
  });

  it('reads a partial again when its text changes but its size and time do not', () => {
    const root = folderWith({});
    mkdirSync(join(root, 'partials'));
    const file = join(root, 'partials', 'sign.hbs');
    saveKeepingTime(file, '张庄镇人民政府');
    expect(loadPartials([root]).get('sign')?.text).toBe('张庄镇人民政府');
    saveKeepingTime(file, '李庄镇人民政府');
    expect(loadPartials([root]).get('sign')?.text).toBe('李庄镇人民政府');
  });
});
