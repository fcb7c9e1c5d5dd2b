/**
 * 版头 (GB/T 9704 §7.2), the 纪要标志 (§10.3) and the title (§7.3.1).
 */
import type { GongwenDocument } from '../../model/document.js';
import { FLUSH, type BorderLine, type Flow } from './flow.js';
import { BODY_CHAR_ADVANCE_TWIP, COLOR, ELEMENTS, LINE_PITCH_TWIP, PAGE, PAGE_TWIP, RED_RULE_SPACE_PT, RULES, SPACING, type ElementStyle } from '../../layout/standard.js';
import { textWidthChars } from './textWidth.js';
import { mmToTwip, ptToTwip, twipToPt, type Twip } from '../../layout/units.js';

/**
 * Exact line height of the 发文机关标志 / 纪要标志: at least 1.25 × its size, and such that the space
 * before it plus its line is a whole number of line pitches (the following lines stay on the grid).
 */
export function issuerLineTwip(sizePt: number, beforeTwip: Twip = 0): Twip {
  const natural = ptToTwip(Math.ceil(sizePt * SPACING.issuerLineFactor));
  return Math.ceil((beforeTwip + natural) / LINE_PITCH_TWIP) * LINE_PITCH_TWIP - beforeTwip;
}

/** 份号, 密级, 紧急程度, the 发文机关标志 (or 纪要标志), 发文字号 / 签发人 and the red rule. */
export function addHead(f: Flow, doc: GongwenDocument): void {
  const head = doc.head;
  let linesAbove = 0;
  for (const key of ['copyNumber', 'secrecy', 'urgency'] as const) {
    const text = head?.[key];
    if (text) {
      f.simple(key, text);
      linesAbove++;
    }
  }
  const markText = head?.issuer ?? doc.mark;
  if (markText) {
    const style = head?.issuer ? 'issuer' : 'mark';
    const el = ELEMENTS[style];
    // The 标志 must fit the 版心 on one line: shrink the size for a long name (to half points), but
    // not below 1 pt, the smallest size Word sets (a name of some 900 characters would make it 0).
    const fitPt = Math.max(1, Math.floor((twipToPt(PAGE_TWIP.textWidth) / Math.max(1, textWidthChars(markText))) * 2) / 2);
    const sized: ElementStyle = { ...el, sizePt: Math.min(el.sizePt, fitPt) };
    // Its top 35 mm below the top of the 版心 (§7.2.4, §10.3): the top of its line is put there
    // (measured in LibreOffice: the glyphs' top lands 0.6 mm lower). Its line is made as tall as
    // brings its bottom onto the line grid, so that the lines after it keep the 28.95 pt grid of
    // the rest of the document.
    const before = Math.max(0, mmToTwip(PAGE.issuerTopMm) - linesAbove * LINE_PITCH_TWIP);
    const lineTwip = issuerLineTwip(sized.sizePt, before);
    f.pushPara((brk) =>
      f.paragraph(style, f.runs.runs(markText, sized, el), { beforeTwip: before, lineTwip, pageBreakBefore: brk || undefined }),
    );
  }
  if (head?.issuer && (head.docNumber || head.signer)) {
    // 发文字号 "下空二行" below the 标志 (§7.2.5): two empty lines; the red rule 4 mm below it (§7.2.6):
    // the border's space is measured from the text's bottom, half a line's leading above the line's.
    for (let i = 0; i < PAGE.docNumberBlankLinesBelowIssuer; i++) f.blankLine();
    const rule: { bottom: BorderLine } = {
      bottom: {
        style: 'single',
        size: RULES.redRuleEighthPt,
        color: COLOR.red,
        space: RED_RULE_SPACE_PT,
      },
    };
    if (head.signer) {
      // Upward documents: 发文字号 one character in from the left, 签发人 one character in from the right.
      const dn = ELEMENTS.docNumber;
      const right = PAGE_TWIP.textWidth - BODY_CHAR_ADVANCE_TWIP;
      f.pushPara((brk) =>
        f.paragraph(
          'docNumber',
          f.runs.runs(head.docNumber ?? '', dn) +
            f.runs.run('\t签发人：', ELEMENTS.signerLabel, dn) +
            f.runs.run(head.signer!, ELEMENTS.signerName, dn),
          {
            align: 'left',
            indent: { ...FLUSH, left: BODY_CHAR_ADVANCE_TWIP },
            tabStops: [{ type: 'right', position: right }],
            border: rule,
            pageBreakBefore: brk || undefined,
          },
        ),
      );
    } else {
      f.simple('docNumber', head.docNumber!, { border: rule });
    }
    // 标题 two lines below the rule (§7.3.1). The rule's space and width add to the height of the
    // 发文字号's paragraph (LibreOffice and Word alike); the first empty line gives them back
    // (RULE_GAP_LINE_TWIP), so the title and the text stay on the line grid.
    for (let i = 0; i < PAGE.titleBlankLinesBelowRule; i++) {
      f.pushPara((brk) => f.paragraph(i === 0 ? 'ruleGap' : 'body', '', { pageBreakBefore: brk || undefined }));
    }
  } else if (markText) {
    f.blankLine();
  }
}

/** 标题 lines (2号小标宋, centred), the lines under it, and one empty line. */
export function addTitle(f: Flow, doc: GongwenDocument): void {
  for (const line of doc.title) f.simple('title', line);
  for (const line of doc.subtitle) f.simple('subtitle', line);
  if (doc.title.length + doc.subtitle.length > 0) f.blankLine();
}
