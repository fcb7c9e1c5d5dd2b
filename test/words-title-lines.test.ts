// A long title holding a cited document's title in 《》 is broken into lines of sense (GB/T 9704 §7.3.1: 回行时，要做到
// 词意完整，排列对称，长短适宜): the 《》 on a line of its own when it fits one, never cut when it fits, cut at a word
// boundary when it is itself longer than a line — where it was printed on one line of 28 characters or more before.
import { describe, expect, it } from 'vitest';
import { TITLE_LINE_CHARS, titleLines } from '../src/compile/titleLines.js';

const lengths = (lines: string[]) => lines.map((l) => Array.from(l).length);

describe('titles that cite a document in 《》', () => {
  it.each([
    '关于印发《某某镇2025年度森林防火工作考核办法》的通知',
    '关于认真贯彻落实《中共中央办公厅国务院办公厅关于加强新时代信访工作的意见》的实施方案',
    '关于转发《县人民政府办公室关于做好2025年春节期间安全生产工作的通知》的通知',
  ])('%s is broken, no line longer than a line of the 版心', (title) => {
    const lines = titleLines(title);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const n of lengths(lines)) {
      expect(n).toBeLessThanOrEqual(TITLE_LINE_CHARS);
      expect(n).toBeGreaterThan(2);
    }
    // a line never begins with a closing mark nor ends with an opening one, nor begins with 的
    for (const line of lines) expect(line).not.toMatch(/^[》”）的]|[《“（]$/u);
  });

  it.each([
    ['关于转发《县人民政府办公室关于做好2025年春节期间安全生产工作的通知》的通知', ['2025年', '春节期间', '安全生产', '人民政府', '办公室']],
    ['关于认真贯彻落实《中共中央办公厅国务院办公厅关于加强新时代信访工作的意见》的实施方案', ['中共中央办公厅', '国务院办公厅', '实施方案']],
  ])('a 《》 longer than a line is cut between words of the cited title, not inside one: %s', (title, words) => {
    const lines = titleLines(title);
    for (const whole of words) expect(lines.some((l) => l.includes(whole)), whole).toBe(true);
    // and it is cut: its 《 on one line, its 》 on a later one
    expect(lines.findIndex((l) => l.includes('《'))).toBeLessThan(lines.findIndex((l) => l.includes('》')));
  });

  it('a 《》 that fits a line is never cut, and stands with what binds to it', () => {
    const title = '关于学习宣传贯彻《信访工作条例》的实施方案';
    const lines = titleLines(title);
    // broken (21 characters, longer than a line), the 《》 whole, with its 的 and balanced (not 关于学习宣传贯彻《信访工作条例》的 / 实施方案)
    expect(lines).toEqual(['关于学习宣传贯彻', '《信访工作条例》的实施方案']);
  });
});
