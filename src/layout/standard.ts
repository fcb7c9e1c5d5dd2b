/**
 * The layout standard as data: GB/T 9704-2012 《党政机关公文格式》 in numbers.
 *
 * Every figure here carries its unit in its name (`Mm`, `Pt`, `Twip` …) and is converted at the
 * boundary with the functions below; the DOCX builder never writes a bare number it did not get
 * from this file. Where the standard dictates a figure, the comment cites the clause; where it does
 * not, the comment says "practice" (what office templates do) and the value is ours to change.
 *
 * It imports nothing but its units, so every stage may read it: the writers (src/writers/docx, html,
 * pdf), the DOCX reader (src/readers/structure.ts knows a 黑体 label by FONT_STYLES) and `gongwen check`.
 * The units and their conversions are in ./units.ts; the width of set text in
 * src/writers/docx/textWidth.ts, the named styles and the font table Word reads in src/writers/docx/styles.ts.
 */
import { mmToEighthPoint, mmToPt, mmToTwip, ptToEighthPoint, ptToTwip, twipToPt, type Pt, type Twip } from './units.js';

// ── Chinese font sizes (字号) ──

/** 字号 → points. */
export const ZIHAO = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
} as const satisfies Record<string, Pt>;

// ── Page geometry ──

export const PAGE = {
  /** A4 (GB/T 9704 §5.2.1). */
  widthMm: 210,
  heightMm: 297,
  /** 天头 37 ± 1 mm (§5.2.2). */
  topMm: 37,
  /** 订口 28 ± 1 mm (§5.2.2). */
  leftMm: 28,
  /** 210 − 28 − 156 (§5.2.2: 版心 156 mm wide). */
  rightMm: 26,
  /** 297 − 37 − 225 (§5.2.2: 版心 225 mm high). */
  bottomMm: 35,
  /** 版心 156 × 225 mm (§5.2.2). */
  textWidthMm: 156,
  textHeightMm: 225,
  /** 22 lines per page, 28 characters per line (§5.2.3). */
  linesPerPage: 22,
  charsPerLine: 28,
  /** The page number's 一字线 (dash) 7 mm below the bottom edge of the 版心 (§7.5: "一字线上距版心下边缘7mm"). */
  pageNumberBelowTextMm: 7,
  /** 发文机关标志 top 35 mm below the top of the 版心 (§7.2.4); also the 纪要标志 (§10.3). */
  issuerTopMm: 35,
  /** 发文字号 "编排在发文机关标志下空二行位置" (§7.2.5): two empty lines between them. */
  docNumberBlankLinesBelowIssuer: 2,
  /** Red rule 4 mm below the 发文字号 (§7.2.6). */
  redRuleBelowDocNumberMm: 4,
  /** 标题 "编排于红色分隔线下空二行位置" (§7.3.1). */
  titleBlankLinesBelowRule: 2,
  /** 附件说明 "在正文下空一行" (§7.3.4); 署名 "在正文（或附件说明）下空一行" (§7.3.5.3). */
  attachmentNoteBlankLinesAbove: 1,
  signatureBlankLinesAbove: 1,
  /** 正文 "每个自然段左空二字" (§7.3.3), in characters. */
  indentChars: 2,
  /** 署名 "右空二字" and 成文日期 "首字比署名首字右移二字" (§7.3.5.3), in characters. */
  signatureRightChars: 2,
  dateShiftChars: 2,
} as const;

/** Twips of the page and 版心, rounded once here. */
export const PAGE_TWIP = {
  width: mmToTwip(PAGE.widthMm), // 11906
  height: mmToTwip(PAGE.heightMm), // 16838
  top: mmToTwip(PAGE.topMm), // 2098
  left: mmToTwip(PAGE.leftMm), // 1587
  right: mmToTwip(PAGE.rightMm), // 1474
  bottom: mmToTwip(PAGE.bottomMm), // 1984
  textWidth: mmToTwip(PAGE.widthMm) - mmToTwip(PAGE.leftMm) - mmToTwip(PAGE.rightMm), // 8845
  textHeight: mmToTwip(PAGE.textHeightMm), // 12756
} as const;

