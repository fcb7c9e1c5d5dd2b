/**
 * The commands beside the records: `stats` (registers counted, ./stats.ts), `serve` (the page,
 * ./serve.ts), `check` and `import` (existing documents, ./documents.ts). Each loads its module when
 * it runs, so that `gongwen --help` costs nothing of them.
 */
import { Option, type Command } from 'commander';
import type { Session } from './session.js';

export function registerToolCommands(program: Command, session: Session): void {
  const { io, say: t } = session;
  program
    .command('stats')
    .description(t('help.stats'))
    .argument('<registers...>', t('help.stats.registers'))
    .option('-p, --period <period>', t('help.stats.period'))
    .option('--by <field>', t('help.stats.by'))
    .addOption(new Option('-f, --format <format>', t('help.stats.format')).choices(['table', 'json', 'csv']).default('table'))
    .option('--skip-bad-rows', t('help.skip-bad-rows'))
    .option('--sheet <name>', t('help.stats.sheet'))
    .option('-o, --output <file>', t('help.stats.output'))
    .option('--encoding <encoding>', t('help.stats.encoding'))
    .option('--force', t('help.stats.force'))
    .addHelpText('after', t('help.stats.after'))
    .action(async (registers: string[], opts) => {
      const { statsCommand } = await import('./stats.js');
      session.exitCode = await statsCommand(registers, {
        period: opts.period, by: opts.by, format: opts.format, skipBadRows: opts.skipBadRows,
        sheet: opts.sheet, output: opts.output, encoding: opts.encoding, force: opts.force, language: session.language,
      }, io);
    });

  // the page: src/serve
  program
    .command('serve')
    .description(t('help.serve'))
    .argument('[folder]', t('help.serve.folder'), '.')
    .option('--port <n>', t('help.serve.port'))
    .option('--host <host>', t('help.serve.host'))
    .option('--open', t('help.serve.open'))
    .action(async (folder: string, opts) => {
      session.exitCode = await (await import('./serve.js')).serveCommand(folder, opts, io, session.language);
    });

  // existing documents: check (GB/T 9704) and import (→ a record)
  program
    .command('check')
    .description(t('help.check'))
    .argument('<files...>', t('help.check.files'))
    .addOption(new Option('--reporter <reporter>', t('help.check.reporter')).choices(['text', 'json']).default('text'))
    .addHelpText('after', t('help.check.after'))
    .action(async (files: string[], opts) => {
      session.exitCode = await (await import('./documents.js')).checkCommand(files, opts.reporter, io, session.language);
    });

  program
    .command('import')
    .description(t('help.import'))
    .argument('<file>', t('help.import.file'))
    .option('-k, --kind <kind>', t('help.import.kind'))
    .option('-o, --output <file>', t('help.import.output'))
    .option('--force', t('help.force'))
    .option('--simplified', t('help.import.simplified'))
    .addHelpText('after', t('help.import.after'))
    .action(async (file: string, opts) => {
      session.exitCode = await (await import('./documents.js')).importCommand(file, { ...opts, language: session.language }, io);
    });
}
