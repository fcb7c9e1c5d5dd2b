/**
 * Reading a DOCX for structural tests: unzip (fflate), parse (fast-xml-parser, order preserved),
 * and walk paragraphs and runs.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

export type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
});

export interface Docx {
  files: Record<string, Uint8Array>;
  text(name: string): string;
  xml(name: string): XNode[];
}

export function readDocx(bytes: Uint8Array): Docx {
  const files = unzipSync(bytes);
  return {
    files,
    text: (name) => {
      const f = files[name];
      if (!f) throw new Error(`no ${name} in the package`);
      return strFromU8(f);
    },
    xml: (name) => {
      const f = files[name];
      if (!f) throw new Error(`no ${name} in the package`);
      return parser.parse(strFromU8(f)) as XNode[];
    },
  };
}

export function tagOf(n: XNode): string {
  return Object.keys(n).find((k) => k !== ':@')!;
}

export function children(n: XNode | undefined): XNode[] {
  if (!n) return [];
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

export function child(n: XNode | undefined, tag: string): XNode | undefined {
  return children(n).find((c) => tagOf(c) === tag);
}

export function path(n: XNode | undefined, ...tags: string[]): XNode | undefined {
  let cur = n;
  for (const t of tags) cur = child(cur, t);
  return cur;
}

export function attr(n: XNode | undefined, name: string): string | undefined {
  return n?.[':@']?.[name];
}

/** All descendants with the tag, in document order. */
export function findAll(nodes: XNode[] | XNode, tag: string, out: XNode[] = []): XNode[] {
  for (const n of Array.isArray(nodes) ? nodes : [nodes]) {
    if (typeof n !== 'object' || n === null) continue;
    const t = tagOf(n);
    if (t === tag) out.push(n);
    if (t !== '#text') findAll(children(n), tag, out);
  }
  return out;
}

export function textOf(n: XNode | XNode[]): string {
  return findAll(n, 'w:t')
    .map((t) => children(t).map((c) => String(c['#text'] ?? '')).join(''))
    .join('');
}

export interface Run {
  text: string;
  rPr?: XNode;
  node: XNode;
}

export interface Para {
  text: string;
  pPr?: XNode;
  runs: Run[];
  node: XNode;
}

export function paragraphs(root: XNode[] | XNode): Para[] {
  return findAll(root, 'w:p').map((p) => ({
    node: p,
    pPr: child(p, 'w:pPr'),
    text: textOf(p),
    runs: children(p)
      .filter((c) => tagOf(c) === 'w:r')
      .map((r) => ({ node: r, rPr: child(r, 'w:rPr'), text: textOf(r) })),
  }));
}

/** The run properties a test cares about, flattened. */
export function runFormat(r: Run): {
  eastAsia?: string;
  ascii?: string;
  hAnsi?: string;
  hint?: string;
  size?: number;
  color?: string;
  spacing?: number;
  langEastAsia?: string;
} {
  const f = child(r.rPr, 'w:rFonts');
  const sz = attr(child(r.rPr, 'w:sz'), 'w:val');
  const sp = attr(child(r.rPr, 'w:spacing'), 'w:val');
  return {
    eastAsia: attr(f, 'w:eastAsia'),
    ascii: attr(f, 'w:ascii'),
    hAnsi: attr(f, 'w:hAnsi'),
    hint: attr(f, 'w:hint'),
    size: sz === undefined ? undefined : Number(sz),
    color: attr(child(r.rPr, 'w:color'), 'w:val'),
    spacing: sp === undefined ? undefined : Number(sp),
    langEastAsia: attr(child(r.rPr, 'w:lang'), 'w:eastAsia'),
  };
}

export function paraFormat(p: Para): {
  align?: string;
  firstLine?: number;
  firstLineChars?: number;
  left?: number;
  right?: number;
  hanging?: number;
  line?: number;
  lineRule?: string;
  pageBreakBefore: boolean;
} {
  const ind = child(p.pPr, 'w:ind');
  const sp = child(p.pPr, 'w:spacing');
  const n = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  return {
    align: attr(child(p.pPr, 'w:jc'), 'w:val'),
    firstLine: n(attr(ind, 'w:firstLine')),
    firstLineChars: n(attr(ind, 'w:firstLineChars')),
    left: n(attr(ind, 'w:left')),
    right: n(attr(ind, 'w:right')),
    hanging: n(attr(ind, 'w:hanging')),
    line: n(attr(sp, 'w:line')),
    lineRule: attr(sp, 'w:lineRule'),
    pageBreakBefore: child(p.pPr, 'w:pageBreakBefore') !== undefined,
  };
}

/** The text a DOCX prints (document, then footnotes: the 版记), without white space and zero-width marks. */
export function docxPrintedText(d: Docx): string {
  const parts = ['word/document.xml', 'word/footnotes.xml'].filter((n) => d.files[n]).map((n) => textOf(d.xml(n)));
  return parts.join('').replace(/[\s\u200b]/g, '');
}

/** Whether a paragraph sets w:overflowPunct on (no value, or a true value). */
export function overflowPunctOn(p: Para): boolean {
  const e = child(p.pPr, 'w:overflowPunct');
  if (!e) return false;
  const v = attr(e, 'w:val');
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}
