import { describe, expect, test } from 'vitest';
import { canonicalKey, KEY_ALIASES } from '../../src/records/aliases.js';
import { stripSequenceMark } from '../../src/zh/punctuation.js';

// canonicalKey looks at a key twice (without its number) only where it begins with one of zh's sequence marks, the ones
// stripSequenceMark takes off (aliases.ts MAY_BE_NUMBERED is built from SEQUENCE_MARK, not a copy of its first characters).
const MARKS = ['1、', '12.', '3．', '4。', ' 5. ', '(2)', '（二）', '（二）、', '(10).', '三、', '十一.', '二是', '①', '⑳', '❶', '❿'];
const NAMES = ['存在的问题', '下步打算', '主要做法', '指导思想', '标题', '不是一个键'];

/** What canonicalKey is, looking at every key twice. */
const slow = (key: string) => KEY_ALIASES[key] ?? ((stripSequenceMark(key) !== key && KEY_ALIASES[stripSequenceMark(key)]) || key);

describe('a key typed with its number', () => {
  test.each(MARKS)('%s before a key is read as the key', (mark) => {
    expect(canonicalKey(`${mark}存在的问题`)).toBe('problems');
    expect(canonicalKey(`${mark}下步打算`)).toBe(KEY_ALIASES['下步打算']);
  });
  test('every key reads as it does when each is looked at without its number', () => {
    const heads = [...MARKS, '', '1.5', '2026年', '一', '（', '(a)', '是', '\u2474', '\u2780', 'title', ' '];
    const readThroughNumber: string[] = [];
    const leftAsTyped: string[] = [];
    for (const a of heads) for (const b of heads) for (const name of NAMES) {
      const key = `${a}${b}${name}`;
      expect(canonicalKey(key), key).toBe(slow(key));
      if (KEY_ALIASES[key] === undefined) (slow(key) === key ? leftAsTyped : readThroughNumber).push(key);
    }
    // the table reaches both ways a numbered key can go: known without its number, and left as typed
    expect(readThroughNumber).toContain('（二）、存在的问题');
    expect(leftAsTyped).toContain('1.5存在的问题');
    expect(leftAsTyped).toContain('(a)存在的问题');
  });
});
