/** A temporary folder holding the given files (paths with subfolders), removed when the test that made it ends. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * `git: true` puts a .git folder at the top, where a search for gongwen.config.yaml stops. Call it
 * inside a test: the folder is removed when that test ends (onTestFinished, which holds whether or not
 * the test file shares its worker with other files).
 */
export function folderWith(files: Record<string, string>, options: { prefix?: string; git?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), options.prefix ?? 'gongwen-test-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  if (options.git) mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** An empty temporary folder, removed when the test that made it ends (call it inside a test, as folderWith). */
export function temporaryFolder(prefix = 'gongwen-test-'): string {
  return folderWith({}, { prefix });
}
