import { resolve } from 'node:path';
import { showText } from '../diagnostics/showText.js';
import { encodeGbk, unencodableInGbk } from '../io/encodeGbk.js';
import { OutputExists, OutputFailed, writeAtomic } from '../io/writeAtomic.js';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, summarize } from '../diagnostics/print.js';
import { BY_FIELDS, resolveByField } from '../stats/breakdown.js';
import { collectStatistics } from '../stats/collectStatistics.js';
import { formatReportCsv, formatReportJson, formatReportTable} from '../stats/format.js';
import type { Period } from '../zh/period.js';
import { parsePeriod, PERIOD_FORMS } from '../zh/period.js';
import type { CliIO } from './io.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './io.js';

export interface StatsOptions {
  period?: string;
  by?: string;
  format?: string;
  skipBadRows?: boolean;
  /** The sheet of each workbook to read; by default the first with a register's columns. */
  sheet?: string;
  /** Write the statistics to this file instead of standard output. */
  output?: string;
  /** utf-8-bom (a CSV written to a file), utf-8, or gbk (for an Excel that opens CSV in the system's code page). */
  encoding?: string;
  /** Replace an existing `output`. */
  force?: boolean;
}

const FORMATS = ['table', 'json', 'csv'] as const;
const ENCODINGS = ['utf-8-bom', 'utf-8', 'gbk'] as const;
type Encoding = (typeof ENCODINGS)[number];

/** Errors about a register as a file, which --skip-bad-rows does not leave out. */
const FILE_ERRORS = new Set(['invalid-byte', 'mixed-encoding', 'unreadable-register', 'missing-column', 'unknown-register-kind', 'empty-register']);

/**
 * `gongwen stats <registers...> [--period P] [--by FIELD] [--format table|json|csv] [--skip-bad-rows]`
 *
 * A register argument may be a folder: its register files are read (see `expandRegisterPaths`).
 *
 * Reads every register, reports every bad row at once (stderr), and prints
 * the statistics of the period (stdout) with 环比/同比 where the registers
 * cover those periods. Without `--period`, every row counts and there is no
 * comparison. Exit 0; 1 when a register is unreadable or has bad rows (then
 * nothing is printed to stdout) unless `--skip-bad-rows`, which reports them
 * as warnings and leaves them out; 2 for a usage error.
 */
export async function statsCommand(registers: string[], options: StatsOptions, io: CliIO): Promise<number> {
  const usage = (message: string, hint?: string): number => {
    io.stderr(`gongwen stats: ${message}\n${hint ? `  ${hint}\n` : ''}`);
    return EXIT_USAGE;
  };
  if (registers.length === 0) return usage('no register given', 'usage: gongwen stats <registers...> [--period P] [--by FIELD] [--format table|json|csv]');
  const format = (options.format ?? 'table').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) return usage(`unknown format "${showText(options.format ?? '')}"`, `expected: ${FORMATS.join(', ')}`);
  let period: Period | undefined;
  if (options.period !== undefined) {
    period = parsePeriod(options.period);
    if (!period) return usage(`"${showText(options.period)}" is not a period`, `expected: ${PERIOD_FORMS}`);
  }
  const encoding = options.encoding === undefined ? undefined : normalizeEncoding(options.encoding);
  if (options.encoding !== undefined && !encoding) return usage(`unknown encoding "${showText(options.encoding)}"`, `expected: ${ENCODINGS.join(', ')}`);
  if (encoding === 'gbk' && options.output === undefined && !io.stdoutBytes) return usage('--encoding gbk writes a file: give it with --output (-o)');
  const by = options.by !== undefined ? resolveByField(options.by) : undefined;
  if (options.by !== undefined && !by) return usage(`cannot group by "${showText(options.by)}"`, `expected one of: ${BY_FIELDS}`);

  const bag = new DiagnosticBag();
  const { read, report, breakdown } = await collectStatistics(registers, period, by, bag, { skipBadRows: options.skipBadRows, cwd: io.cwd, sheet: options.sheet });

  if (bag.items.length > 0) {
    const sources = new Map<string, string>();
    for (const r of read) if (r.source !== undefined) sources.set(r.file, r.source);
    const { errors, warnings } = summarize(bag.items);
    io.stderr(`${formatDiagnostics(bag.items, { color: io.color, sources })}\n\n`);
    if (bag.hasErrors || !report) {
      // Errors in rows (not in the file: encoding, header, limits) can be left out with --skip-bad-rows.
      const badRows = bag.errors.filter((d) => d.start && d.start.line > 1 && !FILE_ERRORS.has(d.code)).length;
      const skippable = badRows > 0 && badRows === errors ? ' (use --skip-bad-rows to leave bad rows out)' : '';
      io.stderr(`gongwen stats: ${errors} error${errors === 1 ? '' : 's'}; no statistics written${skippable}\n`);
      return EXIT_INVALID;
    }
    const skipped = read.reduce((n, r) => n + r.skipped, 0);
    io.stderr(`gongwen stats: ${warnings} warning${warnings === 1 ? '' : 's'}${skipped > 0 ? `; ${skipped} bad row${skipped === 1 ? '' : 's'} left out` : ''}\n`);
  }
  if (!report) return EXIT_INVALID;
  const text = format === 'json' ? formatReportJson(report, { breakdown })
    : format === 'csv' ? formatReportCsv(report, { breakdown })
      : formatReportTable(report, { color: options.output === undefined && io.color, breakdown });
  return writeReport(text, format, encoding, options, io);
}

