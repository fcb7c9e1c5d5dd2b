import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { showText } from '../diagnostics/showText.js';
import { writeAtomic, OutputExists, OutputFailed } from '../io/writeAtomic.js';
import { dict } from '../util/dict.js';
import { MAX_RECORD_BYTES } from '../records/limits.js';
import { canonicalKind } from '../records/aliases.js';
import { PROJECT_TEMPLATE_DIR } from '../templates/dirs.js';
import { FORMATS } from '../writers/registry.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, processIO, type CliIO } from './io.js';
import { expandInputs, type RefusedInput } from './inputs.js';
import { registerDocumentCommands } from './documents.js';
import { painter } from './paint.js';
import { startProgress } from './progress.js';

class UsageError extends Error {}

// Start-up: `gongwen --version` and `--help` load commander and nothing heavy. Each command
// loads what it needs: the pipeline (yaml, zod, handlebars) to compile, the schemas (zod) for kinds,
// the template catalog (gray-matter), the code frames (@babel/code-frame) to print diagnostics.
let compileIsolated: typeof import('../pipeline.js').compileIsolated;
let renderer: typeof import('../render.js') | undefined;
let formatDiagnostics: typeof import('../diagnostics/print.js').formatDiagnostics;
let summarize: typeof import('../diagnostics/print.js').summarize;
let KINDS: typeof import('../records/schema/index.js').KINDS;
let catalog: typeof import('../templates/catalog.js');
const load = {
  async compile() {
    ({ compileIsolated } = await import('../pipeline.js'));
    ({ formatDiagnostics, summarize } = await import('../diagnostics/print.js'));
  },
  async render() {
    await load.compile();
    return (renderer = await import('../render.js'));
  },
  async kinds() {
    ({ KINDS } = await import('../records/schema/index.js'));
  },
  async catalog() {
    catalog = await import('../templates/catalog.js');
  },
};

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
  return String(pkg.version);
}

/** Starters named by template or form rather than kind: `gongwen new minutes-header`, `gongwen new 实施意见`. */
function starterFor(name: string): string | undefined {
  const byName = dict({
    'minutes-header': 'minutes-header', 表头式纪要: 'minutes-header', 'minutes-branch': 'minutes-branch', 支部委员会纪要: 'minutes-branch',
    实施意见: 'opinion', opinion: 'opinion',
  });
  return byName[name.trim()];
}

function resolveKind(name: string): string {
  const kind = canonicalKind(name);
  if (!KINDS[kind]) {
    throw new UsageError(`unknown kind "${name}": use one of ${Object.values(KINDS).map((k) => `${k.kind} (${k.zh})`).join(', ')}`);
  }
  return kind;
}

const EXAMPLES = `
Examples:
  $ gongwen render examples/minutes-town-petition.yaml            Markdown to the terminal
  $ gongwen render examples/ --format docx --output out/          every example as DOCX
  $ gongwen render 纪要.yaml --format pdf --output 纪要.pdf --force
  $ gongwen validate records/                                      check every record, all errors at once
  $ gongwen new 纪要 --output 会议纪要.yaml                          a starter record to fill in
  $ gongwen templates list
  $ gongwen schema minutes --output minutes.schema.json
  $ gongwen stats examples/registers/信访台账2009.csv --period 2009H1

Kinds: minutes (纪要), summary (总结), plan (实施方案), speech (讲话).
Exit codes: 0 success, 1 an input was invalid, 2 usage error.`;

