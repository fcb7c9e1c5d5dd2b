/**
 * The commands on records: `gongwen render` and `gongwen validate`. They parse their arguments and
 * print; the pipeline compiles (../pipeline.ts) and renders (../render.ts), loaded when a command runs.
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutputExists, OutputFailed } from '../io/writeAtomic.js';
import type { CompileResult } from '../pipeline.js';
import { MAX_RECORD_BYTES } from '../records/limits.js';
import { FORMATS } from '../writers/registry.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './io.js';
import { expandInputs, type RefusedInput } from './inputs.js';
import { startProgress } from './progress.js';
import { UsageError, type Session } from './session.js';

/** The render module, once `render` has loaded it (main.ts says its usage errors). */
export let renderer: typeof import('../render.js') | undefined;

export function registerRecordCommands(program: Command, session: Session): void {
  program
    .command('render')
    .description('render records to Markdown, DOCX or PDF')
    .argument('<records...>', 'record files (.yaml, .md), folders, patterns ("记录/*.yaml"), or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --output file name, else md)').choices([...FORMATS]))
    .option('-o, --output <path>', 'output file, or folder for several records (Markdown goes to stdout without it)')
    .option('-t, --template <name|file.hbs>', 'template to use instead of the record\'s own')
    .option('--force', 'replace existing output files')
    .option('--keep-punctuation', 'do not convert half-width punctuation to full-width')
    .addOption(new Option('--font-profile <profile>', 'fonts in the DOCX: gb2312 (仿宋_GB2312 …, the default) or plain (仿宋 …)').choices(['gb2312', 'plain']))
    .option('--skip-bad-rows', 'leave out bad register rows (they are still reported)')
    .option('--simplified', 'an existing document (.docx, .txt, .md): convert traditional characters to simplified')
    .addOption(new Option('--reporter <reporter>', 'how diagnostics are printed: text, or json (one array on stdout; needs --output for Markdown)').choices(['text', 'json']).default('text'))
    .option('-w, --watch', 'render again whenever a record, its registers, template or config file changes (Ctrl-C stops)')
    .option('--debounce <ms>', 'with --watch: wait this long after the last change before rendering', (v) => Number(v), 200)
    .addHelpText('after', '\nExamples:\n  $ gongwen render examples/minutes-town-petition.yaml\n  $ gongwen render examples/ --format docx --output out/\n  $ gongwen render 方案.yaml --format pdf -o 方案.pdf --force\n  $ gongwen render 纪要.yaml -f docx -o out/ --watch')
    .action(async (records: string[], opts) => {
      await session.loadPrinter();
      const render = (renderer = await import('../render.js'));
      const loud = session.verbose ? (await import('./verbose.js')).verboseReporter(session.io, session.display, opts.template) : undefined;
      if (opts.watch && records.includes('-')) throw new UsageError('--watch follows files: a record from standard input (-) cannot be watched');
      if (opts.watch) {
        const { watchRender } = await import('./watch.js');
        session.exitCode = await watchRender(
          (run) => renderCommand(session, render, records, { ...opts, outputs: run.outputs, onCompiled: (f: string, r: CompileResult, ms: number) => (run.onCompiled(f, r, ms), loud?.compiled(f, r, ms)) }),
          session.io,
          { debounceMs: opts.debounce, template: opts.template, signal: session.io.signal },
        );
      } else session.exitCode = await renderCommand(session, render, records, { ...opts, onCompiled: loud?.compiled });
      loud?.done();
    });

  program
    .command('validate')
    .description('check records (schema, totals, templates) without writing anything')
    .argument('<records...>', 'record files or folders')
    .option('--skip-bad-rows', 'leave out bad register rows (they are still reported)')
    .addOption(new Option('--reporter <reporter>', 'how diagnostics are printed: text, or json (one array on stdout, for editors and scripts)').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ gongwen validate examples/\n  $ gongwen validate 纪要.yaml 总结.yaml\n  $ gongwen validate records/ --reporter json')
    .action(async (records: string[], opts) => {
      session.exitCode = await validateCommand(session, records, opts);
    });
}

async function validateCommand(session: Session, records: string[], opts: { reporter: 'text' | 'json'; skipBadRows?: boolean }): Promise<number> {
  const { io, paint, display, note } = session;
  session.reporter = opts.reporter;
  const [{ summarize }, { compileIsolated }] = await Promise.all([session.loadPrinter(), import('../pipeline.js')]);
  const { files, refused } = inputsOrThrow(session, records);
  let invalid = reportRefused(session, refused);
  const loud = session.verbose ? (await import('./verbose.js')).verboseReporter(io, display, undefined) : undefined;
  for (const file of files) {
    const began = performance.now();
    const { bytes, problem } = await stdinBytes(session, file);
    const result = problem ? { diagnostics: [problem] } : await compileIsolated(file, { skipBadRows: opts.skipBadRows, cwd: io.cwd, bytes });
    loud?.compiled(file, result, performance.now() - began);
    if (result.source) session.sources.set(file, result.source.text);
    session.printDiagnostics(result.diagnostics);
    const { errors } = summarize(result.diagnostics);
    if (errors) invalid++;
    else note(`${paint.green('ok')} ${display(file)}\n`);
  }
  const checked = files.length + refused.length;
  note(`${checked} record(s) checked: ${checked - invalid} valid, ${invalid} invalid\n`);
  loud?.done();
  return invalid ? EXIT_INVALID : EXIT_OK;
}

