import { describe, expect, test } from 'vitest';
import { didYouMean, wordDistance, nearestWords, nearMissLimit } from '../../src/zh/didYouMean.js';

describe('did you mean', () => {
  test('a wrong, missing, extra, swapped or moved character is one', () => {
    expect(wordDistance('姓明', '姓名')).toBe(1);
    expect(wordDistance('参会人', '参会人员')).toBe(1);
    expect(wordDistance('chiar', 'chair')).toBe(1);
    expect(wordDistance('来信比例', '来信占比')).toBe(1);
    expect(wordDistance('会议要求', '会议时间')).toBe(2);
    expect(wordDistance('', 'abc')).toBe(3);
  });

  test('a near miss is one edit up to five characters, two up to eleven, three beyond, never the whole word', () => {
    expect([1, 2, 5, 6, 11, 12, 30].map(nearMissLimit)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });

  test('suggests the nearest known word, case ignored', () => {
    const keys = ['姓名', '地点', '参会人员', '出席', 'minutes', 'attendees', 'chair'];
    expect(didYouMean('姓明', keys)).toBe('姓名');
    expect(didYouMean('参会人', keys)).toBe('参会人员');
    expect(didYouMean('Minute', keys)).toBe('minutes');
    expect(didYouMean('atendes', keys)).toBe('attendees');
    expect(didYouMean('chiar', keys)).toBe('chair');
    expect(didYouMean('来信比例', ['来信占比', '来访占比'])).toBe('来信占比');
  });

  test('nothing when no known word is near', () => {
    expect(didYouMean('会议要求', ['会议时间', '会议地点', '会议名称'])).toBeUndefined();
    expect(didYouMean('x', ['y'])).toBeUndefined();
    expect(didYouMean('注意事项', ['姓名', '地点'])).toBeUndefined();
  });

  test('all the nearest, those the word begins first', () => {
    expect(nearestWords('交办回复', ['交办已回复', '交办回复率', '办结率'])).toEqual(['交办回复率', '交办已回复']);
  });
});
