/**
 * 页码 (§7.5): "— 1 —", 4号 宋体, odd pages right and even pages left, one character in.
 */
import { Footer, PageNumber, TextRun } from 'docx';
import { FLUSH, type Flow } from './flow.js';
import { ELEMENTS, PAGE, PAGE_NUMBER_DASH, PAGE_NUMBER_INSET_TWIP, PAGE_TWIP, SPACING } from './standard.js';
import { mmToTwip, type Twip } from './units.js';

/**
 * Footer distance (from the bottom edge of the page to the bottom of the footer): the page number's
 * line (4号, exact 14 pt) is placed so that its dash's centre is 7 mm below the bottom of the 版心
 * (§7.5), the dash being SPACING.pageNumberDashBelowLineTopMm below the line's top.
 */
export const FOOTER_DISTANCE_TWIP: Twip =
  PAGE_TWIP.bottom - mmToTwip(PAGE.pageNumberBelowTextMm - SPACING.pageNumberDashBelowLineTopMm) - ELEMENTS.pageNumber.lineTwip;

export function pageNumberFooter(f: Flow, side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      f.paragraph('pageNumber', [
        new TextRun({ children: [`${PAGE_NUMBER_DASH} `, PageNumber.CURRENT, ` ${PAGE_NUMBER_DASH}`] }),
      ], {
        align: side === 'odd' ? undefined : 'left',
        indent: side === 'odd' ? { ...FLUSH, right: PAGE_NUMBER_INSET_TWIP } : { ...FLUSH, left: PAGE_NUMBER_INSET_TWIP },
      }),
    ],
  });
}
