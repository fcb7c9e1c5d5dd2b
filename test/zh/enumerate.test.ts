import { describe, expect, test } from 'vitest';
import { countOf, enumerateLines, enumerateSentence } from '../../src/zh/enumerate.js';

describe('enumerations', () => {
  test('一是……；二是……。 with the items\' own end punctuation replaced', () => {
    expect(enumerateSentence(['加强排查;', '突出重点。', '关口前移'])).toBe('一是加强排查；二是突出重点；三是关口前移。');
    expect(enumerateSentence([])).toBe('');
    // an exclamation typed at an item's end is not kept inside the list, nor ends it (报送情况!! → 报送情况。)
    expect(enumerateSentence(['加强排查!', '报送情况!!'])).toBe('一是加强排查；二是报送情况。');
    expect(enumerateLines(['加强排查！', '报送情况'])).toEqual(['一是加强排查；', '二是报送情况。']);
  });

  test('as lines', () => {
    expect(enumerateLines(['甲', '乙', '丙'])).toEqual(['一是甲；', '二是乙；', '三是丙。']);
  });

  test('a count with its measure word; two is 两', () => {
    expect(countOf(5, '点')).toBe('五点');
    expect(countOf(2, '个方面')).toBe('两个方面');
    expect(countOf(12, '条')).toBe('十二条');
  });
});
