import { describe, expect, test } from 'vitest';
import { formatPercent, percent } from '../../src/zh/percent.js';

describe('percentages', () => {
  test('as the 2009 summaries print them: whole percent when exact, else one decimal', () => {
    expect(percent(11, 11)).toBe('100%');
    expect(percent(8, 10)).toBe('80%');
    expect(percent(2, 3)).toBe('66.7%');
    expect(formatPercent(0.727)).toBe('72.7%');
    expect(formatPercent(0.9996)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });

  test('no rate without a denominator', () => {
    expect(percent(1, 0)).toBeUndefined();
    expect(percent(1, undefined)).toBeUndefined();
  });
});
