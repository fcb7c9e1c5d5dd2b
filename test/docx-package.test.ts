/**
 * The DOCX package as a reader meets it (src/writers/docx: every part written as XML text): each part
 * is well-formed XML whose prefixes are declared; every part has a content type and every relationship
 * a part; the parts that do not depend on the document are the same in two documents; and text with
 * the characters XML treats specially comes back as written when gongwen's own DOCX reader reads it.
 * Parsed XML, never bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { GongwenDocument } from '../src/model/document.js';
import { readDocx as readWordDocument } from '../src/readers/docx/readDocx.js';
import type { RawParagraph } from '../src/readers/raw.js';
import { writeDocx } from '../src/writers/docx/index.js';
import { fixtures, longDocument, minutes } from './fixtures/docx/documents.js';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false });

const unzip = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

/** Prefixes used (elements and attributes) but not declared on the element or an ancestor. */
function undeclaredPrefixes(nodes: Node[], declared: Set<string> = new Set(['xml'])): string[] {
  const missing: string[] = [];
  for (const n of nodes) {
    const tag = Object.keys(n).find((k) => k !== ':@')!;
    if (tag === '#text' || tag.startsWith('?')) continue;
    const attributes = n[':@'] ?? {};
    const here = new Set(declared);
    for (const a of Object.keys(attributes)) if (a.startsWith('xmlns:')) here.add(a.slice(6));
    for (const name of [tag, ...Object.keys(attributes).filter((a) => a !== 'xmlns' && !a.startsWith('xmlns:'))]) {
      const colon = name.indexOf(':');
      if (colon > 0 && !here.has(name.slice(0, colon))) missing.push(name);
    }
    missing.push(...undeclaredPrefixes(n[tag] as Node[], here));
  }
  return missing;
}

/** Attributes that hold a length or a size. */
const MEASURES = ['w:w', 'w:h', 'w:left', 'w:right', 'w:top', 'w:bottom', 'w:hanging', 'w:firstLine', 'w:firstLineChars', 'w:before', 'w:after', 'w:line', 'w:pos', 'w:sz', 'w:space', 'w:header', 'w:footer', 'w:gutter', 'w:linePitch'];

/** Every value of attribute `name` in the tree. */
function attributeValues(nodes: Node[], name: string): string[] {
  return nodes.flatMap((n) => {
    const tag = Object.keys(n).find((k) => k !== ':@')!;
    const own = n[':@']?.[name];
    return [...(own === undefined ? [] : [own]), ...(tag === '#text' ? [] : attributeValues(n[tag] as Node[], name))];
  });
}

const awkward = 'A&B <c> "q" \'s\' &amp; ]]> x  two  spaces ';
const awkwardDocument: GongwenDocument = {
  kind: 'minutes',
  template: 'test',
  head: { issuer: 'A&B<县>人民政府', docNumber: '县政发〔2012〕1号 & <' },
  title: [`关于${awkward}的通知`],
  subtitle: [],
  body: [
    { type: 'paragraph', text: `  ${awkward}` },
    { type: 'paragraph', text: '𠀀𠀁 的第一个字在第二平面' + '长'.repeat(2000) },
    { type: 'paragraph', text: 'tab\there\u0001\u0008 gone' },
    { type: 'table', header: ['名称&', ''], align: ['left', 'left'], rows: [['a & <b>', ''], ['a & <b>', ' sp ']] },
  ],
  signature: { organs: ['A&B<机关>'], date: '2012年1月1日' },
  notes: [],
  attachments: [],
  colophon: { cc: '县委 & <办>，"x"', printer: 'P&<>', printDate: '2012年1月1日' },
};

