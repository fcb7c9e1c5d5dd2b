import { describe, expect, test } from 'vitest';
import { fixPunctuation } from '../../src/zh/punctuation.js';

// widenPunctuation copies the text between the marks it widens as it stands and takes a text's code units for its
// characters unless it holds one beyond U+FFFF (src/zh/punctuation.ts, Chars): the spaces it drops and the texts
// with such characters (Extension B and later: 𠀀 U+20000, 𪚥 U+2A6A5), which no golden holds.
describe('half-width marks widened in pieces', () => {
  test('the spaces around a widened mark are dropped, those elsewhere kept', () => {
    expect(fixPunctuation('会议 , 研究 ; 部署')).toBe('会议，研究；部署');
    expect(fixPunctuation('  ,会议')).toBe('，会议');
    expect(fixPunctuation('会议 研究 , 部署 工作')).toBe('会议 研究，部署 工作');
  });

  test('a text with a Han character beyond U+FFFF is widened as any other', () => {
    expect(fixPunctuation('𪚥村 , 镇党委 ; 𠀀镇')).toBe('𪚥村，镇党委；𠀀镇');
    expect(fixPunctuation('他说:"𠀀好"。')).toBe('他说：“𠀀好”。');
    expect(fixPunctuation('(𠀀村)要求:')).toBe('（𠀀村）要求：');
    expect(fixPunctuation('值班电话:0739-5321234,13907391234𠀀')).toBe('值班电话：0739-5321234，13907391234𠀀');
    expect(fixPunctuation('𠀀办理(1)严禁瞒报. 会议')).toBe('𠀀办理（1）严禁瞒报。会议');
  });
});
