import { say } from '../diagnostics/messages/index.js';
import { binaryKind } from '../io/binaryKind.js';
import { readSync } from 'node:fs';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { StreamingTextDecoder } from '../io/decodeText.js';
import { reportEncoding } from '../io/reportEncoding.js';
import type { ByteSource } from '../io/unzip.js';
import { CsvStream } from './csv.js';
import type { ReadRegisterOptions } from './read.js';
import { REGISTER_LIMITS } from './read.js';
import { rowLooksLikeHeader, TITLE_ROWS, type RegisterBuilder } from './registerBuilder.js';
import type { RegisterKind } from './types.js';
import { Workbook, type SheetInfo } from './xlsx.js';
import { XlsxError } from './xlsxLimits.js';

export const REGISTER_ENCODING_HINT = say('register.encoding-hint');

/** Reads a CSV from the open file `fd` a block at a time: decoded, parsed and checked as it comes. */
export function readCsvRows(fd: number, builder: RegisterBuilder, file: string, bag: DiagnosticBag): void {
  const decoder = new StreamingTextDecoder();
  let reported = 0;
  let line = 1;
  const csv = new CsvStream((cells) => builder.row(line++, cells));
  const block = Buffer.alloc(REGISTER_LIMITS.csvBlock);
  let first = true;
  for (;;) {
    // Read synchronously: a register is read start to end, and waiting on the thread pool for each
    // block costs more than it lets run alongside (seconds for a million rows on a busy machine).
    const bytesRead = readSync(fd, block, 0, block.length, null);
    const final = bytesRead === 0;
    if (first) {
      first = false;
      // A workbook saved (or renamed) with a .csv name is no text at all.
      const kind = workbookKind(block.subarray(0, bytesRead));
      if (kind) {
        throw new XlsxError(say('register.workbook-as-csv', { file, zip: kind === 'zip' }));
      }
    }
    const text = decoder.push(block.subarray(0, bytesRead), final);
    builder.encoding = decoder.encoding;
    // Encoding problems are reported as they are found, before the rows they are in.
    if (decoder.problems.length > reported) {
      reportEncoding(decoder.problems.slice(reported), 0, decoder.encoding ?? 'utf-8', file, bag, REGISTER_ENCODING_HINT);
      reported = decoder.problems.length;
    }
    csv.push(text, final);
    if (final) break;
  }
  if (decoder.problemLines > reported) reportEncoding([], decoder.problemLines - reported, decoder.encoding ?? 'utf-8', file, bag, REGISTER_ENCODING_HINT);
}

/** What a file that is no text is, from its first bytes: a zip (an .xlsx, or a WPS .et saved as one) or an OLE compound file (an .xls). */
export function workbookKind(bytes: Uint8Array): 'zip' | 'xls' | undefined {
  const kind = binaryKind(bytes);
  return kind === 'zip' ? 'zip' : kind === 'ole' ? 'xls' : undefined;
}

/**
 * Reads a workbook's register sheet into `builder`, at offsets of the open file as the zip's parts
 * are inflated: the workbook is never held whole. The sheet is `options.sheet` (by name), or the
 * only one, or the first whose top rows name a register's columns; when none does (or the named
 * one is missing) an error names the sheets and nothing is read (false).
 */
export async function readWorkbookRows(
  fd: number, size: number, builder: RegisterBuilder, file: string, bag: DiagnosticBag, options: ReadRegisterOptions,
): Promise<boolean> {
  const source: ByteSource = {
    size,
    read: (offset, length) => {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, offset));
    },
  };
  const book = Workbook.open(source);
  const sheet = await chooseSheet(book, file, bag, options);
  if (!sheet) return false;
  await book.readSheet(sheet, (line, cells) => builder.row(line, cells));
  return true;
}

async function chooseSheet(book: Workbook, file: string, bag: DiagnosticBag, options: ReadRegisterOptions): Promise<SheetInfo | undefined> {
  const names = book.sheets.map((s) => s.name);
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim();
    const sheet = book.sheets.find((s) => s.name === wanted) ?? book.sheets.find((s) => s.name.trim().toLowerCase() === wanted.toLowerCase());
    if (!sheet) bag.error('unknown-sheet', say('register.unknown-sheet', { file, sheet: wanted }), { file, expected: say('register.sheets', { sheets: names }) });
    return sheet;
  }
  if (book.sheets.length === 0) throw new XlsxError(say('xlsx.no-sheets'));
  if (book.sheets.length === 1) return book.sheets[0];
  for (const sheet of book.sheets) if (await hasRegisterHeader(book, sheet, options.kind)) return sheet;
  bag.error('no-register-sheet', say('register.no-register-sheet', { file, sheets: names }), {
    file,
    expected: say('register.no-register-sheet.expected'),
    hint: say('register.no-register-sheet.hint'),
  });
  return undefined;
}

/** Whether a sheet's first rows (the header, under at most `TITLE_ROWS` title rows) name a register's columns; reads no further. */
async function hasRegisterHeader(book: Workbook, sheet: SheetInfo, kind: RegisterKind | undefined): Promise<boolean> {
  let found = false;
  let rows = 0;
  await book.readSheet(sheet, (_line, cells) => {
    rows++;
    if (rowLooksLikeHeader(cells, kind)) found = true;
  }, () => found || rows > TITLE_ROWS);
  return found;
}
