/**
 * A zip of the given parts, DEFLATEd by Node's zlib (compiled code), for fixtures of several MiB:
 * fflate's `zipSync`, JavaScript run cold, took about 2 s of CPU a run to pack the 8–12 MiB sheets of
 * test/registers-hostile.test.ts. The format (APPNOTE.TXT §4.3: local headers, central directory, end
 * record) is written here, apart from gongwen's own zip writer (src/io/zip.ts), so that the readers are
 * not tested against the writer they ship with. No zip64: each part and the whole stay under 4 GiB.
 */
import * as zlib from 'node:zlib';

let table: Uint32Array | undefined;

/**
 * CRC-32 (ISO 3309, the zip format's): zlib's (node:zlib crc32) on Node 20.15 and later, crc32Here
 * before. The loop, run cold, took about 0.7 s of CPU for the 22 MiB of sheets
 * test/registers-hostile.test.ts zips.
 */
const crc32: (data: Uint8Array) => number = (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? crc32Here;

function crc32Here(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The parts DEFLATEd (method 8) at zlib's default level (or `level`), in the order given, dated 1980-01-01. */
export function zipParts(parts: Record<string, Uint8Array>, { level }: { level?: number } = {}): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data, { level });
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed: 2.0 (DEFLATE)
    head.writeUInt16LE(0x0800, 6); // the name is UTF-8
    head.writeUInt16LE(8, 8); // DEFLATE
    head.writeUInt16LE(0, 10); // time 00:00
    head.writeUInt16LE(0x21, 12); // date 1980-01-01
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    head.writeUInt16LE(0, 28);
    local.push(head, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}
