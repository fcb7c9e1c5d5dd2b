/** A temporary folder holding the given files (paths with subfolders), removed after each test. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `git: true` puts a .git folder at the top, where a search for gongwen.config.yaml stops. */
export function folderWith(files: Record<string, string>, options: { prefix?: string; git?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), options.prefix ?? 'gongwen-test-'));
  made.push(root);
  if (options.git) mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
