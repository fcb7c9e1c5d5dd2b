/**
 * The writers, by format: what `render --format` accepts and what the pipeline (src/render.ts) calls.
 * Each entry loads its writer when a run asks for that format, so `gongwen --version` loads none.
 *
 * A writer turns the document model into text (for the terminal) or bytes (for a file); a writer
 * whose conversion is cheaper for many documents at once (PDF: LibreOffice starts once) also has
 * a batch step the pipeline runs after every document of the run is written.
 */
import type { GongwenDocument } from '../model/document.js';
import type { FontProfileName } from './docx/standard.js';

export interface WriteOptions {
  /** --font-profile: DOCX fonts 仿宋_GB2312 … (gb2312) or 仿宋 … (plain). */
  fontProfile: FontProfileName;
  /** The environment (SOURCE_DATE_EPOCH for reproducible files). */
  env: Record<string, string | undefined>;
}

/** One document of a batch: the name messages use (the record's path) and what `write` gave. */
export interface BatchItem {
  name: string;
  data: Uint8Array;
}

export type BatchOutcome = { data: Uint8Array } | { error: string };

export interface Writer {
  /** The --format name. */
  format: string;
  /** The file name extension of what it writes, without the dot. */
  extension: string;
  /** true: `write` gives text, which goes to standard output when no --output is given. */
  text: boolean;
  write(document: GongwenDocument, options: WriteOptions): Promise<string | Uint8Array>;
  /** What this machine lacks to write this format, said before any record is read (PDF: LibreOffice). */
  missing?(): string | undefined;
  /** Run once over every document `write` gave, in order (PDF: one LibreOffice run for all). */
  batch?(items: BatchItem[]): Promise<{ results: BatchOutcome[]; warnings: string[] }>;
}

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
