// src/writers/docx/linebreak.ts: the full-width test by code point, and paragraphs with characters beyond
// the BMP (two UTF-16 code units each) planned as the same text with a one-unit character in their place.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FULL_WIDTH, NOT_AT_LINE_START } from '../../src/layout/standard.js';
import { isFullWidth, planParagraph } from '../../src/writers/docx/linebreak.js';

describe('isFullWidth', () => {
  test('agrees with FULL_WIDTH on every code point', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // not characters: a lone surrogate is no code point of a string's
      if (isFullWidth(cp) !== FULL_WIDTH.test(String.fromCodePoint(cp))) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe('planParagraph', () => {
  // the body's widths (src/writers/docx/blocks.ts): 3号 (320 twips), spacing −5, 28 characters a line
  const plan = (text: string) => planParagraph(text, 8960 - 640, 8960, -5, 320);
  // 𠀀 (U+20000, two code units) and 豈 (U+F900, one) are measured alike: an ideograph, not one of FULL_WIDTH's
  const astral = '\u{20000}';
  const bmp = '\uf900';
  const wide = fc.constantFrom('镇', '村', '信', '访', '，', '。', '、', '“', '”', '（', '）', '…', '—', '：');
  const narrow = fc.constantFrom('2', '0', '9', 'A', 'x', ' ', '%');

  test('a paragraph with characters beyond the BMP is cut where the same text with one-unit characters is', () => {
    fc.assert(
      // what comes first holds the characters beyond the BMP, what ends it is full-width (a paragraph is planned whole when its last line is)
      fc.property(fc.array(fc.oneof({ weight: 20, arbitrary: wide }, { weight: 1, arbitrary: narrow }, { weight: 2, arbitrary: fc.constant(astral) }), { minLength: 1, maxLength: 80 }), fc.array(wide, { minLength: 0, maxLength: 80 }), (first, end) => {
        const pieces = [...first, ...end];
        const text = pieces.join('');
        const got = plan(text);
        const same = plan(pieces.map((p) => (p === astral ? bmp : p)).join(''));
        const back = (segments: Array<{ text: string; squeezed: boolean }>) => segments.map((s) => ({ ...s, text: s.text.replaceAll(bmp, astral) }));
        expect(got.segments).toEqual(back(same.segments));
        expect(got.lines && back(got.lines)).toEqual(same.lines && back(same.lines));
        expect(got.segments.map((s) => s.text).join('')).toBe(text);
        // a line planned never starts with a closing mark (，。、”） …)
        for (const line of (got.lines ?? []).slice(1)) expect(NOT_AT_LINE_START.has([...line.text][0]!)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  test('lines that are squeezed or planned with a character beyond the BMP before them are cut as with a one-unit character', () => {
    // the random paragraphs above are seldom planned at all (a line holding 𠀀 is never certain); these are: lines of
    // 26 characters and a comma (the next one squeezed in), 𠀀 at the start (four lines planned) or further on (the first squeezed)
    const body = '镇村信访工作会议要求各村认真做好排查化解工作确保稳定';
    let planned = 0;
    let squeezed = 0;
    for (const at of [0, 5, 30, 60, 100]) {
      const lines = Array.from({ length: 4 }, () => `${body}，`).join('');
      const text = `${lines.slice(0, at)}${astral}${lines.slice(at)}。`;
      const got = plan(text);
      const same = plan(text.replace(astral, bmp));
      const back = (segments: Array<{ text: string; squeezed: boolean }>) => segments.map((s) => ({ ...s, text: s.text.replaceAll(bmp, astral) }));
      expect(got.segments, `at ${at}`).toEqual(back(same.segments));
      expect(got.lines && back(got.lines), `at ${at}`).toEqual(same.lines && back(same.lines));
      if (got.lines) planned++;
      if (got.segments.some((s) => s.squeezed)) squeezed++;
      for (const line of (got.lines ?? []).slice(1)) expect(NOT_AT_LINE_START.has([...line.text][0]!)).toBe(false);
    }
    // the comparisons above compared planned lines and squeezed ones, not only paragraphs left whole
    expect(planned).toBeGreaterThan(0);
    expect(squeezed).toBeGreaterThanOrEqual(4);
  });

  test('a long paragraph with a character beyond the BMP (a name like 𠮷) is kept whole', () => {
    // a million characters: cutting it by a spread of its code points overflowed the stack (200,000 do in plain node)
    const text = `张${'\u{20BB7}'}明同志${'镇村信访工作，'.repeat(150_000)}`;
    expect(plan(text).segments.map((s) => s.text).join('')).toBe(text);
  });

});
