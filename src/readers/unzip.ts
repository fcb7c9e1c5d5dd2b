/**
 * A bounded reader of zip archives (the OOXML package, ECMA-376 Part 2 / APPNOTE.TXT), for the
 * few parts a reader asks for by name.
 *
 * Safe against zip bombs: the central directory is read by hand, an entry is inflated only when
 * asked for, in 64 KiB slices of compressed input, and inflation stops as soon as its output passes
 * the limit (whatever size the archive declares). Only "stored" (0) and "deflate" (8) entries are
 * read; ZIP64 and encrypted entries are refused with a message.
 */
import { Inflate } from 'fflate';

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

/** Default ceiling of one inflated entry: 64 MiB (a 300-page document.xml is a few MiB). */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array, private readonly where: string, private readonly maxEntryBytes = MAX_ENTRY_BYTES) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // End of central directory: 22 bytes + a comment of up to 65535 bytes, at the end.
    let eocd = -1;
    for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 65535); p--) {
      if (this.view.getUint32(p, true) === 0x06054b50) {
        eocd = p;
        break;
      }
    }
    if (eocd < 0) throw new ZipError(`${where}: not a zip archive (a .docx is one); is it an older .doc file? Save it as .docx`);
    const count = this.view.getUint16(eocd + 10, true);
    const cdOffset = this.view.getUint32(eocd + 16, true);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError(`${where}: a ZIP64 archive, which a document never needs; not read`);
    if (count > MAX_ENTRIES) throw new ZipError(`${where}: ${count} entries in the archive (more than ${MAX_ENTRIES}); not read`);
    let p = cdOffset;
    for (let k = 0; k < count; k++) {
      if (p + 46 > bytes.length || this.view.getUint32(p, true) !== 0x02014b50) throw new ZipError(`${where}: the zip directory is damaged`);
      const flags = this.view.getUint16(p + 8, true);
      const method = this.view.getUint16(p + 10, true);
      const compressedSize = this.view.getUint32(p + 20, true);
      const nameLen = this.view.getUint16(p + 28, true);
      const extraLen = this.view.getUint16(p + 30, true);
      const commentLen = this.view.getUint16(p + 32, true);
      const localOffset = this.view.getUint32(p + 42, true);
      const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, '/').replace(/^\//, '');
      this.entries.set(name.toLowerCase(), { name, method, flags, compressedSize, localOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  get names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  has(path: string): boolean {
    return this.entries.has(path.replace(/^\//, '').toLowerCase());
  }

  /** The entry's bytes, or undefined when there is none; throws ZipError past the size limit. */
  read(path: string): Uint8Array | undefined {
    const e = this.entries.get(path.replace(/^\//, '').toLowerCase());
    if (!e) return undefined;
    if (e.flags & 1) throw new ZipError(`${this.where}: ${e.name} is encrypted; not read`);
    const lh = e.localOffset;
    if (lh + 30 > this.bytes.length || this.view.getUint32(lh, true) !== 0x04034b50) throw new ZipError(`${this.where}: ${e.name} is damaged`);
    const start = lh + 30 + this.view.getUint16(lh + 26, true) + this.view.getUint16(lh + 28, true);
    const end = start + e.compressedSize;
    if (end > this.bytes.length) throw new ZipError(`${this.where}: ${e.name} runs past the end of the file`);
    const data = this.bytes.subarray(start, end);
    const tooBig = () => new ZipError(`${this.where}: ${e.name} inflates to more than ${Math.round(this.maxEntryBytes / 1048576)} MiB; not read (a zip bomb?)`);
    if (e.method === 0) {
      if (data.length > this.maxEntryBytes) throw tooBig();
      return data;
    }
    if (e.method !== 8) throw new ZipError(`${this.where}: ${e.name} is compressed by method ${e.method}, not deflate; not read`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > this.maxEntryBytes) throw tooBig();
      chunks.push(chunk);
    });
    // Deflate expands at most ~1032:1, so a 64 KiB slice yields at most ~66 MiB (smaller slices cost: 16 KiB ones inflate 5 MB nine times slower) before the check above runs.
    const SLICE = 64 * 1024;
    try {
      for (let q = 0; q < data.length; q += SLICE) inflater.push(data.subarray(q, Math.min(q + SLICE, data.length)), q + SLICE >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ZipError) throw err;
      throw new ZipError(`${this.where}: ${e.name} cannot be inflated (${(err as Error).message})`);
    }
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  /** The entry as text: UTF-8, or UTF-16 when it starts with that byte order mark (XML 1.0 §4.3.3); the BOM dropped. */
  text(path: string): string | undefined {
    const b = this.read(path);
    if (b === undefined) return undefined;
    const encoding = b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8';
    return new TextDecoder(encoding).decode(b).replace(/^\uFEFF/, '');
  }
}
