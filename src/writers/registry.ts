/**
 * The writers, by format: what `render --format` accepts and what the pipeline (src/render.ts) calls.
 * Each entry loads its writer when a run asks for that format, so `gongwen --version` loads none.
 *
 * A writer turns the document model into text (for the terminal) or bytes (for a file); a writer
 * whose conversion is cheaper for many documents at once (PDF: LibreOffice starts once) also has
 * a batch step the pipeline runs after every document of the run is written.
 */
import type { Writer } from './writer.js';

export type { Writer, WriteOptions, BatchItem, BatchOutcome } from './writer.js';

/** Add a writer here (one line) and `render --format <name>` accepts it. */
export const WRITERS = {
  md: () => import('./markdown/writeMarkdown.js').then((m) => m.markdownWriter),
  docx: () => import('./docx/index.js').then((m) => m.docxWriter),
  pdf: () => import('./pdf.js').then((m) => m.pdfWriter),
  html: () => import('./html/writeHtml.js').then((m) => m.htmlWriter),
} satisfies Record<string, () => Promise<Writer>>;

export type Format = keyof typeof WRITERS;
export const FORMATS = Object.keys(WRITERS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(WRITERS, name);
}

export function loadWriter(format: Format): Promise<Writer> {
  return WRITERS[format]();
}
