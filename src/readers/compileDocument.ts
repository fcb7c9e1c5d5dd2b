/**
 * `render` of an existing document (DOCX, plain text, Markdown without front matter): read it,
 * recognise its parts, fix its punctuation — the same model a record compiles to, for the same writers.
 */
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { punctuateDocument } from '../model/punctuate.js';
import type { CompileOptions, CompileResult } from '../pipeline.js';
import { readDocumentFile } from './readDocument.js';
import type { KindName } from './structure.js';

export interface DocumentCompileOptions extends CompileOptions {
  simplified?: boolean;
  kind?: KindName;
}

export function compileDocumentFile(file: string, options: DocumentCompileOptions): CompileResult {
  const bag = new DiagnosticBag(file);
  const read = readDocumentFile(file, bag, { simplified: options.simplified, kind: options.kind });
  if (!read) return { diagnostics: bag.items };
  if (options.template) bag.warn('template-ignored', `--template ${options.template} applies to records; a document read from ${file} keeps its own structure`);
  const document = options.keepPunctuation ? read.document : punctuateDocument(read.document);
  return { document, diagnostics: bag.items };
}
