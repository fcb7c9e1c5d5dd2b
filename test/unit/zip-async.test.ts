// src/io/zip.ts zipEntriesAsync: the archive zipEntries writes, byte for byte, with the DEFLATE made in
// libuv's thread pool. Each side gets its own copies of the bytes: zip.ts keeps a body by its bytes
// object, and the same objects would hand the second call the first call's bodies.
import { describe, expect, test } from 'vitest';
import { zipEntries, zipEntriesAsync, type ZipEntry } from '../../src/io/zip.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const source: ZipEntry[] = [
  { name: '[Content_Types].xml', data: utf8('<?xml version="1.0"?><Types/>') },
  // larger than zlib's 16 KiB output chunk once compressed: its body comes back in more than one piece
  { name: 'word/document.xml', data: utf8('<w:document>' + Array.from({ length: 4000 }, (_, i) => `第${i}条，镇信访工作会议纪要${(i * 7919) % 1000}。`).join('') + '</w:document>') },
  { name: '附件/说明.txt', data: utf8('中文名') },
  { name: 'empty.xml', data: new Uint8Array(0) },
];
const copies = (): ZipEntry[] => source.map((e) => ({ name: e.name, data: e.data.slice() }));

describe('zipEntriesAsync', () => {
  test.each([0, 1, 6, 9])('level %i: the same bytes as zipEntries', async (level) => {
    const date = new Date(2012, 2, 9, 10, 30, 20);
    const made = await zipEntriesAsync(copies(), date, level);
    expect(Buffer.from(made).equals(Buffer.from(zipEntries(copies(), date, level)))).toBe(true);
  });

  test('a body it made is kept for the same bytes, as zipEntries keeps its own', async () => {
    const entries = copies();
    const date = new Date(2000, 0, 1);
    const first = await zipEntriesAsync(entries, date);
    expect(Buffer.from(await zipEntriesAsync(entries, date)).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(zipEntries(entries, date)).equals(Buffer.from(first))).toBe(true);
  });
});
