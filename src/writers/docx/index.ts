/**
 * The DOCX writer: GongwenDocument → DOCX bytes, laid out to GB/T 9704-2012 (see ./standard.ts).
 *
 * Same input and options → byte-identical output: core.xml and zip entry times come from `dateEpoch`
 * (SOURCE_DATE_EPOCH when the caller passes it; 2000-01-01 by default, never "now").
 * The `docx` package is loaded on the first call only.
 */
import type { GongwenDocument } from '../../model/document.js';
import type { Writer } from '../writer.js';
import type { FontProfileName } from './standard.js';

export interface DocxOptions {
  /** 'gb2312': 仿宋_GB2312 / 楷体_GB2312 (default); 'plain': 仿宋 / 楷体. */
  fontProfile: FontProfileName;
  /** Seconds since 1970 for the document's created/modified dates and the zip entries. Default 2000-01-01. */
  dateEpoch?: number;
  /**
   * Where the 版记 goes: 'footnote' (default) sets it at the bottom of the 版心 of the last page;
   * 'flow' right after the text.
   */
  colophonPlacement?: 'footnote' | 'flow';
}

export type { FontProfileName } from './standard.js';

export async function writeDocx(doc: GongwenDocument, options: DocxOptions): Promise<Uint8Array> {
  // docx's Packer through ./build.js's static import, not `import('docx')`: a namespace import keeps
  // all of docx in the bundle, named imports let esbuild leave out what gongwen never builds
  const [{ buildDocument, Packer }, { finishPackage, DEFAULT_DATE_EPOCH }, { FONT_PROFILES }] = await Promise.all([
    import('./build.js'),
    import('./package.js'),
    import('./standard.js'),
  ]);
  const title = doc.title.length > 0 ? doc.title.join('') : (doc.mark ?? '');
  const document = buildDocument(
    doc,
    { fontProfile: options.fontProfile, colophonPlacement: options.colophonPlacement ?? 'footnote' },
    { title },
  );
  return finishPackage(packageParts(Packer, document), {
    dateEpoch: options.dateEpoch ?? DEFAULT_DATE_EPOCH,
    anchorFont: FONT_PROFILES[options.fontProfile].fangsong,
    fontProfile: options.fontProfile,
  });
}

type DocxModule = typeof import('docx');
interface PartCompiler {
  compile(file: InstanceType<DocxModule['File']>): Map<string, string | Uint8Array>;
}

/**
 * The package's parts by path, not yet zipped. `Packer.toBuffer` would DEFLATE every part, and
 * ./package.ts must unzip them again to fix what the docx API cannot say, then zip once itself; so
 * the parts are taken from the compiler the Packer zips (a static field docx's types call private),
 * and a DOCX is compressed once, the same in the sources and the bundle.
 */
function packageParts(packer: DocxModule['Packer'], document: InstanceType<DocxModule['File']>): Map<string, string | Uint8Array> {
  const compiler = (packer as unknown as { compiler?: PartCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('the docx package has no Packer.compiler: see packageParts in src/writers/docx/index.ts');
  const cached = skipConstantParts(document);
  // the parts as text: ./package.ts fixes some and encodes each once
  const parts = compiler.compile(document);
  if (cached) {
    for (const [path, text] of cached) parts.set(path, text);
  } else {
    for (const path of Object.keys(CONSTANT_PARTS)) {
      const text = parts.get(path);
      if (text !== undefined) constantParts.set(path, text);
    }
  }
  return parts;
}

/**
 * Parts docx formats from objects that are the same for every document ./build.ts builds — it gives
 * `new Document` the same options each time but for the title, the footnotes and the sections' children,
 * which these parts do not hold — by the getter of docx's File that gives the object formatted:
 * - word/theme/theme1.xml: docx's default Office theme (./build.ts gives no `theme`);
 * - word/settings.xml: from the options (even and odd footers, compatibility);
 * - word/numbering.xml: docx's default bullet list (gongwen numbers its own lines, no paragraph refers to it);
 * - word/endnotes.xml: the separators only (gongwen writes no endnote);
 * - docProps/app.xml, docProps/custom.xml: docx's application properties, no custom property;
 * - word/fontTable.xml: docx's empty font table, which ./package.ts replaces whole (fontTableXml).
 */
const CONSTANT_PARTS: Record<string, (file: DocxFile) => Formatted | undefined> = {
  'word/theme/theme1.xml': (f) => f.Theme,
  'word/settings.xml': (f) => f.Settings,
  'word/numbering.xml': (f) => f.Numbering,
  'word/endnotes.xml': (f) => f.Endnotes?.View,
  'docProps/app.xml': (f) => f.AppProperties,
  'docProps/custom.xml': (f) => f.CustomProperties,
  'word/fontTable.xml': (f) => f.FontTable?.View,
};
interface Formatted {
  prepForXml?: unknown;
}
interface DocxFile {
  styles?: unknown;
  Styles?: unknown;
  Theme?: Formatted;
  Settings?: Formatted;
  Numbering?: Formatted;
  Endnotes?: { View?: Formatted };
  AppProperties?: Formatted;
  CustomProperties?: Formatted;
  FontTable?: { View?: Formatted };
}

/** The CONSTANT_PARTS as docx formatted them for the first document of this process. */
const constantParts = new Map<string, string | Uint8Array>();

/**
 * Parts docx formats for every document are the same in every DOCX gongwen writes, and were a third
 * of docx's compile in a batch (`node --cpu-prof` of 100 records):
 * - word/styles.xml: docx formats its default styles, and ./package.ts replaces the part whole with
 *   stylesXml (./styles.ts) — so what docx formats is an empty `<w:styles>`;
 * - the CONSTANT_PARTS: formatted for the first document of a process, then taken from there.
 * Each object is told to format as an empty element (an own `prepForXml` on this document's object:
 * what else reads it, as runs read the theme's colours, stays docx's own); the styles are swapped on
 * the document (docx's getter `Styles` reads the field `styles`). If docx changes that, this throws
 * rather than writing another package. Returns the parts to put in place, or undefined when this
 * compile writes them.
 */
function skipConstantParts(document: object): Map<string, string | Uint8Array> | undefined {
  const file = document as DocxFile;
  const emptyStyles = { prepForXml: () => ({ 'w:styles': {} }) };
  file.styles = emptyStyles;
  const objects = Object.entries(CONSTANT_PARTS).map(([path, of]) => [path, of(file)] as const);
  const missing = objects.filter(([, o]) => typeof o?.prepForXml !== 'function').map(([path]) => path);
  if (file.Styles !== emptyStyles || missing.length) {
    throw new Error(`the docx package no longer formats ${missing.join(', ') || 'word/styles.xml'} as gongwen knows: see skipConstantParts in src/writers/docx/index.ts`);
  }
  if (constantParts.size === 0) return undefined;
  for (const [path, o] of objects) if (constantParts.has(path)) o!.prepForXml = () => ({ 'gongwen-formatted-once': {} });
  return constantParts;
}

/** SOURCE_DATE_EPOCH from an environment, if set and valid. */
export function sourceDateEpoch(env: Record<string, string | undefined> = process.env): number | undefined {
  const v = env.SOURCE_DATE_EPOCH;
  if (v === undefined || !/^\d+$/.test(v.trim())) return undefined;
  return Number(v.trim());
}

/** `render --format docx` (src/writers/registry.ts). */
export const docxWriter: Writer = {
  format: 'docx',
  extension: 'docx',
  text: false,
  write: (document, options) => writeDocx(document, { fontProfile: options.fontProfile, dateEpoch: sourceDateEpoch(options.env) }),
};
