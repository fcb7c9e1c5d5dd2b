// src/model/markdownText.ts: a record's value written into the template's Markdown never adds structure,
// and reads back as it was typed (every value, including those it gives back unchanged without a replace).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, unescapeMarkdown } from '../../src/model/markdownText.js';

const piece = fc.constantFrom('镇', '村', 'a', '1', ' ', '\u3000', '\t', '#', ':', '-', '\\', '|', '{', '}', '，', '：', '\n', '\r', '\u0001', '\u0002');
const value = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

describe('escapeMarkdown', () => {
  test('a value on one line without mark characters reads back as typed', () => {
    fc.assert(
      fc.property(value, (v) => {
        fc.pre(!/[\n\u0001\u0002]/.test(v));
        expect(unescapeMarkdown(escapeMarkdown(v))).toBe(v);
      }),
      { numRuns: 2000 },
    );
  });

  test('what a value becomes starts no block and holds no bare | { } or line break', () => {
    fc.assert(
      fc.property(value, (v) => {
        const out = escapeMarkdown(v);
        expect(out).not.toMatch(/[\n\u0001\u0002]/);
        expect(out).not.toMatch(/^[ \t\u3000]*[#:-]/);
        // every | { } and \ is escaped: taking out the escaped pairs leaves none
        expect(out.replace(/\\[\\|{}#:-]/g, '')).not.toMatch(/[\\|{}]/);
      }),
      { numRuns: 2000 },
    );
  });

  test('plain text comes back as it is; line breaks are joined as a paragraph joins its lines', () => {
    expect(escapeMarkdown('镇信访办：张三')).toBe('镇信访办：张三');
    expect(escapeMarkdown('  #1号')).toBe('  \\#1号');
    expect(escapeMarkdown('甲\n乙')).toBe('甲乙');
    expect(escapeMarkdown('a\nb')).toBe('a b');
    expect(escapeMarkdown('a|b{c}')).toBe('a\\|b\\{c\\}');
  });
});
