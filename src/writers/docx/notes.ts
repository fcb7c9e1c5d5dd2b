/**
 * word/footnotes.xml (ECMA-376 Part 1 §17.11): the separators, and the footnote that carries the 版记
 * (GB/T 9704 §7.4) when it is set at the foot of the last page (./build.ts). That footnote has no
 * reference mark, in the text or in the note, and no separator line above the note area: its anchor
 * run is a custom mark (w:customMarkFollows) whose mark is a zero-width space, and the separators are
 * empty paragraphs of no height.
 */
import { MC_IGNORABLE, WORD_NS_DECLARATIONS, separatorNotes } from './parts.js';
import { SPACING } from '../../layout/standard.js';
import { ptToHalfPoint } from '../../layout/units.js';
import { rFontsXml } from './styles.js';
import { XML_DECLARATION_STANDALONE } from './xml.js';

/** The footnote id that carries the 版记. */
const COLOPHON_FOOTNOTE_ID = 1;

/** The custom footnote mark of the 版记: U+200B ZERO WIDTH SPACE, invisible (an empty custom mark makes LibreOffice number the note). */
const COLOPHON_MARK = '\u200B';

const ANCHOR_SZ = ptToHalfPoint(SPACING.anchorSizePt);

/**
 * The run in the text that refers to the 版记's footnote: in `font` (the body's, so that every run names
 * its fonts) at SPACING.anchorSizePt, with no superscript style, its mark the invisible COLOPHON_MARK.
 */
export function colophonAnchorRun(font: string): string {
  return (
    `<w:r><w:rPr>${rFontsXml(font)}` +
    `<w:sz w:val="${ANCHOR_SZ}"/><w:szCs w:val="${ANCHOR_SZ}"/></w:rPr>` +
    `<w:footnoteReference w:customMarkFollows="1" w:id="${COLOPHON_FOOTNOTE_ID}"/><w:t>${COLOPHON_MARK}</w:t></w:r>`
  );
}

/** Separators of no height: an empty paragraph one point (SPACING.hairlineTwip) high instead of the line. */
const HAIRLINE_SEPARATORS = (['separator', 'continuationSeparator'] as const)
  .map(
    (type, i) =>
      `<w:footnote w:type="${type}" w:id="${i - 1}"><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${SPACING.hairlineTwip}" w:lineRule="exact"/></w:pPr></w:p></w:footnote>`,
  )
  .join('');

const OPEN = `${XML_DECLARATION_STANDALONE}<w:footnotes${WORD_NS_DECLARATIONS}${MC_IGNORABLE}>`;

/** word/footnotes.xml with no footnote: Word's separators. The same in every such document. */
export const NO_FOOTNOTES_XML = `${OPEN}${separatorNotes('footnote')}</w:footnotes>`;

/** word/footnotes.xml holding the 版记's paragraphs (XML) as footnote COLOPHON_FOOTNOTE_ID. */
export function colophonFootnotesXml(colophon: string[]): string {
  return `${OPEN}${HAIRLINE_SEPARATORS}<w:footnote w:id="${COLOPHON_FOOTNOTE_ID}">${colophon.join('')}</w:footnote></w:footnotes>`;
}
