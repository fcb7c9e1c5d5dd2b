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
  /** zlib's level for this entry, where it differs from the archive's (zipEntries' `level`). */
  level?: number;
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

/** An entry's name as the archive holds it: its UTF-8 bytes and whether bit 11 must say so; the same few names in every DOCX, encoded once. */
const NAMES = new Map<string, { bytes: Uint8Array; flags: number }>();
function nameOf(name: string): { bytes: Uint8Array; flags: number } {
  let made = NAMES.get(name);
  if (!made) NAMES.set(name, (made = { bytes: new TextEncoder().encode(name), flags: /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_NAME }));
  return made;
}

/**
 * A zip archive of the entries, in their order, each DEFLATE-compressed at `level` (zlib's 0–9; 0
 * stores), or at the entry's own level. `mtime`'s local fields are every entry's time: the same entries give the same bytes.
 * The entries are compressed first, then the archive is written into one buffer of its exact size
 * (no header of its own, no copy of the whole at the end).
 */
export function zipEntries(entries: readonly ZipEntry[], mtime: Date, level = 6): Uint8Array {
  const { time, date } = dosDateTime(mtime);
  const names = entries.map((entry) => nameOf(entry.name));
  const bodies = entries.map((entry) => compressed(entry.data, entry.level ?? level));
  let localSize = 0;
  let centralSize = 0;
  for (let i = 0; i < entries.length; i++) {
    localSize += 30 + names[i]!.bytes.length + bodies[i]!.body.length;
    centralSize += 46 + names[i]!.bytes.length;
  }
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0; // where the next local header goes
  let head = localSize; // where the next central directory header goes
  for (let i = 0; i < entries.length; i++) {
    const { bytes: name, flags } = names[i]!;
    const { body, crc, level: entryLevel } = bodies[i]!;
    const size = entries[i]!.data.length;
    const offset = at;

    view.setUint32(at, LOCAL_HEADER, true);
    const entry = { flags, method: entryLevel > 0 ? DEFLATED : STORED, time, date, crc, compressed: body.length, size, nameLength: name.length };
    writeEntryFields(view, at + 4, entry);
    // extra field length (28): 0
    out.set(name, at + 30);
    out.set(body, at + 30 + name.length);
    at += 30 + name.length + body.length;

    view.setUint32(head, CENTRAL_HEADER, true);
    view.setUint16(head + 4, VERSION, true); // made by: MS-DOS (0), 2.0
    writeEntryFields(view, head + 6, entry);
    // extra field, comment, disk number, internal and external attributes (30–41): 0
    view.setUint32(head + 42, offset, true);
    out.set(name, head + 46);
    head += 46 + name.length;
  }
  view.setUint32(head, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(head + 8, entries.length, true);
  view.setUint16(head + 10, entries.length, true);
  view.setUint32(head + 12, centralSize, true);
  view.setUint32(head + 16, localSize, true);
  return out;
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

/** An entry's body as zipEntries stores it: the raw DEFLATE of `data` at `level`, or `data` itself at level 0 (stored). */
export function deflateBody(data: Uint8Array, level: number): Uint8Array {
  return level > 0 ? zlib.deflateRawSync(data, { level }) : data;
}

function compressed(data: Uint8Array, level: number): { level: number; body: Uint8Array; crc: number } {
  const known = deflated.get(data);
  if (known && known.level === level) return known;
  const made = { level, body: deflateBody(data, level), crc: crc32(data) };
  deflated.set(data, made);
  return made;
}

/**
 * The fields a local file header (at its offset 4) and a central directory header (at its offset 6) both hold, in
 * the same order (APPNOTE.TXT §4.3.7, §4.3.12): version needed, flags, method, time, date, CRC-32, compressed and
 * uncompressed size, the name's length.
 */
function writeEntryFields(view: DataView, at: number, e: { flags: number; method: number; time: number; date: number; crc: number; compressed: number; size: number; nameLength: number }): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, e.flags, true);
  view.setUint16(at + 4, e.method, true);
  view.setUint16(at + 6, e.time, true);
  view.setUint16(at + 8, e.date, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.compressed, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, e.nameLength, true);
}
