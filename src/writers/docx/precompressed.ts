/**
 * The DEFLATE of the parts every DOCX shares, made when the bundle is built. From the sources this
 * table is empty and each such part is compressed on its first use in a process (src/io/zip.ts keeps
 * it); in the bundle, scripts/bundle.js puts here what zlib made of them then (./package.ts
 * `constantParts`, at the level ./package.ts writes), so a command that writes one DOCX compresses only
 * the document's own parts: 3 calls of zlib's deflateRawSync instead of 17, about 13 M instructions
 * of a one-document render (callgrind of `node -e` compressing the parts of the 纪要 example each way).
 *
 * An entry is used only for the very bytes it was made from: ./package.ts checks their length and
 * CRC-32 before it hands the entry to the zip writer; a part that differs is compressed as before.
 */
export interface PrecompressedPart {
  /** The part's length in bytes, before compression. */
  length: number;
  /** The part's CRC-32. */
  crc: number;
  /** zlib's level (0–9). */
  level: number;
  /** The raw DEFLATE, in base64. */
  body: string;
}

/** By ./package.ts's key of the part (`theme`, `styles:gb2312` …). */
export const PRECOMPRESSED: Readonly<Record<string, PrecompressedPart>> = {};
