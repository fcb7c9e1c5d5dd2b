import { say, type LocalText } from '../diagnostics/messages/index.js';
import { closeSync, readFileSync, readSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { decodeText } from '../io/decodeText.js';
import { openRegularFileSync } from '../io/openRegularFile.js';
import { reportEncoding } from '../io/reportEncoding.js';
import { binaryKind } from '../io/binaryKind.js';
import { CsvError } from './csv.js';
import type { IdRegistry } from './ids.js';
import { REGISTER_ENCODING_HINT, readCsvRows, readWorkbookRows, workbookKind } from './readSpreadsheet.js';
import { RegisterBuilder } from './registerBuilder.js';
import { tableFromYaml } from './tables.js';
import type { Dispute, Petition, Register, RegisterKind } from './types.js';
import { yamlRegister } from './yamlRegister.js';

export interface ReadRegisterOptions {
  /** Say which kind the register is instead of detecting it from the columns. */
  kind?: RegisterKind;
  /** Report bad rows as warnings and leave them out (`--skip-bad-rows`); otherwise they are errors. */
  skipBadRows?: boolean;
  /** Directory relative paths are resolved against; diagnostics keep the path as given. */
  cwd?: string;
  /** The sheet of a workbook to read (`--sheet`); by default the first that has a register's columns. */
  sheet?: string;
}

type Format = 'csv' | 'xlsx' | 'yaml';

/**
 * Limits on register files: a YAML register is parsed whole and has a ceiling;
 * CSV is read a block at a time and XLSX a part and a piece at a time (its
 * limits are `XLSX_LIMITS` in ./xlsxLimits.ts), so neither has one on its size.
 */
export const REGISTER_LIMITS = {
  /** A YAML register (parsed whole): 32 MiB. */
  yamlBytes: 32 << 20,
  /** Block size CSV is read in: 1 MiB. */
  csvBlock: 1 << 20,
} as const;

/**
 * A register's format by its name: .csv/.tsv/.txt text, .yaml/.yml, and workbooks — .xlsx and
 * .xlsm, and .xls and .et (WPS 表格), which are read as workbooks when their bytes are an OOXML
 * zip (an .xlsx renamed, or saved so by WPS) and refused with a message when they are the old
 * binary format (`workbookKind`).
 */
function formatOf(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls' || ext === '.et') return 'xlsx';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}

/** What a register's rows are handed to as they are checked. */
export interface RowSinks {
  petitions(row: Petition): void;
  disputes(row: Dispute): void;
}

/** A register without its rows (they went to the sinks). */
export type RegisterInfo = Omit<Register, 'rows'>;

/**
 * Reads a register (台账) from CSV (UTF-8, UTF-8 with BOM, UTF-16 with BOM,
 * GBK/GB18030), XLSX (the first sheet with a register's columns, or `options.sheet`) or YAML
 * (a list of rows), works out whether it is a 信访登记 or a 矛盾纠纷 register from its columns
 * (or `options.kind`), and types its rows. Title rows above the header (台账名称, 填报单位) are passed over.
 *
 * Every problem goes into `bag`, all at once: bad rows (missing 编号 or date,
 * unknown 信访形式 or status, a date that does not exist, a negative amount, a
 * 编号 used twice …) with the file, the row as a spreadsheet numbers it (header
 * = row 1; YAML: the item's line) and the column. Bad rows are always left out
 * of `rows`; they are errors unless `skipBadRows`, then warnings.
 *
 * Never throws for a bad file: an unreadable or unrecognisable one gives an
 * empty register and an error in `bag` — callers check `bag.hasErrors`.
 */
export async function readRegister(path: string, bag: DiagnosticBag, options: ReadRegisterOptions = {}): Promise<Register> {
  const rows: Array<Petition | Dispute> = [];
  const push = (row: Petition | Dispute) => {
    rows.push(row);
  };
  const info = await readRegisterRows(path, bag, options, { petitions: push, disputes: push });
  return { ...info, rows } as Register;
}

type RowsOptions = ReadRegisterOptions & { ids?: { petitions: IdRegistry; disputes: IdRegistry } };

/**
 * `readRegister`, handing the rows to `sinks` as they are checked instead of
 * keeping them: CSV and XLSX are read a block at a time, so a register of a
 * million rows is never held whole (only what `sinks` keep). `ids` spans the
 * registers of a run: a 编号 another register used is reported there.
 */
export async function readRegisterRows(path: string, bag: DiagnosticBag, options: RowsOptions, sinks: RowSinks): Promise<RegisterInfo> {
  const file = path;
  const format = formatOf(path);
  const empty = (kind: RegisterKind = options.kind ?? 'petitions'): RegisterInfo => ({ kind, file, format: format ?? 'csv', skipped: 0 });
  if (!format) {
    bag.error('unsupported-format', say('register.unsupported-format', { file: path }), { file, expected: say('register.formats') });
    return empty();
  }
  const opened = openRegister(path, resolve(options.cwd ?? process.cwd(), path), bag);
  if (!opened) return empty();
  const { fd, size } = opened;
  try {
    if (format === 'yaml') return readYamlRegister(fd, size, file, bag, options, sinks);
    // a scan or a photo of a register, a PDF or a picture under a register's name: said as what it is,
    // not as lines of bytes that are not text (src/io/binaryKind.ts)
    const head = Buffer.alloc(16);
    const first = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    const kindOfBytes = binaryKind(first);
    if (kindOfBytes === 'pdf' || kindOfBytes === 'image') {
      bag.error('unreadable-register', say('register.no-text', { file: path, picture: kindOfBytes === 'image' }), { file, hint: say('register.no-text.hint') });
      return empty();
    }
    const builder = new RegisterBuilder(file, format, bag, options, sinks);
    try {
      if (format === 'csv') readCsvRows(fd, builder, file, bag);
      else {
        if (workbookKind(first) === 'xls') {
          bag.error('old-workbook', say('register.old-workbook', { file: path }), {
            file, hint: say('register.old-workbook.hint'),
          });
          return empty();
        }
        if (!(await readWorkbookRows(fd, size, builder, file, bag, options))) return empty();
      }
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      const at = e instanceof CsvError ? { start: { line: e.record, column: 1 } } : {};
      bag.error('unreadable-register', say('register.unreadable', { file: path, reason: reasonOf(e) ?? reason }), {
        file, ...at, hint: format === 'xlsx' && !/limit|beyond|refused|zip bomb/.test(reason) ? say('register.unreadable.hint') : undefined,
      });
      return { ...builder.info(), skipped: builder.skipped() };
    }
    return builder.end();
  } finally {
    closeSync(fd);
  }
}

/** The words of an error thrown while a register was read, when they are the catalogue's (a workbook's, a CSV's, a zip's). */
function reasonOf(e: unknown): LocalText | undefined {
  const text = (e as { text?: unknown } | null)?.text;
  return typeof text === 'object' && text !== null ? (text as LocalText) : undefined;
}

/**
 * Opens a register file: only a regular file is read, and a FIFO is never waited on (src/io/openRegularFile.ts).
 * Its size is the one openRegularFileSync measured on the open file (not stat again). Synchronously, as
 * every read of a register is (the blocks of a CSV, the pieces of a workbook's zip): a register is read
 * start to end, and each step of the promise API was a wait on libuv's thread pool (open, stat, the
 * first bytes, close: about 2 ms of waiting each on a busy machine, against 0.07 ms in place).
 */
function openRegister(path: string, full: string, bag: DiagnosticBag): { fd: number; size: number } | undefined {
  let opened: ReturnType<typeof openRegularFileSync>;
  try {
    opened = openRegularFileSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    bag.error('file-not-found', code === 'ENOENT' ? say('register.not-found', { file: path }) : say('register.open-failed', { file: path, code: code ?? 'error' }), { file: path });
    return undefined;
  }
  const info = opened.stats;
  if (opened.fd === undefined) {
    const what = info.isDirectory() ? 'folder' : info.isFIFO() ? 'fifo' : info.isCharacterDevice() || info.isBlockDevice() ? 'device' : info.isSocket() ? 'socket' : 'other';
    bag.error('not-a-file', say('register.not-a-file', { file: path, what }), { file: path, expected: say('register.not-a-file.expected') });
    return undefined;
  }
  return { fd: opened.fd, size: info.size };
}

/** A YAML register: parsed whole (under `REGISTER_LIMITS.yamlBytes`), its rows then handed to the sinks. */
function readYamlRegister(fd: number, size: number, file: string, bag: DiagnosticBag, options: RowsOptions, sinks: RowSinks): RegisterInfo {
  if (size > REGISTER_LIMITS.yamlBytes) {
    bag.error('register-too-large', say('register.too-large', { file, mebibytes: (size / 1048576).toFixed(0), limit: REGISTER_LIMITS.yamlBytes / 1048576 }), {
      file, hint: say('register.too-large.hint'),
    });
    return { kind: options.kind ?? 'petitions', file, format: 'yaml', skipped: 0 };
  }
  const decoded = decodeText(readFileSync(fd));
  const problems = decoded.problems ?? [];
  reportEncoding(problems, (decoded.problemLines ?? 0) - problems.length, decoded.encoding, file, bag, REGISTER_ENCODING_HINT);
  const table = { ...tableFromYaml(decoded.text, file, bag), encoding: decoded.encoding, source: decoded.text };
  const register = yamlRegister(table, file, bag, { ...options, kind: options.kind ?? table.kind });
  if (register.kind === 'petitions') for (const row of register.rows) sinks.petitions(row);
  else for (const row of register.rows) sinks.disputes(row);
  const { rows: _rows, ...rest } = register;
  return rest;
}
