/**
 * word/styles.xml and word/fontTable.xml, written from the element table of src/layout/standard.ts
 * (ECMA-376 Part 1 §17.7 styles, §17.8 fonts), the same text for every document of a font profile
 * (./package.ts encodes them once).
 *
 * The Normal style is the body (正文): a paragraph a clerk types in Word or WPS is body text. Every
 * other element has a named style based on Normal that says only how it differs; the builder writes
 * direct formatting only where a paragraph differs from its style (an indent computed from the text).
 */
import { EAST_ASIAN_FLAGS, ELEMENTS, FONT_PROFILES, LINE_PITCH_TWIP, OVERFLOW_PUNCT_ELEMENT_ON, SPACING, type ElementAlign, type ElementName, type ElementStyle, type FontProfileName } from '../../layout/standard.js';
import { W_NS } from './parts.js';
import { charsToHundredths, ptToHalfPoint, ptToTwip } from '../../layout/units.js';
import { XML_DECLARATION_STANDALONE, escapeXml } from './xml.js';

// ── Styles (ECMA-376 Part 1 §17.7): the element table as named styles ──

export interface StyleDef {
  /** w:styleId: ASCII, stable (Word keeps it when the document is edited). */
  id: string;
  /** w:name: what Word and WPS show in the style gallery. Normal keeps its built-in name (shown as 正文). */
  name: string;
  element: ElementName;
  /** w:outlineLvl (0 = level 1): Word's navigation pane and TOC \u read it. */
  outlineLevel?: number;
  /** w:keepNext: a heading or title stays with the line after it. */
  keepNext?: boolean;
}

/** One paragraph style per element that is a paragraph of its own; Normal is the body (正文). */
export const STYLES: Record<string, StyleDef> = {
  body: { id: 'Normal', name: 'Normal', element: 'body' },
  /** The last lines of the text's last paragraph, set apart to stay with the signature (§7.3.5): the same paragraph, continued. */
  bodyCarry: { id: 'GwBodyCarry', name: '正文续行', element: 'body', keepNext: true },
  salutation: { id: 'GwSalutation', name: '主送机关', element: 'salutation' },
  title: { id: 'GwTitle', name: '公文标题', element: 'title', keepNext: true },
  subtitle: { id: 'GwSubtitle', name: '公文副标题', element: 'subtitle', keepNext: true },
  heading1: { id: 'GwHeading1', name: '一级标题', element: 'heading1', outlineLevel: 0, keepNext: true },
  heading2: { id: 'GwHeading2', name: '二级标题', element: 'heading2', outlineLevel: 1, keepNext: true },
  heading3: { id: 'GwHeading3', name: '三级标题', element: 'heading3', outlineLevel: 2, keepNext: true },
  heading4: { id: 'GwHeading4', name: '四级标题', element: 'heading4', outlineLevel: 3, keepNext: true },
  copyNumber: { id: 'GwCopyNumber', name: '份号', element: 'copyNumber' },
  secrecy: { id: 'GwSecrecy', name: '密级和保密期限', element: 'secrecy' },
  urgency: { id: 'GwUrgency', name: '紧急程度', element: 'urgency' },
  issuer: { id: 'GwIssuer', name: '发文机关标志', element: 'issuer', keepNext: true },
  mark: { id: 'GwMark', name: '纪要标志', element: 'mark', keepNext: true },
  docNumber: { id: 'GwDocNumber', name: '发文字号', element: 'docNumber' },
  ruleGap: { id: 'GwRuleGap', name: '版头分隔线下空行', element: 'ruleGap' },
  attendance: { id: 'GwLabeled', name: '出席列席', element: 'labeled' },
  signature: { id: 'GwSignature', name: '发文机关署名', element: 'signature' },
  date: { id: 'GwDate', name: '成文日期', element: 'date' },
  note: { id: 'GwNote', name: '附注', element: 'note' },
  attachmentNote: { id: 'GwAttachmentNote', name: '附件说明', element: 'attachmentNote' },
  attachmentLabel: { id: 'GwAttachmentLabel', name: '附件标识', element: 'attachmentLabel', keepNext: true },
  attachmentTitle: { id: 'GwAttachmentTitle', name: '附件标题', element: 'attachmentTitle', keepNext: true },
  tableCaption: { id: 'GwTableCaption', name: '表格标题', element: 'tableCaption', keepNext: true },
  tableHeader: { id: 'GwTableHeader', name: '表头', element: 'tableHeader' },
  tableCell: { id: 'GwTableCell', name: '表格文字', element: 'tableCell' },
  colophon: { id: 'GwColophon', name: '版记', element: 'colophon' },
  colophonKeywords: { id: 'GwKeywords', name: '主题词', element: 'colophonKeywords' },
  pageNumber: { id: 'GwPageNumber', name: '页码', element: 'pageNumber' },
};