/** Characters XML 1.0 cannot hold (§2.2 Char) in every field of a document. */
const forbidden = (s: string) => `${s}\uFFFE\uFFFF\uD800\uDC00x\u000C\u0001`;
const forbiddenDocument: GongwenDocument = {
  kind: 'minutes',
  template: 'test',
  head: { copyNumber: forbidden('000001'), issuer: forbidden('县人民政府'), docNumber: forbidden('县政发〔2012〕1号'), signer: forbidden('张三') },
  title: [forbidden('关于的通知')],
  subtitle: [forbidden('副题')],
  body: [
    { type: 'heading', level: 1, number: '一、', text: forbidden('标题'), runIn: forbidden('接排') },
    { type: 'paragraph', text: forbidden('正文') },
    { type: 'labeled', label: forbidden('出席'), value: forbidden('张三、李四'), style: 'attendance' },
    { type: 'table', header: [forbidden('名称'), ''], align: ['left', 'left'], rows: [[forbidden('甲'), forbidden('1')]], caption: forbidden('表') },
  ],
  signature: { organs: [forbidden('县人民政府')], date: forbidden('2012年1月1日') },
  notes: [forbidden('附注')],
  attachments: [{ label: forbidden('附件'), title: forbidden('附件题'), body: [{ type: 'paragraph', text: forbidden('附件正文') }] }],
  colophon: { cc: forbidden('县委'), printer: forbidden('县办'), printDate: forbidden('2012年1月1日'), keywords: forbidden('主题') },
};

/** Characters in an XML text that XML 1.0 cannot hold (§2.2 Char); a lone surrogate counts. */
const notXmlChars = (xml: string): string[] =>
  [...xml].filter((c) => !/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]$/u.test(c) && !(c.codePointAt(0)! >= 0x10000)).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);

const documents: [string, GongwenDocument][] = [
  ['longDocument', longDocument],
  ['minutes', minutes],
  ['awkward', awkwardDocument],
  ['forbidden', forbiddenDocument],
  ...Object.entries(fixtures),
  ['empty', { kind: 'k', template: 't', title: [], subtitle: [], body: [], notes: [], attachments: [] }],
  [
    'tables of nothing',
    {
      kind: 'k',
      template: 't',
      title: [''],
      subtitle: [],
      body: [
        { type: 'table', header: [], rows: [], align: [] },
        { type: 'table', header: [], rows: [[]], align: [] },
        { type: 'table', header: ['', ''], rows: [], align: [] },
        { type: 'table', header: ['甲'], rows: [['', '', ''], ['']], align: [] },
      ],
      signature: { organs: ['机关'], date: '2012年1月1日' },
      notes: [],
      attachments: [],
    },
  ],
];

