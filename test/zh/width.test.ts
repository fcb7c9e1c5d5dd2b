import { describe, expect, test } from 'vitest';
import { charWidth, displayWidth, padTo } from '../../src/zh/width.js';

describe('terminal columns', () => {
  test('Chinese characters and full-width forms take two columns, the others one', () => {
    expect(displayWidth('参会人')).toBe(6);
    expect(displayWidth('日期: 2024')).toBe(10);
    expect(displayWidth('ａ，b')).toBe(5);
    expect(displayWidth('㑇')).toBe(2);
  });

  test('colour codes, combining marks and zero-width characters take none; a control character, shown as ␇, one', () => {
    expect(displayWidth('\u001b[1m办结率\u001b[22m')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(charWidth('\u0007')).toBe(1);
  });

  test('pads to a width counted in columns', () => {
    expect(padTo('办结', 6)).toBe('办结  ');
    expect(padTo('5', 3, 'right')).toBe('  5');
    expect(padTo('办结率', 4)).toBe('办结率');
  });
});
