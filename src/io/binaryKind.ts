/**
 * What a file is by its first bytes when it is no text at all, whatever its name says (a record saved
 * from Word as 纪要.yaml, a workbook renamed .csv, a phone photo of a paper 纪要): a zip package — .docx,
 * .xlsx, WPS's own — by its local file header `PK\x03\x04` (APPNOTE.TXT §4.3.7), an old Word, Excel or
 * WPS file by the OLE compound file signature D0 CF 11 E0 A1 B1 1A E1 ([MS-CFB] §2.2), a PDF by `%PDF-`
 * (ISO 32000-1 §7.5.2), a picture by its format's signature: PNG (ISO/IEC 15948 §5.2), JPEG's SOI
 * marker FF D8 and the next marker's FF (ITU-T T.81 §B.1.1.3), GIF87a/GIF89a, WebP (a RIFF file of
 * form type WEBP), HEIC/HEIF (an ISO base media file whose `ftyp` box names heic, heix, mif1 …), TIFF
 * (II*\0 or MM\0*). Undefined for anything else.
 */
export type BinaryKind = 'zip' | 'ole' | 'pdf' | 'image';

const SIGNATURES: ReadonlyArray<[BinaryKind, readonly number[]]> = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image', [0xff, 0xd8, 0xff]],
  ['image', [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]],
  ['image', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
  ['image', [0x49, 0x49, 0x2a, 0x00]],
  ['image', [0x4d, 0x4d, 0x00, 0x2a]],
];

/** The brands of an `ftyp` box that mean a HEIF picture (ISO/IEC 23008-12 Annex B): what phones save photos as. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif']);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
  const signed = SIGNATURES.find(([, signature]) => signature.every((b, i) => bytes[i] === b))?.[0];
  if (signed) return signed;
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return 'image';
  return undefined;
}
