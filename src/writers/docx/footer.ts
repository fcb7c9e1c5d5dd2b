/**
 * 页码 (§7.5): "— 1 —", 4号 宋体, odd pages right and even pages left, one character in. The two
 * footers (word/footer1.xml for odd pages, word/footer2.xml for even ones; ECMA-376 Part 1 §17.10) are
 * the same in every document: written once.
 */
import { FLUSH, paragraphXml } from './flow.js';
import { WORD_NS_DECLARATIONS } from './parts.js';
import { ELEMENTS, PAGE, PAGE_NUMBER_DASH, PAGE_NUMBER_INSET_TWIP, PAGE_TWIP, SPACING } from '../../layout/standard.js';
import { mmToTwip, type Twip } from '../../layout/units.js';
import { XML_DECLARATION } from './xml.js';

/**
 * Footer distance (from the bottom edge of the page to the bottom of the footer): the page number's
 * line (4号, exact 14 pt) is placed so that its dash's centre is 7 mm below the bottom of the 版心
 * (§7.5), the dash being SPACING.pageNumberDashBelowLineTopMm below the line's top.
 */
export const FOOTER_DISTANCE_TWIP: Twip =
  PAGE_TWIP.bottom - mmToTwip(PAGE.pageNumberBelowTextMm - SPACING.pageNumberDashBelowLineTopMm) - ELEMENTS.pageNumber.lineTwip;

/** "— ", the page's number (a PAGE field, §17.16, with no cached result), " —". */
const PAGE_NUMBER_RUNS =
  `<w:r><w:t xml:space="preserve">${PAGE_NUMBER_DASH} </w:t></w:r>` +
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
  `<w:r><w:t xml:space="preserve"> ${PAGE_NUMBER_DASH}</w:t></w:r>`;

function pageNumberFooterXml(side: 'odd' | 'even'): string {
  const p = paragraphXml('pageNumber', PAGE_NUMBER_RUNS, {
    align: side === 'odd' ? undefined : 'left',
    indent: side === 'odd' ? { ...FLUSH, right: PAGE_NUMBER_INSET_TWIP } : { ...FLUSH, left: PAGE_NUMBER_INSET_TWIP },
  });
  return `${XML_DECLARATION}<w:ftr${WORD_NS_DECLARATIONS}>${p}</w:ftr>`;
}

/** word/footer1.xml (odd pages, and the default) and word/footer2.xml (even pages). */
export const FOOTER_XML = { odd: pageNumberFooterXml('odd'), even: pageNumberFooterXml('even') } as const;
