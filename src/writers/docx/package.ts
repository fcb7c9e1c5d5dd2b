/**
 * Post-processing of the package `docx` packs: fixed timestamps (core.xml and the zip entries), and the
 * few things the `docx` API cannot say (a footnote with no mark and no separator, for the 版记).
 * Everything here is deterministic: same input, same bytes.
 */
import { zipEntries } from '../../io/zip.js';
import { COLOPHON_FOOTNOTE_ID } from './build.js';
import { SPACING, type FontProfileName } from './standard.js';
import { ptToHalfPoint } from './units.js';
import { fontTableXml, stylesXml } from './styles.js';
import { APP_XML, CONTENT_TYPES_XML, CUSTOM_XML, DOCUMENT_RELS_XML, EMPTY_RELS_XML, ENDNOTES_XML, NUMBERING_XML, PACKAGE_RELS_XML, PART, SETTINGS_XML, coreXml } from './parts.js';
import { THEME_XML } from './theme.js';

/** The custom footnote mark of the 版记: U+200B ZERO WIDTH SPACE, invisible. */
export const COLOPHON_MARK = '\u200B';

export interface PackageOptions {
  /** Seconds since 1970 for core.xml and the zip entries' times. */
  dateEpoch: number;
  /** The font of the 版记's invisible anchor run (the body font), so that every run names its fonts. */
  anchorFont?: string;
  /** The font profile: word/styles.xml and word/fontTable.xml are written for it (./styles.ts). */
  fontProfile?: FontProfileName;
  /** The document's title, for docProps/core.xml. */
  title: string;
}

/** 2000-01-01T00:00:00Z: the default timestamp, never "now". */
export const DEFAULT_DATE_EPOCH = 946684800;

export { isoSeconds } from './parts.js';

/**
 * The zip format stores local date/time fields; fflate writes them from a Date's *local* fields.
 * A Date whose local fields are the UTC fields of the epoch makes the bytes independent of TZ.
 * DOS time cannot go below 1980.
 */
function zipDate(epoch: number): Date {
  const u = new Date(Math.max(epoch, 315532800) * 1000);
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds());
}

const ANCHOR_SZ = ptToHalfPoint(SPACING.anchorSizePt);

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The 版记 footnote: no reference mark in the text (customMarkFollows with no mark), none in the note,
 * and no separator line above the note area.
 */
function fixColophonFootnote(files: Map<string, string | Uint8Array>, anchorFont: string | undefined): void {
  const d = files.get('word/document.xml');
  const n = files.get('word/footnotes.xml');
  if (typeof d !== 'string' || typeof n !== 'string') return;
  const ref = `<w:footnoteReference w:id="${COLOPHON_FOOTNOTE_ID}"/>`;
  if (!d.includes(ref)) return;
  // The reference run: drop its superscript style, mark it custom, with a zero-width space for the
  // mark (an empty custom mark makes LibreOffice number the note).
  const font = anchorFont ? xmlAttr(anchorFont) : undefined;
  const rPr = font
    ? `<w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}" w:hint="eastAsia"/>` +
      `<w:sz w:val="${ANCHOR_SZ}"/><w:szCs w:val="${ANCHOR_SZ}"/></w:rPr>`
    : '';
  files.set(
    'word/document.xml',
    d.replace(
      new RegExp(`<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:footnoteReference w:id="${COLOPHON_FOOTNOTE_ID}"/></w:r>`),
      `<w:r>${rPr}<w:footnoteReference w:customMarkFollows="1" w:id="${COLOPHON_FOOTNOTE_ID}"/><w:t>${COLOPHON_MARK}</w:t></w:r>`,
    ),
  );
  // In the note: remove the runs that print the mark.
  let notes = n.replace(
    new RegExp(`(<w:footnote w:id="${COLOPHON_FOOTNOTE_ID}"[^>]*>)([\\s\\S]*?)(</w:footnote>)`),
    (_m, open: string, body: string, close: string) =>
      open + body.replace(/<w:r>(?:(?!<\/w:r>).)*?<w:footnoteRef\/>(?:(?!<\/w:r>).)*?<\/w:r>/g, '') + close,
  );
  // Separators: an empty paragraph of no height instead of the line.
  const empty =
    `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${SPACING.hairlineTwip}" w:lineRule="exact"/></w:pPr></w:p>`;
  notes = notes.replace(
    /(<w:footnote\b[^>]*w:type="(?:separator|continuationSeparator)"[^>]*>)[\s\S]*?(<\/w:footnote>)/g,
    `$1${empty}$2`,
  );
  files.set('word/footnotes.xml', notes);
}

