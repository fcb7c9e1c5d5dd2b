/**
 * Where LibreOffice and Word break a paragraph into lines, so that a line whose break would push a
 * character down (推出: the next line may not start with a closing mark) can be squeezed to hold the
 * mark instead (挤进, SQUEEZED_CHAR_SPACING_TWIP).
 *
 * Full-width characters advance exactly one em less the spacing in every face; digits and Latin
 * letters are estimated (TEXT_METRICS, LibreOffice's autospace included). A line is planned only
 * when its break is certain: it falls between two full-width characters, and the estimate is far
 * enough from the edge that a different face would not move it. At the first line that is not
 * certain, planning stops and the rest of the paragraph is left as it comes.
 */
import { SPACING, NOT_AT_LINE_END, NOT_AT_LINE_START, SQUEEZED_CHAR_SPACING_TWIP, SQUEEZE_MARGIN_TWIP } from '../../layout/standard.js';
import { characterAdvances, codePoints } from './textWidth.js';
import { twipToPt, type Twip } from '../../layout/units.js';

export interface LineSegment {
  text: string;
  squeezed: boolean;
}

/**
 * Whether the code point is one of FULL_WIDTH's (src/layout/standard.ts: CJK ideographs, full-width
 * punctuation, “” ‘’ … —), by its number: the regular expression run on every character of every
 * paragraph was the largest cost of planning (a --cpu-prof of planParagraph over the examples' paragraphs).
 * test/unit/linebreak.test.ts checks that the two agree on every code point.
 */
export function isFullWidth(cp: number): boolean {
  if (cp < 0x2014) return false;
  if (cp <= 0x2026) return cp === 0x2014 || cp === 0x2018 || cp === 0x2019 || cp === 0x201c || cp === 0x201d || cp === 0x2026;
  return (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xff01 && cp <= 0xff5e);
}

/** NOT_AT_LINE_START and NOT_AT_LINE_END (src/layout/standard.ts) by code point: each of their marks is one character. */
const NOT_AT_START = new Set([...NOT_AT_LINE_START].map((mark) => mark.codePointAt(0)!));
const NOT_AT_END = new Set([...NOT_AT_LINE_END].map((mark) => mark.codePointAt(0)!));

/** Whether a line may break between the characters `a` and `b` (code points; both full-width). */
function mayBreak(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return !NOT_AT_START.has(b) && !NOT_AT_END.has(a);
}

/** Where each character of `codes` (code points) starts in its text, in code units, and the text's length last. */
function unitOffsets(codes: ArrayLike<number>): Uint32Array {
  const at = new Uint32Array(codes.length + 1);
  for (let k = 0; k < codes.length; k++) at[k + 1] = at[k]! + (codes[k]! > 0xffff ? 2 : 1);
  return at;
}

/** A UTF-16 surrogate: a character beyond the BMP is two code units. */
const SURROGATE = /[\uD800-\uDFFF]/;

const ESTIMATE_SLACK_TWIP = SPACING.estimateSlackTwip;
const BOUNDARY_SLACK_TWIP = SPACING.boundarySlackTwip;

/** The slack the characters [from, to) need, `full` saying which are full-width: 0 for full-width text. */
function slackOf(full: Uint8Array, from: number, to: number): Twip {
  let slack = 0;
  const end = Math.min(to, full.length);
  for (let k = from; k < end; k++) {
    if (full[k]) continue;
    slack += ESTIMATE_SLACK_TWIP;
    if (k > from && full[k - 1]) slack += BOUNDARY_SLACK_TWIP;
    if (k + 1 < end && full[k + 1]) slack += BOUNDARY_SLACK_TWIP;
  }
  return slack;
}

/**
 * The paragraph `text` cut into segments: lines to squeeze, and the text between them. `firstTwip` and
 * `lineTwip`: the width of the first line (after its indent) and of the others; `spacingTwip` the
 * text's character spacing; `sizeTwip` its size.
 */
export function planLines(text: string, firstTwip: Twip, lineTwip: Twip, spacingTwip: Twip, sizeTwip: Twip): LineSegment[] {
  return planParagraph(text, firstTwip, lineTwip, spacingTwip, sizeTwip).segments;
}

/**
 * planLines, and every line of the paragraph when every break in it is certain (`lines`), else
 * `lines` undefined.
 */
