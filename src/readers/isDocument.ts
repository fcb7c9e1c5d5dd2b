import { openSync, readSync, closeSync } from 'node:fs';
import { extname } from 'node:path';

/** WordprocessingML packages: documents, templates (.dotx) and macro-enabled ones (.docm, .dotm; macros are never run or read). */
export const WORD_EXTENSIONS = new Set(['.docx', '.dotx', '.docm', '.dotm']);

/**
 * Whether a file is read as an existing document rather than as a record: .docx (.dotx …), .txt, or a
 * Markdown file without YAML front matter. Cheap: it reads at most the first 256 bytes.
 */
export function isDocumentFile(file: string): boolean {
  const ext = extname(file).toLowerCase();
  if (WORD_EXTENSIONS.has(ext) || ext === '.txt' || ext === '.text') return true;
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
