import { describe, expect, test } from 'vitest';
import { dateProblem, formatDate, formatDateTime, isValidDate, parseDate, parseDay } from '../../src/zh/dates.js';

describe('dates', () => {
  test.each([
    ['2009-01-24', { year: 2009, month: 1, day: 24 }],
    ['2009/1/24', { year: 2009, month: 1, day: 24 }],
    ['2009年1月24日', { year: 2009, month: 1, day: 24 }],
    ['6月30日', { month: 6, day: 30 }],
    ['20XX年9月10日', { year: '20XX', month: 9, day: 10 }],
    ['2008-02-29', { year: 2008, month: 2, day: 29 }],
  ])('reads %s', (text, parts) => {
    expect(parseDate(text)).toEqual(expect.objectContaining(parts));
  });

  test.each(['2009-02-30', '2009-13-01', '2009-02-29', '6月31日', 'yesterday', ''])('rejects %s', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  test('writes Arabic numerals without leading zeros (GB/T 9704 §7.3.5)', () => {
    expect(formatDate({ year: 2012, month: 3, day: 9 })).toBe('2012年3月9日');
    expect(formatDate({ month: 6, day: 30 })).toBe('6月30日');
  });

  test('writes the older 二〇一二年三月九日 style on request', () => {
    expect(formatDate({ year: 2012, month: 3, day: 9 }, 'chinese')).toBe('二〇一二年三月九日');
    expect(formatDate({ year: 2009, month: 10, day: 24 }, 'chinese')).toBe('二〇〇九年十月二十四日');
  });
});

describe('dates and times as secretaries type them (issue 9, point 2)', () => {
  test.each([
    ['2024年4月12日上午9:00', { year: 2024, month: 4, day: 12, time: '上午9:00' }],
    ['2024年4月12日 上午9时', { year: 2024, month: 4, day: 12, time: '上午9时' }],
    ['2024年6月18日(星期二)', { year: 2024, month: 6, day: 18, weekday: '星期二' }],
    ['2024年6月18日（周二）下午3时30分', { year: 2024, month: 6, day: 18, weekday: '星期二', time: '下午3时30分' }],
    ['二〇二四年七月五日', { year: 2024, month: 7, day: 5 }],
    ['二○二四年十二月三十一日', { year: 2024, month: 12, day: 31 }],
    ['2024.6.18', { year: 2024, month: 6, day: 18 }],
    ['6月18日下午3时', { month: 6, day: 18, time: '下午3时' }],
    ['2024-06-18 09:00', { year: 2024, month: 6, day: 18, time: '9:00' }],
    ['2024年5月8日上午9:00至11:30', { year: 2024, month: 5, day: 8, time: '上午9:00至11:30' }],
  ])('reads %s', (text, parts) => {
    expect(parseDate(text)).toEqual(parts);
  });

  test('the time of day is printed as typed after the date', () => {
    expect(formatDateTime(parseDate('2024年4月12日上午9:00')!)).toBe('2024年4月12日上午9:00');
    expect(formatDateTime(parseDate('2024年6月18日(星期二)')!)).toBe('2024年6月18日（星期二）');
  });

  test('year 0 is not a date (issue 8, item 16)', () => {
    expect(parseDate('0000-01-01')).toBeUndefined();
    expect(dateProblem('0000年1月1日')).toEqual({ id: 'date-year-zero', values: {} });
  });

  test('the message says what is wrong, not "not a date that exists" for one that exists', () => {
    expect(dateProblem('2024年2月30日')).toEqual({ id: 'date-invalid', values: { date: '2024年2月30日' } });
    expect(dateProblem('2024年6月18日(星期三)')).toEqual({ id: 'date-weekday', values: { date: '2024年6月18日', day: '二', typed: '三' } });
    expect(dateProblem('2024年6月18日上午九点钟左右')).toEqual({ id: 'date-time', values: { text: '上午九点钟左右' } });
    expect(dateProblem('下周二')).toEqual({ id: 'date-form', values: { text: '下周二' } });
    expect(dateProblem('2024年13月1日')).toEqual({ id: 'date-month', values: { month: 13 } });
  });
});

describe('the one valid-day check', () => {
  test.each([
    [{ year: 2008, month: 2, day: 29 }, true],
    [{ year: 2009, month: 2, day: 29 }, false],
    [{ year: 2000, month: 2, day: 29 }, true],
    [{ year: 1900, month: 2, day: 29 }, false],
    [{ month: 2, day: 29 }, true],
    [{ year: '20XX', month: 2, day: 29 }, true],
    [{ month: 6, day: 31 }, false],
    [{ year: 2009, month: 13 }, false],
    [{ year: 999, month: 1, day: 1 }, false],
    [{ day: 5 }, false],
    [{ year: 2009, month: Number.NaN, day: 1 }, false],
  ])('%j → %s', (parts, exists) => {
    expect(isValidDate(parts)).toBe(exists);
  });
});

describe('a whole day, as a register cell or a period end gives it', () => {
  const d = { year: 2009, month: 1, day: 24 };
  test.each(['2009-01-24', '2009/1/24', '2009.1.24', '2009年1月24日', '2009 年 1 月 24 日', '二〇〇九年一月二十四日', '20090124', '2009-01-24 09:30:00', '2009-01-24T00:00:00Z'])(
    'reads %j', (text) => {
      expect(parseDay(text)).toEqual(d);
    },
  );

  test.each(['2009-02-30', '2009-02-29', '2009.2.30', '20090230', '20091301', '1月24日', '20XX年1月24日', '明天', '0000-01-24'])('refuses %j', (text) => {
    expect(parseDay(text)).toBe('invalid');
  });

  test('an empty cell is no date, not a wrong one', () => {
    expect(parseDay('  ')).toBeUndefined();
  });
});
