// A record nested far deeper than a record may be (src/records/limits.ts) is refused before the yaml
// library's parser recurses into it (src/records/readRecord.ts, tooDeepForParser): one message, at a
// place that does not move, and the process reads the next record — in Node 20 a few such records
// parsed in one process ended it ("RegExpCompiler Allocation failed", exit 134).
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseRecordText } from '../../src/records/readRecord.js';

const read = (text: string) => {
  const bag = new DiagnosticBag('deep.yaml');
  const source = parseRecordText(text, 'deep.yaml', bag);
  return { data: source?.data, said: bag.items.map((d) => [d.code, d.start?.line, d.start?.column, d.message]) };
};

describe('a record nested too deep', () => {
  it('far deeper than the parser can follow: one error, at the same place every time, and the next record is read', () => {
    const flow = '类型: 纪要\n标题: ' + '['.repeat(50_000) + ']'.repeat(50_000) + '\n';
    let block = '类型: 纪要\n';
    for (let i = 0; i < 1500; i++) block += ' '.repeat(i) + '内容:\n';
    for (let round = 0; round < 4; round++) {
      const f = read(flow);
      expect(f.data).toBeUndefined();
      expect(f.said).toEqual([['record-too-deep', 2, 70, 'lists and mappings are nested too deep to read (at most 64 levels)']]);
      // where the 65th level begins, as the walk of a shallower record says it (below)
      expect(read(block).said.map(([code, line, column]) => [code, line, column])).toEqual([['record-too-deep', 67, 66]]);
    }
    expect(read('类型: 纪要\n标题: 通知\n').said).toEqual([]);
  });

  it('under that depth: parsed, and the walk says where it passes the limit', () => {
    let block = '类型: 纪要\n';
    for (let i = 0; i < 100; i++) block += ' '.repeat(i) + '内容:\n';
    expect(read(block).said).toEqual([['record-too-deep', 67, 66, 'lists and mappings are nested more than 64 deep here']]);
    const flow = read('类型: 纪要\n标题: ' + '['.repeat(200) + ']'.repeat(200) + '\n');
    expect(flow.said.map(([code, line]) => [code, line])).toEqual([['record-too-deep', 2]]);
    // brackets in a text, closed or not, under the parser's depth: the text as typed
    const text = '类型: 纪要\n标题: "' + '['.repeat(200) + '"\n内容: 见' + '[1]'.repeat(500) + '\n';
    expect(read(text).data).toEqual({ kind: '纪要', title: '['.repeat(200), text: '见' + '[1]'.repeat(500) });
  });
});

describe('a record of very many keys', () => {
  // the yaml library's check for a key written twice compares each key with every key before it: a
  // mapping of 100,000 keys took 314 s to read; in a text of more than 2,000 lines the walk says it instead
  it('is read, and a key written twice in it is said at its line', () => {
    // 3,000 keys: past the 2,000 lines where the walk says it (UNIQUE_KEYS_LINES); 30,000 cost 3.5 s of the suite for the same check
    const keys = Array.from({ length: 3_000 }, (_, i) => `k${i}: v`).join('\n');
    const r = read(`类型: 纪要\n${keys}\n标题: 甲\n标题: 乙\n`);
    expect((r.data as Record<string, unknown>).title).toBe('甲');
    expect(r.said).toEqual([['duplicate-key', 3_003, 1, '"标题" is written twice: first at line 3002 (甲), again here (乙)']]);
    // a short record: the yaml library's check, said in the same words
    expect(read('类型: 纪要\n标题: 甲\n标题: 乙\n').said).toEqual([['yaml-syntax', 3, 1, '"标题" is written twice: first at line 2 (甲), again here (乙)']]);
  });
});
