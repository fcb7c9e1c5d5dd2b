/**
 * Zip archives (a DOCX is one) written with Node's zlib, which is compiled code (read by ./unzip.ts).
 *
 * Why not fflate, which is in the tree: its DEFLATE is JavaScript, and a command that writes one DOCX
 * runs it once, cold, before the JIT has compiled it — about 45 ms for a 50 KB document on the
 * development machine, at any level from 1 to 9 (a profile of one DOCX: about 100 ms in fflate).
 * zlib does the same in well under a millisecond. The layout is PKWARE's APPNOTE.TXT, section 4.3:
 * a local header and the data of each entry, then the central directory, then its end record.
 * No zip64 (a DOCX is far below 4 GiB), no data descriptors, no encryption.
 */
import zlib from 'node:zlib';

export interface ZipEntry {
  /** The path in the archive, with forward slashes (word/document.xml). */
  name: string;
  data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General purpose bit 11: the name is UTF-8 (APPNOTE 4.4.4). */
const UTF8_NAME = 0x0800;
/** "Version needed to extract" 2.0: DEFLATE (APPNOTE 4.4.3). */
const VERSION = 20;

/** CRC-32 (ISO 3309, the polynomial 0xEDB88320 reflected); zlib's own from Node 20.15 and 22.2. */
export function crc32(data: Uint8Array): number {
  return typeof zlib.crc32 === 'function' ? zlib.crc32(data) >>> 0 : crc32Table(data);
}

let crcTable: Uint32Array | undefined;
/** The same CRC-32 a byte at a time from a table, for Node 20 before 20.15. */
export function crc32Table(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date (APPNOTE 4.4.6) from a Date's local fields; DOS dates start in 1980. */
function dosDateTime(mtime: Date): { time: number; date: number } {
  const year = Math.min(Math.max(mtime.getFullYear(), 1980), 2107);
  return {
    time: (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate(),
  };
}

/**
 * A zip archive of the entries, in their order, each DEFLATE-compressed at `level` (zlib's 0–9; 0
 * stores). `mtime`'s local fields are every entry's time: the same entries give the same bytes.
 */
export function zipEntries(entries: readonly ZipEntry[], mtime: Date, level = 6): Uint8Array {
  const { time, date } = dosDateTime(mtime);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : UTF8_NAME;
    const method = level > 0 ? DEFLATED : STORED;
    const { body, crc } = compressed(entry.data, level);

    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL_HEADER, true);
    local.setUint16(4, VERSION, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    local.setUint16(10, time, true);
    local.setUint16(12, date, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, entry.data.length, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    parts.push(new Uint8Array(local.buffer), name, body);

    const head = new DataView(new ArrayBuffer(46));
    head.setUint32(0, CENTRAL_HEADER, true);
    head.setUint16(4, VERSION, true); // made by: MS-DOS (0), 2.0
    head.setUint16(6, VERSION, true);
    head.setUint16(8, flags, true);
    head.setUint16(10, method, true);
    head.setUint16(12, time, true);
    head.setUint16(14, date, true);
    head.setUint32(16, crc, true);
    head.setUint32(20, body.length, true);
    head.setUint32(24, entry.data.length, true);
    head.setUint16(28, name.length, true);
    // extra field, comment, disk number, internal and external attributes: 0
    head.setUint32(42, offset, true);
    central.push(new Uint8Array(head.buffer), name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...parts, ...central, new Uint8Array(end.buffer)]);
}

/**
 * The DEFLATE of `data` at `level` and its CRC. The same bytes object given again (a part that is the
 * same in every DOCX of a batch: src/writers/docx/package.ts hands the same object back) is not
 * compressed again: zlib gives the same output for the same input and level, so the archive is the same.
 * Bytes given to zipEntries are not to be changed afterwards.
 */
const deflated = new WeakMap<Uint8Array, { level: number; body: Uint8Array; crc: number }>();

/**
 * The DEFLATE of `data` at `level`, made beforehand (the parts every DOCX shares, compressed when the
 * bundle is built: src/writers/docx/precompressed.ts): zipEntries takes it as if it had made it.
 */
export function knownDeflate(data: Uint8Array, level: number, body: Uint8Array, crc: number): void {
  deflated.set(data, { level, body, crc });
}

function compressed(data: Uint8Array, level: number): { body: Uint8Array; crc: number } {
  const known = deflated.get(data);
  if (known && known.level === level) return known;
  const body = level > 0 ? zlib.deflateRawSync(data, { level }) : data;
  const made = { level, body, crc: crc32(data) };
  deflated.set(data, made);
  return made;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
