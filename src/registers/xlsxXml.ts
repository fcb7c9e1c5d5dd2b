/** The few XML reading helpers an XLSX reader needs: attributes, references, rich text, relationships. */
import { decodeXmlEntities } from '../io/xmlEntities.js';

const ATTRS = String.raw`((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>`;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of every element named `name` (a regular-expression fragment, prefix included). */
export function* tags(xml: string, name: string): Generator<Map<string, string>> {
  const re = new RegExp(`<${name}${ATTRS}`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield attributes(m[1]);
}

export function firstTag(xml: string, name: string): Map<string, string> | undefined {
  for (const attrs of tags(xml, escapeRe(name))) return attrs;
  return undefined;
}

function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) map.set(m[1], decodeXmlEntities(m[2] ?? m[3]));
  return map;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "x:" when the part's root element is written `<x:worksheet …>`, else "". */
export function prefixOf(xml: string, root: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${root}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/** ST_Xstring escapes: _x000D_ is a carriage return, _x005F_ a literal "_". */
export function unescapeXstring(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The text of a string item (<si>) or inline string (<is>): its <t>, or the <t>
 * of each rich-text run <r> joined; phonetic runs (<rPh>) are left out.
 */
export function richText(xml: string, from: number, to: number, p: string): string {
  const t = `${p}t`;
  const rPh = `${p}rPh`;
  const tClose = `</${p}t>`;
  const rPhClose = `</${p}rPh>`;
  let out = '';
  // From tag to tag: every search ends at a tag close by, never at the end of the sheet.
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if (isElement(xml, lt, rPh) && !selfClosing) {
      const end = xml.indexOf(rPhClose, gt);
      i = end < 0 ? to : end + rPhClose.length;
    } else if (isElement(xml, lt, t) && !selfClosing) {
      const end = xml.indexOf(tClose, gt);
      if (end < 0 || end > to) break;
      out += xml.slice(gt + 1, end);
      i = end + tClose.length;
    } else {
      i = gt + 1;
    }
  }
  return unescapeXstring(decodeXmlEntities(out));
}

/** Whether the tag at `lt` ("<") opens an element called `name` (prefix included). */
export function isElement(xml: string, lt: number, name: string): boolean {
  return xml.startsWith(name, lt + 1) && isNameEnd(xml.charCodeAt(lt + 1 + name.length));
}

/** After an element name: whitespace, ">" or "/". */
export function isNameEnd(c: number): boolean {
  return c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;
}

export interface Relationship {
  id: string;
  type: string;
  /** Path of the part inside the zip. */
  target: string;
}

export function relationships(xml: string, dir: string): Relationship[] {
  const out: Relationship[] = [];
  for (const attrs of tags(xml, '(?:[\\w.-]+:)?Relationship')) {
    if ((attrs.get('TargetMode') ?? '').toLowerCase() === 'external') continue;
    out.push({ id: attrs.get('Id') ?? '', type: attrs.get('Type') ?? '', target: resolvePart(dir, attrs.get('Target') ?? '') });
  }
  return out;
}

/** A relationship target as a zip path: absolute ("/xl/…") or relative to the part's folder ("worksheets/…", "../…"). */
function resolvePart(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}
