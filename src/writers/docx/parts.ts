/**
 * The parts of the package that are the same text in every DOCX gongwen writes (ECMA-376 Part 2, Open
 * Packaging Conventions; Part 1 §11 WordprocessingML parts): content types, relationships, the
 * application and custom properties, the settings, the numbering and the endnotes. They are written
 * here once, as text, in the form the `docx` package gave them before this writer (so that a DOCX was
 * the same bytes as before). The core properties (title, dates) are written here too, by coreXml for
 * each document; the document and the footnotes by ./document.ts and ./notes.ts, the styles and font
 * table (one text per font profile) by ./styles.ts, the theme by ./theme.ts, the footers by ./footer.ts.
 */
import { XML_DECLARATION, XML_DECLARATION_STANDALONE, escapeXml } from './xml.js';

// ── Namespaces ──

/** WordprocessingML's main namespace (ECMA-376 Part 1 §17). */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The namespaces declared on the root of the document, notes, footers, settings and numbering, as Word
 * declares them (only w: and r: are used; mc:Ignorable names the ones a reader may skip).
 */
const WORD_NAMESPACES: [string, string][] = [
  ['wpc', 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas'],
  ['mc', 'http://schemas.openxmlformats.org/markup-compatibility/2006'],
  ['o', 'urn:schemas-microsoft-com:office:office'],
  ['r', OFFICE_RELATIONSHIP],
  ['m', 'http://schemas.openxmlformats.org/officeDocument/2006/math'],
  ['v', 'urn:schemas-microsoft-com:vml'],
  ['wp14', 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing'],
  ['wp', 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'],
  ['w10', 'urn:schemas-microsoft-com:office:word'],
  ['w', W_NS],
  ['w14', 'http://schemas.microsoft.com/office/word/2010/wordml'],
  ['w15', 'http://schemas.microsoft.com/office/word/2012/wordml'],
  ['wpg', 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup'],
  ['wpi', 'http://schemas.microsoft.com/office/word/2010/wordprocessingInk'],
  ['wne', 'http://schemas.microsoft.com/office/word/2006/wordml'],
  ['wps', 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'],
];
/** The further namespaces word/document.xml declares (charts, ink, 3D models, later Word mark-up). */
const DOCUMENT_NAMESPACES: [string, string][] = [
  ['cx', 'http://schemas.microsoft.com/office/drawing/2014/chartex'],
  ['cx1', 'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex'],
  ['cx2', 'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex'],
  ['cx3', 'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex'],
  ['cx4', 'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex'],
  ['cx5', 'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex'],
  ['cx6', 'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex'],
  ['cx7', 'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex'],
  ['cx8', 'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex'],
  ['aink', 'http://schemas.microsoft.com/office/drawing/2016/ink'],
  ['am3d', 'http://schemas.microsoft.com/office/drawing/2017/model3d'],
  ['w16cex', 'http://schemas.microsoft.com/office/word/2018/wordml/cex'],
  ['w16cid', 'http://schemas.microsoft.com/office/word/2016/wordml/cid'],
  ['w16', 'http://schemas.microsoft.com/office/word/2018/wordml'],
  ['w16sdtdh', 'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash'],
  ['w16se', 'http://schemas.microsoft.com/office/word/2015/wordml/symex'],
];
const declare = (list: [string, string][]) => list.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
/** The namespace declarations of a WordprocessingML part's root. */
export const WORD_NS_DECLARATIONS = declare(WORD_NAMESPACES);
/** word/document.xml's: the WORD_NAMESPACES and the DOCUMENT_NAMESPACES. */
export const DOCUMENT_NS_DECLARATIONS = declare([...WORD_NAMESPACES, ...DOCUMENT_NAMESPACES]);
/** Markup Compatibility (ECMA-376 Part 3): the namespaces a reader that does not know them may ignore. */
export const MC_IGNORABLE = ' mc:Ignorable="w14 w15 wp14"';

// ── Package: content types and relationships (ECMA-376 Part 2 §10.1, §9.3) ──

/**
 * The paths of the package's parts, each once, in the order ./package.ts zips them: [Content_Types].xml
 * first, then the order the `docx` package gave (kept, so that a DOCX is the same bytes as before).
 */
export const PART = {
  contentTypes: '[Content_Types].xml',
  documentRels: 'word/_rels/document.xml.rels',
  document: 'word/document.xml',
  styles: 'word/styles.xml',
  core: 'docProps/core.xml',
  packageRels: '_rels/.rels',
  footerOddRels: 'word/_rels/footer1.xml.rels',
  footerEvenRels: 'word/_rels/footer2.xml.rels',
  footerOdd: 'word/footer1.xml',
  footerEven: 'word/footer2.xml',
  custom: 'docProps/custom.xml',
  app: 'docProps/app.xml',
  footnotes: 'word/footnotes.xml',
  footnotesRels: 'word/_rels/footnotes.xml.rels',
  endnotes: 'word/endnotes.xml',
  endnotesRels: 'word/_rels/endnotes.xml.rels',
  settings: 'word/settings.xml',
  fontTable: 'word/fontTable.xml',
  fontTableRels: 'word/_rels/fontTable.xml.rels',
  theme: 'word/theme/theme1.xml',
  numbering: 'word/numbering.xml',
} as const;
export type PartName = keyof typeof PART;

const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument';
const DEFAULTS: [string, string][] = [
  ['png', 'image/png'],
  ['jpeg', 'image/jpeg'],
  ['jpg', 'image/jpeg'],
  ['bmp', 'image/bmp'],
  ['gif', 'image/gif'],
  ['svg', 'image/svg+xml'],
  ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
  ['xml', 'application/xml'],
  ['odttf', `${CONTENT_TYPE}.obfuscatedFont`],
];
const OVERRIDES: [string, string][] = [
  [PART.document, `${CONTENT_TYPE}.wordprocessingml.document.main+xml`],
  [PART.styles, `${CONTENT_TYPE}.wordprocessingml.styles+xml`],
  [PART.core, 'application/vnd.openxmlformats-package.core-properties+xml'],
  [PART.custom, `${CONTENT_TYPE}.custom-properties+xml`],
  [PART.app, `${CONTENT_TYPE}.extended-properties+xml`],
  [PART.numbering, `${CONTENT_TYPE}.wordprocessingml.numbering+xml`],
  [PART.footnotes, `${CONTENT_TYPE}.wordprocessingml.footnotes+xml`],
  [PART.endnotes, `${CONTENT_TYPE}.wordprocessingml.endnotes+xml`],
  [PART.settings, `${CONTENT_TYPE}.wordprocessingml.settings+xml`],
  [PART.fontTable, `${CONTENT_TYPE}.wordprocessingml.fontTable+xml`],
  [PART.theme, `${CONTENT_TYPE}.theme+xml`],
  [PART.footerOdd, `${CONTENT_TYPE}.wordprocessingml.footer+xml`],
  [PART.footerEven, `${CONTENT_TYPE}.wordprocessingml.footer+xml`],
];
export const CONTENT_TYPES_XML =
  XML_DECLARATION +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  DEFAULTS.map(([ext, type]) => `<Default ContentType="${type}" Extension="${ext}"/>`).join('') +
  OVERRIDES.map(([path, type]) => `<Override ContentType="${type}" PartName="/${path}"/>`).join('') +
  '</Types>';

function relationshipsXml(targets: [type: string, target: string][]): string {
  if (targets.length === 0) return `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}"/>`;
  const rels = targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">${rels.join('')}</Relationships>`;
}

/** _rels/.rels: the main document and the three property parts. */
export const PACKAGE_RELS_XML = relationshipsXml([
  [`${OFFICE_RELATIONSHIP}/officeDocument`, PART.document],
  ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', PART.core],
  [`${OFFICE_RELATIONSHIP}/extended-properties`, PART.app],
  [`${OFFICE_RELATIONSHIP}/custom-properties`, PART.custom],
]);

/** word/_rels/document.xml.rels: the document's parts, rId1 … rId9 in this order. */
const DOCUMENT_TARGETS: [type: string, target: string][] = [
  [`${OFFICE_RELATIONSHIP}/styles`, 'styles.xml'],
  [`${OFFICE_RELATIONSHIP}/numbering`, 'numbering.xml'],
  [`${OFFICE_RELATIONSHIP}/footnotes`, 'footnotes.xml'],
  [`${OFFICE_RELATIONSHIP}/endnotes`, 'endnotes.xml'],
  [`${OFFICE_RELATIONSHIP}/settings`, 'settings.xml'],
  [`${OFFICE_RELATIONSHIP}/footer`, 'footer1.xml'],
  [`${OFFICE_RELATIONSHIP}/footer`, 'footer2.xml'],
  [`${OFFICE_RELATIONSHIP}/theme`, 'theme/theme1.xml'],
  [`${OFFICE_RELATIONSHIP}/fontTable`, 'fontTable.xml'],
];
export const DOCUMENT_RELS_XML = relationshipsXml(DOCUMENT_TARGETS);
/** The relationship ids of the two footers (odd and default pages, even pages), as word/document.xml's w:sectPr names them. */
export const FOOTER_REL_ID = {
  odd: `rId${DOCUMENT_TARGETS.findIndex(([, t]) => t === 'footer1.xml') + 1}`,
  even: `rId${DOCUMENT_TARGETS.findIndex(([, t]) => t === 'footer2.xml') + 1}`,
} as const;
/** The relationships of a part that refers to nothing (the footers, the notes, the font table). */
export const EMPTY_RELS_XML = relationshipsXml([]);

// ── Document properties (ECMA-376 Part 2 §11 core; Part 1 §22.2 extended, §22.3 custom) ──

const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** docProps/app.xml: no application property. */
export const APP_XML = `${XML_DECLARATION_STANDALONE}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${VT_NS}"/>`;
/** docProps/custom.xml: no custom property. */
export const CUSTOM_XML = `${XML_DECLARATION_STANDALONE}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${VT_NS}"/>`;

/** The time of `epoch` (seconds since 1970) as W3CDTF to the second: 2000-01-01T00:00:00Z. */
function isoSeconds(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** docProps/core.xml: the title (left out when empty), creator gongwen, created and modified at `epoch`. */
export function coreXml(title: string, epoch: number): string {
  const iso = isoSeconds(epoch);
  return (
    XML_DECLARATION_STANDALONE +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${escapeXml(title)}</dc:title>` : '') +
    '<dc:creator>gongwen</dc:creator><cp:lastModifiedBy>gongwen</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

// ── Settings (ECMA-376 Part 1 §17.15) ──

/**
 * word/settings.xml: tab stops every half inch, different footers on odd and even pages
 * (w:evenAndOddHeaders: GB/T 9704 §7.5 puts the page number right on odd pages, left on even ones),
 * and Word 2013's layout (compatibilityMode 15).
 */
export const SETTINGS_XML =
  `${XML_DECLARATION_STANDALONE}<w:settings${WORD_NS_DECLARATIONS}${MC_IGNORABLE}>` +
  '<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders/>' +
  '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat>' +
  '</w:settings>';

// ── Numbering (ECMA-376 Part 1 §17.9) ──

/**
 * word/numbering.xml: one bullet list, as Word's default. No paragraph refers to it: gongwen writes
 * the numbers of its headings (一、（一）1.（1）, GB/T 9704 §7.3.3) as text, which a clerk can see and change.
 */
const BULLETS = ['●', '○', '■', '●', '○', '■', '●', '●', '●'];
export const NUMBERING_XML =
  `${XML_DECLARATION_STANDALONE}<w:numbering${MC_IGNORABLE}${WORD_NS_DECLARATIONS}>` +
  '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/>' +
  BULLETS.map(
    (bullet, level) =>
      `<w:lvl w:ilvl="${level}" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${bullet}"/>` +
      `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
  ).join('') +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
  '</w:numbering>';

// ── Notes (ECMA-376 Part 1 §17.11): the separators ──

/** The separator and continuation separator of a notes part, as Word writes them (a line above the notes). */
export function separatorNotes(kind: 'footnote' | 'endnote'): string {
  const Kind = kind === 'footnote' ? 'Footnote' : 'Endnote';
  const note = (type: 'separator' | 'continuationSeparator', id: number) =>
    `<w:${kind} w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:r><w:rPr><w:rStyle w:val="${Kind}Reference"/></w:rPr><w:${kind}Ref/></w:r><w:r><w:${type}/></w:r></w:p></w:${kind}>`;
  return note('separator', -1) + note('continuationSeparator', 0);
}

/** word/endnotes.xml: the separators only (gongwen writes no endnote). */
export const ENDNOTES_XML = `${XML_DECLARATION}<w:endnotes${WORD_NS_DECLARATIONS}${MC_IGNORABLE}>${separatorNotes('endnote')}</w:endnotes>`;
