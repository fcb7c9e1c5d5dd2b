import { describe, expect, test } from 'vitest';
import { TITLE_LINE_CHARS, titleLines } from '../../src/compile/titleLines.js';

const titles = [
  '关于开展2024年矛盾纠纷排查化解专项行动的实施方案',
  '在全县2024年信访工作暨矛盾纠纷排查化解工作会议上的讲话',
  'XXX乡党委关于开展“一把手大接访”工作的实施方案',
  '南山街道关于推行领导干部包案化解信访积案的实施意见',
  '青石县2024年信访和矛盾纠纷排查化解工作总结',
  '中共青石县委办公室青石县人民政府办公室关于进一步加强和改进新时代信访工作推动信访工作高质量发展的实施意见',
  '关于印发青石县2025年度农村人居环境整治提升行动实施方案的通知',
  '关于开展2026年冬春季森林防火专项整治行动的实施方案',
];

describe('titles broken as GB/T 9704 §7.3.1 asks (issue 9, point 15)', () => {
  test('a title that fits stays one line (20 characters of 2号 in the 156 mm 版心)', () => {
    expect(TITLE_LINE_CHARS).toBe(20);
    expect(titleLines('东关街道农贸市场周边秩序整治专题会议纪要')).toEqual(['东关街道农贸市场周边秩序整治专题会议纪要']);
  });
  test.each(titles)('%s', (title) => {
    const lines = titleLines(title);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBe(Math.ceil(Array.from(title).length / TITLE_LINE_CHARS));
    for (const line of lines) {
      const n = Array.from(line).length;
      expect(n).toBeLessThanOrEqual(TITLE_LINE_CHARS);
      expect(n).toBeGreaterThan(2); // never one or two characters alone
      expect(line).not.toMatch(/^[的和及与]/u);
    }
    // balanced: no line less than half the longest
    const lengths = lines.map((l) => Array.from(l).length);
    expect(Math.min(...lengths) * 2).toBeGreaterThanOrEqual(Math.max(...lengths));
    // never inside a word the document type or a quotation holds
    for (const whole of ['实施方案', '实施意见', '矛盾纠纷', '信访', '工作总结', '“一把手大接访”', '2024年', '人居环境', '森林防火']) {
      if (title.includes(whole)) expect(lines.some((l) => l.includes(whole))).toBe(true);
    }
  });
  test('a compound the segmenter cuts apart (森林|防火) stays on one line', () => {
    expect(titleLines('关于开展2026年冬春季森林防火专项整治行动的实施方案')).toEqual(['关于开展2026年冬春季森林防火', '专项整治行动的实施方案']);
  });
});
