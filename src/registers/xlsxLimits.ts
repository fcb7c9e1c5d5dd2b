import { localize, type Text } from '../diagnostics/messages/index.js';
import type { CellValue } from './types.js';

/** A workbook that cannot be read; the message says where (`text`: in the catalogue's words, for the user's language). */
export class XlsxError extends Error {
  constructor(readonly text: Text) {
    super(localize(text, 'en'));
    this.name = 'XlsxError';
  }
}

/**
 * Limits, so that no workbook costs more than seconds and a few hundred MB:
 * Excel's own sheet size (1,048,576 rows, 16,384 columns: A1 to XFD1048576),
 * and the bytes any part may inflate to (a zip bomb stops at the limit).
 */
export const XLSX_LIMITS = {
  /** Excel's last row. */
  rows: 1_048_576,
  /** Excel's last column, XFD. */
  columns: 16_384,
  /** The sheet's XML, inflated: 1 GiB (a 1,000,000-row register is about 0.5 GiB). */
  sheetBytes: 1 << 30,
  /** The shared strings' XML, inflated: 512 MiB. */
  sharedStringsBytes: 512 << 20,
  /** Any other part read (workbook, relationships, styles), inflated: 16 MiB. */
  partBytes: 16 << 20,
  /** Shared strings, kept while the sheet is read: at most 4,000,000 of them and 64 Mi characters in all. */
  sharedStrings: 4_000_000,
  sharedStringChars: 64 << 20,
  /** One row of the sheet's XML (and what comes before the rows), in characters: 8 Mi (Excel holds at most 32,767 characters a cell). */
  rowChars: 8 << 20,
} as const;

/** What a sheet row gives: its number (1-based, as Excel shows it) and its cells from column A (empty cells null). */
export type SheetRowHandler = (row: number, cells: CellValue[]) => void;

