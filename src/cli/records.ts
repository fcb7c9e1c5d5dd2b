/**
 * The commands on records: `gongwen render` and `gongwen validate`. They parse their arguments and
 * print; the pipeline compiles (../pipeline.ts) and renders (../render.ts), loaded when a command runs.
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { toDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { localize, say } from '../diagnostics/messages/lookup.js';
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
  const t = session.say;
  program
    .command('render')
    .description(t('help.render'))
    .argument('<records...>', t('help.render.records'))
    .addOption(new Option('-f, --format <format>', t('help.render.format')).choices([...FORMATS]))
    .option('-o, --output <path>', t('help.render.output'))
    .option('-t, --template <name|file.hbs>', t('help.render.template'))
    .option('--force', t('help.render.force'))
    .option('--keep-punctuation', t('help.render.keep-punctuation'))
    .addOption(new Option('--font-profile <profile>', t('help.render.font-profile')).choices(['gb2312', 'plain']))
    .option('--skip-bad-rows', t('help.skip-bad-rows'))
    .option('--simplified', t('help.render.simplified'))
    .addOption(new Option('--reporter <reporter>', t('help.render.reporter')).choices(['text', 'json']).default('text'))
    .option('-w, --watch', t('help.render.watch'))
    .option('--debounce <ms>', t('help.render.debounce'), (v) => Number(v), 200)
    .addHelpText('after', t('help.render.after'))
    .action(async (records: string[], opts) => {
      await session.loadPrinter();
      const render = (renderer = await import('../render.js'));
      const loud = session.verbose ? (await import('./verbose.js')).verboseReporter(session, opts.template) : undefined;
      if (opts.watch && records.includes('-')) throw new UsageError(t('cli.watch-stdin'));
      if (opts.watch) {
        const { watchRender } = await import('./watch.js');
        session.exitCode = await watchRender(
          (run) => renderCommand(session, render, records, { ...opts, outputs: run.outputs, onCompiled: (f: string, r: CompileResult, ms: number) => (run.onCompiled(f, r, ms), loud?.compiled(f, r, ms)) }),
          session,
          { debounceMs: opts.debounce, template: opts.template, signal: session.io.signal },
        );
      } else session.exitCode = await renderCommand(session, render, records, { ...opts, onCompiled: loud?.compiled });
      loud?.done();
    });

  program
    .command('validate')
    .description(t('help.validate'))
    .argument('<records...>', t('help.validate.records'))
    .option('--skip-bad-rows', t('help.skip-bad-rows'))
    .option('--simplified', t('help.validate.simplified'))
    .addOption(new Option('--reporter <reporter>', t('help.validate.reporter')).choices(['text', 'json']).default('text'))
    .addHelpText('after', t('help.validate.after'))
    .action(async (records: string[], opts) => {
      session.exitCode = await validateCommand(session, records, opts);
    });
}

async function validateCommand(session: Session, records: string[], opts: { reporter: 'text' | 'json'; skipBadRows?: boolean; simplified?: boolean }): Promise<number> {
  const { io, paint, display, note, say: t } = session;
  session.reporter = opts.reporter;
  const [{ summarize }, { compileIsolated }] = await Promise.all([session.loadPrinter(), import('../pipeline.js')]);
  const { files, refused } = inputsOrThrow(session, records);
  let invalid = reportRefused(session, refused);
  const loud = session.verbose ? (await import('./verbose.js')).verboseReporter(session, undefined) : undefined;
  // imported here, not at the top: in the bundle a module main imports is a copy of its own, and the run
  // must be the one the template catalogue and the config reader see in commands.cjs (scripts/bundle.js)
  const { withinRun } = await import('../io/runMemo.js');
  // the templates, partials and configs the records share are read once in the run (src/io/runMemo.ts)
  await withinRun(async () => {
    for (const file of files) {
      const began = performance.now();
      const { bytes, problem } = await stdinBytes(session, file);
      const result = problem ? { diagnostics: [problem] } : await compileIsolated(file, { skipBadRows: opts.skipBadRows, simplified: opts.simplified, cwd: io.cwd, bytes });
      loud?.compiled(file, result, performance.now() - began);
      if (result.source) session.sources.set(file, result.source.text);
      session.printDiagnostics(result.diagnostics);
      const { errors } = summarize(result.diagnostics);
      if (errors) invalid++;
      else note(`${paint.green(t('cli.ok', { file: display(file) }))}\n`);
    }
  });
  const checked = files.length + refused.length;
  note(`${t('cli.validated', { checked, valid: checked - invalid, invalid })}\n`);
  loud?.done();
  return invalid ? EXIT_INVALID : EXIT_OK;
}

async function renderCommand(session: Session, render: typeof import('../render.js'), records: string[], opts: Record<string, any>): Promise<number> {
  const { io, paint, display, note, say: t } = session;
  session.reporter = opts.reporter ?? 'text';
  session.newRun(); // --watch renders again and again in one session: each round says its shared files' mistakes
  const { files, refused } = inputsOrThrow(session, records);
  // -o - is standard output, as without -o (Markdown); never a folder named "-"
  if (opts.output === '-') {
    if ((opts.format ?? 'md') !== 'md') throw new UsageError(t('usage.stdout-markdown-only', { format: String(opts.format).toUpperCase() }));
    opts.output = undefined;
  }
  const format = render.chooseFormat(opts.format, opts.output);
  if (session.reporter === 'json' && format === 'md' && !opts.output) {
    throw new UsageError(t('cli.json-needs-output'));
  }
  const targets = render.planTargets({ files, format, output: opts.output, cwd: io.cwd, stdinRecord: stdinRecord(session), display });
  const prepared = await render.prepareWriter(format);
  if (!prepared.writer) {
    session.error(prepared.missing);
    return EXIT_USAGE;
  }
  const refusedCount = reportRefused(session, refused);
  const progress = startProgress(files.length, io, t('cli.progress')); // a line that updates, on a terminal only
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
      stdinRecord: stdinRecord(session),
      display,
    },
    {
      progress: (done, file) => progress.step(done, () => display(file)),
      compiled: (file, result, elapsedMs) => {
        opts.onCompiled?.(file, result, elapsedMs); // --verbose, --watch
        if (result.source) session.sources.set(file, result.source.text);
        session.printDiagnostics(result.diagnostics);
      },
      diagnostics: session.printDiagnostics,
      compiledAll: () => progress.end(),
      warning: session.warning,
      error: session.error,
      wrote: (target) => note(`${paint.green(t('cli.wrote', { file: display(target) }))}\n`),
      unwritten: (err) => session.error(session.unwritten(err)),
      stdout: (text) => io.stdout(text),
      // a worker thread that could not start or stopped: the documents are right (the other threads
      // rendered its records), so it is said only to whoever asked what the run did
      workerStopped: (stop) => {
        if (session.verbose) io.stderr(`${t('cli.verbose.worker-stopped', stop)}\n`);
      },
    },
  );
  const invalid = refusedCount + outcome.failed;
  const total = files.length + refused.length;
  const counts = `${t('cli.rendered', { total, rendered: total - invalid, failed: invalid, written: outcome.written })}\n`;
  if (invalid) io.stderr(counts);
  else if (total > 1) note(counts);
  return outcome.templateMissing ? EXIT_USAGE : invalid ? EXIT_INVALID : EXIT_OK;
}

/** `-` among the inputs: a record read from standard input, shown as <stdin>, in the working folder. */
const stdinRecord = (session: Session) => resolve(session.io.cwd, '<stdin>');

