/**
 * Reading existing documents into the document model: DOCX in the forms Word and WPS save
 * (hand-written OOXML, test/fixtures/word/build.ts), plain text, and hostile packages.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { readDocx } from '../src/readers/docx/readDocx.js';
import { readDocumentFile } from '../src/readers/readDocument.js';
import { ZipReader } from '../src/io/unzip.js';
import { buildDocx, fonts, GB_SECTION, p, size } from './fixtures/word/build.js';
import type { Heading } from '../src/model/document.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function readFile(name: string, data: Uint8Array | string, options = {}) {
  const file = join(dir, name);
  writeFileSync(file, data);
  const bag = new DiagnosticBag(file);
  return { result: readDocumentFile(file, bag, options), bag };
}
const texts = (raw: ReturnType<typeof readDocx>) => raw.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));

// Word's numbering of headings: the number comes from numbering.xml, not from the text.
const NUMBERING = `<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
const STYLES = `<w:docDefaults><w:rPrDefault><w:rPr>${fonts('仿宋_GB2312')}${size(16)}</w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr>${fonts('黑体')}</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr>${fonts('楷体_GB2312')}</w:rPr></w:style>`;

describe('DOCX as Word and WPS save it', () => {
  it('numbers headings from w:numPr and reads their level from the style', () => {
    const docx = buildDocx({
      styles: STYLES,
      numbering: NUMBERING,
      body: [
        p('关于做好信访工作的实施方案', '<w:jc w:val="center"/>', size(22)),
        p('指导思想', '<w:pStyle w:val="1"/>'),
        p('以科学发展观为指导。'),
        p('工作目标', '<w:pStyle w:val="1"/>'),
        p('加强领导', '<w:pStyle w:val="2"/>'),
        p('各级要重视。'),
        p('落实责任', '<w:pStyle w:val="2"/>'),
        GB_SECTION,
      ].join(''),
    });
    const raw = readDocx(docx, { where: 'x.docx' });
    expect(texts(raw)).toEqual(['关于做好信访工作的实施方案', '一、指导思想', '以科学发展观为指导。', '二、工作目标', '（一）加强领导', '各级要重视。', '（二）落实责任']);
    const { result } = readFile('numbered.docx', docx);
    const headings = result!.document.body.filter((b): b is Heading => b.type === 'heading');
    expect(headings.map((h) => [h.level, h.number, h.text])).toEqual([
      [1, '一、', '指导思想'],
      [1, '二、', '工作目标'],
      [2, '（一）', '加强领导'],
      [2, '（二）', '落实责任'],
    ]);
    expect(result!.document.title).toEqual(['关于做好信访工作的实施方案']);
  });

  it('reads the WPS form: numbering and outline level on the paragraph itself, content controls, hyperlinks', () => {
    const direct = (lvl: number, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="${lvl}"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="黑体" w:eastAsia="黑体"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;
    const docx = buildDocx({
      numbering: NUMBERING,
      body: [
        p('关于做好信访工作的通知', '<w:jc w:val="center"/>', size(22)),
        direct(0, '提高认识'),
        `<w:sdt><w:sdtPr><w:alias w:val="正文"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>详见</w:t></w:r><w:hyperlink r:id="rId99"><w:r><w:t>县信访局网站</w:t></w:r></w:hyperlink><w:r><w:t>。</w:t></w:r></w:p></w:sdtContent></w:sdt>`,
        direct(1, '加强领导'),
        direct(0, '落实责任'),
      ].join(''),
    });
    const raw = readDocx(docx, { where: 'x.wps.docx' });
    expect(texts(raw)).toEqual(['关于做好信访工作的通知', '一、提高认识', '详见县信访局网站。', '（一）加强领导', '二、落实责任']);
  });

  it('reads headings by outline level when they carry no number at all', () => {
    const styles = STYLES.replace(/<w:numPr>.*?<\/w:numPr>/g, '');
    const docx = buildDocx({ styles, body: [p('某镇工作总结', '<w:jc w:val="center"/>', size(22)), p('主要做法', '<w:pStyle w:val="1"/>'), p('做了很多工作。'), GB_SECTION].join('') });
    const { result } = readFile('outline.docx', docx);
    const h = result!.document.body[0] as Heading;
    expect([h.type, h.level, h.number, h.text]).toEqual(['heading', 1, '一、', '主要做法']);
  });

  it('reads tracked changes as accepted and ignores comments', () => {
    const docx = buildDocx({
      comments: '<w:comment w:id="0" w:author="审核"><w:p><w:r><w:t>这句要改</w:t></w:r></w:p></w:comment>',
      body: [
        p('镇工作会议纪要', '<w:jc w:val="center"/>'),
        `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>会议指出，</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>旧的说法，</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>上半年工作取得成效。</w:t></w:r></w:ins><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
        // a paragraph whose mark was deleted joins the next one
        `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>会议强调，要</w:t></w:r></w:p>`,
        `<w:p><w:r><w:t>加强排查。</w:t></w:r><w:moveFrom w:id="4" w:author="a"><w:r><w:t>移走的字</w:t></w:r></w:moveFrom></w:p>`,
      ].join(''),
    });
    const raw = readDocx(docx, { where: 'x.docx' });
    expect(texts(raw)).toEqual(['镇工作会议纪要', '会议指出，上半年工作取得成效。', '会议强调，要加强排查。']);
  });

  it('reads the result of fields, not their instructions', () => {
    const docx = buildDocx({
      body: `${p('标题')}<w:p><w:r><w:t>详见</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>附件1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>2012年3月9日</w:t></w:r></w:fldSimple><w:r><w:t>。</w:t></w:r></w:p>`,
    });
    expect(texts(readDocx(docx, { where: 'x.docx' }))).toEqual(['标题', '详见附件12012年3月9日。']);
  });

  it('reads a text box once (the mc:Choice, not its VML fallback) after its paragraph', () => {
    const box = (t: string) => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const docx = buildDocx({
      body: `${p('山西省隰县民兵农建营文件')}<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box('隰民农营发〔2012〕2号')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('隰民农营发〔2012〕2号')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>${p('关于开展活动的实施方案')}${p('为做好工作，制定本方案。')}`,
    });
    const raw = readDocx(docx, { where: 'x.docx' });
    expect(texts(raw)).toEqual(['山西省隰县民兵农建营文件', '', '隰民农营发〔2012〕2号', '关于开展活动的实施方案', '为做好工作，制定本方案。']);
    const { result, bag } = readFile('textbox.docx', docx);
    expect(result!.document.head).toMatchObject({ issuer: '山西省隰县民兵农建营文件', docNumber: '隰民农营发〔2012〕2号' });
    expect(bag.items.map((d) => d.code)).toContain('read-textbox');
  });

  it('resolves theme fonts: an empty East Asian face is the theme\'s Chinese (Hans) one, and the default', () => {
    const docx = buildDocx({
      themeFonts: '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:font script="Hans" typeface="黑体"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:font script="Hans" typeface="宋体"/></a:minorFont>',
      body: `${p('标题', '', '<w:rFonts w:eastAsiaTheme="majorEastAsia" w:asciiTheme="majorHAnsi"/>')}${p('正文')}`,
    });
    const raw = readDocx(docx, { where: 'x.docx' });
    const formats = raw.blocks.flatMap((b) => (b.type === 'paragraph' ? [[b.runs[0]!.format.fontEastAsia, b.runs[0]!.format.fontAscii]] : []));
    expect(formats).toEqual([
      ['黑体', 'Calibri Light'],
      ['宋体', undefined],
    ]);
  });

  it('reads a 版头 laid out in a table as the 发文机关标志 and the 发文字号', () => {
    const tc = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const docx = buildDocx({
      body: `<w:tbl><w:tr>${tc('隰县民兵农建营文件')}</w:tr><w:tr>${tc('隰民农营发〔2012〕2号')}${tc('签发人：杨立平')}</w:tr></w:tbl>${p('关于开展活动的实施方案')}${p('为做好工作，制定本方案。')}`,
    });
    const { result } = readFile('head-table.docx', docx);
    expect(result!.document.head).toEqual({ issuer: '隰县民兵农建营文件', docNumber: '隰民农营发〔2012〕2号', signer: '杨立平' });
    expect(result!.document.title).toEqual(['关于开展活动的实施方案']);
  });

  it('reads merged cells as the grid a reader sees: the text once, covered cells empty', () => {
    const tc = (t: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}<w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const docx = buildDocx({
      body: `${p('统计表')}<w:tbl><w:tr>${tc('类别')}${tc('数量', '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${tc('来信', '<w:vMerge w:val="restart"/>')}${tc('5')}${tc('件')}</w:tr><w:tr>${tc('', '<w:vMerge/>')}${tc('6')}${tc('件')}</w:tr></w:tbl>`,
    });
    const raw = readDocx(docx, { where: 'x.docx' });
    const table = raw.blocks.find((b) => b.type === 'table');
    expect(table && table.type === 'table' && table.rows).toEqual([
      ['类别', '数量', ''],
      ['来信', '5', '件'],
      ['', '6', '件'],
    ]);
  });

  it('reads a cell merged down over rows (w:vMerge) into the model as the value of every row it covers', () => {
    // gongwen's DOCX writer merges a repeated first-column value (类型) over its rows; the model (and a
    // Markdown table, which cannot merge) has it in each row
    const tc = (t: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}<w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const docx = buildDocx({
      styles: STYLES,
      body: [
        p('某镇信访工作总结', '<w:jc w:val="center"/>', size(22)),
        p('上半年受理的信访件按类别统计如下：'),
        `<w:tbl>${row(tc('类型'), tc('类别'), tc('件数'))}${row(tc('信访', '<w:vMerge w:val="restart"/>'), tc('民政'), tc('3'))}${row(tc('', '<w:vMerge/>'), tc('土地问题'), tc('2'))}${row(tc('矛盾纠纷'), tc('坟地纠纷'), tc('1'))}${row(tc(''), tc('合计'), tc('6'))}</w:tbl>`,
        GB_SECTION,
      ].join(''),
    });
    const { result } = readFile('merged.docx', docx);
    const table = result!.document.body.find((b) => b.type === 'table');
    expect(table && table.type === 'table' && [table.header, ...table.rows]).toEqual([
      ['类型', '类别', '件数'],
      ['信访', '民政', '3'],
      ['信访', '土地问题', '2'],
      ['矛盾纠纷', '坟地纠纷', '1'],
      // an empty cell that is not merged stays empty
      ['', '合计', '6'],
    ]);
  });

  it('joins the lines gongwen split off a last paragraph to keep with the signature, by their style only', () => {
    // gongwen's writer (src/writers/docx/blocks.ts addParagraph) sets the last two lines of the text's
    // last paragraph as a paragraph of their own, in the style GwBodyCarry (正文续行), flush left and
    // kept with the signature
    const gw = `${STYLES}<w:style w:type="paragraph" w:styleId="GwBodyCarry"><w:name w:val="正文续行"/><w:pPr><w:keepNext/></w:pPr></w:style>`;
    const body = (tailStyle: string) =>
      [
        p('某镇工作会议纪要', '<w:jc w:val="center"/>', size(22)),
        p('会议指出，上半年工作取得成效。'),
        p('会议要求，全体党委成员要继续发扬艰苦奋斗、默默奉献的精神，勇于进取，努'),
        p('力探索信访工作新路子，确保目标的实现。', `${tailStyle}<w:keepNext/><w:ind w:left="0" w:right="0" w:firstLine="0" w:firstLineChars="0"/>`),
        p('某镇人民政府', '<w:jc w:val="right"/>'),
        p('2009年7月1日', '<w:jc w:val="right"/>'),
        GB_SECTION,
      ].join('');
    const paragraphs = (styles: string, tailStyle: string) =>
      readDocx(buildDocx({ styles, body: body(tailStyle) }), { where: 'x.docx' })
        .blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
        .filter((t) => t.startsWith('会议要求') || t.startsWith('力探索'));
    expect(paragraphs(gw, '<w:pStyle w:val="GwBodyCarry"/>')).toEqual(['会议要求，全体党委成员要继续发扬艰苦奋斗、默默奉献的精神，勇于进取，努力探索信访工作新路子，确保目标的实现。']);
    // a flush-left paragraph kept with the next one, in any other style, is a paragraph of its own
    expect(paragraphs(STYLES, '')).toEqual(['会议要求，全体党委成员要继续发扬艰苦奋斗、默默奉献的精神，勇于进取，努', '力探索信访工作新路子，确保目标的实现。']);
  });

  it('reads a heading by outline level with no number, among headings that carry theirs, as unnumbered', () => {
    const styles = STYLES.replace(/<w:numPr>.*?<\/w:numPr>/g, '');
    const docx = buildDocx({
      styles,
      body: [
        p('某镇工作总结', '<w:jc w:val="center"/>', size(22)),
        p('一、主要做法', '<w:pStyle w:val="1"/>'),
        p('做了很多工作。'),
        p('二、存在问题', '<w:pStyle w:val="1"/>'),
        p('还有不足。'),
        p('后半年工作思路', '<w:pStyle w:val="1"/>'),
        p('（一）坚持接访', '<w:pStyle w:val="2"/>'),
        p('每周接访一天。'),
        GB_SECTION,
      ].join(''),
    });
    const { result } = readFile('unnumbered.docx', docx);
    const headings = result!.document.body.filter((b): b is Heading => b.type === 'heading');
    expect(headings.map((h) => [h.level, h.number, h.text])).toEqual([
      [1, '一、', '主要做法'],
      [1, '二、', '存在问题'],
      [1, '', '后半年工作思路'],
      [2, '（一）', '坚持接访'],
    ]);
  });
});

describe('package encodings', () => {
  it('reads a part saved as UTF-16 (with its byte order mark)', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>镇工作总结</w:t></w:r></w:p></w:body></w:document>`;
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(xml, 'utf16le'))]);
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': utf16 });
    expect(texts(readDocx(docx, { where: 'x.docx' }))).toEqual(['镇工作总结']);
  });
});

describe('plain text', () => {
  it('recognises 版头, title, 主送, headings, 附件说明, 落款, 版记', () => {
    const text = [
      '隰民农营发[2012] 2号',
      '山西省隰县民兵农建营',
      '关于开展“领导干部大接访”活动',
      '实 施 方 案',
      '各股室:',
      '为做好工作,制定本方案。',
      '一、指导思想',
      '以科学发展观为指导。',
      '(一)加强领导。各级要重视。',
      '1、落实责任',
      '(1)明确分工',
      '三、工作要求',
      '附件:农建营大接访日程安排表',
      '山西省隰县民兵农建营',
      '二○一二年三月九日',
      '抄送:县委办,县政府办。',
      '隰县民兵农建营办公室 2012年3月9日印发',
    ].join('\n');
    const { result, bag } = readFile('plan.txt', text);
    const doc = result!.document;
    expect(doc.head).toEqual({ docNumber: '隰民农营发〔2012〕2号', issuer: '山西省隰县民兵农建营' });
    expect(doc.title).toEqual(['关于开展“领导干部大接访”活动', '实施方案']);
    expect(doc.body[0]).toMatchObject({ type: 'paragraph', role: 'salutation', text: '各股室:' });
    const hs = doc.body.filter((b): b is Heading => b.type === 'heading').map((h) => `${h.number}${h.text}${h.runIn ?? ''}`);
    // numbers are kept as written, in the standard's form (1、 → 1.); a break in the sequence is said
    expect(hs).toEqual(['一、指导思想', '（一）加强领导。各级要重视。', '1.落实责任', '（1）明确分工', '三、工作要求']);
    expect(bag.items.filter((d) => d.code === 'read-numbering').map((d) => [d.start?.line, d.message])).toEqual([
      [12, 'heading "三、工作要求" breaks the sequence: 二、 was due here (GB/T 9704 §7.3.3); kept as written'],
    ]);
    expect(doc.body.at(-1)).toMatchObject({ role: 'attachment-note', text: '附件:农建营大接访日程安排表' });
    expect(doc.signature).toEqual({ organs: ['山西省隰县民兵农建营'], date: '二〇一二年三月九日' });
    expect(doc.colophon).toEqual({ cc: '县委办,县政府办', printer: '隰县民兵农建营办公室', printDate: '2012年3月9日' });
    expect(doc.kind).toBe('plan');
  });

  it('recognises the labels of a 纪要 and keeps unplaced lines as text', () => {
    const text = ['镇信访工作会议纪要', '时间:20XX年9月10日', '地点:党委会议室', '会议指出,要做好工作。', '出席:张三、李四', '请假:王五', '会议记录与整理:罗勋浩'].join('\n');
    const doc = readFile('minutes.txt', text).result!.document;
    expect(doc.kind).toBe('minutes');
    expect(doc.body.map((b) => (b.type === 'labeled' ? `${b.style}:${b.label}=${b.value}` : b.type))).toEqual([
      'plain:时间=20XX年9月10日',
      'plain:地点=党委会议室',
      'paragraph',
      'attendance:出席=张三、李四',
      'attendance:请假=王五',
      'plain:会议记录与整理=罗勋浩',
    ]);
  });

  it('hints at --simplified for traditional text and converts with it', () => {
    const text = '鎮信訪工作會議紀要\n會議指出,上半年信訪穩定工作取得了一定成效。\n';
    const plain = readFile('trad.txt', text);
    expect(plain.bag.items.find((d) => d.code === 'traditional')?.hint).toMatch(/--simplified/);
    const converted = readFile('trad2.txt', text, { simplified: true });
    expect(converted.result!.document.title).toEqual(['镇信访工作会议纪要']);
    expect(converted.bag.items.some((d) => d.code === 'traditional')).toBe(false);
  });
});

describe('hostile packages', () => {
  it('stops inflating a zip bomb at the limit', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = zipSync({ 'word/document.xml': zeros }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const zip = new ZipReader(bomb, 'bomb.docx', 1024 * 1024);
    expect(() => zip.read('word/document.xml')).toThrow(/bomb\.docx: word\/document\.xml would unpack to 8 MiB, more than the limit of 1 MiB/);
  });

  it('refuses a DTD, so an entity bomb is never expanded', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document ${'xmlns:w="x"'}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    const { result, bag } = readFile('lol.docx', buildDocx({ body: '', documentXml: lol }));
    expect(result).toBeUndefined();
    expect(bag.errors.map((d) => d.message).join()).toMatch(/document type declaration/);
  });

  it('does not read a file over 50 MB', () => {
    const file = join(dir, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 51 * 1024 * 1024); // sparse: nothing is written, the size is what is checked
    const bag = new DiagnosticBag(file);
    expect(readDocumentFile(file, bag)).toBeUndefined();
    expect(bag.errors[0]?.message).toBe('the file is 51 MB; documents larger than 50 MB are not read');
  });

  it('refuses elements nested past the depth limit, and a file that is not a zip', () => {
    const deep = `<w:document xmlns:w="x"><w:body>${'<w:sdt><w:sdtContent>'.repeat(300)}${'</w:sdtContent></w:sdt>'.repeat(300)}</w:body></w:document>`;
    expect(readFile('deep.docx', buildDocx({ body: '', documentXml: deep })).bag.errors[0]?.message).toMatch(/nested more than 256/);
    expect(readFile('old.docx', strToU8('\xd0\xcf\x11\xe0 an old .doc file')).bag.errors[0]?.message).toMatch(/not a zip archive/);
  });
});