/** Runs the CLI; returns the exit code. `bin/gongwen.js` is a thin wrapper around this. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const paint = painter(io.color);
  const sources = new Map<string, string>();
  // a path as the user gave it, relative when below the working folder, never with raw control characters
  const display = (p: string) => {
    const r = relative(io.cwd, p);
    return showText(r && !r.startsWith('..') ? r : p);
  };
  // --reporter json: diagnostics are collected and printed as one JSON array on stdout at the end
  let reporter: 'text' | 'json' = 'text';
  const collected: Diagnostic[] = [];
  const printDiagnostics = (ds: Diagnostic[]) => {
    if (!ds.length) return;
    if (reporter === 'json') {
      collected.push(...ds);
      return;
    }
    // templates are not records: their text is read here for the code frame
    for (const d of ds) {
      if (d.file && d.start && !sources.has(d.file) && d.file.endsWith('.hbs')) {
        try {
          const st = statSync(d.file);
          if (st.isFile() && st.size < 2 ** 20) sources.set(d.file, readFileSync(d.file, 'utf8'));
        } catch {
          /* no frame */
        }
      }
    }
    const shown = ds.map((d) => ({ ...d, file: d.file ? display(d.file) : d.file }));
    const shownSources = new Map([...sources].map(([k, v]) => [display(k), v]));
    io.stderr(formatDiagnostics(shown, { color: io.color, sources: shownSources }) + '\n');
  };
  let exitCode = EXIT_OK;
  // --quiet: errors and warnings only, without the lines that say what went well (ok, wrote, counts)
  let quiet = false;
  const note = (text: string) => {
    if (!quiet) io.stderr(text);
  };

  const program = new Command('gongwen')
    .description('Compile Chinese office documents (纪要, 总结, 实施方案, 讲话) from YAML records to Markdown, DOCX and PDF laid out by GB/T 9704-2012.')
    .version(packageVersion(), '-v, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run gongwen --help for usage)')
    .option('-q, --quiet', 'print only errors and warnings (no "ok", "wrote" or count lines)')
    .hook('preAction', (cmd) => {
      quiet = Boolean(cmd.opts().quiet);
    })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: (s, write) => write(paint.red(s)) });

  program
    .command('render')
    .description('render records to Markdown, DOCX or PDF')
    .argument('<records...>', 'record files (.yaml, .md), folders, patterns ("记录/*.yaml"), or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --output file name, else md)').choices([...FORMATS]))
    .option('-o, --output <path>', 'output file, or folder for several records (Markdown goes to stdout without it)')
    .option('-t, --template <name|file.hbs>', 'template to use instead of the record\'s own')
    .option('--force', 'replace existing output files')
    .option('--keep-punctuation', 'do not convert half-width punctuation to full-width')
    .addOption(new Option('--font-profile <profile>', 'fonts in the DOCX: gb2312 (仿宋_GB2312 …) or plain (仿宋 …)').choices(['gb2312', 'plain']).default('gb2312'))
    .option('--skip-bad-rows', 'leave out bad register rows (they are still reported)')
    .option('--simplified', 'an existing document (.docx, .txt, .md): convert traditional characters to simplified')
    .addOption(new Option('--reporter <reporter>', 'how diagnostics are printed: text, or json (one array on stdout; needs --output for Markdown)').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ gongwen render examples/minutes-town-petition.yaml\n  $ gongwen render examples/ --format docx --output out/\n  $ gongwen render 方案.yaml --format pdf -o 方案.pdf --force')
    .action(async (records: string[], opts) => {
      exitCode = await render(await load.render(), records, opts);
    });

  program
    .command('validate')
    .description('check records (schema, totals, templates) without writing anything')
    .argument('<records...>', 'record files or folders')
    .option('--skip-bad-rows', 'leave out bad register rows (they are still reported)')
    .addOption(new Option('--reporter <reporter>', 'how diagnostics are printed: text, or json (one array on stdout, for editors and scripts)').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ gongwen validate examples/\n  $ gongwen validate 纪要.yaml 总结.yaml\n  $ gongwen validate records/ --reporter json')
    .action(async (records: string[], opts) => {
      reporter = opts.reporter;
      await load.compile();
      const { files, refused } = inputsOrThrow(records);
      let invalid = reportRefused(refused);
      for (const file of files) {
        const { bytes, problem } = await stdinBytes(file);
        const result = problem ? { diagnostics: [problem] } : await compileIsolated(file, { skipBadRows: opts.skipBadRows, cwd: io.cwd, bytes });
        if (result.source) sources.set(file, result.source.text);
        printDiagnostics(result.diagnostics);
        const { errors } = summarize(result.diagnostics);
        if (errors) invalid++;
        else note(`${paint.green('ok')} ${display(file)}\n`);
      }
      const checked = files.length + refused.length;
      note(`${checked} record(s) checked: ${checked - invalid} valid, ${invalid} invalid\n`);
      exitCode = invalid ? EXIT_INVALID : EXIT_OK;
    });

  program
    .command('new')
    .description('write a filled-in starter record of a kind, which renders as it is')
    .argument('<kind>', 'minutes|纪要, summary|总结, plan|实施方案, speech|讲话, or a template: minutes-header, minutes-branch, 实施意见')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--force', 'replace an existing file')
    .addHelpText('after', '\nExamples:\n  $ gongwen new 纪要 --output 会议纪要.yaml\n  $ gongwen new plan > 方案.yaml')
    .action(async (kindName: string, opts) => {
      await Promise.all([load.kinds(), load.catalog()]);
      // a kind (纪要, plan …), a template name (minutes-header …) or 实施意见
      const starterName = starterFor(kindName) ?? resolveKind(kindName);
      const starter = readFileSync(join(catalog.BUILTIN_TEMPLATE_DIR, 'starters', `${starterName}.yaml`), 'utf8');
      if (opts.output) {
        writeAtomic(resolve(io.cwd, opts.output), starter, Boolean(opts.force));
        io.stderr(`wrote ${opts.output}\n`);
      } else io.stdout(starter);
    });

  const templates = program.command('templates').description('list, show and eject templates');
  templates
    .command('list')
    .description('the templates there are: built-in, and the project\'s own in ./gongwen-templates')
    .action(async () => {
      await Promise.all([load.catalog(), load.compile()]);
      const { templates: found, problems } = catalog.listTemplates(catalog.projectTemplateDirs(undefined, io.cwd));
      for (const t of found) {
        io.stdout(`${t.name.padEnd(16)} ${t.kind.padEnd(8)} ${t.source.padEnd(8)} ${t.description}\n`);
      }
      // a broken file in a templates folder is said, and the others are still listed
      printDiagnostics(problems);
      if (problems.length) exitCode = EXIT_INVALID;
    });
  templates
    .command('show')
    .description('print a template')
    .argument('<name>')
    .action(async (name: string) => {
      await Promise.all([load.catalog(), load.compile()]);
      const found = catalog.findTemplate(name, catalog.projectTemplateDirs(undefined, io.cwd), io.cwd);
      if (found.problem) {
        printDiagnostics([found.problem]);
        exitCode = EXIT_INVALID;
        return;
      }
      if (!found.template) throw new UsageError(`no template "${name}" (see gongwen templates list)`);
      io.stdout(readFileSync(found.template.path, 'utf8'));
    });
  templates
    .command('eject')
    .description(`copy a built-in template into ./${PROJECT_TEMPLATE_DIR}/ to change it there`)
    .argument('<name>')
    .option('--force', 'replace an existing copy')
    .action(async (name: string, opts) => {
      await load.catalog();
      const t = catalog.findTemplate(name, [], io.cwd).template;
      if (!t || t.source !== 'builtin') throw new UsageError(`no built-in template "${name}" (see gongwen templates list)`);
      const target = resolve(io.cwd, PROJECT_TEMPLATE_DIR, basename(t.path));
      writeAtomic(target, readFileSync(t.path, 'utf8'), Boolean(opts.force));
      io.stderr(`wrote ${display(target)}: records rendered from this folder now use it\n`);
    });

  program
    .command('schema')
    .description('print the JSON Schema of a kind\'s records (for editors with a YAML language server)')
    .argument('<kind>', 'minutes|纪要, summary|总结, plan|实施方案, speech|讲话, or a template: minutes-header, minutes-branch, 实施意见')
    .option('-o, --output <file>', 'write to this file')
    .option('--force', 'replace an existing file')
    .action(async (kindName: string, opts) => {
      await load.kinds();
      const kind = KINDS[resolveKind(kindName)];
      const { kindJsonSchema } = await import('../records/jsonSchema.js');
      const text = JSON.stringify(kindJsonSchema(kind), null, 2) + '\n';
      if (opts.output) writeAtomic(resolve(io.cwd, opts.output), text, Boolean(opts.force));
      else io.stdout(text);
    });

  program
    .command('stats')
    .description('count petitions and disputes in registers (台账) for a period')
    .argument('<registers...>', 'register files: CSV, XLSX or YAML')
    .option('-p, --period <period>', '2009, 2009H1, 2009Q3, 2009-05, 2009-01-01..2009-06-30')
    .option('--by <field>', 'break the counts down by a column (e.g. 村社区, 问题类别)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--skip-bad-rows', 'leave out bad rows (they are still reported)')
    .addHelpText('after', '\nExamples:\n  $ gongwen stats examples/registers/信访台账2009.csv --period 2009H1\n  $ gongwen stats examples/registers/ --period 2009 --by 村社区 --format json')
    .action(async (registers: string[], opts) => {
      const { statsCommand } = await import('./stats.js');
      exitCode = await statsCommand(registers, { period: opts.period, by: opts.by, format: opts.format, skipBadRows: opts.skipBadRows }, io);
    });

  /** `-` among the inputs: a record read from standard input, shown as <stdin>, in the working folder. */
  const stdinRecord = resolve(io.cwd, '<stdin>');
  // Existing documents: check (GB/T 9704) and import (→ a record); src/cli/documents.ts
  registerDocumentCommands(program, io, (code) => (exitCode = code));

  function inputsOrThrow(records: string[]) {
    const dashes = records.filter((r) => r === '-').length;
    if (dashes > 1) throw new UsageError('"-" (a record from standard input) can be given once');
    const { files, missing, refused } = expandInputs(records.filter((r) => r !== '-'), io.cwd);
    if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
    if (dashes) files.push(stdinRecord);
    if (!files.length && !refused.length) throw new UsageError(`no records (.yaml, .yml, .md) in ${records.join(', ')}`);
    return { files, refused };
  }

  /** The bytes of the record from standard input (undefined for a record read from its file). */
  async function stdinBytes(file: string): Promise<{ bytes?: Uint8Array; problem?: Diagnostic }> {
    if (file !== stdinRecord) return {};
    const bytes = io.stdin ? await io.stdin(MAX_RECORD_BYTES) : new Uint8Array();
    if (!bytes) return { problem: { severity: 'error', code: 'record-too-large', file, message: `standard input holds more than ${MAX_RECORD_BYTES / 2 ** 20} MB; a record may be at most that` } };
    return { bytes };
  }

  /** A diagnostic for --reporter json (the fields eslint's and editors' problem matchers read). */
  function jsonDiagnostic(d: Diagnostic) {
    const path = d.writtenPath ?? d.path;
    return {
      file: d.file ? relative(io.cwd, d.file) || d.file : null,
      line: d.start?.line ?? null,
      column: d.start?.column ?? null,
      endLine: d.end?.line ?? d.start?.line ?? null,
      endColumn: d.end?.column ?? d.start?.column ?? null,
      severity: d.severity,
      code: d.code,
      message: d.message,
      path: path?.length ? path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') : null,
      hint: d.hint ?? null,
      expected: d.expected ?? null,
    };
  }

  /** Inputs that are not regular files: each an error at its path; returns how many. */
  function reportRefused(refused: RefusedInput[]): number {
    printDiagnostics(refused.map((r) => ({ severity: 'error', code: 'not-a-file', file: r.path, message: `${r.reason}: records are read from regular files only` })));
    return refused.length;
  }

  async function render(renderer: typeof import('../render.js'), records: string[], opts: Record<string, any>): Promise<number> {
    reporter = opts.reporter ?? 'text';
    const { files, refused } = inputsOrThrow(records);
    const format = renderer.chooseFormat(opts.format, opts.output);
    if (reporter === 'json' && format === 'md' && !opts.output) {
      throw new UsageError('--reporter json prints the diagnostics on standard output: give --output for the Markdown');
    }
    const targets = renderer.planTargets({ files, format, output: opts.output, cwd: io.cwd, stdinRecord, display });
    const prepared = await renderer.prepareWriter(format);
    if (!prepared.writer) {
      io.stderr(paint.red('error: ') + `${prepared.missing}\n`);
      return EXIT_USAGE;
    }
    const refusedCount = reportRefused(refused);
    const progress = startProgress(files.length, io); // a line that updates, on a terminal only
    const outcome = await renderer.renderRecords(
      files,
      {
        writer: prepared.writer,
        targets,
        compile: { template: opts.template, keepPunctuation: opts.keepPunctuation, skipBadRows: opts.skipBadRows, simplified: opts.simplified, cwd: io.cwd },
        fontProfile: opts.fontProfile,
        env: io.env,
        force: Boolean(opts.force),
        bytesOf: stdinBytes,
        display,
      },
      {
        progress: (done, file) => progress.step(done, display(file)),
        compiled: (file, result) => {
          if (result.source) sources.set(file, result.source.text);
          printDiagnostics(result.diagnostics);
        },
        diagnostics: printDiagnostics,
        warning: (text) => io.stderr(`${paint.yellow('warning')}: ${text}\n`),
        error: (text) => io.stderr(`${paint.red('error')}: ${text}\n`),
        wrote: (target) => note(`${paint.green('wrote')} ${display(target)}\n`),
        unwritten: (err) => io.stderr(`${paint.red('error')}: ${describeUnwritten(err)}\n`),
        compiledAll: () => progress.end(),
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

  /** A file not written, in words. */
  function describeUnwritten(err: OutputExists | OutputFailed): string {
    return err instanceof OutputExists ? `${display(err.path)} exists; use --force to replace it` : `cannot write ${display(err.path)}: ${err.reason}`;
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    if ((reporter as string) === 'json') io.stdout(JSON.stringify(collected.map(jsonDiagnostic), null, 2) + '\n');
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError || (renderer && err instanceof renderer.RenderUsageError)) {
      io.stderr(`${paint.red('error')}: ${showText(err.message)}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof OutputExists) {
      io.stderr(`${paint.red('error')}: ${display(err.path)} exists; use --force to replace it\n`);
      return EXIT_INVALID;
    }
    if (err instanceof OutputFailed) {
      io.stderr(`${paint.red('error')}: cannot write ${display(err.path)}: ${err.reason}\n`);
      return EXIT_INVALID;
    }
    const e = err as NodeJS.ErrnoException;
    io.stderr(`${paint.red('error')}: ${showText(`${e.code ? `${e.code}: ` : ''}${e.message}`)}\n`);
    return EXIT_INVALID;
  }
}
