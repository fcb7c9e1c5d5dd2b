/**
 * Terminal columns a string takes (Unicode UAX #11, East Asian Width): the Wide and Fullwidth
 * characters — 汉字, kana, hangul, CJK and full-width punctuation such as ，（）, emoji — take two,
 * combining marks, zero-width spaces and joiners and ANSI colour codes none, the others one — a
 * control character too, as gongwen shows it (␇, diagnostics/showText.ts) or as a tab of at least one column. A code frame's ^^^ stands under 参会人 (six columns), a table's columns line up.
 */
export function displayWidth(text: string): number {
  let width = 0;
  const plain = text.includes('\u001b') ? text.replace(/\u001b\[[0-9;]*m/g, '') : text;
  for (const ch of plain) width += charWidth(ch);
  return width;
}

/**
 * Combining marks and zero-width characters. Made on first use: V8 builds a Unicode property class
 * from ICU's tables when the expression is created (and checks a literal's as it parses it), some
 * millions of instructions that a run which never measures such a character should not pay.
 */
let zeroWidth: RegExp | undefined;
const isZeroWidth = (ch: string) => (zeroWidth ??= new RegExp('^[\\p{Mn}\\p{Me}\\u200b\\u200d]$', 'u')).test(ch);

/**
 * Blocks where no character is a combining mark (Mn, Me), all Wide: CJK Unified Ideographs, CJK
 * Symbols and Punctuation up to U+3029 (、。「」〇; the tone marks U+302A–U+302D are marks),
 * Fullwidth ASCII variants (，：（）). Chinese text is answered here without building isZeroWidth's
 * Unicode property classes (`gongwen --help`).
 */
const isPlainWide = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x3029) || (cp >= 0xff01 && cp <= 0xff5e);

/** Columns of one character: 0, 1 or 2. */
export function charWidth(ch: string): 0 | 1 | 2 {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x300) return 1;
  if (isPlainWide(cp)) return 2;
  if (isZeroWidth(ch)) return 0;
  return isWide(cp) ? 2 : 1;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Pads to a display width, on the right (left-aligned) or on the left. */
export function padTo(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === 'left' ? text + ' '.repeat(gap) : ' '.repeat(gap) + text;
}
