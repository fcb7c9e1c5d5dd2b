import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { showText } from '../diagnostics/showText.js';
import { writeAtomic, OutputExists, OutputFailed } from '../io/writeAtomic.js';
import { dict } from '../util/dict.js';
import { MAX_RECORD_BYTES } from '../records/limits.js';
import { canonicalKind } from '../records/aliases.js';
import { PROJECT_TEMPLATE_DIR } from '../templates/dirs.js';
import { writeMarkdown } from '../writers/markdown/writeMarkdown.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, processIO, type CliIO } from './io.js';
import { expandInputs, type RefusedInput } from './inputs.js';
import { registerDocumentCommands } from './documents.js';
import { painter } from './paint.js';
import { startProgress } from './progress.js';

const FORMATS = ['md', 'docx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

// Start-up: `gongwen --version` and `--help` load commander and nothing heavy. Each command
// loads what it needs: the pipeline (yaml, zod, handlebars) to compile, the schemas (zod) for kinds,
// the template catalog (gray-matter), the code frames (@babel/code-frame) to print diagnostics.
let compileFile: typeof import('../pipeline.js').compileFile;
let formatDiagnostics: typeof import('../diagnostics/print.js').formatDiagnostics;
let summarize: typeof import('../diagnostics/print.js').summarize;
let KINDS: typeof import('../records/schema/index.js').KINDS;
let catalog: typeof import('../templates/catalog.js');
let decodeText: typeof import('../io/decodeText.js').decodeText; // templates and config files as UTF-8 or GBK
const load = {
  async compile() {
    ({ compileFile } = await import('../pipeline.js'));
    ({ decodeText } = await import('../io/decodeText.js'));
    ({ formatDiagnostics, summarize } = await import('../diagnostics/print.js'));
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
    config: 'config', 配置: 'config', // gongwen.config.yaml (src/config)
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
      if (d.file && d.start && !sources.has(d.file) && /\.hbs$|gongwen\.config\.ya?ml$/.test(d.file)) {
        try {
          const st = statSync(d.file);
          if (st.isFile() && st.size < 2 ** 20) sources.set(d.file, decodeText(readFileSync(d.file)).text); // UTF-8 or GBK, as read
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
  let verbose = false; // --verbose: src/cli/verbose.ts
  const note = (text: string) => {
    if (!quiet) io.stderr(text);
  };

  const program = new Command('gongwen')
    .description('Compile Chinese office documents (纪要, 总结, 实施方案, 讲话) from YAML records to Markdown, DOCX and PDF laid out by GB/T 9704-2012.')
    .version(packageVersion(), '-v, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run gongwen --help for usage)')
    .option('-q, --quiet', 'print only errors and warnings (no "ok", "wrote" or count lines)')
    .option('--verbose', 'say which config file, template and registers each record used, and the time taken')
    .hook('preAction', (cmd) => {
      quiet = Boolean(cmd.opts().quiet);
      verbose = Boolean(cmd.opts().verbose) && !quiet;
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
    .addOption(new Option('--font-profile <profile>', 'fonts in the DOCX: gb2312 (仿宋_GB2312 …, the default) or plain (仿宋 …)').choices(['gb2312', 'plain']))
    .option('--skip-bad-rows', 'leave out bad register rows (they are still reported)')
    .option('--simplified', 'an existing document (.docx, .txt, .md): convert traditional characters to simplified')
    .addOption(new Option('--reporter <reporter>', 'how diagnostics are printed: text, or json (one array on stdout; needs --output for Markdown)').choices(['text', 'json']).default('text'))
    .option('-w, --watch', 'render again whenever a record, its registers, template or config file changes (Ctrl-C stops)')
    .option('--debounce <ms>', 'with --watch: wait this long after the last change before rendering', (v) => Number(v), 200)
    .addHelpText('after', '\nExamples:\n  $ gongwen render examples/minutes-town-petition.yaml\n  $ gongwen render examples/ --format docx --output out/\n  $ gongwen render 方案.yaml --format pdf -o 方案.pdf --force\n  $ gongwen render 纪要.yaml -f docx -o out/ --watch')
    .action(async (records: string[], opts) => {
      await load.compile();
      const loud = verbose ? (await import('./verbose.js')).verboseReporter(io, display, opts.template) : undefined;
      if (opts.watch && records.includes('-')) throw new UsageError('--watch follows files: a record from standard input (-) cannot be watched');
      if (opts.watch) exitCode = await (await import('./watch.js')).watchRender((run) => render(records, { ...opts, outputs: run.outputs, onCompiled: (f: string, r: never, ms: number) => (run.onCompiled(f, r, ms), loud?.compiled(f, r, ms)) }), io, { debounceMs: opts.debounce, template: opts.template, signal: io.signal });
      else exitCode = await render(records, { ...opts, onCompiled: loud?.compiled });
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
      reporter = opts.reporter;
      await load.compile();
      const { files, refused } = inputsOrThrow(records);
      let invalid = reportRefused(refused);
      const loud = verbose ? (await import('./verbose.js')).verboseReporter(io, display, undefined) : undefined;
      for (const file of files) {
        const began = performance.now();
        const result = await compileIsolated(file, { skipBadRows: opts.skipBadRows, cwd: io.cwd });
        loud?.compiled(file, result, performance.now() - began);
        if (result.source) sources.set(file, result.source.text);
        printDiagnostics(result.diagnostics);
        const { errors } = summarize(result.diagnostics);
        if (errors) invalid++;
        else note(`${paint.green('ok')} ${display(file)}\n`);
      }
      const checked = files.length + refused.length;
      note(`${checked} record(s) checked: ${checked - invalid} valid, ${invalid} invalid\n`);
      loud?.done();
      exitCode = invalid ? EXIT_INVALID : EXIT_OK;
    });

  program
    .command('new')
    .description('write a filled-in starter record of a kind, which renders as it is')
    .argument('<kind>', 'minutes|纪要, summary|总结, plan|实施方案, speech|讲话, a template (minutes-header, minutes-branch, 实施意见), or config|配置 for gongwen.config.yaml')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--force', 'replace an existing file')
    .addHelpText('after', '\nExamples:\n  $ gongwen new 纪要 --output 会议纪要.yaml\n  $ gongwen new plan > 方案.yaml\n  $ gongwen new 配置 --output gongwen.config.yaml')
    .action(async (kindName: string, opts) => {
      await Promise.all([load.kinds(), load.catalog()]);
      // a kind (纪要, plan …), a template name (minutes-header …) or 实施意见
      const starterName = starterFor(kindName) ?? resolveKind(kindName);
      const { withSchemaLine } = await import('./starter.js'); // its first line names the kind's JSON Schema, for editors
      const starter = withSchemaLine(readFileSync(join(catalog.BUILTIN_TEMPLATE_DIR, 'starters', `${starterName}.yaml`), 'utf8'), resolve(io.cwd, opts.output ?? 'starter.yaml'));
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
      const { templates: found, problems } = catalog.listTemplates(await (await import('../config/applyConfig.js')).templateDirsHere(io.cwd)); // with gongwen.config.yaml's 模板目录
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
      const found = catalog.findTemplate(name, await (await import('../config/applyConfig.js')).templateDirsHere(io.cwd), io.cwd);
      if (found.problem) {
        printDiagnostics([found.problem]);
        exitCode = EXIT_INVALID;
        return;
      }
      if (!found.template) throw new UsageError(`no template "${name}" (see gongwen templates list)`);
      io.stdout(decodeText(readFileSync(found.template.path)).text); // a template saved as GBK shown in Chinese
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
    .argument('<kind>', 'minutes|纪要, summary|总结, plan|实施方案, speech|讲话, a template (minutes-header, minutes-branch, 实施意见), or config|配置 for gongwen.config.yaml')
    .option('-o, --output <file>', 'write to this file')
    .option('--force', 'replace an existing file')
    .action(async (kindName: string, opts) => {
      await load.kinds();
      // `config` (配置): the schema of gongwen.config.yaml (src/config)
      const isConfig = ['config', '配置'].includes(kindName.trim());
      const { kindJsonSchema } = await import('../records/jsonSchema.js');
      const schema = isConfig ? (await import('../config/configJsonSchema.js')).configJsonSchema() : kindJsonSchema(KINDS[resolveKind(kindName)]);
      const text = JSON.stringify(schema, null, 2) + '\n';
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

  /**
   * One record through the pipeline; whatever goes wrong inside is that record's error, said in
   * words at its file, and the other records of a batch are still processed.
   */
  async function compileIsolated(file: string, options: Parameters<typeof compileFile>[1]) {
    try {
      const { bytes, problem } = await stdinBytes(file);
      if (problem) return { diagnostics: [problem] } as Awaited<ReturnType<typeof compileFile>>;
      return await compileFile(file, { ...options, bytes });
    } catch (err) {
      return { diagnostics: [internalError(file, err)] } as Awaited<ReturnType<typeof compileFile>>;
    }
  }

  function internalError(file: string, err: unknown): Diagnostic {
    const e = err as Error;
    const message =
      e instanceof RangeError && /call stack/i.test(e.message)
        ? 'the record is nested too deeply to be processed'
        : `gongwen could not process this record: ${e?.message ?? String(err)}`;
    return { severity: 'error', code: 'internal-error', file, message, hint: e instanceof RangeError ? undefined : 'please report this, with the record, as a gongwen bug' };
  }

  async function render(records: string[], opts: Record<string, any>): Promise<number> {
    reporter = opts.reporter ?? 'text';
    const { files, refused } = inputsOrThrow(records);
    // The format follows the output file's name when --format is not given (-o 方案.docx is a DOCX);
    // a name that says another format than --format is a mistake, not a file to write.
    const named = opts.output ? (extname(opts.output).slice(1).toLowerCase() as Format) : undefined;
    const namedFormat = named && (FORMATS as readonly string[]).includes(named) ? named : undefined;
    if (opts.format && namedFormat && namedFormat !== opts.format) {
      throw new UsageError(`--output ${opts.output} is named .${namedFormat} but --format is ${opts.format}`);
    }
    const format = (opts.format ?? namedFormat ?? 'md') as Format;
    if (reporter === 'json' && format === 'md' && !opts.output) {
      throw new UsageError('--reporter json prints the diagnostics on standard output: give --output for the Markdown');
    }
    let outputDir: string | undefined;
    let outputFile: string | undefined;
    if (opts.output) {
      const out = resolve(io.cwd, opts.output);
      const isDir = opts.output.endsWith('/') || (existsSync(out) && statSync(out).isDirectory()) || !extname(out);
      if (!isDir && files.length > 1) {
        throw new UsageError(`--output ${opts.output} names one file, but there are ${files.length} records: give a folder (such as out/)`);
      }
      if (isDir) outputDir = out;
      else outputFile = out;
    } else if (format !== 'md') {
      outputDir = io.cwd;
    }
    const { configFor } = await import('../config/applyConfig.js'); // gongwen.config.yaml: font profile, output folder
    const targets = outputTargets(files, format, outputFile, outputDir, opts.output ? undefined : (f) => configFor(f)?.outputDir);
    let docx: typeof import('../writers/docx/index.js') | undefined;
    let pdf: typeof import('../writers/pdf.js') | undefined;
    if (format !== 'md') docx = await import('../writers/docx/index.js');
    if (format === 'pdf') {
      pdf = await import('../writers/pdf.js');
      if (!pdf.findLibreOffice()) {
        io.stderr(paint.red('error: ') + `PDF needs LibreOffice, which is not installed. On Debian or Ubuntu: apt-get install ${pdf.LIBREOFFICE_PACKAGES}\n`);
        return EXIT_USAGE;
      }
    }
    let invalid = reportRefused(refused);
    let written = 0;
    let templateMissing = false;
    const stdoutParts: string[] = [];
    const outputs: { target: string; data: string | Uint8Array; record: string; failed?: boolean }[] = [];
    const progress = startProgress(files.length, io); // a line that updates, on a terminal only
    for (const [done, file] of files.entries()) {
      progress.step(done, display(file));
      const began = performance.now();
      const result = await compileIsolated(file, {
        template: opts.template,
        keepPunctuation: opts.keepPunctuation,
        skipBadRows: opts.skipBadRows,
        simplified: opts.simplified,
        cwd: io.cwd,
      });
      opts.onCompiled?.(file, result, performance.now() - began); // --verbose, --watch
      if (result.source) sources.set(file, result.source.text);
      printDiagnostics(result.diagnostics);
      // --template naming no template is a mistake on the command line, not in the record
      if (opts.template && result.diagnostics.some((d) => d.code === 'unknown-template')) templateMissing = true;
      if (!result.document || summarize(result.diagnostics).errors) {
        invalid++;
        continue;
      }
      let data: string | Uint8Array;
      try {
        if (format === 'md') data = writeMarkdown(result.document);
        else data = await docx!.writeDocx(result.document, { fontProfile: opts.fontProfile ?? configFor(file)?.data?.fontProfile ?? 'gb2312', dateEpoch: docx!.sourceDateEpoch(io.env) });
      } catch (err) {
        printDiagnostics([internalError(file, err)]);
        invalid++;
        continue;
      }
      const target = targets.get(file);
      if (target) outputs.push({ target, data, record: file });
      else stdoutParts.push(data as string);
    }
    progress.end();
    if (format === 'pdf' && outputs.length) {
      // One LibreOffice run for every document; one it cannot convert costs only itself.
      const batch = await pdf!.convertDocxBatchToPdf(outputs.map((o) => ({ name: display(o.record), docx: o.data as Uint8Array })));
      for (const w of batch.warnings) io.stderr(`${paint.yellow('warning')}: ${w}\n`);
      batch.results.forEach((r, i) => {
        if ('pdf' in r) outputs[i]!.data = r.pdf;
        else {
          io.stderr(`${paint.red('error')}: ${r.error}\n`);
          outputs[i]!.failed = true;
          invalid++;
        }
      });
    }
    for (const { target, data, failed } of outputs) {
      if (failed) continue;
      try {
        writeAtomic(target, data, Boolean(opts.force) || Boolean(opts.outputs?.mayReplace(target))); // --watch replaces what it wrote
        opts.outputs?.wrote(target);
        written++;
        note(`${paint.green('wrote')} ${display(target)}\n`);
      } catch (err) {
        if (err instanceof OutputExists) io.stderr(`${paint.red('error')}: ${display(err.path)} exists; use --force to replace it\n`);
        else if (err instanceof OutputFailed) io.stderr(`${paint.red('error')}: cannot write ${display(err.path)}: ${err.reason}\n`);
        else throw err;
        invalid++;
      }
    }
    if (stdoutParts.length) io.stdout(stdoutParts.join('\n---\n\n'));
    const total = files.length + refused.length;
    const counts = `${total} record(s): ${total - invalid} rendered, ${invalid} failed${written ? `, ${written} file(s) written` : ''}\n`;
    if (invalid) io.stderr(counts);
    else if (total > 1) note(counts);
    return templateMissing ? EXIT_USAGE : invalid ? EXIT_INVALID : EXIT_OK;
  }

  /**
   * Where each record is written (none: standard output). Decided before anything is read, so that
   * two records that would write one file (a/纪要.yaml and b/纪要.yaml into one folder, x.yaml and
   * x.md), or an output that is one of the records, stop the run before anything is written, with
   * or without --force. Names are compared as a case-insensitive file system compares them.
   */
  function outputTargets(files: string[], format: Format, outputFile: string | undefined, outputDir: string | undefined, configuredDir?: (file: string) => string | undefined): Map<string, string> {
    const targets = new Map<string, string>();
    const byName = new Map<string, string>();
    const clashes: string[] = [];
    const fold = (p: string) => resolve(p).normalize('NFC').toLowerCase();
    const records = new Set(files.map(fold));
    for (const file of files) {
      if (file === stdinRecord && outputDir) {
        clashes.push(`a record from standard input (-) has no name to write ${format.toUpperCase()} under: give --output a file name, such as -o 纪要.${format}`);
        continue;
      }
      const dir = outputDir && configuredDir ? (configuredDir(file) ?? outputDir) : outputDir;
      const target = outputFile ?? (dir ? join(dir, basename(file).replace(/\.[^.]+$/, '') + '.' + format) : undefined);
      if (!target) continue;
      if (records.has(fold(target))) clashes.push(`${display(target)} is one of the records being rendered; it is never written over`);
      const first = byName.get(fold(target));
      if (first) clashes.push(`${display(first)} and ${display(file)} would both be written to ${display(target)}`);
      else byName.set(fold(target), file);
      targets.set(file, target);
    }
    if (clashes.length) {
      throw new UsageError(`${clashes.join('\n       ')}\n       nothing was written${byName.size > 1 || clashes.some((c) => c.includes(' and ')) ? ': render them into different folders (--output), or rename one' : ''}`);
    }
    return targets;
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
    if (err instanceof UsageError) {
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