export function planParagraph(
  text: string,
  firstTwip: Twip,
  lineTwip: Twip,
  spacingTwip: Twip,
  sizeTwip: Twip,
): { segments: LineSegment[]; lines?: LineSegment[] } {
  // the characters: a paragraph without surrogates (nearly every one) has a character a code unit, read
  // from the text itself (no string a character, nor a copy of its code units: making them was most of the
  // planning's cost), and its lines are cut from the text; another is read as code points
  const codes = SURROGATE.test(text) ? codePoints(text) : undefined;
  const count = codes ? codes.length : text.length;
  /** The character at `k`, undefined outside the paragraph (mayBreak's edges). */
  const charAt = (k: number): number | undefined => (k < 0 || k >= count ? undefined : codes ? codes[k]! : text.charCodeAt(k));
  // a paragraph with surrogates is cut at its characters' code unit offsets (not String.fromCodePoint of
  // a spread: a paragraph of 200,000 characters overflowed node's stack)
  const unitAt = codes ? unitOffsets(codes) : undefined;
  const cut = !unitAt ? (from: number, to?: number) => text.slice(from, to) : (from: number, to = count) => text.slice(unitAt[from], unitAt[to]);
  // which characters are full-width, each tested once
  const fullWidth = new Uint8Array(count);
  for (let k = 0; k < count; k++) fullWidth[k] = isFullWidth(codes ? codes[k]! : text.charCodeAt(k)) ? 1 : 0;
  // each character's advance worked out once, summed from each line's start as ./textWidth.ts's
  // textAdvanceTwip sums them (a meter a line start, its sums kept in an array and a map, was most of the
  // planning's cost: a --cpu-prof of the ten bench records' DOCX built 30 times)
  const { emTwip, autospaceBefore, autospaceTwip } = characterAdvances(text, codes, twipToPt(sizeTwip));
  /** The width of `n` characters from `from` set with `spacing` (textAdvanceTwip's sum, rounded as it rounds). */
  const width = (from: number, n: number, spacing: Twip): Twip => {
    let w = 0;
    for (let k = from; k < from + n; k++) {
      w += emTwip[k]! + spacing;
      if (k > from && autospaceBefore[k]) w += autospaceTwip;
    }
    return Math.round(w);
  };
  const full = (k: number) => k < 0 || k >= count || fullWidth[k] === 1;
  /** A break before the character at `k` that no face moves: between two full-width characters. */
  const certainBreak = (k: number) => full(k - 1) && full(k);
  const out: LineSegment[] = [];
  const lines: LineSegment[] = [];
  let complete = false;
  let plain = '';
  let i = 0;
  let avail = firstTwip;
  while (i < count) {
    // n: how many characters fit (LibreOffice and Word fill a line while the advances fit); `fits` the
    // width of those n, `over` of one more (unrounded sums, added one character at a time)
    let n = 0;
    let fits = 0;
    let over = 0;
    for (; i + n < count; n++) {
      over = fits + (emTwip[i + n]! + spacingTwip);
      if (n > 0 && autospaceBefore[i + n]) over += autospaceTwip;
      if (Math.round(over) > avail) break;
      fits = over;
    }
    if (i + n >= count) {
      complete = fullWidth.indexOf(0, i) < 0; // the last line, full-width throughout
      break;
    }
    const slack = slackOf(fullWidth, i, i + n + 2);
    // Uncertain: estimated characters bring the edge within reach of their error.
    if (slack > 0 && (Math.round(fits) > avail - slack || Math.round(over) < avail + slack)) break;
    if (mayBreak(charAt(i + n - 1), charAt(i + n))) {
      if (!certainBreak(i + n)) break;
      plain += cut(i, i + n);
      lines.push({ text: cut(i, i + n), squeezed: false });
      i += n;
    } else if (
      width(i, n + 1, SQUEEZED_CHAR_SPACING_TWIP) <= avail - slack - SQUEEZE_MARGIN_TWIP &&
      mayBreak(charAt(i + n), charAt(i + n + 1)) &&
      certainBreak(i + n + 1)
    ) {
      // 挤进: one character more on this line, set closer.
      if (plain) out.push({ text: plain, squeezed: false });
      plain = '';
      out.push({ text: cut(i, i + n + 1), squeezed: true });
      lines.push({ text: cut(i, i + n + 1), squeezed: true });
      i += n + 1;
    } else {
      // 推出, as LibreOffice and Word do: the break moves back to where it may be.
      let m = n - 1;
      while (m > 0 && !mayBreak(charAt(i + m - 1), charAt(i + m))) m--;
      if (m === 0 || !certainBreak(i + m)) break;
      plain += cut(i, i + m);
      lines.push({ text: cut(i, i + m), squeezed: false });
      i += m;
    }
    avail = lineTwip;
  }
  if (complete) lines.push({ text: cut(i), squeezed: false });
  plain += cut(i);
  if (plain) out.push({ text: plain, squeezed: false });
  return { segments: out, lines: complete || count === 0 ? lines : undefined };
}
