import { describe, expect, test } from 'vitest';
import { circledNumber, toChineseDigits, toChineseNumber } from '../../src/compile/numerals.js';

describe('Chinese numerals', () => {
  test.each([
    [1, '一'], [5, '五'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'],
    [99, '九十九'], [100, '一百'], [101, '一百零一'], [110, '一百一十'], [115, '一百一十五'], [999, '九百九十九'],
    [1000, '一千'], [1005, '一千零五'], [2012, '二千零一十二'],
  ])('%i → %s', (n, expected) => {
    expect(toChineseNumber(n)).toBe(expected);
  });

  test('years are written digit by digit with 〇 (U+3007), not ○', () => {
    expect(toChineseDigits(2009)).toBe('二〇〇九');
    expect(toChineseDigits(2012)).toBe('二〇一二');
    expect(toChineseDigits(2009)).not.toContain('○');
  });

  test('circled numbers for procedure steps', () => {
    expect([1, 2, 7, 20, 21].map(circledNumber)).toEqual(['①', '②', '⑦', '⑳', '㉑']);
  });

  test('refuses what is not a whole number', () => {
    expect(() => toChineseNumber(-1)).toThrow();
    expect(() => toChineseNumber(1.5)).toThrow();
  });
});
