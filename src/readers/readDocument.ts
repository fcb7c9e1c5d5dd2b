/**
 * A document that is not a record — a DOCX, a plain text, a Markdown file without front matter —
 * read into the document model (../model/document.ts), for `render`, `check` and `import`.
 */
import { say } from '../diagnostics/messages/index.js';
import { closeSync, readFileSync } from 'node:fs';
import { openRegularFileSync } from '../io/openRegularFile.js';
import { binaryKind } from '../io/binaryKind.js';
export { isDocumentFile } from './isDocument.js';
import { WORD_EXTENSIONS } from './isDocument.js';
import { extname } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { decodeText } from '../io/decodeText.js';
import { DocxError, readDocx } from './docx/readDocx.js';
import type { RawBlock, RawDocument } from './raw.js';
import { recogniseDocument, type KindName, type Recognised } from './structure.js';
import { readMarkdownText, readPlainText } from './text.js';
import { looksTraditional, toSimplified } from '../zh/simplified.js';
import { XmlError } from './xml.js';
import { ZipError } from '../io/unzip.js';

/**
 * The bytes of a regular file no larger than MAX_DOCUMENT_BYTES, as records are read (src/io/openRegularFile.ts): a folder,
 * a FIFO (which would be waited on for ever), a device is said as what it is and not read.
 */
function readRegularFile(file: string, bag: DiagnosticBag): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    const opened = openRegularFileSync(file);
    fd = opened.fd;
    if (fd === undefined) {
      bag.error('not-a-file', opened.stats.isDirectory() ? say('document.not-a-file.folder') : say('document.not-a-file.not-regular'));
      return undefined;
    }
    const size = opened.stats.size;
    if (size > MAX_DOCUMENT_BYTES) {
      bag.error('too-large', say('document.too-large', { megabytes: Math.round(size / 1048576), limit: MAX_DOCUMENT_BYTES / 1048576 }));
      return undefined;
    }
    return new Uint8Array(readFileSync(fd));
  } catch (err) {
    bag.error('read-failed', say('document.read-failed', { reason: (err as Error).message }));
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether a file named as a Word document can be one: not when it is empty, or a PDF under the name (src/io/binaryKind.ts), each said as what it is rather than as a zip without its directory.
 */
function mayBeDocx(bytes: Uint8Array, bag: DiagnosticBag): boolean {
  if (bytes.byteLength === 0) {
    bag.error('unreadable-docx', say('document.empty-file'));
    return false;
  }
  // (an old Word file, .doc, is said by the zip reader: src/io/unzip.ts)
  if (binaryKind(bytes) === 'pdf') {
    bag.error('unreadable-docx', say('document.is-pdf'), { hint: say('document.is-pdf.hint') });
    return false;
  }
  return true;
}

/** Files larger than this are not read: a 公文 of 200 pages with pictures is a few MB. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export interface ReadDocumentOptions {
  kind?: KindName;
  /** --simplified: traditional characters converted to simplified ones. */
  simplified?: boolean;
}

export interface ReadDocumentResult extends Recognised {
  /** The DOCX as read (formatting, sections, footers), for `check`. */
  raw?: RawDocument;
  /** The text as read, for comparisons. */
  blocks: RawBlock[];
}

export function readDocumentFile(file: string, bag: DiagnosticBag, options: ReadDocumentOptions = {}): ReadDocumentResult | undefined {
  const bytes = readRegularFile(file, bag);
  if (!bytes) return undefined;
  const ext = extname(file).toLowerCase();
  if (WORD_EXTENSIONS.has(ext) && !mayBeDocx(bytes, bag)) return undefined;
  let raw: RawDocument | undefined;
  let blocks: RawBlock[];
  if (WORD_EXTENSIONS.has(ext)) {
    try {
      raw = readDocx(bytes, { where: file });
    } catch (err) {
      if (err instanceof ZipError || err instanceof XmlError) bag.error('unreadable-docx', err.where === file ? err.reason : err.text);
      else if (err instanceof DocxError) bag.error('unreadable-docx', say('docx.unreadable', { reason: err.reason }));
      else bag.error('unreadable-docx', say('docx.unreadable', { reason: (err as Error).message.replace(`${file}: `, '') }));
      return undefined;
    }
    blocks = raw.blocks;
    for (const n of raw.notes) bag.warn('read-placed', n);
  } else {
    const { text } = decodeText(bytes);
    blocks = ext === '.md' || ext === '.markdown' ? readMarkdownText(text) : readPlainText(text);
  }
  const allText = blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type === 'table' ? b.rows.flat().join('') : '')).join('\n');
  if (options.simplified) {
    blocks = blocks.map((b) =>
      b.type === 'paragraph'
        ? { ...b, text: toSimplified(b.text), runs: b.runs.map((r) => ({ ...r, text: toSimplified(r.text) })) }
        : b.type === 'table'
          ? { ...b, rows: b.rows.map((r) => r.map(toSimplified)) }
          : b,
    );
  } else if (looksTraditional(allText)) {
    bag.warn('traditional', say('document.traditional'), { hint: say('document.traditional.hint') });
  }
  const recognised = recogniseDocument(blocks, bag, { origin: file, kind: options.kind });
  if (!recognised.document.title.length && !recognised.document.body.length) {
    bag.error('empty-document', say('document.empty'));
    return undefined;
  }
  return { ...recognised, raw, blocks };
}
