import { describe, expect, test } from 'vitest';
import { circledNumber, readAmountText, readDigits, readSmallNumber, toArabicNumerals, toChineseDigits, toChineseNumber } from '../../src/zh/numerals.js';

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

  test.each([
    ['五', 5], ['十', 10], ['十二', 12], ['二十', 20], ['三十一', 31], ['九十九', 99],
  ])('reads %s as %i', (text, n) => {
    expect(readSmallNumber(text)).toBe(n);
  });

  test.each(['', '〇', '十十', '一二', '百', '5'])('does not read %j as a small number', (text) => {
    expect(readSmallNumber(text)).toBeUndefined();
  });

  test('reads a year digit by digit, with the ○ and 零 typed for 〇', () => {
    expect(readDigits('二〇〇九')).toBe(2009);
    expect(readDigits('二○一二')).toBe(2012);
    expect(readDigits('二零二四')).toBe(2024);
    expect(readDigits('二十')).toBeUndefined();
  });

  test('writes the numbers of dates in Arabic numerals, leaving other text', () => {
    expect(toArabicNumerals('二〇〇九年一月一日至六月三十日')).toBe('2009年1月1日至6月30日');
    expect(toArabicNumerals('二○○九年五月')).toBe('2009年5月');
    expect(toArabicNumerals('２００９年上半年')).toBe('2009年上半年');
    expect(toArabicNumerals('第三季度，一是')).toBe('第三季度，一是');
  });
});

describe('readAmountText: an amount as a record and a register type it', () => {
  test('reads the forms both take', () => {
    expect(readAmountText('6666')).toBe(6666);
    expect(readAmountText('6,666元')).toBe(6666);
    expect(readAmountText('1.5万元')).toBe(15000);
    expect(readAmountText('６６６６元')).toBe(6666);
    expect(readAmountText('８．５万')).toBe(85000);
    expect(readAmountText('¥1,200')).toBe(1200);
    expect(readAmountText('-300')).toBe(-300);
    expect(readAmountText('12人')).toBe(12);
  });

  test('reads no amount where a typo or words stand: 12,5, 六千元, 约6000', () => {
    for (const t of ['12,5', '六千元', '约6000', '', '元']) expect(readAmountText(t)).toBeUndefined();
  });
});