describe('the DOCX package', () => {
  it('every part of every document is well-formed XML of XML 1.0 characters, each prefix it uses declared, every length a whole number', async () => {
    // a part's text is checked once: the parts that do not depend on the document (styles, theme,
    // fonts …) are the same text in every package, and parsing them again for each cost about 1.5 s
    const seen = new Set<string>();
    for (const [name, doc] of documents) {
      for (const colophonPlacement of ['footnote', 'flow'] as const) {
        const parts = unzip(await writeDocx(doc, { fontProfile: 'gb2312', colophonPlacement }));
        expect(Object.keys(parts).length, name).toBeGreaterThan(10);
        for (const [part, xml] of Object.entries(parts)) {
          if (seen.has(xml)) continue;
          seen.add(xml);
          expect(XMLValidator.validate(xml), `${name}: ${part}`).toBe(true);
          // XMLValidator does not look at the characters: XML 1.0 (§2.2) has no U+FFFE, U+FFFF, lone surrogate or C0 control but tab and line ends
          expect(notXmlChars(xml), `${name}: ${part}`).toEqual([]);
          const tree = parser.parse(xml) as Node[];
          expect(undeclaredPrefixes(tree), `${name}: ${part}`).toEqual([]);
          // lengths and sizes are whole twips, half-points, eighths of a point (ST_TwipsMeasure …): Word refuses a fraction
          for (const a of MEASURES) {
            for (const v of attributeValues(tree, a)) expect(v, `${name}: ${part} ${a}`).toMatch(/^-?\d+$/);
          }
        }
      }
    }
  });

  it('every part has a content type and every relationship points at a part of the package', async () => {
    const parts = unzip(await writeDocx(longDocument, { fontProfile: 'plain' }));
    const types = parser.parse(parts['[Content_Types].xml']!) as Node[];
    const entries = (types.find((n) => 'Types' in n)!.Types as Node[]).map((n) => n[':@']!);
    const byExtension = new Set(entries.filter((e) => e.Extension).map((e) => e.Extension));
    const overridden = new Set(entries.filter((e) => e.PartName).map((e) => e.PartName));
    for (const part of Object.keys(parts)) {
      if (part === '[Content_Types].xml') continue;
      expect(overridden.has(`/${part}`) || byExtension.has(part.slice(part.lastIndexOf('.') + 1)), part).toBe(true);
    }
    for (const o of overridden) expect(Object.keys(parts), o!).toContain(o!.slice(1));
    for (const [rels, xml] of Object.entries(parts).filter(([p]) => p.endsWith('.rels'))) {
      const base = rels.replace(/_rels\/[^/]*$/, '');
      const root = (parser.parse(xml) as Node[]).find((n) => 'Relationships' in n)!;
      for (const r of (root.Relationships as Node[]).map((n) => n[':@']!)) expect(Object.keys(parts), `${rels}: ${r.Target}`).toContain(base + r.Target);
    }
    // the document's footers, by the ids its section names
    const documentRels = (parser.parse(parts['word/_rels/document.xml.rels']!) as Node[]).find((n) => 'Relationships' in n)!;
    const ids = new Set((documentRels.Relationships as Node[]).map((n) => n[':@']!.Id));
    const refs = attributeValues(parser.parse(parts['word/document.xml']!) as Node[], 'r:id');
    expect(refs.length).toBe(2); // the odd and the even footer
    for (const ref of refs) expect(ids, ref).toContain(ref);
  });

  it('a heading with no number and no text (# {.unnumbered}) is an empty heading paragraph, with no text of its own', async () => {
    const doc: GongwenDocument = { ...minutes, body: [{ type: 'heading', level: 1, number: '', text: '' }, ...minutes.body] };
    const xml = unzip(await writeDocx(doc, { fontProfile: 'gb2312' }))['word/document.xml']!;
    expect(xml).not.toContain('undefined');
    expect(xml).toContain('<w:p><w:pPr><w:pStyle w:val="GwHeading1"/></w:pPr></w:p>');
  });

  it('two documents share every part that does not depend on the document', async () => {
    const a = unzip(await writeDocx(longDocument, { fontProfile: 'gb2312', dateEpoch: 1700000000 }));
    const b = unzip(await writeDocx(minutes, { fontProfile: 'gb2312', dateEpoch: 1600000000 }));
    const c = unzip(await writeDocx(minutes, { fontProfile: 'plain' }));
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(Object.keys(a)).toEqual(Object.keys(c));
    const own = ['word/document.xml', 'word/footnotes.xml', 'docProps/core.xml'];
    const byProfile = ['word/styles.xml', 'word/fontTable.xml'];
    for (const part of Object.keys(a)) {
      if (own.includes(part)) {
        expect(parser.parse(a[part]!), part).not.toEqual(parser.parse(b[part]!));
        continue;
      }
      expect(parser.parse(a[part]!), part).toEqual(parser.parse(b[part]!));
      if (byProfile.includes(part)) expect(parser.parse(a[part]!), part).not.toEqual(parser.parse(c[part]!));
      else expect(parser.parse(a[part]!), part).toEqual(parser.parse(c[part]!));
    }
    // the theme is the whole Office theme: colours, fonts, formats
    const theme = new XMLParser().parse(a['word/theme/theme1.xml']!)['a:theme']['a:themeElements'];
    expect(Object.keys(theme)).toEqual(['a:clrScheme', 'a:fontScheme', 'a:fmtScheme']);
  });

  it('text with & < > " \' and spaces comes back as written when gongwen reads the DOCX', async () => {
    const bytes = await writeDocx(awkwardDocument, { fontProfile: 'gb2312', colophonPlacement: 'flow' });
    const read = readWordDocument(bytes, { where: 'awkward.docx' });
    const paragraphs = read.blocks.filter((b): b is RawParagraph => b.type === 'paragraph').map((p) => p.text);
    expect(paragraphs).toContain('A&B<县>人民政府');
    expect(paragraphs).toContain(`关于${awkward}的通知`);
    expect(paragraphs).toContain(`  ${awkward}`);
    expect(paragraphs).toContain('𠀀𠀁 的第一个字在第二平面' + '长'.repeat(2000));
    // a tab stays a tab; control characters XML 1.0 cannot hold are left out
    expect(paragraphs).toContain('tab\there gone');
    expect(paragraphs).toContain('A&B<机关>');
    expect(paragraphs.some((p) => p.includes('县委 & <办>，"x"'))).toBe(true);
    const table = read.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['名称&', ''],
      ['a & <b>', ''],
      ['', ' sp '],
    ]);
    // and the title in the document's properties
    const core = new XMLParser({ trimValues: false }).parse(unzip(bytes)['docProps/core.xml']!);
    expect(core['cp:coreProperties']['dc:title']).toBe(`关于${awkward}的通知`);
  });

  it('a title with characters XML 1.0 cannot hold is written without them in docProps/core.xml, as in the document', async () => {
    // U+FFFE, U+FFFF and a lone surrogate are not XML characters (§2.2): a core.xml holding one is not XML, and Word calls the file damaged
    for (const [name, title, mark] of [
      ['title', ['关于\uFFFE调整\uD800的通知'], undefined],
      ['纪要标志', [], '会议\uFFFF纪要\uDC00'],
    ] as const) {
      const doc: GongwenDocument = { kind: 'k', template: 't', title: [...title], mark, subtitle: [], body: [{ type: 'paragraph', text: '正文。' }], notes: [], attachments: [] };
      const bytes = await writeDocx(doc, { fontProfile: 'gb2312' });
      const core = new XMLParser({ trimValues: false }).parse(unzip(bytes)['docProps/core.xml']!);
      const expected = title.length > 0 ? '关于调整的通知' : '会议纪要';
      expect(core['cp:coreProperties']['dc:title'], name).toBe(expected);
      const read = readWordDocument(bytes, { where: 't.docx' });
      expect(read.blocks.some((b) => b.type === 'paragraph' && b.text === expected), name).toBe(true);
    }
  });

  it('any text of a paragraph comes back as written, less what XML 1.0 cannot hold', async () => {
    const alphabet = ['&', '<', '>', '"', "'", ' ', '  ', '\t', '\n', '\r\n', '𠀀', 'a', '中', '，', ']]>', '&amp;', '\u0001', '\u001F', '\uFFFE', '\uD800', '\u00A0', '\u3000'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 30 }), async (pieces) => {
        const text = `甲${pieces.join('')}乙`;
        const doc: GongwenDocument = { kind: 'k', template: 't', title: [], subtitle: [], body: [{ type: 'paragraph', text, align: 'left' }], notes: [], attachments: [] };
        const read = readWordDocument(await writeDocx(doc, { fontProfile: 'gb2312' }), { where: 'p.docx' });
        const paragraphs = read.blocks.filter((b): b is RawParagraph => b.type === 'paragraph');
        const expected = text.replace(/\r\n?/g, '\n').replace(/[\u0001\u001F\uFFFE\uD800]/g, '');
        expect(paragraphs.map((p) => p.text).join('\n')).toBe(expected);
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });

  it('the children of w:pPr, w:rPr, w:tblPr, w:tcPr, w:sectPr, w:style … come in the schema’s order (Word calls a file with another corrupt)', async () => {
    // ECMA-376 Part 1 (transitional) sequences, as far as gongwen writes them: CT_PPrBase, EG_RPrBase, CT_TblPrBase,
    // CT_TcPr, CT_SectPr, CT_TblBorders, CT_TcMar, CT_PBdr, CT_Style, CT_Tbl, CT_Lvl, CT_Font
    const ORDER: Record<string, string[]> = {
      'w:pPr': ['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr', 'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap', 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange'],
      'w:rPr': ['w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike', 'w:outline', 'w:shadow', 'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden', 'w:color', 'w:spacing', 'w:w', 'w:kern', 'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs', 'w:em', 'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath'],
      'w:tblPr': ['w:tblStyle', 'w:tblpPr', 'w:tblOverlap', 'w:bidiVisual', 'w:tblStyleRowBandSize', 'w:tblStyleColBandSize', 'w:tblW', 'w:jc', 'w:tblCellSpacing', 'w:tblInd', 'w:tblBorders', 'w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook'],
      'w:tcPr': ['w:cnfStyle', 'w:tcW', 'w:gridSpan', 'w:hMerge', 'w:vMerge', 'w:tcBorders', 'w:shd', 'w:noWrap', 'w:tcMar', 'w:textDirection', 'w:tcFitText', 'w:vAlign', 'w:hideMark'],
      'w:sectPr': ['w:headerReference', 'w:footerReference', 'w:footnotePr', 'w:endnotePr', 'w:type', 'w:pgSz', 'w:pgMar', 'w:paperSrc', 'w:pgBorders', 'w:lnNumType', 'w:pgNumType', 'w:cols', 'w:formProt', 'w:vAlign', 'w:noEndnote', 'w:titlePg', 'w:textDirection', 'w:bidi', 'w:rtlGutter', 'w:docGrid'],
      'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'],
      'w:tcMar': ['w:top', 'w:left', 'w:bottom', 'w:right'],
      'w:tblCellMar': ['w:top', 'w:left', 'w:bottom', 'w:right'],
      'w:pBdr': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:between', 'w:bar'],
      'w:style': ['w:name', 'w:aliases', 'w:basedOn', 'w:next', 'w:link', 'w:autoRedefine', 'w:hidden', 'w:uiPriority', 'w:semiHidden', 'w:unhideWhenUsed', 'w:qFormat', 'w:locked', 'w:rsid', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr'],
      'w:tbl': ['w:tblPr', 'w:tblGrid', 'w:tr'],
      'w:lvl': ['w:start', 'w:numFmt', 'w:lvlRestart', 'w:pStyle', 'w:isLgl', 'w:suff', 'w:lvlText', 'w:lvlPicBulletId', 'w:legacy', 'w:lvlJc', 'w:pPr', 'w:rPr'],
      'w:font': ['w:altName', 'w:panose1', 'w:charset', 'w:family', 'w:notTrueType', 'w:pitch', 'w:sig'],
    };
    const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
    const walk = (nodes: Node[], visit: (tag: string, kids: string[]) => void): void => {
      for (const n of nodes) {
        const tag = tagOf(n);
        if (tag === '#text' || tag.startsWith('?')) continue;
        const kids = n[tag] as Node[];
        visit(tag, kids.map(tagOf).filter((t) => t !== '#text'));
        walk(kids, visit);
      }
    };
    let checked = 0;
    const seen = new Set<string>(); // each part's text once, as above
    for (const [name, doc] of documents) {
      for (const colophonPlacement of ['footnote', 'flow'] as const) {
        const parts = unzip(await writeDocx(doc, { fontProfile: 'gb2312', colophonPlacement }));
        for (const [part, xml] of Object.entries(parts).filter(([p]) => p.startsWith('word/') && p.endsWith('.xml'))) {
          if (seen.has(xml)) continue;
          seen.add(xml);
          const tree = parser.parse(xml) as Node[];
          walk(tree, (tag, kids) => {
            const order = ORDER[tag];
            if (!order) return;
            checked++;
            const at = kids.map((k) => order.indexOf(k));
            expect(at, `${name}: ${part} <${tag}> holds ${kids.join(' ')}`).not.toContain(-1);
            expect(at, `${name}: ${part} <${tag}> holds ${kids.join(' ')}`).toEqual([...at].sort((a, b) => a - b));
          });
          // every cell holds a paragraph and ends with one; every table holds a row
          walk(tree, (tag, kids) => {
            if (tag === 'w:tc') expect(kids[kids.length - 1], `${name}: ${part}`).toBe('w:p');
            if (tag === 'w:tbl') expect(kids, `${name}: ${part}`).toContain('w:tr');
          });
        }
      }
    }
    expect(checked).toBeGreaterThan(800); // 1002 elements in the distinct parts (seventh session)
  });
});
