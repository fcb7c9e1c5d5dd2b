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
  const cachedTheme = skipConstantParts(document);
  // the parts as text: ./package.ts fixes some and encodes each once
  const parts = compiler.compile(document);
  if (cachedTheme) parts.set(THEME_PART, cachedTheme);
  else if (parts.has(THEME_PART)) themePart = parts.get(THEME_PART);
  return parts;
}

const THEME_PART = 'word/theme/theme1.xml';
/** word/theme/theme1.xml as docx wrote it for the first document of this process. */
let themePart: string | Uint8Array | undefined;

/**
 * Two parts docx formats for every document are the same in every DOCX gongwen writes, and were a
 * fifth of docx's compile in a batch (about 5 ms a document, `node --cpu-prof` of 100 records):
 * - word/styles.xml: docx formats its default styles, and ./package.ts replaces the part whole with
 *   stylesXml (./styles.ts) — so what docx formats is an empty `<w:styles>`;
 * - word/theme/theme1.xml: docx's default Office theme (./build.ts gives the Document no `theme`), the
 *   same bytes every time — formatted for the first document of a process, then taken from there.
 * The parts are swapped on the document object (docx's getters `Styles` and `Theme` read the fields
 * `styles` and `theme`); if docx changes that, this throws rather than writing another package.
 * Returns the theme part to put in place, or undefined when this compile writes it.
 */
function skipConstantParts(document: object): string | Uint8Array | undefined {
  const file = document as { styles?: unknown; theme?: { prepForXml?: unknown }; Styles?: unknown; Theme?: unknown };
  const emptyStyles = { prepForXml: () => ({ 'w:styles': {} }) };
  file.styles = emptyStyles;
  if (file.Styles !== emptyStyles || !file.theme || file.Theme !== file.theme) {
    throw new Error('the docx package no longer keeps its styles and theme in `styles` and `theme`: see skipConstantParts in src/writers/docx/index.ts');
  }
  if (!themePart) return undefined;
  // an own property on this document's theme: its colours (read by runs) stay docx's own
  file.theme.prepForXml = () => ({ 'a:theme': {} });
  return themePart;
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
