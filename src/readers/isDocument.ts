import { openSync, readSync, closeSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * Whether a file is read as an existing document rather than as a record: .docx, .txt, or a
 * Markdown file without YAML front matter. Cheap: it reads at most the first 256 bytes.
 */
export function isDocumentFile(file: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.docx' || ext === '.txt' || ext === '.text') return true;
  if (ext !== '.md' && ext !== '.markdown') return false;
  try {
    const fd = openSync(file, 'r');
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, 256, 0);
    closeSync(fd);
    return !/^(\uFEFF)?\s*---[ \t]*\r?\n/.test(buf.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  }
}
