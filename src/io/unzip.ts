/**
 * The one reader of zip archives (an XLSX and a DOCX are OOXML packages, ECMA-376 Part 2; the
 * layout is PKWARE's APPNOTE.TXT, section 4.3), for the parts a reader asks for by name.
 *
 * Bounded, so that no archive costs more than its limits (`ZipLimits`): the central directory is
 * read by hand and its entry count checked; an entry is inflated only when asked for; what the
 * directory declares is checked before inflating (size, and size against compressed size — a zip
 * bomb packs a thousand to one), and what actually comes out while inflating (never more than it
 * declared, never more than the limit); all entries read together stay under a total. Only
 * "stored" (0) and "deflate" (8) entries are read; ZIP64 and encrypted entries are refused.
 *
 * Whole entries are inflated by Node's zlib in one call bounded by `maxOutputLength`; large ones
 * (an XLSX sheet of a million rows) are streamed through zlib a piece at a time, with back-pressure.
 */
import { localize, say, type Text } from '../diagnostics/messages/index.js';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * An archive that cannot be read. `reason` says why in the catalogue's words (for the user's
 * language); the message is the English, after the archive's name when the reader was given one.
 */
export class ZipError extends Error {
  constructor(readonly reason: Text, readonly where = '') {
    super(where ? `${where}: ${localize(reason, 'en')}` : localize(reason, 'en'));
    this.name = 'ZipError';
  }

  /** The reason after the archive's name, as the catalogue words it. */
  get text(): Text {
    return this.where ? say('zip.in', { where: this.where, reason: this.reason }) : this.reason;
  }
}

/** Where an archive's bytes come from: a file read at offsets (never held whole), or bytes in memory. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
}

/** Bytes in memory as a `ByteSource`. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)) };
}

export interface ZipLimits {
  /** Entries in the central directory. */
  entries: number;
  /** Bytes one entry may unpack to (a caller may ask for a larger limit for one entry). */
  entryBytes: number;
  /** Bytes all entries read from one archive may unpack to together. */
  totalBytes: number;
  /** Unpacked bytes per packed byte an entry may declare once it is over 1 MiB (DEFLATE reaches 1032:1 on zeros). */
  ratio: number;
}

/**
 * What a document or workbook needs: 10,000 entries, 64 MiB an entry (a 300-page document.xml is
 * a few MiB), 2 GiB in all (a 1,000,000-row sheet is about 0.5 GiB), and 500 to 1 (a register's
 * sheet packs some 10–30 to 1; only runs of one byte pack past a few hundred).
 */
export const ZIP_LIMITS: ZipLimits = { entries: 10_000, entryBytes: 64 << 20, totalBytes: 2 * 1024 ** 3, ratio: 500 };

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As the central directory declares it. */
  size: number;
  localOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Pieces an entry's packed bytes are read and inflated in when streamed: 256 KiB. */
const PIECE = 256 << 10;
const mib = (n: number) => (n < 1 << 20 ? `${n.toLocaleString('en-US')} bytes` : `${Math.round(n / 1048576).toLocaleString('en-US')} MiB`);

