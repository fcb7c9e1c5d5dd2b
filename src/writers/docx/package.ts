/**
 * The package (ECMA-376 Part 2): every part of a DOCX as UTF-8, zipped in one order, with fixed times
 * (the zip entries' and docProps/core.xml's, from `dateEpoch`). Same input, same bytes.
 */
import { crc32, deflateBody, knownDeflate, zipEntries, type ZipEntry } from '../../io/zip.js';
import type { BuiltDocument } from './build.js';
import { FOOTER_XML } from './footer.js';
import { NO_FOOTNOTES_XML } from './notes.js';
import {
  APP_XML,
  CONTENT_TYPES_XML,
  CUSTOM_XML,
  DOCUMENT_RELS_XML,
  EMPTY_RELS_XML,
  ENDNOTES_XML,
  NUMBERING_XML,
  PACKAGE_RELS_XML,
  PART,
  SETTINGS_XML,
  coreXml,
  type PartName,
} from './parts.js';
import { FONT_PROFILES, type FontProfileName } from '../../layout/standard.js';
import { PRECOMPRESSED } from './precompressed.js';
import { fontTableXml, stylesXml } from './styles.js';
import { THEME_XML } from './theme.js';

export interface PackageOptions {
  /** Seconds since 1970 for core.xml and the zip entries' times. */
  dateEpoch: number;
  /** The font profile: word/styles.xml and word/fontTable.xml are written for it (./styles.ts). */
  fontProfile: FontProfileName;
  /** The document's title, for docProps/core.xml (left out when empty). */
  title: string;
}

/** 2000-01-01T00:00:00Z: the default timestamp, never "now". */
export const DEFAULT_DATE_EPOCH = 946684800;

/**
 * The zip format stores local date/time fields; zipEntries (../../io/zip.ts) writes them from a Date's
 * *local* fields. A Date whose local fields are the UTC fields of the epoch makes the bytes independent of TZ.
 * DOS time cannot go below 1980.
 */
function zipDate(epoch: number): Date {
  const u = new Date(Math.max(epoch, 315532800) * 1000);
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds());
}


const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8'); // TextEncoder's bytes, without its wrapper

/** zlib's level for the parts every DOCX shares (its default): they are compressed once, when the bundle is built (./precompressed.ts). */
const LEVEL = 6;

/**
 * zlib's level for a document's own parts (word/document.xml, docProps/core.xml, a 版记's footnotes.xml),
 * compressed for every document. In a batch their DEFLATE was the largest single step of a record once
 * warm (8% of records 30–100, `--cpu-prof`, twelfth session's bench batch). The ten example documents' own parts, 100
 * times over in one process (thirteenth session, medians of 15 rounds, loaded machine): level 6 155 ms,
 * 3 113 ms, 2 100 ms, 1 107 ms; their DEFLATE 457,860 bytes at 6, 475,820 at 3, 483,360 at 2, 489,160 at 1, which
 * makes each DOCX 0.6–3.1% larger at level 2 (the most for the 实施方案, whose document.xml is 35 KB): the
 * bench's 100 DOCX 1,518,120 → 1,544,180 bytes (+1.7%), their 2,100 parts the same bytes once inflated.
 * Every part inflates to the same bytes at any level (test/batch-deflate.test.ts); a reader inflates any
 * level alike (the level is the compressor's effort, not a format).
 */
const OWN_LEVEL = 2;

/**
 * Bytes of a part every DOCX shares, with the DEFLATE the build made of them when it is of these very
 * bytes (./precompressed.ts; from the sources there is none, and src/io/zip.ts compresses them once a
 * process).
 */
function shared(key: string, text: string): Uint8Array {
  const bytes = utf8(text);
  const made = Object.hasOwn(PRECOMPRESSED, key) ? PRECOMPRESSED[key] : undefined;
  if (made && made.level === LEVEL && made.length === bytes.length && made.crc === crc32(bytes)) knownDeflate(bytes, LEVEL, Buffer.from(made.body, 'base64'), made.crc);
  return bytes;
}

/**
 * The parts that are the same bytes in every DOCX, encoded once: ../../io/zip.ts keeps the DEFLATE of
 * a bytes object it is given again, so they are compressed once a process, or never (./precompressed.ts).
 */
