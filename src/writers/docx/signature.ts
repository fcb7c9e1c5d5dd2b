/**
 * 发文机关署名 and 成文日期 (§7.3.5.3, no seal), 附注 (§7.3.6) and attachments (§8).
 */
import type { Attachment, GongwenDocument } from '../../model/document.js';
import { addBlocks } from './blocks.js';
import { FLUSH, type Flow } from './flow.js';
import { BODY_CHAR_ADVANCE_TWIP, ELEMENTS, PAGE, PAGE_TWIP } from '../../layout/standard.js';
import { textAdvanceTwip } from './textWidth.js';

export function addSignature(f: Flow, doc: GongwenDocument): void {
  const sig = doc.signature;
  if (!sig || (sig.organs.length === 0 && !sig.date)) return;
  // §7.3.5.3 (no seal): the name one line below the text (or the 附件说明), two characters from the
  // right; the date on the next line, its first character two characters right of the name's
  // first character; when the date is the longer, it is two characters from the right and the
  // name moves left.
  // The signature is not left alone at the top of a page: the text's last lines go with it
  // (./blocks.ts addBlocks, `trailing`), and the empty line above it keeps with it.
  for (let i = 0; i < PAGE.signatureBlankLinesAbove; i++) {
    f.blankLine();
    f.keepLastWithNext();
  }
  const el = ELEMENTS.signature;
  const right = PAGE.signatureRightChars * BODY_CHAR_ADVANCE_TWIP;
  const shift = PAGE.dateShiftChars * BODY_CHAR_ADVANCE_TWIP;
  const W = PAGE_TWIP.textWidth;
  // Widths as set (CJK names are exact: 15.75 pt a character; a date's digits are estimated).
  const width = (t: string) => textAdvanceTwip(t, el.sizePt, el.charSpacingTwip);
  const nameTwip = Math.max(0, ...sig.organs.map(width));
  const dateTwip = sig.date ? width(sig.date) : 0;
  const dateLonger = sig.date !== undefined && sig.organs.length > 0 && dateTwip + shift > nameTwip;
  // Every line is placed by its first character (a left indent), except a date that is the longer
  // line or stands alone: that one ends two characters from the right (a right indent), exactly
  // whatever its digits measure.
  const nameStart = dateLonger ? W - right - dateTwip - shift : W - right - nameTwip;
  for (const organ of sig.organs) {
    f.simple('signature', organ, { indent: { ...FLUSH, left: Math.max(0, Math.round(nameStart)) }, keepNext: true, keepLines: true });
  }
  if (sig.date) {
    if (dateLonger || sig.organs.length === 0) {
      f.simple('date', sig.date, { align: 'right', indent: { ...FLUSH, right } });
    } else {
      f.simple('date', sig.date, { indent: { ...FLUSH, left: Math.round(nameStart + shift) } });
    }
  }
}

/** 附注 (§7.3.6): in round brackets, two characters in, on the line after the date. */
export function addNotes(f: Flow, doc: GongwenDocument): void {
  for (const n of doc.notes) f.simple('note', /^[（(]/.test(n) ? n : `（${n}）`);
}

/**
 * §8: each attachment on a new page; the label in 3号黑体 flush left on the first line, the title
 * centred on the third line; page numbers continue.
 */
export function addAttachment(f: Flow, a: Attachment): void {
  f.pageBreak();
  f.simple('attachmentLabel', a.label);
  if (a.title) {
    f.blankLine();
    for (const line of a.title.split('\n')) f.simple('attachmentTitle', line);
    f.blankLine();
  }
  addBlocks(f, a.body);
}