export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  private readonly source: ByteSource;
  private readonly limits: ZipLimits;
  /** Bytes unpacked so far, all entries together. */
  private unpacked = 0;

  /**
   * Reads the central directory (at the end of the archive), nothing else. `where` starts every
   * message (a file name; '' when the caller names the file itself); `notZip` is said when the
   * bytes are no zip archive at all.
   */
  constructor(
    bytes: Uint8Array | ByteSource,
    private readonly where = '',
    /** Limits other than `ZIP_LIMITS`; a number is the limit of one entry. */
    limits: Partial<ZipLimits> | number = {},
    notZip: Text = say('zip.not-zip'),
  ) {
    const source = bytes instanceof Uint8Array ? bytesSource(bytes) : bytes;
    this.source = source;
    this.limits = { ...ZIP_LIMITS, ...(typeof limits === 'number' ? { entryBytes: limits } : limits) };
    const magic = source.read(0, 4);
    if (magic[0] === 0xd0 && magic[1] === 0xcf && magic[2] === 0x11 && magic[3] === 0xe0) {
      throw this.error(say('zip.ole'));
    }
    // The end of central directory record: 22 bytes and a comment of at most 65,535.
    const tailStart = Math.max(0, source.size - 22 - 65_535);
    const tail = source.read(tailStart, source.size - tailStart);
    const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tv.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw this.error(notZip);
    const count = tv.getUint16(eocd + 10, true);
    const dirSize = tv.getUint32(eocd + 12, true);
    const dirOffset = tv.getUint32(eocd + 16, true);
    if (count === 0xffff || dirOffset === 0xffffffff) throw this.error(say('zip.zip64'));
    if (count > this.limits.entries) throw this.error(say('zip.too-many-entries', { count: count.toLocaleString('en-US'), limit: this.limits.entries.toLocaleString('en-US') }));
    if (dirOffset + dirSize > source.size) throw this.error(say('zip.directory-damaged'));
    const dir = source.read(dirOffset, dirSize);
    const view = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
    const decoder = new TextDecoder();
    let at = 0;
    for (let k = 0; k < count; k++) {
      if (at + 46 > dir.length || view.getUint32(at, true) !== CENTRAL_HEADER) throw this.error(say('zip.directory-damaged'));
      const nameLength = view.getUint16(at + 28, true);
      const entry: Entry = {
        name: decoder.decode(dir.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/').replace(/^\//, ''),
        flags: view.getUint16(at + 8, true),
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      };
      if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
        throw this.error(say('zip.entry-zip64', { entry: entry.name }));
      }
      this.entries.set(entry.name.toLowerCase(), entry);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }

  /** The entries' names, in the order of the central directory. */
  get names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** Whether the archive has the entry (names compare without case, as Office does). */
  has(path: string): boolean {
    return this.entries.has(key(path));
  }

  /** The entry's bytes, or undefined when there is none; throws ZipError past a limit. */
  read(path: string, limit = this.limits.entryBytes): Uint8Array | undefined {
    const e = this.entries.get(key(path));
    if (!e) return undefined;
    const packed = this.source.read(this.dataStart(e, limit), e.compressedSize);
    let data: Uint8Array;
    if (e.method === 0) data = packed;
    else {
      try {
        // Bounded by what the directory declares (checked against the limit above): no more is ever made.
        data = zlib.inflateRawSync(packed, { maxOutputLength: Math.max(e.size, 1) });
      } catch (err) {
        const tooLarge = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        throw this.error(tooLarge ? this.moreThanDeclared(e) : say('zip.cannot-unpack', { entry: e.name, detail: (err as Error).message }));
      }
    }
    if (data.length !== e.size) throw this.error(data.length > e.size ? this.moreThanDeclared(e) : say('zip.fewer-bytes', { entry: e.name }));
    this.count(data.length);
    return data;
  }

  /** The entry as text: UTF-8, or UTF-16 when it starts with that byte order mark (XML 1.0 §4.3.3); the BOM dropped. */
  text(path: string, limit = this.limits.entryBytes): string | undefined {
    const b = this.read(path, limit);
    if (b === undefined) return undefined;
    const encoding = b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8';
    return new TextDecoder(encoding).decode(b).replace(/^\uFEFF/, '');
  }

  /**
   * Inflates an entry a piece at a time and hands `onBytes` each piece, waiting for it before
   * inflating more; stops early when `done()` says the reader has what it needs. For entries too
   * large to hold whole (an XLSX sheet); at most `limit` bytes.
   */
  async stream(path: string, limit: number, onBytes: (chunk: Uint8Array) => void, done: () => boolean = () => false): Promise<void> {
    const e = this.entries.get(key(path));
    if (!e) throw this.error(say('zip.no-entry', { entry: path }));
    const start = this.dataStart(e, limit);
    const end = start + e.compressedSize;
    const source = this.source;
    function* packed() {
      for (let i = start; i < end; i += PIECE) yield source.read(i, Math.min(PIECE, end - i));
    }
    let total = 0;
    // What stops the stream: the entry passing what it declared, or the reader's own error (passed on as it is).
    let failure: unknown;
    const take = (chunk: Uint8Array) => {
      total += chunk.length;
      try {
        if (total > e.size) throw this.error(this.moreThanDeclared(e));
        this.count(chunk.length);
        onBytes(chunk);
      } catch (err) {
        failure = err;
      }
    };
    try {
      if (e.method === 0) {
        for (const piece of packed()) {
          take(piece);
          if (failure !== undefined || done()) break;
        }
      } else {
        await this.inflatePieces(packed(), take, () => failure !== undefined || done());
      }
    } catch (err) {
      if (failure === undefined) throw this.error(say('zip.cannot-unpack', { entry: e.name, detail: (err as Error).message }));
    }
    if (failure !== undefined) throw failure;
    if (!done() && total < e.size) throw this.error(say('zip.fewer-bytes', { entry: e.name }));
  }

  /** zlib as a stream: what is inflated waits for the reader, so a bomb never gets ahead of the limit by more than a piece. */
  private async inflatePieces(packed: Iterable<Uint8Array>, take: (chunk: Uint8Array) => void, stop: () => boolean): Promise<void> {
    const input = Readable.from(packed);
    const inflate = zlib.createInflateRaw({ chunkSize: PIECE });
    input.on('error', (err) => inflate.destroy(err));
    input.pipe(inflate);
    try {
      for await (const chunk of inflate) {
        take(chunk as Buffer);
        if (stop()) break;
      }
    } finally {
      input.destroy();
      inflate.destroy();
    }
  }

  /** Checks an entry before it is inflated; returns where its packed bytes start. */
  private dataStart(e: Entry, limit: number): number {
    if (e.flags & 1) throw this.error(say('zip.encrypted', { entry: e.name }));
    if (e.method !== 0 && e.method !== 8) throw this.error(say('zip.method', { entry: e.name, method: e.method }));
    if (e.size > limit) throw this.error(say('zip.entry-too-large', { entry: e.name, size: mib(e.size), limit: mib(limit) }));
    if (e.size > 1 << 20 && e.size > e.compressedSize * this.limits.ratio) {
      throw this.error(say('zip.ratio', { entry: e.name, size: mib(e.size), packed: e.compressedSize.toLocaleString('en-US'), ratio: this.limits.ratio }));
    }
    if (this.unpacked + e.size > this.limits.totalBytes) {
      throw this.error(say('zip.total', { limit: mib(this.limits.totalBytes), ahead: true }));
    }
    const header = this.source.read(e.localOffset, 30);
    const hv = new DataView(header.buffer, header.byteOffset, header.byteLength);
    if (header.length < 30 || hv.getUint32(0, true) !== LOCAL_HEADER) throw this.error(say('zip.misplaced', { entry: e.name }));
    const start = e.localOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
    if (start + e.compressedSize > this.source.size) throw this.error(say('zip.cut-off', { entry: e.name }));
    return start;
  }

  /** Adds to the bytes unpacked from the archive (an entry's own bytes stay within what it declares, checked against its limit). */
  private count(n: number): void {
    this.unpacked += n;
    if (this.unpacked > this.limits.totalBytes) throw this.error(say('zip.total', { limit: mib(this.limits.totalBytes), ahead: false }));
  }

  private moreThanDeclared(e: Entry): Text {
    return say('zip.more-bytes', { entry: e.name, size: e.size.toLocaleString('en-US') });
  }

  private error(reason: Text): ZipError {
    return new ZipError(reason, this.where);
  }
}

function key(path: string): string {
  return path.replace(/^\//, '').toLowerCase();
}
