// A page number copied with the text across a page break (— 2 —, -3-, 第4页, 2/5: what Word's, WPS's and a PDF's text
// gives) is no paragraph of the document: left out, with a warning at its line — in a document rendered or imported,
// and in a Markdown record's body (reviewer, s14 batch 1: it was printed in the middle of the speech).
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { isPageNumberLine } from '../src/zh/pageNumber.js';
import { compileText } from './support/compile-text.js';

describe('a page number line', () => {
  it('is known in the shapes copied text has, and a figure in a sentence is not one', () => {
    for (const line of ['— 2 —', '—2—', '-3-', '- 12 -', '－ 4 －', '第5页', '第 5 页 共 12 页', '2/5', ' 3 / 8 ']) expect(isPageNumberLine(line), line).toBe(true);
    for (const line of ['2', '2025', '—', '第5页有误。', '一、提高认识', '— 2 — 各村要落实', '1/3的村已完成', '2025/3/6']) expect(isPageNumberLine(line), line).toBe(false);
  });

  it('is left out of a document rendered from text, with a warning at its line', async () => {
    const text = ['在全镇安全生产工作会议上的讲话', '同志们：', '　　今天召开会议，部署今年的安全生产工作。', '— 2 —', '　　一、提高认识', '　　安全生产责任重于泰山。', '谢谢大家！', ''].join('\n');
    const r = await compileText('讲话.txt', text);
    const md = writeMarkdown(r.document!);
    expect(md).not.toContain('— 2 —');
    expect(md).toContain('今天召开会议，部署今年的安全生产工作。');
    const said = r.diagnostics.filter((d) => d.code === 'page-number-line');
    expect(said).toHaveLength(1);
    expect(said[0]!.start).toEqual({ line: 4, column: 1 });
  });

  it('is left out of a Markdown record\'s body, with a warning', async () => {
    const record = ['---', '类型: 讲话', '标题: 在全镇安全生产工作会议上的讲话', '讲话人: 李明辉', '日期: 2026年2月26日', '---', '', '同志们：', '', '今天召开会议，部署今年的安全生产工作。', '', '-2-', '', '各村要落实包片责任。', ''].join('\n');
    const r = await compileText('讲话.md', record);
    const md = writeMarkdown(r.document!);
    expect(md).not.toMatch(/^-2-$/m);
    expect(md).toContain('各村要落实包片责任。');
    const said = r.diagnostics.filter((d) => d.code === 'page-number-line');
    expect(said).toHaveLength(1);
    // at the line of the body where it was typed (line 12 of the record)
    expect(said[0]!.start?.line).toBe(12);
  });
});
