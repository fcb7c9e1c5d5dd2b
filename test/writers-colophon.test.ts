// The 版记 (GB/T 9704 §7.4) is the same lines in every format gongwen writes: the Markdown, the HTML the
// serve page previews, and the DOCX that is printed (src/model/colophonLines.ts). The reviewer found the
// HTML printing 抄送 without the full stop §7.4.2 sets after the last organ, and the Markdown put 发
// before 抄送 where the DOCX prints it after.
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { writeHtmlBody } from '../src/writers/html/writeHtml.js';
import { writeDocx } from '../src/writers/docx/index.js';
import type { GongwenDocument } from '../src/model/document.js';
import { longDocument } from './fixtures/docx/documents.js';
import { findAll, readDocx, attr } from './support/docx-xml.js';

const doc: GongwenDocument = {
  ...longDocument,
  colophon: { cc: '县委办公室，县信访局', report: '市人武部，', distribute: '各乡镇。', printer: '张庄镇党政办公室', printDate: '2012年7月2日' },
};
/** The colophon's lines as each writer prints them, in order. */
const expected = ['报：市人武部。', '抄送：县委办公室，县信访局。', '发：各乡镇。', '张庄镇党政办公室2012年7月2日印发'];

describe('the 版记 in every format', () => {
  it('Markdown: 报, 抄送, 发 each with one full stop, then the 印发 line', () => {
    const md = writeMarkdown(doc);
    const block = md.slice(md.lastIndexOf('---')).split('\n').slice(2).filter(Boolean);
    // the 印发 line with the 印发机关 and 印发日期 apart, as the DOCX sets them at either end (§7.4.3)
    expect(block.at(-1)).toMatch(/^张庄镇党政办公室　+2012年7月2日印发$/);
    expect(block.map((l) => l.replace(/ {2}$/, '').replace(/　+/, ''))).toEqual(expected);
  });

  it('HTML (the serve page): the same lines', () => {
    const html = writeHtmlBody(doc);
    const colophon = html.slice(html.indexOf('gw-colophon'));
    const lines = [...colophon.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(lines).toEqual(expected);
  });

  it('DOCX: the same lines', async () => {
    const d = readDocx(await writeDocx(doc, { fontProfile: 'gb2312' }));
    const note = findAll(d.xml('word/footnotes.xml'), 'w:footnote').find((n) => attr(n, 'w:id') === '1')!;
    const lines = findAll(note, 'w:p')
      .map((p) => findAll(p, 'w:t').map((t) => String((t['w:t'] as { '#text'?: unknown }[] | undefined)?.[0]?.['#text'] ?? '')).join(''))
      .filter(Boolean);
    expect(lines).toEqual(expected);
  });
});
