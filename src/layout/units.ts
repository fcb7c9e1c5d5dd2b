/**
 * Units of the layout and the conversions between them. GB/T 9704-2012 gives millimetres and 字号
 * (./standard.ts); OOXML (ECMA-376 Part 1) writes twips, half-points, eighths of a point and
 * hundredths of a character. Every figure carries its unit in its name and is converted here, once.
 */

/** Millimetres. */
export type Mm = number;
/** Points (1/72 inch). */
export type Pt = number;
/** Twentieths of a point (1/1440 inch): OOXML lengths, indents, spacing, page geometry. */
export type Twip = number;
/** Half-points: OOXML font sizes (w:sz). */
export type HalfPoint = number;
/** Eighths of a point: OOXML border widths (w:bdr/@w:sz). */
export type EighthPoint = number;
/** Hundredths of a character: OOXML w:firstLineChars, w:leftChars … */
export type HundredthChar = number;

export const MM_PER_INCH = 25.4;

export const mmToTwip = (mm: Mm): Twip => Math.round((mm * 1440) / MM_PER_INCH);
export const twipToMm = (twip: Twip): Mm => (twip / 1440) * MM_PER_INCH;
export const mmToPt = (mm: Mm): Pt => (mm * 72) / MM_PER_INCH;
export const ptToTwip = (pt: Pt): Twip => Math.round(pt * 20);
export const twipToPt = (twip: Twip): Pt => twip / 20;
export const ptToHalfPoint = (pt: Pt): HalfPoint => Math.round(pt * 2);
export const ptToEighthPoint = (pt: Pt): EighthPoint => Math.round(pt * 8);
export const mmToEighthPoint = (mm: Mm): EighthPoint => ptToEighthPoint(mmToPt(mm));
export const charsToHundredths = (chars: number): HundredthChar => Math.round(chars * 100);
