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
  styles: Styles;
}

/** word/styles.xml, read: docDefaults and each style by id. */
export interface Styles {
  pPrDefault?: XNode;
  rPrDefault?: XNode;
  byId: Map<string, XNode>;
}

/** Every node of a part read by `readDocx().xml()`, to the styles of its package. */
const stylesOfNode = new WeakMap<object, Styles>();

function register(nodes: XNode[], styles: Styles): void {
  for (const n of nodes) {
    if (typeof n !== 'object' || n === null) continue;
    stylesOfNode.set(n, styles);
    const t = tagOf(n);
    if (t !== '#text') register(children(n), styles);
  }
}

function readStyles(files: Record<string, Uint8Array>): Styles {
  const f = files['word/styles.xml'];
  const byId = new Map<string, XNode>();
  if (!f) return { byId };
  const root = parser.parse(strFromU8(f)) as XNode[];
  for (const st of findAll(root, 'w:style')) byId.set(attr(st, 'w:styleId')!, st);
  const defaults = findAll(root, 'w:docDefaults')[0];
  return {
    byId,
    pPrDefault: path(defaults, 'w:pPrDefault', 'w:pPr'),
    rPrDefault: path(defaults, 'w:rPrDefault', 'w:rPr'),
  };
}

export function readDocx(bytes: Uint8Array): Docx {
  const files = unzipSync(bytes);
  const styles = readStyles(files);
  return {
    files,
    styles,
    text: (name) => {
      const f = files[name];
      if (!f) throw new Error(`no ${name} in the package`);
      return strFromU8(f);
    },
    xml: (name) => {
      const f = files[name];
      if (!f) throw new Error(`no ${name} in the package`);
      const nodes = parser.parse(strFromU8(f)) as XNode[];
      register(nodes, styles);
      return nodes;
    },
  };
}

/**
 * Properties merged as Word resolves them (ECMA-376 Part 1 §17.7.2): later ones win, attribute by
 * attribute for an element that has attributes (w:ind, w:spacing, w:rFonts …), whole for the rest.
 */
export function mergeProps(tag: string, ...layers: (XNode | undefined)[]): XNode | undefined {
  const present = layers.filter((l): l is XNode => Boolean(l));
  if (present.length === 0) return undefined;
  const merged = new Map<string, XNode>();
  for (const layer of present) {
    for (const c of children(layer)) {
      const t = tagOf(c);
      if (t === '#text' || t === 'w:rPr' || t === 'w:pPrChange' || t === 'w:rPrChange' || t === 'w:sectPr') continue;
      const prev = merged.get(t);
      const attrs = c[':@'];
      if (prev && attrs && prev[':@'] && children(c).length === 0) merged.set(t, { [t]: [], ':@': { ...prev[':@'], ...attrs } } as XNode);
      else merged.set(t, c);
    }
  }
  return { [tag]: [...merged.values()] } as XNode;
}

/** A style and the styles it is based on, the base first. */
function styleChain(styles: Styles, id: string | undefined): XNode[] {
  const out: XNode[] = [];
  const seen = new Set<string>();
  let cur = id;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const st = styles.byId.get(cur);
    if (!st) break;
    out.unshift(st);
    cur = attr(child(st, 'w:basedOn'), 'w:val');
  }
  return out;
}

function defaultParagraphStyleId(styles: Styles): string | undefined {
  for (const [id, st] of styles.byId) if (attr(st, 'w:type') === 'paragraph' && attr(st, 'w:default') === '1') return id;
  return undefined;
}

/** The paragraph's and its runs' properties as Word resolves them: defaults, style chain, then direct. */
function resolved(p: XNode, directPPr: XNode | undefined, runs: { rPr?: XNode }[]): { pPr?: XNode; rPrs: (XNode | undefined)[] } {
  const styles = stylesOfNode.get(p);
  if (!styles) return { pPr: directPPr, rPrs: runs.map((r) => r.rPr) };
  const pStyle = attr(child(directPPr, 'w:pStyle'), 'w:val') ?? defaultParagraphStyleId(styles);
  const chain = styleChain(styles, pStyle);
  const pPr = mergeProps('w:pPr', styles.pPrDefault, ...chain.map((st) => child(st, 'w:pPr')), directPPr);
  const paraRPr = [styles.rPrDefault, ...chain.map((st) => child(st, 'w:rPr'))];
  const rPrs = runs.map((r) => {
    const rStyle = attr(child(r.rPr, 'w:rStyle'), 'w:val');
    const runChain = rStyle ? styleChain(styles, rStyle).map((st) => child(st, 'w:rPr')) : [];
    return mergeProps('w:rPr', ...paraRPr, ...runChain, r.rPr);
  });
  return { pPr, rPrs };
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
  /** The run's properties as Word resolves them (defaults, styles, direct formatting). */
  rPr?: XNode;
  /** Only what the run itself says (direct formatting). */
  directRPr?: XNode;
  node: XNode;
}

export interface Para {
  text: string;
  /** The paragraph's properties as Word resolves them (defaults, style chain, direct formatting). */
  pPr?: XNode;
  /** Only what the paragraph itself says (its w:pPr). */
  directPPr?: XNode;
  /** Its w:pStyle, or undefined for the default (Normal). */
  style?: string;
  runs: Run[];
  node: XNode;
}

/**
 * The paragraphs under `root`, each with its properties resolved through the package's styles
 * (when `root` was read with readDocx), so a test reads what Word would apply.
 */
export function paragraphs(root: XNode[] | XNode): Para[] {
  return findAll(root, 'w:p').map((p) => {
    const directPPr = child(p, 'w:pPr');
    const runNodes = children(p).filter((c) => tagOf(c) === 'w:r');
    const direct = runNodes.map((r) => ({ node: r, rPr: child(r, 'w:rPr'), text: textOf(r) }));
    const { pPr, rPrs } = resolved(p, directPPr, direct);
    return {
      node: p,
      pPr,
      directPPr,
      style: attr(child(directPPr, 'w:pStyle'), 'w:val'),
      text: textOf(p),
      runs: direct.map((r, i) => ({ node: r.node, text: r.text, rPr: rPrs[i], directRPr: r.rPr })),
    };
  });
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