/**
 * Line pitch: 225 mm / 22 lines = 28.95 pt = 579 twips (§5.2.3). Every paragraph of the text is set
 * with exact line spacing of this pitch so the page holds 22 lines whatever font is substituted.
 */
export const LINE_PITCH_TWIP: Twip = 579;

/** Body character size: 3号 (§5.2.3 / §7.3.3). */
export const BODY_SIZE_PT: Pt = ZIHAO.三号;

/**
 * Character spacing of 3号 text: 28 characters must fit in 156 mm = 442.2 pt, i.e. 15.79 pt each,
 * less than 16 pt. −0.25 pt (w:spacing w:val="-5") makes a character 15.75 pt wide: 28 per line in
 * LibreOffice (measured with 7.4), without a document grid (which LibreOffice lays out differently).
 */
export const BODY_CHAR_SPACING_TWIP: Twip = -5;

/**
 * Punctuation at the end of a line (GB/T 15834: ，；、。 never start a line). 28 characters of 15.75 pt
 * fill 441 of the 442.2 pt of a line, so a mark that would be the 29th must either hang into the
 * margin or take the character before it down to the next line (that line then has 27 characters,
 * spread over the full width by justification).
 *
 * LibreOffice (7.4) hangs it by default, and with justified text and the −0.25 pt spacing above it
 * hangs it *out of sight*: the mark is not drawn and not in the PDF's text (41 marks in the
 * 11 examples). So no hanging, i.e. `w:overflowPunct` on every paragraph — written *on*, because
 * LibreOffice's DOCX import maps the element inverted (writerfilter DomainMapper:
 * `PROP_PARA_IS_HANGING_PUNCTUATION = (nIntValue == 0)`): `<w:overflowPunct/>` is imported as
 * 「不允许标点溢出边界」, `w:val="0"` as hanging. Word reads `<w:overflowPunct/>` as its own default
 * (marks may hang), so Word's layout is unchanged. `test/layout-pdf.test.ts` checks every character
 * reaches the PDF and no line passes the right edge: if LibreOffice ever reads the element as
 * written, those tests fail.
 */
export const OVERFLOW_PUNCT_ELEMENT_ON = true;

/** The advance of one 3号 character once the spacing above is applied (15.75 pt = 315 twips). */
export const BODY_CHAR_ADVANCE_TWIP: Twip = ptToTwip(BODY_SIZE_PT) + BODY_CHAR_SPACING_TWIP;

/** Two-character first-line indent in Word's terms (2 × 16 pt); LibreOffice reads `firstLine`, Word `firstLineChars`. */
export const INDENT_2_CHARS_TWIP: Twip = ptToTwip(2 * BODY_SIZE_PT); // 640

// ── Fonts ──

/** The roles a font plays; each profile names the font for each role. */
export type FontRole = 'fangsong' | 'kaiti' | 'heiti' | 'xiaobiaosong' | 'songti';

export type FontProfileName = 'gb2312' | 'plain';

/**
 * Font names. `gb2312`: the fonts of most offices' Word/WPS templates (仿宋_GB2312, 楷体_GB2312).
 * `plain`: the fonts shipped with current Windows (仿宋, 楷体). 小标宋 is 方正小标宋简体 in both.
 */
export const FONT_PROFILES: Record<FontProfileName, Record<FontRole, string>> = {
  gb2312: {
    fangsong: '仿宋_GB2312',
    kaiti: '楷体_GB2312',
    heiti: '黑体',
    xiaobiaosong: '方正小标宋简体',
    songti: '宋体',
  },
  plain: {
    fangsong: '仿宋',
    kaiti: '楷体',
    heiti: '黑体',
    xiaobiaosong: '方正小标宋简体',
    songti: '宋体',
  },
};

