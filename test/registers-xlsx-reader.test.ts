import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { readRegister } from '../src/registers/read.js';
import { readXlsxSheet } from '../src/registers/xlsx.js';
import { excelDate } from '../src/registers/xlsxSheet.js';
import { isDateFormatCode } from '../src/registers/xlsxStyles.js';
import { temporaryFolder } from './support/folder.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

interface Book {
  /** The sheets in workbook order: relationship target (from xl/) and the XML inside <sheetData>. */
  sheets?: Array<{ name: string; target: string; rows: string }>;
  sharedStrings?: string[];
  /** <numFmts> and the numFmtId of each <cellXfs> entry. */
  numFmts?: Record<number, string>;
  cellXfs?: number[];
  date1904?: boolean;
}

/** An XLSX workbook zipped from hand-written XML, as Excel lays it out. */
function workbook(book: Book): Uint8Array {
  const sheets = book.sheets ?? [{ name: 'Sheet1', target: 'worksheets/sheet1.xml', rows: '' }];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        `<workbookPr${book.date1904 ? ' date1904="1"' : ''} defaultThemeVersion="124226"/><sheets>` +
        sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 10}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        sheets.map((s, i) => `<Relationship Id="rId${i + 10}" Type="${REL}/worksheet" Target="${s.target}"/>`).join('') +
        '</Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${book.sharedStrings?.length ?? 0}">${(book.sharedStrings ?? []).join('')}</sst>`,
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">` +
        `<numFmts>${Object.entries(book.numFmts ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join('')}</numFmts>` +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>' +
        `<cellXfs>${(book.cellXfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf>`).join('')}</cellXfs>` +
        '</styleSheet>',
    ),
  };
  for (const s of sheets) {
    const path = s.target.startsWith('/') ? s.target.slice(1) : `xl/${s.target}`;
    files[path] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetData>${s.rows}</sheetData></worksheet>`);
  }
  return zipSync(files);
}

const oneSheet = (rows: string, rest: Omit<Book, 'sheets'> = {}) => workbook({ ...rest, sheets: [{ name: '台账', target: 'worksheets/sheet1.xml', rows }] });

describe('readXlsxSheet: strings', () => {
  it('reads shared strings: plain, rich text runs, entities, preserved spaces, _x000D_, phonetic runs left out', async () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>',
      {
        sharedStrings: [
          '<si><t>编号</t></si>',
          '<si><r><rPr><b/><sz val="11"/></rPr><t>反映</t></r><r><t xml:space="preserve"> 承包地 </t></r><r><rPr><i/></rPr><t>被占用</t></r></si>',
          '<si><t>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#26085;&#x6708;</t></si>',
          '<si><t xml:space="preserve">  两边有空格  </t></si>',
          '<si><t>第一行_x000D_\n第二行 _x005F_x0041_</t></si>',
          '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
        ],
      },
    );
    expect(await readXlsxSheet(bytes)).toEqual([
      ['编号', '反映 承包地 被占用', 'A & B <C> "D" \'E\' 日月', '  两边有空格  ', '第一行\r\n第二行 _x0041_', '東京'],
    ]);
  });

  it('reads inline strings, formula strings, booleans, numbers; error cells and empty strings are empty', async () => {
    const bytes = oneSheet(
      '<row r="1">' +
        '<c r="A1" t="inlineStr"><is><t>内联</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve">文本 &amp; 更多</t></r></is></c>' +
        '<c r="C1" t="str"><f>CONCATENATE("a","b")</f><v>ab</v></c>' +
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>' +
        '<c r="F1"><v>6666</v></c><c r="G1" t="n"><v>-142.5</v></c><c r="H1"><v>1.5E+3</v></c>' +
        '<c r="I1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="J1" t="str"><f>""</f><v></v></c>' +
        '<c r="K1" t="s"><v>0</v></c>' +
        '<c r="L1" t="inlineStr"><is><t>末</t></is></c>' +
        '</row>',
      { sharedStrings: ['<si><t/></si>'] },
    );
    expect(await readXlsxSheet(bytes)).toEqual([['内联', '富文本 & 更多', 'ab', true, false, 6666, -142.5, 1500, null, null, null, '末']]);
  });
});

