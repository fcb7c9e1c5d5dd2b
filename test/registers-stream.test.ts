// Issue 12 item 4: registers are read a block at a time — decoded, parsed,
// checked and counted as they come. These tests cross block boundaries on
// purpose and check that nothing is lost, doubled or misnumbered there.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStats } from './support/stats.js';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { decodeText, StreamingTextDecoder } from '../src/io/decodeText.js';
import { CsvStream, parseCsv } from '../src/registers/csv.js';
import { readRegister, REGISTER_LIMITS } from '../src/registers/read.js';
import { disputeStore, petitionStore } from '../src/registers/store.js';
import type { Dispute, Petition } from '../src/registers/types.js';
import { IdRegistry } from '../src/registers/ids.js';
import { temporaryFolder } from './support/folder.js';

const run = runStats;

const HEADER = '编号,登记日期,信访形式,村社区,问题类别,内容摘要,办理状态';

/** GBK bytes by a table of every two-byte code (Node has no GBK encoder). */
function encodeGbk(text: string): Buffer {
  const table = new Map<string, number>();
  const dec = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = dec.decode(Uint8Array.of(hi, lo));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (hi << 8) | lo);
    }
  }
  const out = Buffer.alloc(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out[n++] = c;
    else {
      const code = table.get(ch)!;
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** `rows` petitions, with a quoted two-line 内容摘要 every 97th row. */
function petitions(rows: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) {
    const summary = i % 97 === 0 ? '"反映承包地被占用，\n要求处理"' : '反映低保评定不公，要求处理';
    lines.push(`X${i},2009/${(i % 12) + 1}/${(i % 28) + 1},${i % 3 ? '来信' : '来访'},村${i % 7},类别${i % 5},${summary},${i % 4 ? '已办结' : '办理中'}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('CSV parsed a piece at a time', () => {
  it('gives the same records whatever the pieces (quotes, CRLF and blank lines cut anywhere)', () => {
    const texts = ['a,b,c\r\n1,"x, y","he said ""hi"""\n2,"two\nlines",\n', 'h\n1\n\n3\n', 'a,b\n1,', 'a\r\n\r\nb\r\n', '"a""",b\r\n"",""\r\n'];
    for (const text of texts) {
      const whole = parseCsv(text);
      for (let size = 1; size < text.length; size++) {
        const out: string[][] = [];
        const csv = new CsvStream((r) => out.push(r));
        for (let i = 0; i < text.length; i += size) csv.push(text.slice(i, i + size));
        csv.push('', true);
        expect(out, `${JSON.stringify(text)} in pieces of ${size}`).toEqual(whole);
      }
    }
  });

  it('an unclosed quote is an error at its row once the record passes 1 Mi characters, not the whole file held', () => {
    const csv = new CsvStream(() => {});
    csv.push('a,b\r\n1,2\r\n3,"never closed');
    expect(() => {
      for (let i = 0; i < 20; i++) csv.push('x'.repeat(100_000));
    }).toThrow('row 3 is longer than 1,048,576 characters: is a quote (") left open?');
  });
});

describe('text decoded a block at a time', () => {
  it('UTF-8 and GBK cut in every place decode as the whole', () => {
    const text = '编号,村社区\n1,上坝村\n2,中坝\n';
    const gbk = Buffer.from([...text].flatMap((ch) => {
      if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
      for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) if (new TextDecoder('gbk').decode(Uint8Array.of(hi, lo)) === ch) return [hi, lo];
      throw new Error(ch);
    }));
    for (const bytes of [Buffer.from(text), gbk]) {
      expect(decodeText(bytes).text).toBe(text);
      for (let size = 1; size <= bytes.length; size++) {
        const d = new StreamingTextDecoder();
        let out = '';
        for (let i = 0; i < bytes.length; i += size) out += d.push(bytes.subarray(i, i + size));
        out += d.push(new Uint8Array(0), true);
        expect(out, `pieces of ${size}`).toBe(text);
        expect(d.problems).toEqual([]);
      }
    }
  });
});

describe('a register larger than one block (1 MiB)', () => {
  it('is read whole: every row counted, bad rows past the first block reported by spreadsheet row', async () => {
    const dir = temporaryFolder('gongwen-stream-');
    const rows = 30_000; // about 2.5 MB: three blocks
    let text = petitions(rows);
    // Two bad rows far past the first block: X20000 (spreadsheet row 20001) and the last.
    text = text.replace(/X20000,[^,]*,/, 'X20000,2009/2/30,').replace(`X${rows},`, `X${rows - 1},`);
    await writeFile(join(dir, 'p.csv'), text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * REGISTER_LIMITS.csvBlock);
    const bag = new DiagnosticBag();
    const r = await readRegister(join(dir, 'p.csv'), bag);
    expect(bag.errors.map((d) => [d.code, d.start?.line, d.start?.column])).toEqual([
      ['bad-date', 20001, 2],
      ['duplicate-id', rows + 1, 1],
    ]);
    expect(r.rows.length).toBe(rows - 2);
    // The two-line summaries are one cell each, and rows keep their numbers after them.
    const p = r.rows.find((x) => x.id === 'X970') as Petition;
    expect([p.line, p.summary]).toEqual([971, '反映承包地被占用，\n要求处理']);
    expect(r.rows[r.rows.length - 1].line).toBe(rows);
  });

  it('gives the same statistics read as UTF-8 CSV, GBK CSV and through `stats`', async () => {
    const dir = temporaryFolder('gongwen-stream-');
    const text = petitions(20_000);
    await writeFile(join(dir, 'p.csv'), text);
    const gbk = encodeGbk(text);
    await writeFile(join(dir, 'p-gbk.csv'), gbk);
    const utf8 = await run(['p.csv'], { format: 'json' }, dir);
    const gb = await run(['p-gbk.csv'], { format: 'json' }, dir);
    expect(utf8.code).toBe(0);
    expect(gb.code).toBe(0);
    expect(gb.out).toBe(utf8.out);
    const json = JSON.parse(utf8.out);
    expect(json.petitions.total).toBe(20_000);
    expect(json.petitions.by_village.村1).toBe([...Array(20_000).keys()].filter((i) => (i + 1) % 7 === 1).length);
  });
});

describe('`stats` over several registers', () => {
  it('reports a 编号 another register used, at its row, and counts it once', async () => {
    const dir = temporaryFolder('gongwen-stream-');
    await writeFile(join(dir, 'a.csv'), `${HEADER}\nX1,2009/1/5,来信,上坝,土地,摘要,已办结\nX2,2009/1/6,来信,上坝,土地,摘要,已办结\n`);
    await writeFile(join(dir, 'b.csv'), `${HEADER}\nX3,2009/1/7,来信,上坝,土地,摘要,已办结\nX1,2009/1/5,来信,上坝,土地,摘要,已办结\n`);
    const failing = await run(['a.csv', 'b.csv'], { format: 'json' }, dir);
    expect(failing.code).toBe(1);
    expect(failing.err).toContain('b.csv:3:1: error[duplicate-id]: 编号 "X1" in column A is used twice: first in a.csv at row 2, again here');
    const skipping = await run(['a.csv', 'b.csv'], { format: 'json', skipBadRows: true }, dir);
    expect(skipping.code).toBe(0);
    expect(JSON.parse(skipping.out).petitions.total).toBe(3);
  });
});

describe('the column store', () => {
  it('gives back what was put in, but the 编号 and the text statistics never read', () => {
    const store = petitionStore();
    const row: Petition = {
      line: 7, idColumn: 1, id: 'X1', date: { year: 2009, month: 2, day: 5 }, channel: '来访', petitioner: '王春', people: 6,
      village: '__proto__', category: undefined, summary: '摘要', source: '上级交办', skipLevel: true, repeat: false,
      status: '已办结', closedOn: { year: 2009, month: 3, day: 1 }, replied: true,
    };
    for (let i = 0; i < 3000; i++) store.push({ ...row, line: i + 2 });
    const { id: _id, summary: _summary, ...counted } = row;
    expect(store.length).toBe(3000);
    expect(store.at(5)).toEqual({ ...counted, line: 7 });
    expect([...store].map((r) => r.line)).toEqual([...Array(3000).keys()].map((i) => i + 2));
    expect(store.dateSpan()).toEqual({ first: 20090205, last: 20090205 });
  });

  it('keeps a 矛盾纠纷 row the same way: empty cells come back empty, amounts and dates as given', () => {
    const store = disputeStore();
    const full: Dispute = {
      line: 4, idColumn: 2, id: 'MD1', date: { year: 2009, month: 1, day: 24 }, place: '上坝', parties: ['王春'], category: '坟地纠纷',
      summary: '摘要', mediators: ['派出所'], steps: '1月25日，出警', outcome: '协议', amount: 6666.5, status: '已化解',
      resolvedOn: { year: 2009, month: 2, day: 5 }, leader: '赵雄伟',
    };
    const bare: Dispute = { line: 5, idColumn: 2, id: 'MD2', date: { year: 2008, month: 12, day: 31 }, parties: [], mediators: [], status: '未化解' };
    store.push(full);
    store.push(bare);
    expect(store.at(0)).toEqual({
      line: 4, idColumn: 2, date: { year: 2009, month: 1, day: 24 }, place: '上坝', category: '坟地纠纷', amount: 6666.5,
      status: '已化解', resolvedOn: { year: 2009, month: 2, day: 5 }, leader: '赵雄伟',
    });
    const back = store.at(1);
    expect([back.place, back.category, back.amount, back.resolvedOn, back.leader, back.status]).toEqual([undefined, undefined, undefined, undefined, undefined, '未化解']);
    expect(store.dateSpan()).toEqual({ first: 20081231, last: 20090124 });
  });

  it('the 编号 registry finds every repeat among 200,000 and no false one', () => {
    const ids = new IdRegistry();
    const reg = ids.add('a.csv');
    let repeats = 0;
    for (let i = 0; i < 200_000; i++) if (ids.claim(`XF${String(i).padStart(7, '0')}`, reg, i + 2) !== undefined) repeats++;
    expect(repeats).toBe(0);
    expect(ids.claim('XF0123456', reg, 9)).toEqual({ register: 0, line: 123_458 });
    expect(ids.claim('XF0000000', reg, 9)).toEqual({ register: 0, line: 2 });
    expect(ids.claim('XF0200000', reg, 9)).toBeUndefined();
  });
});
