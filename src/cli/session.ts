/**
 * One run of the CLI: what its commands share — how paths are shown, how diagnostics are printed
 * (text with code frames on stderr, or one JSON array on stdout with --reporter json), --quiet, the
 * exit code. main.ts makes one per run; the commands (./records.ts, main.ts) print through it.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { isConfigFileName } from '../config/fileNames.js'; // imports nothing
import { formatKeyPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/language.js';
import { localize, say, type CliMessageId, type ValuesArgument } from '../diagnostics/messages/lookup.js';
import { showText } from '../diagnostics/showText.js';
import type { OutputExists, OutputFailed } from '../io/writeAtomic.js';
import { EXIT_OK, type CliIO } from './io.js';
import { labelled } from './language.js';
import { painter } from './paint.js';
import { writeReason } from './writeReason.js';

/** A mistake on the command line: said in one line, exit 2. */
export class UsageError extends Error {}

/** Files that are not records but that records read: templates and gongwen.config.yaml. */
const isSharedFile = (file: string): boolean => file.endsWith('.hbs') || isConfigFileName(basename(file));

export class Session {
  readonly paint: ReturnType<typeof painter>;
  /** The text of each record (and template) read, for code frames. */
  readonly sources = new Map<string, string>();
  /** --reporter json: diagnostics are collected and printed as one JSON array on stdout at the end. */
  reporter: 'text' | 'json' = 'text';
  readonly collected: Diagnostic[] = [];
  /** --quiet: errors and warnings only, without the lines that say what went well (ok, wrote, counts). */
  quiet = false;
  /** --verbose: what each record used and the time taken (./verbose.ts); never with --quiet. */
  verbose = false;
  exitCode = EXIT_OK;
  private formatDiagnostics?: typeof import('../diagnostics/print.js').formatDiagnostics;
  /** The mistakes of shared files (Diagnostic.shared) said so far this run (a round of --watch is a run: newRun). */
  private readonly said = new Set<string>();
  private decodeText?: typeof import('../io/decodeText.js').decodeText; // templates and config files as UTF-8 or GBK

  /** The user's language, decided once before the arguments are parsed (./language.ts). */
  constructor(
    readonly io: CliIO,
    readonly language: Language = 'en',
  ) {
    this.paint = painter(io.color);
  }

  /** An entry of the command line's areas (src/diagnostics/messages/cli.ts, files.ts) in the user's language. */
  say = <I extends CliMessageId>(id: I, ...values: ValuesArgument<I>): string => localize(say(id, ...values), this.language);

  /** `error: text` (`错误：text`) on stderr, the word in red. */
  error = (text: string): void => {
    this.io.stderr(`${labelled('error', text, this.language, this.paint)}\n`);
  };

  /** `warning: text` (`警告：text`) on stderr, the word in yellow. */
  warning = (text: string): void => {
    this.io.stderr(`${labelled('warning', text, this.language, this.paint)}\n`);
  };

  /** A file not written, in words: it exists (no --force), or why it could not be written. */
  unwritten(err: OutputExists | OutputFailed): string {
    const file = this.display(err.path);
    return 'reason' in err ? this.say('output-failed', { file, reason: writeReason(err, this.language) }) : this.say('output-exists', { file });
  }


  /** Loads the code-frame printer (@babel/code-frame), which `printDiagnostics` needs for text. */
  async loadPrinter(): Promise<typeof import('../diagnostics/print.js')> {
    const [print, decode] = await Promise.all([import('../diagnostics/print.js'), import('../io/decodeText.js')]);
    this.formatDiagnostics = print.formatDiagnostics;
    this.decodeText = decode.decodeText;
    return print;
  }

  /** A path as the user gave it, relative when below the working folder, never with raw control characters. */
  display = (p: string): string => showText(this.shownPath(p));

  /** A path relative to the working folder when below it, else as it is. */
  private shownPath(p: string): string {
    const r = relative(this.io.cwd, p);
    return r && !r.startsWith('..') ? r : p;
  }

  /** A line that says what went well; --quiet leaves it out. */
  note = (text: string): void => {
    if (!this.quiet) this.io.stderr(text);
  };

  /**
   * A run begins (each round of `render --watch`): a shared file's mistake is said again in it, and its
   * code frame is read from the file as it is now (the user may have edited it since).
   */
  newRun = (): void => {
    this.said.clear();
    for (const file of this.sources.keys()) if (isSharedFile(file)) this.sources.delete(file);
  };

  printDiagnostics = (all: Diagnostic[]): void => {
    // a mistake in a file every record of a batch reads (gongwen.config.yaml, a template) is said once
    // a run, not once a record; each record still fails by it (its count and the exit code stand)
    const ds = all.filter((d) => {
      if (!d.shared) return true;
      const key = JSON.stringify([d.file, d.start?.line, d.start?.column, d.code, d.message]);
      if (this.said.has(key)) return false;
      this.said.add(key);
      return true;
    });
    if (!ds.length) return;
    if (this.reporter === 'json') {
      this.collected.push(...ds);
      return;
    }
    // templates and gongwen.config.yaml are not records: their text is read here for the code frame
    for (const d of ds) {
      if (d.file && d.start && !this.sources.has(d.file) && isSharedFile(d.file)) {
        try {
          const st = statSync(d.file);
          if (st.isFile() && st.size < 2 ** 20) this.sources.set(d.file, this.decodeText!(readFileSync(d.file)).text); // UTF-8 or GBK, as read
        } catch {
          /* no frame */
        }
      }
    }
    if (!this.formatDiagnostics) throw new Error('printDiagnostics before loadPrinter');
    const shown = ds.map((d) => ({ ...d, file: d.file ? this.display(d.file) : d.file }));
    const shownSources = new Map([...this.sources].map(([k, v]) => [this.display(k), v]));
    this.io.stderr(this.formatDiagnostics(shown, { color: this.io.color, language: this.language, sources: shownSources }) + '\n');
  };

  /**
   * The diagnostics of the run as --reporter json prints them (the fields eslint's and editors'
   * problem matchers read): message and hint in the user's language, `path` as the record writes its
   * keys (`章节[0].要点`), null where a diagnostic has none.
   */
  async jsonReport(): Promise<string> {
    const { diagnosticTexts } = await this.loadPrinter();
    return JSON.stringify(this.collected.map((d) => this.jsonDiagnostic(d, diagnosticTexts(d, this.language))), null, 2) + '\n';
  }

  private jsonDiagnostic(d: Diagnostic, texts: { message: string; hint?: string }) {
    const path = d.writtenPath ?? d.path;
    return {
      file: d.file ? this.shownPath(d.file) : null,
      line: d.start?.line ?? null,
      column: d.start?.column ?? null,
      endLine: d.end?.line ?? d.start?.line ?? null,
      endColumn: d.end?.column ?? d.start?.column ?? null,
      severity: d.severity,
      code: d.code,
      message: texts.message,
      path: formatKeyPath(path) || null,
      hint: texts.hint ?? null,
    };
  }
}
