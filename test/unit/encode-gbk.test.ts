// src/io/encodeGbk.ts: text written as GBK reads back through the platform's own GBK decoder.
import { describe, expect, it } from 'vitest';
import { encodeGbk, unencodableInGbk } from '../../src/io/encodeGbk.js';

describe('encodeGbk', () => {
  it('writes Chinese text, ASCII and Chinese punctuation that a GBK decoder reads back the same', () => {
    const text = 'period,section,measure\r\n2009H1,信访,受理：11件；村社区“上坝”、石岩哨…—€\n';
    const bytes = encodeGbk(text);
    expect(new TextDecoder('gbk').decode(bytes)).toBe(text);
    // two bytes a 汉字, one an ASCII character: 编 is B1E0 in GB 2312 (and so in GBK)
    expect([...encodeGbk('编a')]).toEqual([0xb1, 0xe0, 0x61]);
  });

  it('names the characters GBK has no code for instead of writing a question mark', () => {
    expect(unencodableInGbk('上坝𠮷村😀，镇')).toEqual(['𠮷', '😀']);
    expect(() => encodeGbk('村𠮷')).toThrow('GBK has no code for "𠮷"');
    expect(unencodableInGbk('信访台账 2009')).toEqual([]);
  });
});
