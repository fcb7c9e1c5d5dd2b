/**
 * How wide text is set: in twips at a size (signature placement when the date is the longer line,
 * table column widths) and in characters (hanging indents). The figures are in TEXT_METRICS.
 */
import { ptToTwip, type Pt, type Twip } from '../../layout/units.js';

/**
 * How wide text is set, beyond "a CJK character is one em": measured in LibreOffice 7.4 with the
 * Noto CJK fonts that stand in for the GB fonts (test/layout-pdf.test.ts checks the outcome).
 * - Latin letters and digits are proportional: digits about 0.54 em ("2012" at 16 pt: 33.5 pt with
 *   the −0.25 pt spacing), not ½ em as in 仿宋_GB2312; capitals about 0.7 em;
 * - an ideograph next to a Latin letter or digit gets 0.2 em of extra space (LibreOffice's
 *   "space between Asian and non-Asian text", on by default and not turned off by
 *   w:autoSpaceDE/DN on import; Word does the like): "2012年3月9日" is 7.2 em wide, not 6.
 * Full-width punctuation next to a digit gets no extra space.
 */
export const TEXT_METRICS = {
  digitEm: 0.54,
  /** Capital letters ("20XX年" in a draft's date): about 0.7 em. */
  capitalEm: 0.7,
  /** Other Latin characters. */
  latinEm: 0.5,
  autospaceEm: 0.2,
} as const;

type CharClass = 'ideograph' | 'punct' | 'latin';
function charClass(ch: string): CharClass {
  return classOf(ch.codePointAt(0)!);
}
function classOf(cp: number): CharClass {
  if (cp < 0x1100 || (cp >= 0xff61 && cp <= 0xffdc) || (cp >= 0x2000 && cp <= 0x206f && cp !== 0x2014 && cp !== 0x2026 && cp !== 0x201c && cp !== 0x201d && cp !== 0x2018 && cp !== 0x2019)) {
    return 'latin';
  }
  if ((cp >= 0x3000 && cp <= 0x303f && cp !== 0x3007) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x2000 && cp <= 0x206f)) return 'punct';
  return 'ideograph';
}

/**
 * Estimated width of one line of text as LibreOffice sets it (see TEXT_METRICS), in twips: `sizePt`
 * the font size, `spacingTwip` the run character spacing (added to every character). Summed a character
 * at a time from the text itself, in the order characterAdvances's users sum (./linebreak.ts), then
 * rounded: no array of its code points or of running sums (those were most of its cost in a batch's
 * profile, for the few table cells and signature lines it measures).
 */
export function textAdvanceTwip(text: string, sizePt: Pt, spacingTwip: Twip = 0): Twip {
  const size = ptToTwip(sizePt);
  let w = 0;
  let prev: CharClass | undefined;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const c = classOf(cp);
    w += emOf(cp, c) * size + spacingTwip;
    // the autospace between an ideograph and a Latin letter or digit; a space breaks it
    if (prev && cp !== 0x20 && autospaced(prev, c)) w += TEXT_METRICS.autospaceEm * size;
    prev = cp === 0x20 ? undefined : c;
  }
  return Math.round(w);
}

/** The code points of `text`, a character each. */
export function codePoints(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    codes.push(cp);
    if (cp > 0xffff) i++;
  }
  return codes;
}

/** A character's advance in em (TEXT_METRICS), `c` its class. */
function emOf(cp: number, c: CharClass): number {
  return c !== 'latin' ? 1 : cp >= 0x30 && cp <= 0x39 ? TEXT_METRICS.digitEm : cp >= 0x41 && cp <= 0x5a ? TEXT_METRICS.capitalEm : TEXT_METRICS.latinEm;
}

/** Whether LibreOffice's autospace stands between characters of these classes: an ideograph beside a Latin letter or digit. */
function autospaced(before: CharClass, c: CharClass): boolean {
  return (before === 'ideograph' && c === 'latin') || (before === 'latin' && c === 'ideograph');
}

/**
 * What textAdvanceTwip adds up, a character at a time, for a text measured from many starts
 * (./linebreak.ts fills every line of a paragraph): `emTwip[k]` the character's advance without
 * spacing (em × size), `autospaceBefore[k]` 1 where the autospace stands between it and the character
 * before it, when both are in the stretch measured, and `autospaceTwip` that space. Summed in the order
 * textAdvanceTwip sums them — `(emTwip[k] + spacing)`, then the autospace — the same widths to the twip.
 * The characters are `codes` (code points) when given, else the code units of `text` (a text without
 * surrogates: each is a character), read from it without a copy.
 */
export function characterAdvances(text: string, codes: ArrayLike<number> | undefined, sizePt: Pt): { emTwip: Float64Array; autospaceBefore: Uint8Array; autospaceTwip: number } {
  const size = ptToTwip(sizePt);
  const count = codes ? codes.length : text.length;
  const emTwip = new Float64Array(count);
  const autospaceBefore = new Uint8Array(count);
  let prev: CharClass | undefined;
  for (let k = 0; k < count; k++) {
    const cp = codes ? codes[k]! : text.charCodeAt(k);
    const c = classOf(cp);
    emTwip[k] = emOf(cp, c) * size;
    if (prev && cp !== 0x20 && autospaced(prev, c)) autospaceBefore[k] = 1;
    prev = cp === 0x20 ? undefined : c;
  }
  return { emTwip, autospaceBefore, autospaceTwip: TEXT_METRICS.autospaceEm * size };
}

// ---------------------------------------------------------------------------------------------
// Text width in characters (hanging indents)
// ---------------------------------------------------------------------------------------------

/**
 * Width of a string in characters of its size: full-width (CJK, full-width punctuation) count 1,
 * ASCII and other half-width characters ½ (or `halfWidth`, for a safer estimate).
 */
export function textWidthChars(text: string, halfWidth = 0.5): number {
  let w = 0;
  for (const ch of text) {
    w += charClass(ch) === 'latin' ? halfWidth : 1;
  }
  return w;
}
