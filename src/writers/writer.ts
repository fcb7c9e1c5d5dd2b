/** What every writer of the document model is (the registry, ./registry.ts, lists them by format). */
import type { GongwenDocument } from '../model/document.js';
import type { FontProfileName } from '../layout/standard.js';

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