/** utf-8-bom, utf-8 (utf8, UTF-8 …) or gbk (cp936, gb2312, gb18030 …); undefined for anything else. */
function normalizeEncoding(name: string): Encoding | undefined {
  const key = name.trim().toLowerCase().replace(/[-_\s]/g, '');
  if (key === 'utf8bom' || key === 'utf8sig') return 'utf-8-bom';
  if (key === 'utf8') return 'utf-8';
  if (key === 'gbk' || key === 'cp936' || key === 'gb2312' || key === 'gb18030') return 'gbk';
  return undefined;
}

/**
 * Writes the report: to `--output` (whole or not at all, src/io/writeAtomic.ts), or to standard
 * output. Written to a file — `--output`, or standard output redirected to one (`> 统计.csv`) — a
 * CSV is UTF-8 with a byte order mark unless `--encoding` says otherwise, so that Excel and WPS
 * open it as UTF-8 rather than in the system's code page; `--encoding gbk` writes GBK for an
 * Excel that ignores the mark. A pipe or a terminal gets plain UTF-8.
 */
function writeReport(text: string, format: string, encoding: Encoding | undefined, options: StatsOptions, io: CliIO): number {
  const toFile = options.output !== undefined || io.stdoutIsFile === true;
  const chosen: Encoding = encoding ?? (toFile && format === 'csv' ? 'utf-8-bom' : 'utf-8');
  if (chosen === 'gbk') {
    const missing = unencodableInGbk(text);
    if (missing.length > 0) {
      const named = missing.slice(0, 10).map((c) => `"${showText(c)}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
      io.stderr(`gongwen stats: GBK has no code for ${named.join(', ')}; nothing written\n  use --encoding utf-8-bom, which every Excel since 2007 opens\n`);
      return EXIT_INVALID;
    }
  }
  const marked = chosen === 'utf-8-bom' ? `\uFEFF${text}` : text;
  if (options.output === undefined) {
    if (chosen === 'gbk') io.stdoutBytes!(encodeGbk(text));
    else io.stdout(marked);
    return EXIT_OK;
  }
  try {
    writeAtomic(resolve(io.cwd, options.output), chosen === 'gbk' ? encodeGbk(text) : Buffer.from(marked, 'utf8'), Boolean(options.force));
  } catch (err) {
    if (err instanceof OutputExists) io.stderr(`gongwen stats: ${showText(options.output)} exists; use --force to replace it\n`);
    else if (err instanceof OutputFailed) io.stderr(`gongwen stats: cannot write ${showText(options.output)}: ${err.reason}\n`);
    else throw err;
    return EXIT_INVALID;
  }
  return EXIT_OK;
}
