import { describe, expect, test } from 'vitest';
import { countHan, hanOnly, hasHan, isCjk, isHan } from '../../src/zh/cjk.js';

describe('classes of characters in Chinese text', () => {
  test('Han ideographs, Extension A and compatibility ones among them', () => {
    expect(['参', '㑇', '郎'].map(isHan)).toEqual([true, true, true]);
    expect(['，', '〇', 'a', '1', '①', undefined].map(isHan)).toEqual([false, false, false, false, false, false]);
  });

  test('whether a word is Chinese, how much of a text is, and the text without the rest', () => {
    expect(hasHan('姓明')).toBe(true);
    expect(hasHan('sectionsLevel')).toBe(false);
    expect(countHan('共11件（来信5件）')).toBe(5);
    expect(hanOnly('一、加强领导，落实责任。2009')).toBe('一加强领导落实责任');
  });

  test('Chinese text around a mark: ideographs, CJK and full-width punctuation, curly quotes, circled numbers', () => {
    expect(['汉', '，', '〇', '“', '…', '①', '（'].every(isCjk)).toBe(true);
    expect(['a', '1', ',', '"', ' ', undefined].some(isCjk)).toBe(false);
  });
});
