// Items a text counts itself (…，…和…三件事) whose list begins after the verb of its clause, with 了 (研究了防火，低保评议和
// 村道硬化三件事), take 顿号 as those after a verb without 了 do (src/zh/shortItems.ts COUNTED_ITEMS); a clause with 了
// inside the list, or a count that is not the items', keeps its commas.
import { describe, expect, it } from 'vitest';
import { fixPunctuation } from '../../src/zh/punctuation.js';

describe('counted items after a verb with 了, inside a sentence', () => {
  it.each([
    ['11月28日下午,镇党委召开会议,研究了防火,低保评议和村道硬化三件事。', '11月28日下午，镇党委召开会议，研究了防火、低保评议和村道硬化三件事。'],
    ['会上传达了文件,部署了防火,防汛和安全生产三项工作。', '会上传达了文件，部署了防火、防汛和安全生产三项工作。'],
    ['会议听取汇报,讨论了道路,水利,电网和通信四个问题。', '会议听取汇报，讨论了道路、水利、电网和通信四个问题。'],
  ])('%s', (typed, printed) => {
    expect(fixPunctuation(typed)).toBe(printed);
  });

  it.each([
    // the count is not the items' (two said, three typed)
    '镇党委召开会议，研究了防火，低保评议和村道硬化两件事。',
    // 了 inside an item after the first: a clause of its own
    '镇党委召开会议，研究了防火，落实了低保和村道三项任务。',
    // 的 in the first item: a phrase, not a short noun
    '镇党委召开会议，研究了村里的防火，低保和村道三件事。',
    // 了 with nothing after it before the comma
    '镇党委召开会议，研究了，低保和村道两件事。',
  ])('keeps the commas of %s', (typed) => {
    expect(fixPunctuation(typed)).toBe(typed);
  });
});