/** The records the arguments name: files, folders, patterns, `-` once. */
function inputsOrThrow(session: Session, records: string[]): { files: string[]; refused: RefusedInput[] } {
  const dashes = records.filter((r) => r === '-').length;
  if (dashes > 1) throw new UsageError(session.say('cli.stdin-once'));
  const { files, missing, refused } = expandInputs(records.filter((r) => r !== '-'), session.io.cwd);
  if (missing.length) throw new UsageError(session.say('cli.no-such-input', { paths: missing.join(', ') }));
  if (dashes) files.push(stdinRecord(session));
  if (!files.length && !refused.length) throw new UsageError(session.say('cli.no-records', { inputs: records.join(', ') }));
  return { files, refused };
}

/** The bytes of the record from standard input (undefined for a record read from its file). */
async function stdinBytes(session: Session, file: string): Promise<{ bytes?: Uint8Array; problem?: Diagnostic }> {
  if (file !== stdinRecord(session)) return {};
  const { io } = session;
  const bytes = io.stdin ? await io.stdin(MAX_RECORD_BYTES) : new Uint8Array();
  if (!bytes) return { problem: toDiagnostic({ severity: 'error', code: 'record-too-large', file, message: say('cli.stdin-too-large', { mb: MAX_RECORD_BYTES / 2 ** 20 }) }) };
  return { bytes };
}

/** Inputs that are not regular files: each an error at its path; returns how many. */
function reportRefused(session: Session, refused: RefusedInput[]): number {
  session.printDiagnostics(refused.map((r) => toDiagnostic({ severity: 'error', code: 'not-a-file', file: r.path, message: say('cli.not-a-file', { reason: localize(r.reason, session.language) }) })));
  return refused.length;
}