describe('readXlsxSheet: sparse sheets', () => {
  it('numbers rows as the sheet does: skipped rows are empty, missing cells null, rows as wide as the widest, empty rows at the bottom left off', async () => {
    const bytes = oneSheet(
      '<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>' +
        '<row r="5"><c r="B5"><v>5</v></c><c r="C5" s="0"/><c r="E5" t="inlineStr"><is><t>E5</t></is></c></row>' +
        '<row r="6"/>' +
        '<row r="7"><c r="A7" s="0"/><c r="B7" t="s"/></row>',
      { sharedStrings: ['<si><t>A2</t></si>', '<si><t>C2</t></si>'] },
    );
    expect(await readXlsxSheet(bytes)).toEqual([
      [null, null, null, null, null],
      ['A2', null, 'C2', null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, 5, null, null, 'E5'],
    ]);
  });

  it('reads rows and cells written without r attributes in order', async () => {
    const bytes = oneSheet('<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    expect(await readXlsxSheet(bytes)).toEqual([['a', 2], [3, null]]);
  });

  it('reads pretty-printed XML: whitespace between tags, attributes in any order, single quotes', async () => {
    const bytes = oneSheet(
      "\n    <row r='1' spans='1:3'>\n      <c t='s' s='0' r='A1'>\n        <v>0</v>\n      </c>\n      <c s='1'\n         r='C1'><v>39837</v></c>\n    </row>\n",
      { sharedStrings: ['<si>\n  <t>甲</t>\n</si>'], cellXfs: [0, 14] },
    );
    expect(await readXlsxSheet(bytes)).toEqual([['甲', null, utc(2009, 1, 24)]]);
  });

  it('keeps the spreadsheet row numbers as lines of a register, blank rows and title rows included', async () => {
    const header = ['编号', '登记日期', '信访形式', '办理状态', '是否回复'];
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const row = (n: number, cells: string[]) => `<row r="${n}">${cells.map((t, i) => (t ? inline(`${'ABCDE'[i]}${n}`, t) : '')).join('')}</row>`;
    const bytes = oneSheet(
      row(1, ['路居镇信访登记台账']) +
        row(3, header) +
        row(4, ['X1', '2009/1/24', '来信', '已办结', '是']) +
        row(8, ['X2', '2009/2/30', '来访', '已办结', '是']) +
        row(9, ['X3', '2009/3/1', '来访', '办理中', '']),
    );
    const dir = temporaryFolder('gongwen-xlsx-reader-');
    const file = join(dir, 'sparse.xlsx');
    await writeFile(file, bytes);
    const bag = new DiagnosticBag();
    const r = await readRegister(file, bag);
    expect(r.kind).toBe('petitions');
    expect(bag.errors.map((d) => [d.code, d.start?.line, d.start?.column])).toEqual([['bad-date', 8, 2]]);
    expect(r.rows.map((p) => [p.id, p.line])).toEqual([['X1', 4], ['X3', 9]]);
  });
});

describe('readXlsxSheet: dates', () => {
  it('turns numbers with a built-in or custom date format into UTC dates; other formats stay numbers', async () => {
    const bytes = oneSheet(
      '<row r="1">' +
        '<c r="A1" s="1"><v>39837</v></c>' + // 14: m/d/yyyy
        '<c r="B1" s="2"><v>39837</v></c>' + // 176: yyyy"年"m"月"d"日"
        '<c r="C1" s="3"><v>39837.75</v></c>' + // 177: yyyy/m/d h:mm
        '<c r="D1" s="4"><v>39837</v></c>' + // 178: #,##0.00"元" — a number
        '<c r="E1" s="5"><v>39837</v></c>' + // 179: 0"天(d)" — the d is quoted
        '<c r="F1" s="0"><v>39837</v></c>' + // General
        '<c r="G1" s="6"><v>39837</v></c>' + // 31: yyyy"年"m"月"d"日" (zh-CN built-in)
        '<c r="H1" s="7"><v>39837</v></c>' + // 180: [$-804]yyyy-mm-dd;@
        '<c r="I1" s="8"><v>39837</v></c>' + // 181: [Red]0.00 — a number
        '<c r="J1"><v>39837</v></c>' + // no style
        '</row>',
      {
        numFmts: { 176: 'yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;', 177: 'yyyy/m/d\\ h:mm', 178: '#,##0.00&quot;元&quot;', 179: '0&quot;天(d)&quot;', 180: '[$-804]yyyy\\-mm\\-dd;@', 181: '[Red]0.00' },
        cellXfs: [0, 14, 176, 177, 178, 179, 31, 180, 181],
      },
    );
    expect(await readXlsxSheet(bytes)).toEqual([
      [utc(2009, 1, 24), utc(2009, 1, 24), new Date(Date.UTC(2009, 0, 24, 18)), 39837, 39837, 39837, utc(2009, 1, 24), utc(2009, 1, 24), 39837, 39837],
    ]);
  });

  it('counts the 1900 system as Excel does: 59 is 1900-02-28, 60 the 1900-02-29 that never was, 61 1900-03-01', async () => {
    const bytes = oneSheet('<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>59</v></c><c r="C1" s="1"><v>60</v></c><c r="D1" s="1"><v>61</v></c></row>', { cellXfs: [0, 14] });
    expect(await readXlsxSheet(bytes)).toEqual([[utc(1900, 1, 1), utc(1900, 2, 28), '1900-02-29', utc(1900, 3, 1)]]);
    expect(excelDate(25569, false)).toEqual(utc(1970, 1, 1));
  });

  it('reads a 1904 workbook (workbookPr date1904): serial 0 is 1904-01-01', async () => {
    const bytes = oneSheet('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>38375</v></c><c r="C1"><v>38375</v></c></row>', { cellXfs: [0, 14], date1904: true });
    expect(await readXlsxSheet(bytes)).toEqual([[utc(1904, 1, 1), utc(2009, 1, 24), 38375]]);
  });

  it('reads t="d" cells (ISO 8601) as UTC', async () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="d"><v>2009-01-24T00:00:00</v></c><c r="B1" t="d"><v>2009-02-05</v></c></row>');
    expect(await readXlsxSheet(bytes)).toEqual([[utc(2009, 1, 24), utc(2009, 2, 5)]]);
  });

  it('tells date format codes from number format codes', async () => {
    for (const code of ['yyyy/m/d', 'm/d/yy', 'yyyy"年"m"月"d"日"', '[$-F800]dddd, mmmm dd, yyyy', '[h]:mm:ss', 'h:mm AM/PM', '[DBNum1][$-804]yyyy"年"m"月"', 'yyyy-mm-dd;@', 'd-mmm']) {
      expect([code, isDateFormatCode(code)]).toEqual([code, true]);
    }
    for (const code of ['General', '0.00', '#,##0"元"', '0"人"', '[Red]#,##0;[Blue]-#,##0', '0.00E+00', '@', '0.0"万"_);\\(0.0\\)', '#,##0 "days"']) {
      expect([code, isDateFormatCode(code)]).toEqual([code, false]);
    }
  });
});

