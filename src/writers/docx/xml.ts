/**
 * XML text for the parts of a DOCX: escaping, attributes, elements. Every part of the package is
 * written as text through these (ECMA-376 Part 1 is XML 1.0; the parts are UTF-8).
 *
 * The escaping is the one the `docx` package used, kept so that a DOCX is the same bytes as before:
 * the five characters XML may give special meaning (& < > " ') become the predefined entities, in
 * text and in attribute values alike, and C0 control characters XML 1.0 cannot hold (§2.2 Char: all
 * but tab, line feed and carriage return) are left out. Runs take out what else XML cannot hold
 * (./runs.ts xmlSafeText) before their text is escaped.
 */

const ENTITY: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const HAS_SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;

/** `text` safe for XML character data or a quoted attribute value. */
export function escapeXml(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITY[c] ?? '') : text;
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
