/**
 * 页码 (§7.5): "— 1 —", 4号 宋体, odd pages right and even pages left, one character in.
 */
import { Footer, PageNumber, TextRun } from 'docx';
import { FLUSH, type Flow } from './flow.js';
import { ELEMENTS, PAGE, PAGE_NUMBER_DASH, PAGE_NUMBER_INSET_TWIP, PAGE_TWIP, SPACING, mmToTwip, type Twip } from './standard.js';

/**
 * Footer distance: the page number's line (4号, exact 14 pt) has its top 7 mm below the bottom of
 * the 版心 (§7.5), so its bottom is 35 − 7 − 4.94 mm above the bottom of the page; less 0.7 mm,
 * measured in LibreOffice 7.4 (the number's box top was 6.3 mm below the 版心 without it).
 */
export const FOOTER_DISTANCE_TWIP: Twip =
  PAGE_TWIP.bottom - mmToTwip(PAGE.pageNumberBelowTextMm) - ELEMENTS.pageNumber.lineTwip - mmToTwip(SPACING.pageNumberCalibrationMm);

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
