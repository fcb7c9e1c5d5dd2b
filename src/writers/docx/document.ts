/**
 * word/document.xml (ECMA-376 Part 1 §17.2): the body's paragraphs and tables, then the section's
 * properties (§17.6): A4 (GB/T 9704 §5.2.1), the margins that place the 版心 (§5.2.2), the footers of odd
 * and even pages (§7.5) and a line grid of the body's pitch (22 lines a page, §5.2.3).
 */
import { FOOTER_DISTANCE_TWIP } from './footer.js';
import { DOCUMENT_NS_DECLARATIONS, FOOTER_REL_ID, MC_IGNORABLE } from './parts.js';
import { DOC_GRID, PAGE_TWIP, SPACING } from '../../layout/standard.js';
import { mmToTwip } from '../../layout/units.js';
import { XML_DECLARATION_STANDALONE } from './xml.js';

/** w:sectPr: page size and margins in twips, the footers by relationship id, the document grid. */
const SECTION_PROPERTIES =
  '<w:sectPr>' +
  `<w:footerReference w:type="default" r:id="${FOOTER_REL_ID.odd}"/><w:footerReference w:type="even" r:id="${FOOTER_REL_ID.even}"/>` +
  `<w:pgSz w:w="${PAGE_TWIP.width}" w:h="${PAGE_TWIP.height}" w:orient="portrait"/>` +
  `<w:pgMar w:top="${PAGE_TWIP.top}" w:right="${PAGE_TWIP.right}" w:bottom="${PAGE_TWIP.bottom}" w:left="${PAGE_TWIP.left}"` +
  ` w:header="${mmToTwip(SPACING.headerMm)}" w:footer="${FOOTER_DISTANCE_TWIP}" w:gutter="0"/>` +
  '<w:pgNumType/>' +
  `<w:docGrid w:type="${DOC_GRID.type}" w:linePitch="${DOC_GRID.linePitchTwip}"/>` +
  '</w:sectPr>';

/** word/document.xml of the body's paragraphs and tables (XML, in order). */
export function documentXml(body: string[]): string {
  return `${XML_DECLARATION_STANDALONE}<w:document${MC_IGNORABLE}${DOCUMENT_NS_DECLARATIONS}><w:body>${body.join('')}${SECTION_PROPERTIES}</w:body></w:document>`;
}
