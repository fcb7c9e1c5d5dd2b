/**
 * The references of XML text, as the XLSX reader (src/registers/xlsxXml.ts) and the DOCX reader
 * (src/readers/xml.ts) both read them: the five predefined entities (&amp; &lt; &gt; &quot; &apos;) and
 * character references (&#NNN; &#xHH;). A reference to a character XML does not allow (XML 1.0 §2.2
 * Char: not U+0000, not a surrogate, not U+FFFE/U+FFFF, nothing past U+10FFFF, no C0 control but tab,
 * line feed and carriage return) is dropped; another named entity is left as written (no DTD is read,
 * so none is defined).
 */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Whether XML 1.0 allows the character (§2.2, production [2] Char). */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  if (code <= 0xd7ff) return true;
  if (code < 0xe000) return false;
  if (code <= 0xfffd) return true;
  return code >= 0x10000 && code <= 0x10ffff;
}

export function decodeXmlEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(REFERENCE, (_whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return PREDEFINED[name]!;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return isXmlChar(code) ? String.fromCodePoint(code) : '';
  });
}
