import { describe, expect, test } from 'vitest';
import { joinNames, personInList, personInSentence, splitNames } from '../../src/zh/names.js';

describe('names and lists of names', () => {
  test('a list typed as one text splits at 、，,；; and spaces', () => {
    expect(splitNames('郭百高、李德武，魏靖')).toEqual(['郭百高', '李德武', '魏靖']);
    expect(splitNames('郭百高 李德武\u3000魏靖;杨立平')).toEqual(['郭百高', '李德武', '魏靖', '杨立平']);
    expect(splitNames('县委办公室，县政府办公室。')).toEqual(['县委办公室', '县政府办公室']);
    expect(splitNames('  ')).toEqual([]);
  });

  test('a list is printed with 、 (or the separator given), blanks left out', () => {
    expect(joinNames(['郭百高', ' 李德武 ', ''])).toBe('郭百高、李德武');
    expect(joinNames(['县委办', '县政府办'], '，')).toBe('县委办，县政府办');
  });

  test('a person in a sentence and in a list', () => {
    const p = { name: '郭百高', posts: ['镇党委书记', '镇长'] };
    expect(personInSentence(p)).toBe('镇党委书记、镇长郭百高');
    expect(personInList(p)).toBe('郭百高（镇党委书记、镇长）');
    expect(personInList({ name: '魏靖', posts: [] })).toBe('魏靖');
  });
});
