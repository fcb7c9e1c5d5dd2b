/**
 * The parts of a DOCX package a reader needs beside the text: relationships (OPC), the style sheet
 * (ECMA-376 Part 1 §17.7: docDefaults, then each style over its basedOn chain) and the theme's fonts.
 */
import type { RunFormat } from '../raw.js';
import type { ZipReader as ZipArchive } from '../../io/unzip.js';
import { child, children, elements, parseXml, val, type XmlElement } from '../xml.js';

export interface Style {
  id: string;
  name?: string;
  basedOn?: string;
  pPr?: XmlElement;
  rPr?: XmlElement;
}

export const onOff = (el: XmlElement | undefined): boolean | undefined => {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !/^(0|false|off)$/i.test(v);
};

export function relsOf(zip: ZipArchive, part: string): Map<string, { type: string; target: string }> {
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  const text = zip.text(`${dir}_rels/${part.slice(dir.length)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  if (!text) return out;
  for (const r of elements(parseXml(text, `${dir}_rels`))) {
    if ((r.attrs.TargetMode ?? '').toLowerCase() === 'external') continue;
    const target = r.attrs.Target ?? '';
    out.set(r.attrs.Id ?? '', { type: r.attrs.Type ?? '', target: resolvePart(dir, target) });
  }
  return out;
}

function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

/**
 * The theme's fonts (DrawingML a:fontScheme): minorEastAsia, majorHAnsi … → a face. An empty East
 * Asian face means the script's own, for Chinese the "Hans" one (Word picks it for zh-CN text).
 */
export function themeFonts(theme: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const scheme = theme ? descendantsOf(theme, 'a:fontScheme') : undefined;
  for (const [kind, el] of [['major', child(scheme, 'a:majorFont')], ['minor', child(scheme, 'a:minorFont')]] as const) {
    if (!el) continue;
    const latin = child(el, 'a:latin')?.attrs.typeface;
    const ea = child(el, 'a:ea')?.attrs.typeface || children(el, 'a:font').find((f) => f.attrs.script === 'Hans')?.attrs.typeface;
    if (latin) for (const n of ['HAnsi', 'Ascii', 'Bidi']) out.set(`${kind}${n}`, latin);
    if (ea) out.set(`${kind}EastAsia`, ea);
  }
  return out;
}

function descendantsOf(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of elements(el)) {
    if (c.name === name) return c;
    const d = descendantsOf(c, name);
    if (d) return d;
  }
  return undefined;
}

export function runFormatOf(rPr: XmlElement | undefined, into: RunFormat, theme = new Map<string, string>()): RunFormat {
  if (!rPr) return into;
  const f = { ...into };
  const fonts = child(rPr, 'w:rFonts');
  const fromTheme = (name: string | undefined) => (name ? (theme.get(name) ?? `theme:${name}`) : undefined);
  if (fonts) {
    const ea = fonts.attrs['w:eastAsia'] ?? fromTheme(fonts.attrs['w:eastAsiaTheme']);
    const ascii = fonts.attrs['w:ascii'] ?? fromTheme(fonts.attrs['w:asciiTheme']);
    if (ea) f.fontEastAsia = ea;
    if (ascii) f.fontAscii = ascii;
  }
  const sz = val(rPr, 'w:sz');
  if (sz !== undefined && /^\d+$/.test(sz)) f.sizePt = Number(sz) / 2;
  const b = onOff(child(rPr, 'w:b'));
  if (b !== undefined) f.bold = b;
  const spacing = val(rPr, 'w:spacing');
  if (spacing !== undefined && /^-?\d+$/.test(spacing)) f.spacingTwip = Number(spacing);
  const color = val(rPr, 'w:color');
  if (color) f.color = color.toUpperCase();
  return f;
}

/** The style sheet of a document: a style's chain of basedOn styles, and run formats through them. */
export class StyleSheet {
  private readonly styles = new Map<string, Style>();
  /** The paragraph style a paragraph without w:pStyle has (w:default="1"). */
  readonly defaultParagraphStyle: string | undefined;
  /** The run format of docDefaults (and the theme's East Asian face, when no face is given anywhere). */
  readonly defaultRun: RunFormat;
  private readonly theme: Map<string, string>;

  constructor(stylesXml: XmlElement | undefined, theme: Map<string, string>) {
    let defaultParagraphStyle: string | undefined;
    for (const s of children(stylesXml, 'w:style')) {
      const id = s.attrs['w:styleId'] ?? '';
      this.styles.set(id, { id, name: val(s, 'w:name'), basedOn: val(s, 'w:basedOn'), pPr: child(s, 'w:pPr'), rPr: child(s, 'w:rPr') });
      if (s.attrs['w:type'] === 'paragraph' && onOff({ name: '', attrs: { 'w:val': s.attrs['w:default'] ?? '0' }, children: [] })) defaultParagraphStyle = id;
    }
    this.defaultParagraphStyle = defaultParagraphStyle;
    this.theme = theme;
    // with no East Asian face given anywhere, Word sets Chinese in the theme's minor East Asian face
    const themeDefault: RunFormat = theme.get('minorEastAsia') ? { fontEastAsia: theme.get('minorEastAsia') } : {};
    this.defaultRun = this.format(child(child(child(stylesXml, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'), themeDefault);
  }

  /** A style and the styles it is based on, the base first (at most 32, a loop cut). */
  chain(id: string | undefined): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    while (id && this.styles.has(id) && !seen.has(id) && out.length < 32) {
      seen.add(id);
      const s = this.styles.get(id)!;
      out.unshift(s);
      id = s.basedOn;
    }
    return out;
  }

  format(rPr: XmlElement | undefined, into: RunFormat): RunFormat {
    return runFormatOf(rPr, into, this.theme);
  }
}
