/**
 * `render` of an existing document (DOCX, plain text, Markdown without front matter): read it,
 * recognise its parts, fix its punctuation — the same model a record compiles to, for the same writers.
 * The pipeline (src/pipeline.ts) calls this; readers never import the pipeline.
 */
import { say } from '../diagnostics/messages/index.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { GongwenDocument } from '../model/document.js';
import { punctuateDocument } from '../model/punctuate.js';
import { readDocumentFile } from './readDocument.js';
import type { KindName } from './structure.js';

export interface DocumentCompileOptions {
  /** --template: records only; a document keeps its own structure, and this is said. */
  template?: string;
  /** --keep-punctuation */
  keepPunctuation?: boolean;
  /** --simplified: traditional characters converted. */
  simplified?: boolean;
  kind?: KindName;
}

export interface DocumentCompileResult {
  document?: GongwenDocument;
  diagnostics: Diagnostic[];
}

export function compileDocumentFile(file: string, options: DocumentCompileOptions): DocumentCompileResult {
  const bag = new DiagnosticBag(file);
  const read = readDocumentFile(file, bag, { simplified: options.simplified, kind: options.kind });
  if (!read) return { diagnostics: bag.items };
  if (options.template) bag.warn('template-ignored', say('document.template-ignored', { template: options.template, file }));
  const document = options.keepPunctuation ? read.document : punctuateDocument(read.document);
  return { document, diagnostics: bag.items };
}
