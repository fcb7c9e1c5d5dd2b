// One reading of XML references for the XLSX and DOCX readers (src/io/xmlEntities.ts).
import { describe, expect, test } from 'vitest';
import { decodeXmlEntities } from '../../src/io/xmlEntities.js';
import { parseXml } from '../../src/readers/xml.js';

describe('XML references', () => {
  test('the five predefined entities and character references, decimal and hexadecimal', () => {
    expect(decodeXmlEntities('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;')).toBe(`a & b <c> "d" 'e'`);
    expect(decodeXmlEntities('&#20449;&#x8BBF;&#X4EF6;')).toBe('信访件');
    expect(decodeXmlEntities('&#x1F4C4;')).toBe('📄');
    // &amp;lt; is the text "&lt;", not "<"
    expect(decodeXmlEntities('&amp;lt;')).toBe('&lt;');
  });

  test('a reference to a character XML does not allow is dropped (XML 1.0 §2.2)', () => {
    for (const bad of ['&#0;', '&#x0;', '&#1;', '&#xD800;', '&#xFFFE;', '&#xFFFF;', '&#x110000;', '&#99999999999;']) {
      expect(decodeXmlEntities(`前${bad}后`), bad).toBe('前后');
    }
    expect(decodeXmlEntities('&#9;&#10;&#13;')).toBe('\t\n\r');
  });

  test('a named entity XML does not predefine stays as written (no DTD defines one)', () => {
    expect(decodeXmlEntities('&nbsp;&copy;')).toBe('&nbsp;&copy;');
  });

  test('the DOCX reader reads text and attributes with it', () => {
    const t = parseXml('<w:t xml:space="a&amp;b">县委&#x3001;县政府&#0;</w:t>', 'test');
    expect(t.attrs['xml:space']).toBe('a&b');
    expect(t.children).toEqual(['县委、县政府']);
  });
});