async function renderCommand(session: Session, render: typeof import('../render.js'), records: string[], opts: Record<string, any>): Promise<number> {
  const { io, paint, display, note } = session;
  session.reporter = opts.reporter ?? 'text';
  const { files, refused } = inputsOrThrow(session, records);
  const format = render.chooseFormat(opts.format, opts.output);
  if (session.reporter === 'json' && format === 'md' && !opts.output) {
    throw new UsageError('--reporter json prints the diagnostics on standard output: give --output for the Markdown');
  }
  const targets = render.planTargets({ files, format, output: opts.output, cwd: io.cwd, stdinRecord: stdinRecord(session), display });
  const prepared = await render.prepareWriter(format);
  if (!prepared.writer) {
    io.stderr(paint.red('error: ') + `${prepared.missing}\n`);
    return EXIT_USAGE;
  }
  const refusedCount = reportRefused(session, refused);
  const progress = startProgress(files.length, io); // a line that updates, on a terminal only
  const outcome = await render.renderRecords(
    files,
    {
      writer: prepared.writer,
      targets,
      compile: { template: opts.template, keepPunctuation: opts.keepPunctuation, skipBadRows: opts.skipBadRows, simplified: opts.simplified, cwd: io.cwd },
      fontProfile: opts.fontProfile, // absent: the config's, else gb2312 (../render.ts)
      env: io.env,
      force: Boolean(opts.force),
      outputs: opts.outputs, // --watch: the files it wrote, which it may replace

      bytesOf: (file) => stdinBytes(session, file),
      display,
    },
    {
      progress: (done, file) => progress.step(done, display(file)),
      compiled: (file, result, elapsedMs) => {
        opts.onCompiled?.(file, result, elapsedMs); // --verbose, --watch
        if (result.source) session.sources.set(file, result.source.text);
        session.printDiagnostics(result.diagnostics);
      },
      diagnostics: session.printDiagnostics,
      compiledAll: () => progress.end(),
      warning: (text) => io.stderr(`${paint.yellow('warning')}: ${text}\n`),
      error: (text) => io.stderr(`${paint.red('error')}: ${text}\n`),
      wrote: (target) => note(`${paint.green('wrote')} ${display(target)}\n`),
      unwritten: (err) => io.stderr(`${paint.red('error')}: ${describeUnwritten(session, err)}\n`),
      stdout: (text) => io.stdout(text),
    },
  );
  const invalid = refusedCount + outcome.failed;
  const total = files.length + refused.length;
  const counts = `${total} record(s): ${total - invalid} rendered, ${invalid} failed${outcome.written ? `, ${outcome.written} file(s) written` : ''}\n`;
  if (invalid) io.stderr(counts);
  else if (total > 1) note(counts);
  return outcome.templateMissing ? EXIT_USAGE : invalid ? EXIT_INVALID : EXIT_OK;
}

/** `-` among the inputs: a record read from standard input, shown as <stdin>, in the working folder. */
const stdinRecord = (session: Session) => resolve(session.io.cwd, '<stdin>');

/** The records the arguments name: files, folders, patterns, `-` once. */
function inputsOrThrow(session: Session, records: string[]): { files: string[]; refused: RefusedInput[] } {
  const dashes = records.filter((r) => r === '-').length;
  if (dashes > 1) throw new UsageError('"-" (a record from standard input) can be given once');
  const { files, missing, refused } = expandInputs(records.filter((r) => r !== '-'), session.io.cwd);
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  if (dashes) files.push(stdinRecord(session));
  if (!files.length && !refused.length) throw new UsageError(`no records (.yaml, .yml, .md) in ${records.join(', ')}`);
  return { files, refused };
}

/** The bytes of the record from standard input (undefined for a record read from its file). */
async function stdinBytes(session: Session, file: string): Promise<{ bytes?: Uint8Array; problem?: Diagnostic }> {
  if (file !== stdinRecord(session)) return {};
  const { io } = session;
  const bytes = io.stdin ? await io.stdin(MAX_RECORD_BYTES) : new Uint8Array();
  if (!bytes) return { problem: { severity: 'error', code: 'record-too-large', file, message: `standard input holds more than ${MAX_RECORD_BYTES / 2 ** 20} MB; a record may be at most that` } };
  return { bytes };
}

/** Inputs that are not regular files: each an error at its path; returns how many. */
function reportRefused(session: Session, refused: RefusedInput[]): number {
  session.printDiagnostics(refused.map((r) => ({ severity: 'error', code: 'not-a-file', file: r.path, message: `${r.reason}: records are read from regular files only` })));
  return refused.length;
}

/** A file not written, in words. */
export function describeUnwritten(session: Session, err: OutputExists | OutputFailed): string {
  return 'reason' in err ? `cannot write ${session.display(err.path)}: ${err.reason}` : `${session.display(err.path)} exists; use --force to replace it`;
}
