import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { showText } from '../diagnostics/showText.js';
import { writeAtomic, OutputExists, OutputFailed } from '../io/writeAtomic.js';
import { dict } from '../util/dict.js';
import { canonicalKind } from '../records/aliases.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, processIO, type CliIO } from './io.js';
import { registerDocumentCommands } from './documents.js';
import { describeUnwritten, registerRecordCommands, renderer } from './records.js';
import { Session, UsageError } from './session.js';
import { registerTemplateCommands } from './templates.js';

// Start-up: `gongwen --version` and `--help` load commander and nothing heavy. Each command
// loads what it needs: the pipeline (yaml, zod, handlebars) to compile (./records.ts), the schemas
// (zod) for kinds, the template catalog (gray-matter), the code frames (@babel/code-frame) to print
// diagnostics (./session.ts).
let KINDS: typeof import('../records/schema/index.js').KINDS;
let catalog: typeof import('../templates/catalog.js');
const load = {
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
  const session = new Session(io);
  const { paint } = session;

  const program = new Command('gongwen')
    .description('Compile Chinese office documents (纪要, 总结, 实施方案, 讲话) from YAML records to Markdown, DOCX and PDF laid out by GB/T 9704-2012.')
    .version(packageVersion(), '-v, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run gongwen --help for usage)')
    .option('-q, --quiet', 'print only errors and warnings (no "ok", "wrote" or count lines)')
    .option('--verbose', 'say which config file, template and registers each record used, and the time taken')
    .hook('preAction', (cmd) => {
      session.quiet = Boolean(cmd.opts().quiet);
      session.verbose = Boolean(cmd.opts().verbose) && !session.quiet;
    })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: (s, write) => write(paint.red(s)) });

  // render and validate: ./records.ts
  registerRecordCommands(program, session);

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

  // templates list / show / eject: ./templates.ts
  registerTemplateCommands(program, session);

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
    .option('--sheet <name>', 'the sheet of a workbook to read (default: the first with a register\'s columns)')
    .option('-o, --output <file>', 'write to this file (a CSV: UTF-8 with a byte order mark, which Excel opens)')
    .option('--encoding <encoding>', 'utf-8-bom, utf-8 or gbk (for an old Excel)')
    .option('--force', 'replace an existing output file')
    .addHelpText('after', '\nExamples:\n  $ gongwen stats examples/registers/信访台账2009.csv --period 2009H1\n  $ gongwen stats examples/registers/ --period 2009 --by 村社区 --format json\n  $ gongwen stats 台账.xlsx --sheet 信访登记 --format csv -o 统计.csv')
    .action(async (registers: string[], opts) => {
      const { statsCommand } = await import('./stats.js');
      session.exitCode = await statsCommand(registers, {
        period: opts.period, by: opts.by, format: opts.format, skipBadRows: opts.skipBadRows,
        sheet: opts.sheet, output: opts.output, encoding: opts.encoding, force: opts.force,
      }, io);
    });

  // the page: src/serve
  program
    .command('serve')
    .description('serve the records of a folder as a page on 127.0.0.1: a form per record, a live preview, downloads')
    .argument('[folder]', 'the folder of records', '.')
    .option('--port <n>', 'port (default: a free one)')
    .option('--host <host>', 'listen on this address instead of 127.0.0.1 (with a warning)')
    .option('--open', 'open the page in the browser')
    .action(async (folder: string, opts) => {
      session.exitCode = await (await import('./serve.js')).serveCommand(folder, opts, io);
    });

  // Existing documents: check (GB/T 9704) and import (→ a record); src/cli/documents.ts
  registerDocumentCommands(program, io, (code) => (session.exitCode = code));

  try {
    await program.parseAsync(argv, { from: 'user' });
    if (session.reporter === 'json') io.stdout(session.jsonReport());
    return session.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError || (renderer && err instanceof renderer.RenderUsageError)) {
      io.stderr(`${paint.red('error')}: ${showText(err.message)}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof OutputExists || err instanceof OutputFailed) {
      io.stderr(`${paint.red('error')}: ${describeUnwritten(session, err)}\n`);
      return EXIT_INVALID;
    }
    const e = err as NodeJS.ErrnoException;
    io.stderr(`${paint.red('error')}: ${showText(`${e.code ? `${e.code}: ` : ''}${e.message}`)}\n`);
    return EXIT_INVALID;
  }
}
