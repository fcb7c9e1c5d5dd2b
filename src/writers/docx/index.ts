/**
 * The DOCX writer: GongwenDocument → DOCX bytes, laid out to GB/T 9704-2012 (see src/layout/standard.ts).
 *
 * Same input and options → byte-identical output: core.xml and zip entry times come from `dateEpoch`
 * (SOURCE_DATE_EPOCH when the caller passes it; 2000-01-01 by default, never "now").
 * Every part is written as XML text by the modules of this folder (./build.ts, ./package.ts), loaded
 * on the first call only.
 */
import type { GongwenDocument } from '../../model/document.js';
import type { Writer } from '../writer.js';
import type { FontProfileName } from '../../layout/standard.js';

export interface DocxOptions {
  /** 'gb2312': 仿宋_GB2312 / 楷体_GB2312 (default); 'plain': 仿宋 / 楷体. */
  fontProfile: FontProfileName;
  /** Seconds since 1970 for the document's created/modified dates and the zip entries. Default 2000-01-01. */
  dateEpoch?: number;
  /**
   * Where the 版记 goes: 'footnote' (default) sets it at the bottom of the 版心 of the last page;
   * 'flow' right after the text.
   */
  colophonPlacement?: 'footnote' | 'flow';
}

export type { FontProfileName } from '../../layout/standard.js';

export async function writeDocx(doc: GongwenDocument, options: DocxOptions): Promise<Uint8Array> {
  const [{ buildDocument }, { writePackage, DEFAULT_DATE_EPOCH }] = await Promise.all([import('./build.js'), import('./package.js')]);
  const title = doc.title.length > 0 ? doc.title.join('') : (doc.mark ?? '');
  const built = buildDocument(doc, { fontProfile: options.fontProfile, colophonPlacement: options.colophonPlacement ?? 'footnote' });
  return writePackage(built, { dateEpoch: options.dateEpoch ?? DEFAULT_DATE_EPOCH, fontProfile: options.fontProfile, title });
}

/**
 * The last second docProps/core.xml can date (9999-12-31T23:59:59Z): W3CDTF has four-digit years, and a
 * later epoch makes toISOString write "+010000-…" (or throw, past 8.64e12 s).
 */
const LAST_W3CDTF_EPOCH = 253402300799;

/** SOURCE_DATE_EPOCH from an environment, if set and valid: whole seconds since 1970, up to LAST_W3CDTF_EPOCH. */
export function sourceDateEpoch(env: Record<string, string | undefined> = process.env): number | undefined {
  const v = env.SOURCE_DATE_EPOCH?.trim();
  if (v === undefined || !/^\d+$/.test(v) || Number(v) > LAST_W3CDTF_EPOCH) return undefined;
  return Number(v);
}

/** `render --format docx` (src/writers/registry.ts). */
export const docxWriter: Writer = {
  format: 'docx',
  extension: 'docx',
  text: false,
  write: (document, options) => writeDocx(document, { fontProfile: options.fontProfile, dateEpoch: sourceDateEpoch(options.env) }),
};
