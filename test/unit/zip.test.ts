// src/io/zip.ts: archives that another reader (fflate) opens, and archives from another writer it reads.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { ZipReader } from '../../src/io/unzip.js';
import { crc32, crc32Table, zipEntries } from '../../src/io/zip.js';

/** Every entry of an archive (folders left out) read whole by the one zip reader, src/io/unzip.ts. */
function unzipEntries(zip: Uint8Array): Array<{ name: string; data: Uint8Array }> {
  const reader = new ZipReader(zip, '', { entryBytes: 1 << 30 });
  return reader.names.filter((name) => !name.endsWith('/')).map((name) => ({ name, data: reader.read(name)! }));
}

const entries = [
  { name: '[Content_Types].xml', data: strToU8('<?xml version="1.0"?><Types/>') },
  { name: 'word/document.xml', data: strToU8('<w:document>' + '镇信访工作会议纪要。'.repeat(200) + '</w:document>') },
  { name: '附件/说明.txt', data: strToU8('中文名') },
  { name: 'empty.xml', data: new Uint8Array(0) },
];

describe('zipEntries', () => {
  test.each([0, 1, 6, 9])('level %i: fflate reads every entry back, in order, with its bytes', (level) => {
    const zip = zipEntries(entries, new Date(2000, 0, 1), level);
    const read = unzipSync(zip);
    expect(Object.keys(read)).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(strFromU8(read[e.name]!)).toBe(strFromU8(e.data));
  });

  test('compresses, and gives the same bytes for the same entries and time', () => {
    const a = zipEntries(entries, new Date(2012, 2, 9, 10, 30, 0));
    const b = zipEntries(entries, new Date(2012, 2, 9, 10, 30, 0));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.length).toBeLessThan(entries.reduce((n, e) => n + e.data.length, 0) / 2);
  });

  test("an entry's own level is the one it is compressed at: stored at 0 in an archive at 6, and read back", () => {
    const zip = zipEntries([{ ...entries[1]!, level: 0 }, entries[0]!], new Date(2000, 0, 1), 6);
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint16(8, true)).toBe(0); // the first local header's method: stored
    expect(view.getUint32(18, true)).toBe(entries[1]!.data.length);
    const second = 30 + entries[1]!.name.length + entries[1]!.data.length;
    expect(view.getUint16(second + 8, true)).toBe(8); // deflated
    const read = unzipSync(zip);
    expect(strFromU8(read[entries[1]!.name]!)).toBe(strFromU8(entries[1]!.data));
    expect(strFromU8(read[entries[0]!.name]!)).toBe(strFromU8(entries[0]!.data));
  });

  test('writes the time as MS-DOS date and time fields', () => {
    const zip = zipEntries(entries.slice(0, 1), new Date(2012, 2, 9, 10, 30, 20));
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint16(10, true)).toBe((10 << 11) | (30 << 5) | 10);
    expect(view.getUint16(12, true)).toBe(((2012 - 1980) << 9) | (3 << 5) | 9);
  });
});

describe('src/io/unzip.ts reads what zipEntries and fflate write', () => {
  test('reads an archive fflate wrote, stored and deflated entries alike', () => {
    const zip = zipSync({
      'a.xml': [strToU8('<a/>'.repeat(100)), { level: 6 }],
      'b.xml': [strToU8('<b/>'), { level: 0 }],
      'dir/c.txt': [strToU8('丙'), {}],
    });
    expect(unzipEntries(zip).map((e) => [e.name, strFromU8(e.data)])).toEqual([
      ['a.xml', '<a/>'.repeat(100)],
      ['b.xml', '<b/>'],
      ['dir/c.txt', '丙'],
    ]);
  });

  test('round trip through zipEntries', () => {
    const back = unzipEntries(zipEntries(entries, new Date(2000, 0, 1)));
    expect(back.map((e) => [e.name, strFromU8(e.data)])).toEqual(entries.map((e) => [e.name, strFromU8(e.data)]));
  });

  test('something that is not a zip archive is an error', () => {
    expect(() => unzipEntries(strToU8('not a zip file at all, just text'))).toThrow(/not a zip archive/);
  });
});

test('crc32 of the check string "123456789" is CBF43926 (ISO 3309), from zlib and from the table alike', () => {
  expect(crc32(strToU8('123456789')).toString(16)).toBe('cbf43926');
  expect(crc32Table(strToU8('123456789')).toString(16)).toBe('cbf43926');
  expect(crc32Table(entries[1]!.data)).toBe(crc32(entries[1]!.data));
});
