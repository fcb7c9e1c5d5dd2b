import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeAtomic, OutputExists } from '../io/writeAtomic.js';
import { canonicalKind } from '../records/aliases.js';
import { PROJECT_TEMPLATE_DIR } from '../templates/dirs.js';
import { writeMarkdown } from '../writers/markdown/writeMarkdown.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, processIO, type CliIO } from './io.js';
import { expandInputs } from './inputs.js';
import { painter } from './paint.js';
import { startProgress } from './progress.js';

const FORMATS = ['md', 'docx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

// Start-up (issue 12): `gongwen --version` and `--help` load commander and nothing heavy. Each command
// loads what it needs: the pipeline (yaml, zod, handlebars) to compile, the schemas (zod) for kinds,
// the template catalog (gray-matter), the code frames (@babel/code-frame) to print diagnostics.
let compileFile: typeof import('../pipeline.js').compileFile;
let formatDiagnostics: typeof import('../diagnostics/print.js').formatDiagnostics;
let summarize: typeof import('../diagnostics/print.js').summarize;
let KINDS: typeof import('../records/schema/index.js').KINDS;
let catalog: typeof import('../templates/catalog.js');
const load = {
  async compile() {
    ({ compileFile } = await import('../pipeline.js'));
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
  const display = (p: string) => {
    const r = relative(io.cwd, p);
    return r && !r.startsWith('..') ? r : p;
  };
  const printDiagnostics = (ds: Diagnostic[]) => {
    if (!ds.length) return;
    // templates are not records: their text is read here for the code frame
    for (const d of ds) {
      if (d.file && d.start && !sources.has(d.file) && d.file.endsWith('.hbs')) {
        try {
          sources.set(d.file, readFileSync(d.file, 'utf8'));
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

  const program = new Command('gongwen')
    .description('Compile Chinese office documents (纪要, 总结, 实施方案, 讲话) from YAML records to Markdown, DOCX and PDF laid out by GB/T 9704-2012.')
    .version(packageVersion(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run gongwen --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: (s, write) => write(paint.red(s)) });

  program
    .command('render')
    .description('render records to Markdown, DOCX or PDF')
    .argument('<records...>', 'record files (.yaml, .md) or folders')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --output file name, else md)').choices([...FORMATS]))
    .option('-o, --output <path>', 'output file, or folder for several records (Markdown goes to stdout without it)')
    .option('-t, --template <name|file.hbs>', 'template to use instead of the record\'s own')
    .option('--force', 'replace existing output files')
    .option('--keep-punctuation', 'do not convert half-width punctuation to full-width')
    .addOption(new Option('--font-profile <profile>', 'fonts in the DOCX: gb2312 (仿宋_GB2312 …) or plain (仿宋 …)').choices(['gb2312', 'plain']).default('gb2312'))
    .option('--skip-bad-rows', 'leave out bad register rows (they are still reported)')
    .addHelpText('after', '\nExamples:\n  $ gongwen render examples/minutes-town-petition.yaml\n  $ gongwen render examples/ --format docx --output out/\n  $ gongwen render 方案.yaml --format pdf -o 方案.pdf --force')
    .action(async (records: string[], opts) => {
      await load.compile();
      exitCode = await render(records, opts);
    });

  program
    .command('validate')
    .description('check records (schema, totals, templates) without writing anything')
    .argument('<records...>', 'record files or folders')
    .option('--skip-bad-rows', 'leave out bad register rows (they are still reported)')
    .addHelpText('after', '\nExamples:\n  $ gongwen validate examples/\n  $ gongwen validate 纪要.yaml 总结.yaml')
    .action(async (records: string[], opts) => {
      await load.compile();
      const { files } = inputsOrThrow(records);
      let invalid = 0;
      for (const file of files) {
        const result = await compileFile(file, { skipBadRows: opts.skipBadRows, cwd: io.cwd });
        if (result.source) sources.set(file, result.source.text);
        printDiagnostics(result.diagnostics);
        const { errors } = summarize(result.diagnostics);
        if (errors) invalid++;
        else io.stderr(`${paint.green('ok')} ${display(file)}\n`);
      }
      io.stderr(`${files.length} record(s) checked: ${files.length - invalid} valid, ${invalid} invalid\n`);
      exitCode = invalid ? EXIT_INVALID : EXIT_OK;
    });

  program
    .command('new')
    .description('write a filled-in starter record of a kind, which renders as it is')
    .argument('<kind>', 'minutes|纪要, summary|总结, plan|实施方案, speech|讲话')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--force', 'replace an existing file')
    .addHelpText('after', '\nExamples:\n  $ gongwen new 纪要 --output 会议纪要.yaml\n  $ gongwen new plan > 方案.yaml')
    .action(async (kindName: string, opts) => {
      await Promise.all([load.kinds(), load.catalog()]);
      const kind = resolveKind(kindName);
      const starter = readFileSync(join(catalog.BUILTIN_TEMPLATE_DIR, 'starters', `${kind}.yaml`), 'utf8');
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
      await load.catalog();
      for (const t of catalog.listTemplates(catalog.projectTemplateDirs(undefined, io.cwd))) {
        io.stdout(`${t.name.padEnd(16)} ${t.kind.padEnd(8)} ${t.source.padEnd(8)} ${t.description}\n`);
      }
    });
  templates
    .command('show')
    .description('print a template')
    .argument('<name>')
    .action(async (name: string) => {
      await load.catalog();
      const t = catalog.findTemplate(name, catalog.projectTemplateDirs(undefined, io.cwd), io.cwd);
      if (!t) throw new UsageError(`no template "${name}" (see gongwen templates list)`);
      io.stdout(readFileSync(t.path, 'utf8'));
    });
  templates
    .command('eject')
    .description(`copy a built-in template into ./${PROJECT_TEMPLATE_DIR}/ to change it there`)
    .argument('<name>')
    .option('--force', 'replace an existing copy')
    .action(async (name: string, opts) => {
      await load.catalog();
      const t = catalog.findTemplate(name, [], io.cwd);
      if (!t) throw new UsageError(`no built-in template "${name}" (see gongwen templates list)`);
      const target = resolve(io.cwd, PROJECT_TEMPLATE_DIR, basename(t.path));
      writeAtomic(target, readFileSync(t.path, 'utf8'), Boolean(opts.force));
      io.stderr(`wrote ${display(target)}: records rendered from this folder now use it\n`);
    });

  program
    .command('schema')
    .description('print the JSON Schema of a kind\'s records (for editors with a YAML language server)')
    .argument('<kind>', 'minutes|纪要, summary|总结, plan|实施方案, speech|讲话')
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
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--skip-bad-rows', 'leave out bad rows (they are still reported)')
    .addHelpText('after', '\nExamples:\n  $ gongwen stats examples/registers/信访台账2009.csv --period 2009H1\n  $ gongwen stats examples/registers/ --period 2009 --by 村社区 --format json')
    .action(async (registers: string[], opts) => {
      const { statsCommand } = await import('./stats.js');
      exitCode = await statsCommand(registers, { period: opts.period, by: opts.by, format: opts.format, skipBadRows: opts.skipBadRows }, io);
    });

  function inputsOrThrow(records: string[]) {
    const { files, missing } = expandInputs(records, io.cwd);
    if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
    if (!files.length) throw new UsageError(`no records (.yaml, .yml, .md) in ${records.join(', ')}`);
    return { files };
  }

  async function render(records: string[], opts: Record<string, any>): Promise<number> {
    const { files } = inputsOrThrow(records);
    // The format follows the output file's name when --format is not given (-o 方案.docx is a DOCX);
    // a name that says another format than --format is a mistake, not a file to write.
    const named = opts.output ? (extname(opts.output).slice(1).toLowerCase() as Format) : undefined;
    const namedFormat = named && (FORMATS as readonly string[]).includes(named) ? named : undefined;
    if (opts.format && namedFormat && namedFormat !== opts.format) {
      throw new UsageError(`--output ${opts.output} is named .${namedFormat} but --format is ${opts.format}`);
    }
    const format = (opts.format ?? namedFormat ?? 'md') as Format;
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
    let docx: typeof import('../writers/docx/index.js') | undefined;
    let pdf: typeof import('../writers/pdf.js') | undefined;
    if (format !== 'md') docx = await import('../writers/docx/index.js');
    if (format === 'pdf') {
      pdf = await import('../writers/pdf.js');
      if (!pdf.findLibreOffice()) {
        io.stderr(paint.red('error: ') + 'PDF needs LibreOffice, which is not installed. On Debian or Ubuntu: apt-get install libreoffice-writer-nogui fonts-noto-cjk\n');
        return EXIT_USAGE;
      }
    }
    let invalid = 0;
    let written = 0;
    let templateMissing = false;
    const stdoutParts: string[] = [];
    const outputs: { target: string; data: string | Uint8Array }[] = [];
    const progress = startProgress(files.length, io); // a line that updates, on a terminal only
    for (const [done, file] of files.entries()) {
      progress.step(done, display(file));
      const result = await compileFile(file, {
        template: opts.template,
        keepPunctuation: opts.keepPunctuation,
        skipBadRows: opts.skipBadRows,
        cwd: io.cwd,
      });
      if (result.source) sources.set(file, result.source.text);
      printDiagnostics(result.diagnostics);
      // --template naming no template is a mistake on the command line, not in the record
      if (opts.template && result.diagnostics.some((d) => d.code === 'unknown-template')) templateMissing = true;
      if (!result.document || summarize(result.diagnostics).errors) {
        invalid++;
        continue;
      }
      let data: string | Uint8Array;
      if (format === 'md') data = writeMarkdown(result.document);
      else data = await docx!.writeDocx(result.document, { fontProfile: opts.fontProfile, dateEpoch: docx!.sourceDateEpoch(io.env) });
      const target = outputFile ?? (outputDir ? join(outputDir, basename(file).replace(/\.[^.]+$/, '') + '.' + format) : undefined);
      if (target && files.some((f) => resolve(io.cwd, f) === resolve(target))) {
        // never write over a record, not even with --force
        io.stderr(`${paint.red('error')}: ${display(target)} is one of the records being rendered; not written over\n`);
        invalid++;
        continue;
      }
      if (target) outputs.push({ target, data });
      else stdoutParts.push(data as string);
    }
    progress.end();
    if (format === 'pdf' && outputs.length) {
      // One LibreOffice run for every document: it takes seconds to start.
      const pdfs = await pdf!.convertDocxListToPdf(outputs.map((o) => o.data as Uint8Array));
      pdfs.forEach((bytes, i) => (outputs[i]!.data = bytes));
    }
    for (const { target, data } of outputs) {
      try {
        writeAtomic(target, data, Boolean(opts.force));
        written++;
        io.stderr(`${paint.green('wrote')} ${display(target)}\n`);
      } catch (err) {
        if (err instanceof OutputExists) {
          io.stderr(`${paint.red('error')}: ${display(err.path)} exists; use --force to replace it\n`);
          invalid++;
        } else throw err;
      }
    }
    if (stdoutParts.length) io.stdout(stdoutParts.join('\n---\n\n'));
    if (files.length > 1 || invalid) {
      io.stderr(`${files.length} record(s): ${files.length - invalid} rendered, ${invalid} failed${written ? `, ${written} file(s) written` : ''}\n`);
    }
    return templateMissing ? EXIT_USAGE : invalid ? EXIT_INVALID : EXIT_OK;
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      io.stderr(`${paint.red('error')}: ${err.message}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof OutputExists) {
      io.stderr(`${paint.red('error')}: ${display(err.path)} exists; use --force to replace it\n`);
      return EXIT_INVALID;
    }
    const e = err as NodeJS.ErrnoException;
    io.stderr(`${paint.red('error')}: ${e.code ? `${e.code}: ` : ''}${e.message}\n`);
    return EXIT_INVALID;
  }
}
