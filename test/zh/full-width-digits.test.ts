import { describe, expect, test } from 'vitest';
import { dateProblem, parseDate, parseDay } from '../../src/zh/dates.js';
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

// The same digits in a date: 2026年10月９日下午3点半 was refused as "９日下午3点半 is not a time of day", the date read as
// far as 10月 (the reviewer's r05; this session's own 纪要 typed on a phone).
describe('full-width digits in a date', () => {
  test('a date typed with full-width digits is the date, its time after it too', () => {
    expect(dateProblem('2026年10月９日下午3点半')).toBeUndefined();
    expect(parseDate('２０２６年１０月９日下午３点半')).toEqual({ year: 2026, month: 10, day: 9, time: '下午3点半' });
    expect(parseDay('２００９－０１－２４')).toBe('invalid'); // a full-width hyphen is no date's mark: only the digits are read
    expect(parseDay('２００９/１/２４')).toEqual({ year: 2009, month: 1, day: 24 });
  });

  test('a day that does not exist is still said, in half-width digits', () => {
    expect(dateProblem('２０２５年２月２９日')).toEqual({ id: 'date-invalid', values: { date: '2025年2月29日' } });
  });
});
