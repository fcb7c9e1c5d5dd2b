/** A 附件 of a kind without 附件 records is kept as text, even when the document has no heading to put it under. */
import { describe, expect, it } from 'vitest';
import { toRecord } from '../src/import/toRecord.js';
import type { GongwenDocument } from '../src/model/document.js';

function doc(over: Partial<GongwenDocument>): GongwenDocument {
  return { kind: 'summary', template: 'summary', title: ['工作总结'], subtitle: [], body: [], notes: [], attachments: [], ...over } as GongwenDocument;
}

const attachment = { label: '附件', title: '统计表', body: [{ type: 'paragraph', text: '来信12件。' }] } as unknown as GongwenDocument['attachments'][number];

describe('toRecord: 附件 of a 总结 or 讲话', () => {
  it('a 总结 without headings keeps the 附件 text after its 前言', () => {
    const r = toRecord(doc({ body: [{ type: 'paragraph', text: '今年以来，工作有序。' }] as GongwenDocument['body'], attachments: [attachment] }), 'summary', 'test');
    expect(r.data.前言).toEqual(['今年以来，工作有序。', '附件', '统计表', '来信12件。']);
    expect(r.data.章节).toBeUndefined();
  });
  it('a 讲话 without headings keeps the 附件 text in its 开头', () => {
    const r = toRecord(doc({ kind: 'speech', template: 'speech', attachments: [attachment] }), 'speech', 'test');
    expect(r.data.开头).toEqual(['附件', '统计表', '来信12件。']);
  });
});
