// src/io/unzip.ts, the one bounded zip reader (XLSX, the DOCX reader): every archive is built here.
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { ZipReader, ZipError } from '../../src/io/unzip.js';
import { zipParts } from '../support/zip.js';

/** Sets a field of `name`'s central directory record (offset within the record, 2 or 4 bytes). */
function patchCentral(zip: Uint8Array, name: string, offset: number, value: number, bytes: 2 | 4): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 46; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (strFromU8(out.subarray(i + 46, i + 46 + nameLength)) !== name) continue;
    if (bytes === 2) view.setUint16(i + offset, value, true);
    else view.setUint32(i + offset, value, true);
  }
  return out;
}

/** Text of `n` letters that packs little. */
function letters(n: number): string {
  let x = 7;
  // made as bytes and read as Latin-1: the same letters as appending them to a string one at a time,
  // which took about 0.5 s for the 3 Mi below
  const out = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = 97 + ((x >>> 16) % 26);
  }
  return out.toString('latin1');
}

describe('ZipReader', () => {
  test('reads entries by name without case, as text (UTF-8 or UTF-16 with its mark) or bytes, and whole or streamed alike', async () => {
    const body = letters(600_000);
    const zip = zipSync({
      'xl/Workbook.xml': strToU8('<工作簿/>'),
      'u16.xml': new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x2f, 0x00, 0x3e, 0x00]),
      'big.xml': [strToU8(body), { level: 6 }],
      'stored.txt': [strToU8('存'), { level: 0 }],
    });
    const reader = new ZipReader(zip, 'book.xlsx');
    expect(reader.names).toEqual(['xl/Workbook.xml', 'u16.xml', 'big.xml', 'stored.txt']);
    expect([reader.has('/xl/workbook.xml'), reader.has('xl/sheet1.xml')]).toEqual([true, false]);
    expect(reader.text('xl/workbook.xml')).toBe('<工作簿/>');
    expect(reader.text('u16.xml')).toBe('<a/>');
    expect(reader.read('missing.xml')).toBeUndefined();
    const pieces: Uint8Array[] = [];
    await reader.stream('big.xml', 1 << 20, (chunk) => pieces.push(chunk.slice()));
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).toString('latin1')).toBe(body);
    await reader.stream('stored.txt', 1 << 20, (chunk) => pieces.splice(0, pieces.length, chunk));
    expect(strFromU8(pieces[0])).toBe('存');
  });

  test('refuses an entry that declares more than the limit, before inflating it', () => {
    // the MiB-sized archives by zlib (test/support/zip.ts): fflate's zipSync, JavaScript run cold, took
    // about 1.5 s of CPU for these two
    const zip = zipParts({ 'word/document.xml': strToU8(letters(3 << 20)) });
    expect(() => new ZipReader(zip, 'a.docx', 2 << 20).read('word/document.xml'))
      .toThrow('a.docx: word/document.xml would unpack to 3 MiB, more than the limit of 2 MiB');
  });

  test('refuses an entry that packs more than 500 to 1 (a zip bomb), whatever the limit', async () => {
    const zeros = new Uint8Array(16 << 20);
    const zip = zipParts({ 'xl/worksheets/sheet1.xml': zeros }, { level: 9 });
    const reader = new ZipReader(zip, 'bomb.xlsx', 1 << 30);
    expect(() => reader.read('xl/worksheets/sheet1.xml')).toThrow(/bomb\.xlsx: xl\/worksheets\/sheet1\.xml would unpack to 16 MiB from [\d,]+ bytes, more than 500 to 1; not read \(a zip bomb\?\)/);
    await expect(reader.stream('xl/worksheets/sheet1.xml', 1 << 30, () => {})).rejects.toThrow(/more than 500 to 1/);
  });

  test('stops an entry that unpacks to more than its directory declares, whole or streamed', async () => {
    const liar = patchCentral(zipSync({ 'a.xml': strToU8(letters(200_000)) }), 'a.xml', 24, 1000, 4);
    const reader = new ZipReader(liar, 'liar.docx');
    expect(() => reader.read('a.xml')).toThrow('liar.docx: the archive is corrupt: a.xml unpacks to more than the 1,000 bytes its zip directory declares');
    let seen = 0;
    await expect(reader.stream('a.xml', 1 << 20, (c) => (seen += c.length))).rejects.toThrow(/unpacks to more than the 1,000 bytes/);
    expect(seen).toBe(0);
  });

  test('keeps all the entries read together under a total', () => {
    const zip = zipSync({ 'a.xml': strToU8(letters(3000)), 'b.xml': strToU8(letters(3000)) });
    const reader = new ZipReader(zip, 'two.xlsx', { totalBytes: 5000 });
    expect(reader.text('a.xml')).toHaveLength(3000);
    expect(() => reader.read('b.xml')).toThrow('two.xlsx: the archive would unpack to more than the limit of 5,000 bytes in all; not read');
  });

  test('refuses more entries than the limit, encrypted entries and methods Office never uses', () => {
    const many = zipSync(Object.fromEntries([...Array(20).keys()].map((i) => [`p${i}.xml`, strToU8('x')])));
    expect(() => new ZipReader(many, 'many.docx', { entries: 10 })).toThrow('many.docx: 20 entries in the archive, more than the limit of 10; not read');
    const secret = patchCentral(zipSync({ 'a.xml': strToU8('x') }), 'a.xml', 8, 1, 2);
    expect(() => new ZipReader(secret, 's.docx').read('a.xml')).toThrow('s.docx: a.xml is encrypted; not read');
    const bzip = patchCentral(zipSync({ 'a.xml': strToU8('x') }), 'a.xml', 10, 12, 2);
    expect(() => new ZipReader(bzip, 'b.docx').read('a.xml')).toThrow('b.docx: a.xml is compressed by method 12, which Office never uses; not read');
  });

  test('says what a file that is no zip archive is: an Office 97–2003 file, or not a zip archive at all', () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => new ZipReader(ole, 'old.doc')).toThrow('old.doc: an Office 97–2003 file (.doc, .xls), not a zip archive: open it in Word, Excel or WPS and save it as .docx or .xlsx');
    expect(() => new ZipReader(strToU8('plain text'), 'x.docx')).toThrow(ZipError);
    expect(() => new ZipReader(strToU8('plain text'), 'x.docx')).toThrow('x.docx: not a zip archive, or one cut off: it has no zip directory');
  });
});
