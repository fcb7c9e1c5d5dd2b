import { describe, expect, test } from 'vitest';
import { fixPunctuation } from '../../src/zh/punctuation.js';

// Numbers typed with full-width digits (a phone's Chinese keyboard: ８.６万亩): an office writes Arabic numerals
// half-width (GB/T 15835; ../shared/prose.md), and the point between two digits is a decimal point, never 。.
describe('full-width digits in running text', () => {
  test('a decimal typed with full-width digits keeps its point and is written with half-width digits', () => {
    expect(fixPunctuation('全县林地面积８.６万亩,森林覆盖率达６８.５%')).toBe('全县林地面积8.6万亩，森林覆盖率达68.5%');
    expect(fixPunctuation('全县林地面积８．６万亩')).toBe('全县林地面积8.6万亩');
  });

  test('whole numbers, dates and counts typed full-width are written half-width', () => {
    expect(fixPunctuation('共排查隐患１２处,整改１１处.')).toBe('共排查隐患12处，整改11处。');
    expect(fixPunctuation('２０２５年３月１４日前完成')).toBe('2025年3月14日前完成');
  });

  test('a sentence ending after a full-width number still ends in 。', () => {
    expect(fixPunctuation('死亡７人.同比下降')).toBe('死亡7人。同比下降');
  });

  test('full-width letters and other full-width marks are not touched', () => {
    expect(fixPunctuation('ＧＤＰ增长（预计）')).toBe('ＧＤＰ增长（预计）');
  });
});
