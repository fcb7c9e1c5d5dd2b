import { describe, expect, test } from 'vitest';
import { joinShortItems } from '../../src/zh/shortItems.js';

// The end of a run's last item is one set (shortItems.ts ITEM_END): a slogan (早发现，早报告，早处置), words with one head
// (公开，公平，公正) and acts of disorder (乱排，乱倒) end there alike, and go on past nothing else.
const RUNS: Array<[string, string]> = [
  ['早发现，早报告，早处置', '早发现、早报告、早处置'],
  ['公开，公平，公正', '公开、公平、公正'],
  ['乱排，乱倒', '乱排、乱倒'],
];
const ENDS = ['', '，下步', '。', '；', '：', '！', '？', '、', '”', '）', '的要求', '等'];

describe('where the last item of a run ends', () => {
  test.each(RUNS)('%s is joined before the text\'s end, each mark, 的 and 等', (typed, joined) => {
    for (const end of ENDS) expect(joinShortItems(`要求${typed}${end}`), end).toBe(`要求${joined}${end}`);
  });
  test.each(RUNS)('%s is not joined where its last item goes on', (typed) => {
    expect(joinShortItems(`要求${typed}啊啊`)).toBe(`要求${typed}啊啊`);
  });
});
