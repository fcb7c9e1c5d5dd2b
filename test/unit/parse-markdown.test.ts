import { describe, expect, test } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { Block } from '../../src/model/document.js';
import { parseMarkdown } from '../../src/model/parseMarkdown.js';

const parse = (md: string) => {
  const bag = new DiagnosticBag('t.md');
  const doc = parseMarkdown(md, { kind: 'plan', template: 't', origin: 't.hbs' }, bag);
  return { doc, bag };
};
/** A block without the position it was read from. */
const content = ({ position: _, ...rest }: Block) => rest;
const numbers = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'heading' ? [b.number + b.text] : []));

describe('reading template Markdown into the document model', () => {
  test('four levels numbered 一、（一）1.（1）, each level restarting under its parent', () => {
    const { doc } = parse('# 甲\n\n## 子\n\n### 孙\n\n#### 曾\n\n#### 曾\n\n## 子\n\n# 乙\n\n## 子\n');
    expect(numbers(doc.body)).toEqual(['一、甲', '（一）子', '1.孙', '（1）曾', '（2）曾', '（二）子', '二、乙', '（一）子']);
  });

  test('numbers stay gapless when a template leaves an optional section out', () => {
    const { doc } = parse('# 指导思想\n\n\n\n\n# 工作要求\n');
    expect(numbers(doc.body)).toEqual(['一、指导思想', '二、工作要求']);
  });

  test('{.unnumbered} has no number and its subsections count from （一）', () => {
    const { doc } = parse('# 甲\n\n# 后半年工作思路 {.unnumbered}\n\n## 子\n\n## 子\n');
    expect(numbers(doc.body)).toEqual(['一、甲', '后半年工作思路', '（一）子', '（二）子']);
  });

  test('{.run-in} takes the next paragraph into the heading and ends the heading with 。', () => {
    const { doc } = parse('## 加强组织领导 {.run-in}\n\n各级各部门要按照本实施意见，\n一同部署。\n\n下一段。\n');
    expect(content(doc.body[0])).toEqual({ type: 'heading', level: 2, number: '（一）', text: '加强组织领导。', runIn: '各级各部门要按照本实施意见，一同部署。' });
    expect(content(doc.body[1])).toEqual({ type: 'paragraph', text: '下一段。' });
  });

  test('front matter gives the 版头, title, signature and 版记', () => {
    const { doc } = parse('---\ntitle: [关于开展活动, 实施方案]\nissuer: 某镇人民政府\ndocNumber: 某政发〔2024〕3号\nsignature: {organs: [甲, 乙], date: 2024年3月1日}\ncc: 县委办，县政府办\nprinter: 某镇党政办公室\nprintDate: 2024年3月1日\n---\n正文。\n');
    expect(doc.title).toEqual(['关于开展活动', '实施方案']);
    expect(doc.head).toEqual(expect.objectContaining({ issuer: '某镇人民政府', docNumber: '某政发〔2024〕3号' }));
    expect(doc.signature).toEqual({ organs: ['甲', '乙'], date: '2024年3月1日' });
    expect(doc.colophon).toEqual(expect.objectContaining({ cc: '县委办，县政府办', printer: '某镇党政办公室', printDate: '2024年3月1日' }));
  });

  test('attendance and labeled blocks, alignment blocks, tables', () => {
    const { doc } = parse('::: attendance\n出席：张三、李四\n请假：王五\n:::\n\n::: salutation\n同志们：\n:::\n\n| 月份 | 天数 |\n| --- | :---: |\n| 3月 | 3 |\n');
    expect(doc.body.map(content)).toEqual([
      { type: 'labeled', label: '出席', value: '张三、李四', style: 'attendance' },
      { type: 'labeled', label: '请假', value: '王五', style: 'attendance' },
      { type: 'paragraph', text: '同志们：', align: 'left', indent: false, role: 'salutation' },
      { type: 'table', header: ['月份', '天数'], rows: [['3月', '3']], align: ['left', 'center'] },
    ]);
  });

  test('attachments: labelled 附件1, 附件2, listed in the 附件说明, numbered on their own', () => {
    const { doc } = parse('# 正文节\n\n::: attachment 日程安排表\n# 说明\n:::\n\n::: attachment 统计表\n正文\n:::\n');
    expect(doc.attachments.map((a) => [a.label, a.title])).toEqual([['附件1', '日程安排表'], ['附件2', '统计表']]);
    expect(numbers(doc.attachments[0].body)).toEqual(['一、说明']);
    const notes = doc.body.filter((b) => b.type === 'paragraph' && b.role === 'attachment-note');
    expect(notes.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['附件：1.日程安排表', '2.统计表']);
  });

  test('each block keeps the line and column it was read from, after the front matter', () => {
    const { doc } = parse('---\ntitle: 标题\n---\n段落一，\n接着。\n\n| 月份 | 天数 |\n| --- | --- |\n| 3月 | 3 |\n\n# 节\n');
    expect(doc.body.map((b) => [b.type, b.position])).toEqual([
      ['paragraph', { file: 't.hbs', start: { line: 1, column: 1 }, end: { line: 2, column: 1 } }],
      ['table', { file: 't.hbs', start: { line: 4, column: 1 }, end: { line: 6, column: 1 } }],
      ['heading', { file: 't.hbs', start: { line: 8, column: 1 }, end: { line: 8, column: 1 } }],
    ]);
  });

  test('a stray ":::" is said and left out, the rest read', () => {
    const { doc, bag } = parse('甲。\n:::\n乙。\n');
    expect(doc.body.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['甲。', '乙。']);
    expect(bag.items.map((d) => [d.code, d.start?.line])).toEqual([['template-output', 2]]);
  });

  test('an unclosed block and a fifth heading level are reported', () => {
    const { bag } = parse('::: attendance\n出席：张三\n\n##### 太深\n');
    expect(bag.items.map((d) => d.code)).toEqual(expect.arrayContaining(['template-output']));
    const deep = parse('##### 太深\n').bag;
    expect(deep.errors[0].code).toBe('too-deep');
  });
});

describe('one-line fields of the front matter', () => {
  test('lose the line end and spaces a YAML block leaves around them (签发人: | in a Markdown record)', () => {
    const { doc } = parse('---\ntitle: 关于开展冬季安全生产大检查的实施方案\nsigner: |\n  张三\ndocNumber: "红政发〔2026〕12号 "\ncc: "  \\n"\n---\n\n正文。\n');
    expect(doc.head?.signer).toBe('张三');
    expect(doc.head?.docNumber).toBe('红政发〔2026〕12号');
    // a field of spaces only is not there
    expect(doc.colophon?.cc).toBeUndefined();
  });
});
