/**
 * A small XML reader for the parts of an OOXML package (word/document.xml, styles.xml …).
 *
 * Bounded and inert by construction: a document type declaration (`<!DOCTYPE`) is refused — OOXML
 * parts never have one (ECMA-376 Part 2 §8.1.3 lets no DTD in), and refusing it is what keeps an
 * entity bomb out; only the five predefined entities and numeric character references are read;
 * elements nest at most MAX_DEPTH deep and a part holds at most MAX_NODES elements.
 */
import { localize, say, type Text } from '../diagnostics/messages/index.js';
import { decodeXmlEntities } from '../io/xmlEntities.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** An XML part that cannot be read: `reason` in the catalogue's words, `where` the part. */
export class XmlError extends Error {
  constructor(readonly reason: Text, readonly where: string) {
    super(`${where}: ${localize(reason, 'en')}`);
    this.name = 'XmlError';
  }

  /** The reason after the part's name, as the catalogue words it. */
  get text(): Text {
    return say('xml.in', { part: this.where, reason: this.reason });
  }
}

const MAX_DEPTH = 256;
const MAX_NODES = 2_000_000;

/** Parses one XML part into a tree; `where` names the part in messages. */
export function parseXml(xml: string, where: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let nodes = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const top = stack[stack.length - 1]!;
      if (top !== root) top.children.push(decodeXmlEntities(xml.slice(i, textEnd)));
    }
    if (lt === -1) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) throw new XmlError(say('xml.unterminated', { what: 'instruction' }), where);
      i = end + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end === -1) throw new XmlError(say('xml.unterminated', { what: 'comment' }), where);
        i = end + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end === -1) throw new XmlError(say('xml.unterminated', { what: 'cdata' }), where);
        const top = stack[stack.length - 1]!;
        if (top !== root) top.children.push(xml.slice(lt + 9, end));
        i = end + 3;
        continue;
      }
      throw new XmlError(say('xml.dtd'), where);
    }
    const gt = findTagEnd(xml, lt + 1);
    if (gt === -1) throw new XmlError(say('xml.unterminated-tag', { offset: lt }), where);
    if (c === 47 /* / */) {
      const name = xml.slice(lt + 2, gt).trim();
      const top = stack.pop();
      if (!top || top === root || top.name !== name) throw new XmlError(say('xml.mismatched', { name, open: top && top !== root ? top.name : undefined }), where);
      i = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const sp = inner.search(/[\s]/);
    const name = sp === -1 ? inner : inner.slice(0, sp);
    const attrs: Record<string, string> = {};
    if (sp !== -1) {
      const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
      let m: RegExpExecArray | null;
      const rest = inner.slice(sp);
      while ((m = re.exec(rest))) attrs[m[1]!] = decodeXmlEntities(m[3] ?? m[4] ?? '');
    }
    const el: XmlElement = { name, attrs, children: [] };
    if (++nodes > MAX_NODES) throw new XmlError(say('xml.too-many-elements', { limit: MAX_NODES }), where);
    stack[stack.length - 1]!.children.push(el);
    if (!selfClosing) {
      stack.push(el);
      if (stack.length > MAX_DEPTH) throw new XmlError(say('xml.too-deep', { limit: MAX_DEPTH }), where);
    }
    i = gt + 1;
  }
  if (stack.length > 1) throw new XmlError(say('xml.unclosed', { name: stack[stack.length - 1]!.name }), where);
  const top = root.children.find((x): x is XmlElement => typeof x !== 'string');
  if (!top) throw new XmlError(say('xml.no-root'), where);
  return top;
}

/** The index of the `>` ending a tag that starts at `from`, skipping quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let j = from; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return j;
  }
  return -1;
}

/** The local name: "w:p" → "p". */
export const local = (name: string): string => name.slice(name.indexOf(':') + 1);

export function elements(el: XmlElement | undefined): XmlElement[] {
  return el ? (el.children.filter((c) => typeof c !== 'string') as XmlElement[]) : [];
}

/** The first child element with this qualified name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return elements(el).filter((c) => c.name === name);
}

/** Every descendant with this name, in document order (iterative: no deep recursion). */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    if (e !== el && e.name === name) out.push(e);
    const kids = elements(e);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return out;
}

/** All text under an element. */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** w:val of a child, e.g. val(pPr, 'w:jc') → "center". */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}