describe('readXlsxSheet: workbook structure', () => {
  it('reads the first sheet listed in workbook.xml through its r:id, whatever its part is called', async () => {
    const bytes = workbook({
      sheets: [
        { name: '信访登记', target: 'worksheets/data.xml', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>' },
        { name: 'Sheet1', target: 'worksheets/sheet1.xml', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row>' },
      ],
    });
    expect(await readXlsxSheet(bytes)).toEqual([['first']]);
    const absolute = workbook({
      sheets: [
        { name: '台账', target: '/xl/worksheets/sheet2.xml', rows: '<row r="1"><c r="A1"><v>2</v></c></row>' },
        { name: 'Sheet1', target: 'worksheets/sheet1.xml', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      ],
    });
    expect(await readXlsxSheet(absolute)).toEqual([[2]]);
  });

  it('reads parts written with a namespace prefix (x:worksheet, x:row, x:c …)', async () => {
    const bytes = zipSync({
      '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="S" sheetId="1" r:id="R5"/></x:sheets></x:workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R5" Type="${REL}/worksheet" Target="/xl/worksheets/s.xml"/><Relationship Id="R6" Type="${REL}/sharedStrings" Target="/xl/strings.xml"/></Relationships>`,
      ),
      'xl/strings.xml': strToU8(`<x:sst xmlns:x="${MAIN}"><x:si><x:t>共享</x:t></x:si></x:sst>`),
      'xl/worksheets/s.xml': strToU8(
        `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c><x:c r="C1"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    });
    expect(await readXlsxSheet(bytes)).toEqual([['共享', '内联', 3]]);
  });

  it('reads what write-excel-file writes (the example registers are made with it)', async () => {
    const data = [
      ['编号', '日期', '人数', '是否'].map((h) => ({ value: h, type: String })),
      [{ value: 'X1 & <甲>', type: String }, { value: utc(2009, 1, 24), type: Date, format: 'yyyy/m/d' }, { value: 6, type: Number }, { value: true, type: Boolean }],
      [null, null, null, null],
      [{ value: '  有空格 ', type: String }, { value: utc(2009, 12, 31), type: Date, format: 'yyyy"年"m"月"d"日"' }, null, { value: false, type: Boolean }],
    ];
    const bytes = new Uint8Array(await writeXlsxFile(data as never).toBuffer());
    expect(await readXlsxSheet(bytes)).toEqual([
      ['编号', '日期', '人数', '是否'],
      ['X1 & <甲>', utc(2009, 1, 24), 6, true],
      [null, null, null, null],
      ['  有空格 ', utc(2009, 12, 31), null, false],
    ]);
  });

  it('reports a file that is not a workbook as unreadable, and one whose cells point nowhere', async () => {
    const dir = temporaryFolder('gongwen-xlsx-reader-');
    const notZip = join(dir, 'not-a-zip.xlsx');
    await writeFile(notZip, 'this is text, not a zip');
    const bag = new DiagnosticBag();
    const r = await readRegister(notZip, bag);
    expect(r.rows).toEqual([]);
    expect(bag.errors.map((d) => d.code)).toEqual(['unreadable-register']);

    await expect(readXlsxSheet(oneSheet('<row r="1"><c r="B1" t="s"><v>7</v></c></row>'))).rejects.toThrow('cell B1 refers to shared string 7');
    await expect(readXlsxSheet(oneSheet('<row r="2"><c r="A2"><v>1</v></c></row><row r="2"/>'))).rejects.toThrow('row 2 comes after row 2');
    await expect(readXlsxSheet(zipSync({ 'a.txt': strToU8('a') }))).rejects.toThrow('no xl/workbook.xml');
  });
});