const EMPTY_RELS_BYTES = shared('emptyRels', EMPTY_RELS_XML);
const CONSTANT_BYTES: Record<Exclude<PartName, 'document' | 'footnotes' | 'core' | 'styles' | 'fontTable'>, Uint8Array> = {
  contentTypes: shared('contentTypes', CONTENT_TYPES_XML),
  packageRels: shared('packageRels', PACKAGE_RELS_XML),
  documentRels: shared('documentRels', DOCUMENT_RELS_XML),
  app: shared('app', APP_XML),
  custom: shared('custom', CUSTOM_XML),
  settings: shared('settings', SETTINGS_XML),
  numbering: shared('numbering', NUMBERING_XML),
  endnotes: shared('endnotes', ENDNOTES_XML),
  theme: shared('theme', THEME_XML),
  footerOdd: shared('footerOdd', FOOTER_XML.odd),
  footerEven: shared('footerEven', FOOTER_XML.even),
  footnotesRels: EMPTY_RELS_BYTES,
  endnotesRels: EMPTY_RELS_BYTES,
  fontTableRels: EMPTY_RELS_BYTES,
  footerOddRels: EMPTY_RELS_BYTES,
  footerEvenRels: EMPTY_RELS_BYTES,
};
const NO_FOOTNOTES_BYTES = shared('noFootnotes', NO_FOOTNOTES_XML);

/** word/styles.xml and word/fontTable.xml of a font profile: the same for every document, encoded once. */
const profileBytes = new Map<FontProfileName, { styles: Uint8Array; fontTable: Uint8Array }>();
function bytesOfProfile(profile: FontProfileName): { styles: Uint8Array; fontTable: Uint8Array } {
  let parts = profileBytes.get(profile);
  if (!parts) profileBytes.set(profile, (parts = { styles: shared(`styles:${profile}`, stylesXml(profile)), fontTable: shared(`fontTable:${profile}`, fontTableXml(profile)) }));
  return parts;
}

/**
 * Every part every DOCX shares, by its key in ./precompressed.ts, with its CRC-32, the level they are
 * compressed at and the body zipEntries would store at that level: what scripts/bundle.js puts in the
 * bundle's table when it builds it.
 */
export function constantParts(): { level: number; parts: Record<string, { bytes: Uint8Array; crc: number; body: Uint8Array }> } {
  const byKey: Record<string, Uint8Array> = { emptyRels: EMPTY_RELS_BYTES, noFootnotes: NO_FOOTNOTES_BYTES };
  for (const [name, bytes] of Object.entries(CONSTANT_BYTES)) if (bytes !== EMPTY_RELS_BYTES) byKey[name] = bytes;
  for (const profile of Object.keys(FONT_PROFILES) as FontProfileName[]) {
    const { styles, fontTable } = bytesOfProfile(profile);
    byKey[`styles:${profile}`] = styles;
    byKey[`fontTable:${profile}`] = fontTable;
  }
  return { level: LEVEL, parts: Object.fromEntries(Object.entries(byKey).map(([key, bytes]) => [key, { bytes, crc: crc32(bytes), body: deflateBody(bytes, LEVEL) }])) };
}

/** The DOCX of a document's own parts (./build.ts) and the parts every document shares, zipped once. */
export function writePackage(built: BuiltDocument, options: PackageOptions): Uint8Array {
  const profile = bytesOfProfile(options.fontProfile);
  const bytes: Record<PartName, Uint8Array> = {
    ...CONSTANT_BYTES,
    document: utf8(built.document),
    footnotes: built.footnotes === NO_FOOTNOTES_XML ? NO_FOOTNOTES_BYTES : utf8(built.footnotes),
    core: utf8(coreXml(options.title, options.dateEpoch)),
    styles: profile.styles,
    fontTable: profile.fontTable,
  };
  const own = (name: PartName) => name === 'document' || name === 'core' || (name === 'footnotes' && bytes.footnotes !== NO_FOOTNOTES_BYTES);
  const entries = (Object.keys(PART) as PartName[]).map((name): ZipEntry => (own(name) ? { name: PART[name], data: bytes[name], level: OWN_LEVEL } : { name: PART[name], data: bytes[name] }));
  // zlib, not fflate: compiled DEFLATE costs under a millisecond where fflate's, run cold once, costs ~45 ms (src/io/zip.ts)
  return zipEntries(entries, zipDate(options.dateEpoch), LEVEL);
}