/** word/styles.xml and word/fontTable.xml of a font profile: the same text for every document. */
const profileParts = new Map<FontProfileName, { styles: string; fontTable: string }>();
function partsOfProfile(profile: FontProfileName): { styles: string; fontTable: string } {
  let parts = profileParts.get(profile);
  if (!parts) profileParts.set(profile, (parts = { styles: stylesXml(profile), fontTable: fontTableXml(profile) }));
  return parts;
}

/**
 * A part's text as UTF-8. Most parts are the same text in every document of a process (the settings,
 * the footers, the numbering, the styles …): the bytes of the last text seen at a path are kept, and the
 * same object given again, so that ../../io/zip.ts compresses them once (it keeps the DEFLATE of the
 * bytes it is given again). The text is compared whole: a part that differs is encoded anew.
 */
const encoded = new Map<string, { text: string; bytes: Uint8Array }>();
function bytesOf(path: string, data: string | Uint8Array): Uint8Array {
  if (typeof data !== 'string') return data;
  const last = encoded.get(path);
  if (last && last.text === data) return last.bytes;
  const bytes = Buffer.from(data, 'utf8'); // TextEncoder's bytes, without its wrapper (a third of the time)
  encoded.set(path, { text: data, bytes });
  return bytes;
}

/** The parts that are the same text in every document (./parts.ts, ./theme.ts). */
const CONSTANT_PARTS: [string, string][] = [
  [PART.contentTypes, CONTENT_TYPES_XML],
  [PART.packageRels, PACKAGE_RELS_XML],
  [PART.documentRels, DOCUMENT_RELS_XML],
  [PART.app, APP_XML],
  [PART.custom, CUSTOM_XML],
  [PART.settings, SETTINGS_XML],
  [PART.numbering, NUMBERING_XML],
  [PART.endnotes, ENDNOTES_XML],
  [PART.theme, THEME_XML],
  [PART.footnotesRels, EMPTY_RELS_XML],
  [PART.endnotesRels, EMPTY_RELS_XML],
  [PART.fontTableRels, EMPTY_RELS_XML],
  [PART.footerOddRels, EMPTY_RELS_XML],
  [PART.footerEvenRels, EMPTY_RELS_XML],
];

/** The package's parts (as docx's compiler gives them, in its order) fixed and zipped, once. */
export function finishPackage(parts: Map<string, string | Uint8Array>, options: PackageOptions): Uint8Array {
  const files = new Map(parts);
  files.set(PART.core, coreXml(options.title, options.dateEpoch));
  for (const [path, text] of CONSTANT_PARTS) files.set(path, text);
  fixColophonFootnote(files, options.anchorFont);
  if (options.fontProfile) {
    // The styles (the body in Normal, a named style per element) and a font table with what lets
    // Word substitute a near face: written whole, the `docx` package cannot say them.
    const { styles, fontTable } = partsOfProfile(options.fontProfile);
    files.set('word/styles.xml', styles);
    files.set('word/fontTable.xml', fontTable);
  }
  const mtime = zipDate(options.dateEpoch);
  // the compiler's order, with [Content_Types].xml first.
  const names = [...files.keys()];
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  // zlib, not fflate: compiled DEFLATE costs under a millisecond where fflate's, run cold once, costs ~45 ms (src/io/zip.ts)
  return zipEntries(names.map((name) => ({ name, data: bytesOf(name, files.get(name)!) })), mtime, 6);
}
