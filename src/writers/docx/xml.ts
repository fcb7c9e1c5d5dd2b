/**
 * XML text for the parts of a DOCX: escaping, attributes, elements. Every part of the package is
 * written as text through these (ECMA-376 Part 1 is XML 1.0; the parts are UTF-8).
 *
 * The five characters XML may give special meaning (& < > " ') become the predefined entities, in
 * text and in attribute values alike (the `docx` package's escaping, kept so that a DOCX stayed the
 * same bytes when this writer replaced it), and the characters XML 1.0 cannot hold (§2.2 Char) are
 * left out wherever they are written: a title in docProps/core.xml as much as a run.
 */

const ENTITY: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const ENTITY_CHAR = /[&"'<>]/g;

/**
 * Characters XML 1.0 cannot hold (§2.2 Char): C0 controls other than tab, line feed and carriage
 * return, U+FFFE, U+FFFF and lone surrogates (a pair is one character beyond the BMP, which XML holds).
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A character that escapeXml must look at: one of ENTITY_CHAR, NOT_XML_CHAR, or any surrogate (most are in pairs). */
const MAY_NEED_ESCAPE = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** `text` without the characters XML 1.0 cannot hold. */
function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** `text` safe for XML character data or a quoted attribute value. */
export function escapeXml(text: string): string {
  return MAY_NEED_ESCAPE.test(text) ? xmlSafeText(text).replace(ENTITY_CHAR, (c) => ENTITY[c]!) : text;
}

/** `<name/>` when `content` is empty, else `<name>content</name>` (a paragraph, a run). */
export function element(name: string, content: string): string {
  return content ? `<${name}>${content}</${name}>` : `<${name}/>`;
}

/** `<name>content</name>`, or nothing when `content` is empty (a properties element with no property). */
export function optionalElement(name: string, content: string): string {
  return content ? `<${name}>${content}</${name}>` : '';
}

/** The XML declaration the package's parts start with (the `docx` package's two forms, kept). */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
export const XML_DECLARATION_STANDALONE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