export type StyleName = keyof typeof STYLES;

// ── Font table (ECMA-376 Part 1 §17.8.3) ──

export interface FontInfo {
  /** w:altName: the name the face has on systems in other languages. */
  altName: string;
  /** w:panose1: the PANOSE-1 classification, as Windows' own copy of the face reports it. */
  panose1: string;
  /** w:charset: 86 = GB2312 (ST_UcharHexNumber "86"). */
  charset: string;
  /** w:family: ST_FontFamily. */
  family: 'modern' | 'roman' | 'swiss' | 'auto';
  /** w:pitch: ST_Pitch. */
  pitch: 'fixed' | 'variable' | 'default';
}

/**
 * The fonts a 公文 uses, with what lets Word and WPS substitute a near face where one is missing
 * (PANOSE family 2 "Latin Text", serif style 1 "cove" …: the values Windows' and the GB2312 fonts carry,
 * as Word writes them in fontTable.xml).
 */
export const FONT_INFO: Record<string, FontInfo> = {
  仿宋_GB2312: { altName: 'FangSong_GB2312', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  仿宋: { altName: 'FangSong', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: 'KaiTi_GB2312', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', panose1: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  // The 方正 fonts carry no PANOSE class (Word writes 02000000000000000000 for 方正小标宋_GBK).
  方正小标宋简体: { altName: 'FZXiaoBiaoSong-B05S', panose1: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
};

/** w:jc (ECMA-376 Part 1 §17.3.1.13, ST_Jc) of an alignment: of a style here, of a paragraph in ./flow.ts. */
export const JC: Record<ElementAlign, string> = { justify: 'both', left: 'left', center: 'center', right: 'right' };

const onOff = (tag: string, on: boolean) => (on ? `<w:${tag}/>` : `<w:${tag} w:val="0"/>`);

/** w:rFonts naming one face for every script, hint eastAsia (no theme fonts: nothing resolves to Calibri or 等线). */
export function rFontsXml(font: string): string {
  const f = escapeXml(font);
  return `<w:rFonts w:ascii="${f}" w:eastAsia="${f}" w:hAnsi="${f}" w:cs="${f}" w:hint="eastAsia"/>`;
}

const LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>';

/**
 * Run properties of an element (w:rPr's children, §17.3.2.28, in the schema's order: w:rFonts, w:color,
 * w:spacing, w:sz, w:szCs, w:lang), only where they differ from `base` (all of them without a base): of a
 * style here, of a run inside a paragraph of style `base` in ./runs.ts.
 */
export function runPropsXml(el: ElementStyle, font: string, base?: { el: ElementStyle; font: string }): string {
  let x = '';
  if (!base || base.font !== font) x += rFontsXml(font);
  if (!base || base.el.color !== el.color) x += `<w:color w:val="${el.color}"/>`;
  if (!base || base.el.charSpacingTwip !== el.charSpacingTwip) x += `<w:spacing w:val="${el.charSpacingTwip}"/>`;
  if (!base || base.el.sizePt !== el.sizePt) {
    x += `<w:sz w:val="${ptToHalfPoint(el.sizePt)}"/><w:szCs w:val="${ptToHalfPoint(el.sizePt)}"/>`;
  }
  if (!base) x += LANG;
  return x;
}

function indXml(el: ElementStyle): string {
  if (el.indentChars > 0) {
    return `<w:ind w:left="0" w:right="0" w:firstLine="${ptToTwip(el.indentChars * el.sizePt)}" w:firstLineChars="${charsToHundredths(el.indentChars)}"/>`;
  }
  return '<w:ind w:left="0" w:right="0" w:firstLine="0" w:firstLineChars="0"/>';
}

/** Paragraph properties of a style, in the order of CT_PPrBase. */
function stylePPrXml(def: StyleDef, el: ElementStyle, isNormal: boolean): string {
  let x = '';
  if (def.keepNext) x += '<w:keepNext/>';
  if (isNormal) {
    x += '<w:widowControl w:val="0"/>';
    x += onOff('kinsoku', EAST_ASIAN_FLAGS.kinsoku);
    x += onOff('overflowPunct', OVERFLOW_PUNCT_ELEMENT_ON);
    x += onOff('autoSpaceDE', EAST_ASIAN_FLAGS.autoSpaceDE);
    x += onOff('autoSpaceDN', EAST_ASIAN_FLAGS.autoSpaceDN);
  }
  // Not snapped to the document grid: every line has its exact height (the grid's pitch for the text),
  // which LibreOffice would otherwise round up to whole grid lines for taller lines (title, 标志).
  if (isNormal) x += onOff('snapToGrid', EAST_ASIAN_FLAGS.snapToGrid);
  x += `<w:spacing w:before="0" w:after="0" w:line="${el.lineTwip}" w:lineRule="exact"/>`;
  x += indXml(el);
  x += `<w:jc w:val="${JC[el.align]}"/>`;
  if (def.outlineLevel !== undefined) x += `<w:outlineLvl w:val="${def.outlineLevel}"/>`;
  return x;
}

export function stylesXml(profile: FontProfileName): string {
  const fonts = FONT_PROFILES[profile];
  const body = ELEMENTS.body;
  const bodyFont = fonts[body.font];
  const parts: string[] = [];
  parts.push(
    `<w:docDefaults><w:rPrDefault><w:rPr>${runPropsXml(body, bodyFont)}</w:rPr></w:rPrDefault>` +
      `<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH_TWIP}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>`,
  );
  for (const def of Object.values(STYLES)) {
    const el = ELEMENTS[def.element];
    const isNormal = def.id === 'Normal';
    const font = fonts[el.font];
    const rPr = isNormal ? runPropsXml(el, font) : runPropsXml(el, font, { el: body, font: bodyFont });
    parts.push(
      `<w:style w:type="paragraph" w:styleId="${def.id}"${isNormal ? ' w:default="1"' : ''}>` +
        `<w:name w:val="${escapeXml(def.name)}"/>` +
        (isNormal ? '' : '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>') +
        '<w:qFormat/>' +
        `<w:pPr>${stylePPrXml(def, el, isNormal)}</w:pPr>` +
        (rPr ? `<w:rPr>${rPr}</w:rPr>` : '') +
        '</w:style>',
    );
  }
  // The character and table styles the package's own parts refer to.
  parts.push(
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${SPACING.tableCellMarginTwip}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${SPACING.tableCellMarginTwip}" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
  );
  return `${XML_DECLARATION_STANDALONE}\n<w:styles xmlns:w="${W_NS}">${parts.join('')}</w:styles>`;
}

/** The faces a profile uses, each once. */
export function fontsOf(profile: FontProfileName): string[] {
  return [...new Set(Object.values(FONT_PROFILES[profile]))];
}

export function fontTableXml(profile: FontProfileName): string {
  const entries = fontsOf(profile).map((name) => {
    const info = FONT_INFO[name];
    if (!info) throw new Error(`FONT_INFO has no entry for ${name}`);
    return (
      `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(info.altName)}"/>` +
      `<w:panose1 w:val="${info.panose1}"/><w:charset w:val="${info.charset}"/>` +
      `<w:family w:val="${info.family}"/><w:pitch w:val="${info.pitch}"/></w:font>`
    );
  });
  return `${XML_DECLARATION_STANDALONE}\n<w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`;
}
