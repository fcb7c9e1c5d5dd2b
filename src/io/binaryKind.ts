/**
 * What a file is by its first bytes when it is no text at all, whatever its name says (a record saved
 * from Word as 纪要.yaml, a workbook renamed .csv): a zip package — .docx, .xlsx, WPS's own — by its
 * local file header `PK\x03\x04` (APPNOTE.TXT §4.3.7), an old Word, Excel or WPS file by the OLE
 * compound file signature D0 CF 11 E0 A1 B1 1A E1 ([MS-CFB] §2.2), a PDF by `%PDF-` (ISO 32000-1
 * §7.5.2). Undefined for anything else.
 */
export type BinaryKind = 'zip' | 'ole' | 'pdf';

const SIGNATURES: ReadonlyArray<[BinaryKind, readonly number[]]> = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
  return SIGNATURES.find(([, signature]) => signature.every((b, i) => bytes[i] === b))?.[0];
}
