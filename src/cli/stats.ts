import type { Language } from '../diagnostics/language.js';
import { localize, say, type Text } from '../diagnostics/messages/index.js';
import { resolve } from 'node:path';
import { showText } from '../diagnostics/showText.js';
import { encodeGbk, unencodableInGbk } from '../io/encodeGbk.js';
import { OutputExists, OutputFailed, writeAtomic } from '../io/writeAtomic.js';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, summarize } from '../diagnostics/print.js';
import { resolveByField } from '../stats/breakdown.js';
import { collectStatistics } from '../stats/collectStatistics.js';
import { formatReportCsv, formatReportJson, formatReportTable} from '../stats/format.js';
import type { Period } from '../zh/period.js';
import { parsePeriod } from '../zh/period.js';
import type { CliIO } from './io.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './io.js';
import { writeReason } from './writeReason.js';

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
  /** The language of the messages; English when not given. */
  language?: Language;
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
  const language = options.language ?? 'en';
  const words = (text: Text) => localize(text, language);
  const usage = (message: Text, hint?: Text): number => {
    io.stderr(`${words(say('stats.line', { text: message }))}\n${hint ? `  ${words(hint)}\n` : ''}`);
    return EXIT_USAGE;
  };
  if (registers.length === 0) return usage(say('stats.no-register'), say('stats.usage'));
  const format = (options.format ?? 'table').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) return usage(say('stats.unknown-format', { format: showText(options.format ?? '') }), say('stats.choices', { choices: FORMATS }));
  let period: Period | undefined;
  if (options.period !== undefined) {
    period = parsePeriod(options.period);
    if (!period) return usage(say('stats.bad-period', { text: showText(options.period) }), say('stats.period-forms'));
  }
  const encoding = options.encoding === undefined ? undefined : normalizeEncoding(options.encoding);
  if (options.encoding !== undefined && !encoding) return usage(say('stats.unknown-encoding', { encoding: showText(options.encoding) }), say('stats.choices', { choices: ENCODINGS }));
  if (encoding === 'gbk' && options.output === undefined && !io.stdoutBytes) return usage(say('stats.gbk-needs-output'));
  const by = options.by !== undefined ? resolveByField(options.by) : undefined;
  if (options.by !== undefined && !by) return usage(say('stats.cannot-group', { by: showText(options.by) }), say('stats.by-fields'));

  const bag = new DiagnosticBag();
  const { read, report, breakdown } = await collectStatistics(registers, period, by, bag, { skipBadRows: options.skipBadRows, cwd: io.cwd, sheet: options.sheet });

  if (bag.items.length > 0) {
    const sources = new Map<string, string>();
    for (const r of read) if (r.source !== undefined) sources.set(r.file, r.source);
    const { errors, warnings } = summarize(bag.items);
    io.stderr(`${formatDiagnostics(bag.items, { color: io.color, sources, language })}\n\n`);
    if (bag.hasErrors || !report) {
      // Errors in rows (not in the file: encoding, header, limits) can be left out with --skip-bad-rows.
      const badRows = summarize(bag.errors.filter((d) => d.start && d.start.line > 1 && !FILE_ERRORS.has(d.code))).errors;
      io.stderr(`${words(say('stats.line', { text: say('stats.errors', { errors, skippable: badRows > 0 && badRows === errors }) }))}\n`);
      return EXIT_INVALID;
    }
    const skipped = read.reduce((n, r) => n + r.skipped, 0);
    io.stderr(`${words(say('stats.line', { text: say('stats.warnings', { warnings, skipped }) }))}\n`);
  }
  if (!report) return EXIT_INVALID;
  const text = format === 'json' ? formatReportJson(report, { breakdown })
    : format === 'csv' ? formatReportCsv(report, { breakdown })
      : formatReportTable(report, { color: options.output === undefined && io.color, breakdown });
  return writeReport(text, format, encoding, options, io, words, language);
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
function writeReport(text: string, format: string, encoding: Encoding | undefined, options: StatsOptions, io: CliIO, words: (text: Text) => string, language: Language): number {
  const toFile = options.output !== undefined || io.stdoutIsFile === true;
  const chosen: Encoding = encoding ?? (toFile && format === 'csv' ? 'utf-8-bom' : 'utf-8');
  if (chosen === 'gbk') {
    const missing = unencodableInGbk(text);
    if (missing.length > 0) {
      io.stderr(`${showText(words(say('stats.line', { text: say('stats.no-gbk', { characters: missing.slice(0, 10) }) })))}\n  ${words(say('stats.no-gbk.hint'))}\n`);
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
    if (err instanceof OutputExists) io.stderr(`${words(say('stats.line', { text: say('output-exists', { file: showText(options.output) }) }))}\n`);
    else if (err instanceof OutputFailed) io.stderr(`${words(say('stats.line', { text: say('output-failed', { file: showText(options.output), reason: writeReason(err, language) }) }))}\n`);
    else throw err;
    return EXIT_INVALID;
  }
  return EXIT_OK;
}