/**
 * Every face of each style, by name: `names` are those a DOCX may ask for (both profiles above, and the
 * English names Word and WPS write), which the PDF writer maps to an installed face (src/writers/pdf.ts);
 * `pattern` recognises a face of the style in any font name (华文仿宋, FandolFang, SimHei …), which
 * `gongwen check` reads (src/check/checkDocx.ts). 宋体's pattern is anchored: 仿宋 and 小标宋 are not 宋体.
 */
export const FONT_STYLES: Record<FontRole, { label: string; names: string[]; pattern: RegExp }> = {
  fangsong: { label: '仿宋', names: ['仿宋_GB2312', '仿宋', 'FangSong_GB2312', 'FangSong'], pattern: /仿宋|fangsong|fandolfang/i },
  kaiti: { label: '楷体', names: ['楷体_GB2312', '楷体', 'KaiTi_GB2312', 'KaiTi'], pattern: /楷体|kaiti|fandolkai|\bkai\b/i },
  heiti: { label: '黑体', names: ['黑体', 'SimHei'], pattern: /黑体|simhei|\bhei\b|fandolhei|heiti/i },
  xiaobiaosong: { label: '小标宋', names: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S'], pattern: /小标宋|xiaobiaosong|xbs/i },
  songti: { label: '宋体', names: ['宋体', 'SimSun'], pattern: /^(宋体|simsun|songti|fandolsong|nsimsun)/i },
};

// ── Colours ──

export const COLOR = {
  black: '000000',
  /** 发文机关标志, 纪要标志 and the 版头 rule are red (§7.2.4, §7.2.6, §10.3). */
  red: 'FF0000',
} as const;

// ── Elements ──

export const RULES = {
  /** 版头 red rule, the width of the 版心 (§7.2.6); its thickness is not fixed: practice 1.5 pt. */
  redRuleEighthPt: ptToEighthPoint(1.5),
  /** 版记: first and last rules 0.35 mm (§7.4.1) ≈ 1 pt = 8 eighth-points. */
  colophonThickEighthPt: mmToEighthPoint(0.35), // 8
  /** 版记: rules between 0.25 mm (§7.4.1) ≈ 0.71 pt = 6 eighth-points. */
  colophonThinEighthPt: mmToEighthPoint(0.25), // 6
} as const;

/**
 * The space between the 发文字号's text and the red rule under it: the rule 4 mm below the 发文字号
 * (§7.2.6), measured from the text's bottom, half a line's leading above the line's bottom.
 */
export const RED_RULE_SPACE_PT: Pt = Math.round(mmToPt(PAGE.redRuleBelowDocNumberMm) - (twipToPt(LINE_PITCH_TWIP) - BODY_SIZE_PT) / 2);
/**
 * The empty line under the red rule: shorter by the rule's space and width, which LibreOffice and Word
 * add to the 发文字号's paragraph, so that the title and the text stay on the line grid.
 */
export const RULE_GAP_LINE_TWIP: Twip = LINE_PITCH_TWIP - ptToTwip(RED_RULE_SPACE_PT) - ptToTwip(RULES.redRuleEighthPt / 8);

export type ElementAlign = 'justify' | 'left' | 'center' | 'right';

export interface ElementStyle {
  font: FontRole;
  sizePt: Pt;
  color: string;
  align: ElementAlign;
  /** First-line indent in characters of the element's own size (0 = flush). */
  indentChars: number;
  /** Exact line height. */
  lineTwip: Twip;
  /** Run character spacing (w:spacing). */
  charSpacingTwip: Twip;
}

const body: ElementStyle = {
  font: 'fangsong',
  sizePt: BODY_SIZE_PT,
  color: COLOR.black,
  align: 'justify',
  indentChars: 2,
  lineTwip: LINE_PITCH_TWIP,
  charSpacingTwip: BODY_CHAR_SPACING_TWIP,
};

export type ElementName =
  | 'body'
  | 'salutation'
  | 'title'
  | 'subtitle'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'copyNumber'
  | 'secrecy'
  | 'urgency'
  | 'issuer'
  | 'mark'
  | 'docNumber'
  | 'signerLabel'
  | 'signerName'
  | 'attendanceLabel'
  | 'labeled'
  | 'attachmentNote'
  | 'ruleGap'
  | 'signature'
  | 'date'
  | 'note'
  | 'attachmentLabel'
  | 'attachmentTitle'
  | 'tableCaption'
  | 'tableHeader'
  | 'tableCell'
  | 'colophon'
  | 'colophonKeywords'
  | 'pageNumber';

/** The element table: font, size, colour, alignment, indent and spacing of each element. */
export const ELEMENTS: Record<ElementName, ElementStyle> = {
  /** 正文: 3号仿宋, two characters in (§7.3.3). */
  body,
  /** 主送机关: flush left, one line below the title (§7.3.2). */
  salutation: { ...body, align: 'left', indentChars: 0 },
  /** 标题: 2号小标宋, centred (§7.3.1). */
  title: { ...body, font: 'xiaobiaosong', sizePt: ZIHAO.二号, align: 'center', indentChars: 0, charSpacingTwip: 0 },
  /** Lines under the title (date of a speech, speaker): practice, 3号楷体 centred. */
  subtitle: { ...body, font: 'kaiti', align: 'center', indentChars: 0 },
  /** 结构层次序数 (§7.3.3): 一、黑体; （一）楷体; 1. and （1） 仿宋; all 3号, indented like text. */
  heading1: { ...body, font: 'heiti' },
  heading2: { ...body, font: 'kaiti' },
  heading3: { ...body },
  heading4: { ...body },
  /** 份号: 6 digits, 3号, flush left on the first line (§7.2.1); 黑体 is practice. */
  copyNumber: { ...body, font: 'heiti', align: 'left', indentChars: 0 },
  /** 密级和保密期限, 紧急程度: 3号黑体, flush left (§7.2.2, §7.2.3). */
  secrecy: { ...body, font: 'heiti', align: 'left', indentChars: 0 },
  urgency: { ...body, font: 'heiti', align: 'left', indentChars: 0 },
  /**
   * 发文机关标志: red 小标宋, centred (§7.2.4). The standard fixes no size ("醒目、美观、庄重");
   * 小初 (36 pt) is practice, shrunk when the name would not fit the 版心.
   */
  issuer: { ...body, font: 'xiaobiaosong', sizePt: ZIHAO.小初, color: COLOR.red, align: 'center', indentChars: 0, charSpacingTwip: 0 },
  /** 纪要标志: red 小标宋 recommended, centred (§10.3). */
  mark: { ...body, font: 'xiaobiaosong', sizePt: ZIHAO.小初, color: COLOR.red, align: 'center', indentChars: 0, charSpacingTwip: 0 },
  /** 发文字号: 3号仿宋, centred two lines below the 标志 (§7.2.5). */
  docNumber: { ...body, align: 'center', indentChars: 0 },
  /** 签发人: "签发人：" 3号仿宋, the name 3号楷体 (§7.2.5). */
  signerLabel: { ...body, align: 'left', indentChars: 0 },
  signerName: { ...body, font: 'kaiti', align: 'left', indentChars: 0 },
  /** 出席/请假/列席 labels: 3号黑体 (§10.3). */
  attendanceLabel: { ...body, font: 'heiti' },
  /** The empty line under the 版头's red rule (RULE_GAP_LINE_TWIP). */
  ruleGap: { ...body, lineTwip: RULE_GAP_LINE_TWIP },
  /** Labeled lines (出席：…): hanging after the label, set per paragraph (§10.3). */
  labeled: { ...body, indentChars: 0 },
  /** 附件说明: hanging after "附件：", set per paragraph (§7.3.4). */
  attachmentNote: { ...body, align: 'left', indentChars: 0 },
  /** 发文机关署名 and 成文日期: 3号仿宋 (§7.3.5). */
  signature: { ...body, align: 'left', indentChars: 0 },
  date: { ...body, align: 'left', indentChars: 0 },
  /** 附注: two characters in, in round brackets (§7.3.6). */
  note: { ...body },
  /** 附件 label: 3号黑体, flush left on the first line (§8). */
  attachmentLabel: { ...body, font: 'heiti', align: 'left', indentChars: 0 },
  /** 附件 title: like the document title, centred on the third line (§8). */
  attachmentTitle: { ...body, font: 'xiaobiaosong', sizePt: ZIHAO.二号, align: 'center', indentChars: 0, charSpacingTwip: 0 },
  /** Tables (§10.1 says only that tables follow the text): practice, 4号 黑体 header, 仿宋 cells. */
  tableCaption: { ...body, font: 'heiti', align: 'center', indentChars: 0 },
  tableHeader: { ...body, font: 'heiti', sizePt: ZIHAO.四号, align: 'center', indentChars: 0, lineTwip: 440, charSpacingTwip: 0 },
  tableCell: { ...body, sizePt: ZIHAO.四号, align: 'left', indentChars: 0, lineTwip: 440, charSpacingTwip: 0 },
  /** 版记: 4号仿宋 (§7.4.2, §7.4.3). */
  colophon: { ...body, sizePt: ZIHAO.四号, align: 'left', indentChars: 0, charSpacingTwip: 0 },
  /** 主题词 (GB/T 9704-1999 only): label in 3号黑体. */
  colophonKeywords: { ...body, font: 'heiti', align: 'left', indentChars: 0, charSpacingTwip: 0 },
  /** 页码: 4号 宋体 Arabic numerals with a dash each side (§7.5). */
  pageNumber: { ...body, font: 'songti', sizePt: ZIHAO.四号, align: 'right', indentChars: 0, lineTwip: ptToTwip(ZIHAO.四号), charSpacingTwip: 0 },
};

// ── Rules (版头 and 版记) ──


/** 版记 lines are one character (4号) in from each side (§7.4.2, §7.4.3). */
export const COLOPHON_INSET_TWIP: Twip = ptToTwip(ZIHAO.四号);
/** Page numbers are one character (4号) in from the side (§7.5). */
export const PAGE_NUMBER_INSET_TWIP: Twip = ptToTwip(ZIHAO.四号);
/** The dash each side of the number: "— 1 —" (§7.5, U+2014 and a space). */
export const PAGE_NUMBER_DASH = '\u2014';

// ── Spacing figures the builder writes (each was a bare number in the builder before) ──

export const SPACING = {
  /** Header distance from the top edge: practice (Word's default is 12.7 mm); no header is written. */
  headerMm: 15,
  /** Height of an empty paragraph of one point (20 twips; "hairline"): the 版记's rules, its footnote anchor, a page break before a table. */
  hairlineTwip: 20,
  /** Table cell margins left and right: 1.5 mm, practice. */
  tableCellMarginTwip: 85,
  /** Added to a column's measured content (the fonts differ a little from the estimate). */
  tableCellSlackTwip: 40,
  /** Table borders: ½ pt single lines, practice. */
  tableBorderEighthPt: ptToEighthPoint(0.5),
  /** The shortest column: two 4号 characters. */
  tableMinColumnChars: 2,
  /** 发文机关标志 line height: at least this many times its size, then rounded up to the grid. */
  issuerLineFactor: 1.25,
  /**
   * Where the dash "—" of a page number sits in its line: its centre 2.62 mm below the top of the
   * 4号 line of exact 14 pt (measured in LibreOffice 7.4's PDF, Noto Serif CJK SC standing in for 宋体,
   * by the dash's ink: test/layout-pdf.test.ts). The footer is placed so that the dash is 7 mm below
   * the 版心 (§7.5 "一字线上距版心下边缘7mm").
   */
  pageNumberDashBelowLineTopMm: 2.62,
  /**
   * The text's last paragraph keeps with the signature when it is at most this many lines long:
   * LibreOffice moves a kept paragraph whole, so at worst that many lines stay empty above.
   */
  keepWithSignatureMaxLines: 4,
  /** The 版记's invisible footnote mark run: 1 pt (w:sz 2). */
  anchorSizePt: 1,
  /** Data rows kept with a table's header at the foot of a page (never the header and one row alone). */
  tableRowsKeptWithHeader: 2,
  /** Lines of the text's last paragraph that go with the signature (or closing labels) to a new page. */
  carriedLines: 2,
  /**
   * Line planning (src/writers/docx/linebreak.ts): twips an estimated width may be off by, per digit or letter (0.04 em
   * at 3号 between faces, and more), and per boundary between one and a full-width character
   * (LibreOffice's autospace, 0.2 em, is not added after every mark: "2.强化").
   */
  estimateSlackTwip: 40,
  boundarySlackTwip: 70,
} as const;

// ── Punctuation at line ends, and CJK/Latin spacing (ECMA-376 Part 1 §17.3.1) ──

/**
 * The paragraph flags written on the Normal style (every other style is based on it):
 * - w:kinsoku on: East Asian line-breaking rules (GB/T 15834: ，。、；：）」 never start a line);
 * - w:autoSpaceDE / w:autoSpaceDN off: no space added between Chinese and Latin letters / digits,
 *   so the line stays 28 characters in Word and WPS;
 * - w:overflowPunct: see OVERFLOW_PUNCT_ELEMENT_ON;
 * - w:snapToGrid off: lines keep their exact heights under the document grid (DOC_GRID); LibreOffice
 *   7.4 otherwise gives a title or 标志 line two grid lines (measured: page 1 then holds 21 lines).
 */
export const EAST_ASIAN_FLAGS = {
  kinsoku: true,
  autoSpaceDE: false,
  autoSpaceDN: false,
  snapToGrid: false,
} as const;

/**
 * The document grid (w:docGrid, ECMA-376 Part 1 §17.6.5): type lines, pitch 579 twips, 22 lines in the
 * 版心 as a GB/T 9704 template made in Word declares. Not linesAndChars: LibreOffice lays the
 * character grid out differently (docs/docx-layout.md), and −0.25 pt spacing already gives 28.
 */
export const DOC_GRID = { type: 'lines', linePitchTwip: LINE_PITCH_TWIP } as const;

// ── Punctuation at the end of a line: 挤进 (squeezing a line) rather than 推出 (pushing a character down) ──

/**
 * Marks that may not start a line (GB/T 15834 and LibreOffice's and Word's zh-CN rules), and those
 * that may not end one.
 */
export const NOT_AT_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—%·']);
export const NOT_AT_LINE_END = new Set([...'（《「『【〔〈“‘']);

/**
 * Character spacing of a squeezed line of 3号 text: 29 characters (27 after the indent) in the width of
 * 28, when the 29th is a mark that may not start a line (or the 28th one that may not end it). The
 * line fits when 29 × (16 pt + spacing) ≤ 442.2 pt, and the first when 27 × (16 pt + spacing) ≤ 410.25 pt
 * (the indent is 2 × 16 pt), with 2 pt to spare for faces whose marks are not exactly one em (FandolKai's
 * "（"): −0.9 pt (−18 twips) gives 29 × 15.1 = 437.9 pt and 27 × 15.1 = 407.7 pt.
 * The alternative, pushing the character before the mark down with it, leaves 27 characters spread
 * over the line (a loose line: 12% of full lines in the examples before this).
 */
export const SQUEEZED_CHAR_SPACING_TWIP: Twip = -18;
/** The room a squeezed line keeps at its end (see SQUEEZED_CHAR_SPACING_TWIP). */
export const SQUEEZE_MARGIN_TWIP: Twip = 40;

/** Characters of one em in every face a 公文 uses (CJK ideographs, full-width punctuation, “” …—). */
export const FULL_WIDTH = /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e“”‘’…—]$/u;
