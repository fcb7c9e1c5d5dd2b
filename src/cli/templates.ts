/**
 * `gongwen templates list | show | eject`: the templates there are (built-in, and a project's own in
 * ./gongwen-templates and gongwen.config.yaml's 模板目录), one printed, a built-in one copied out to change it. The catalog is loaded
 * when a command runs.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeAtomic } from '../io/writeAtomic.js';
import { PROJECT_TEMPLATE_DIR } from '../templates/dirs.js';
import { displayWidth } from '../zh/width.js';
import { EXIT_INVALID } from './io.js';
import { UsageError, type Session } from './session.js';

export function registerTemplateCommands(program: Command, session: Session): void {
  const t = session.say;
  const templates = program.command('templates').description(t('help.templates'));
  templates
    .command('list')
    .description(t('help.templates.list'))
    .action(async () => {
      const [catalog] = await Promise.all([import('../templates/catalog.js'), session.loadPrinter()]);
      const { templateDirsHere } = await import('../config/applyConfig.js');
      const { templates: found, problems } = catalog.listTemplates(templateDirsHere(session.io.cwd)); // with gongwen.config.yaml's 模板目录
      const sources = { builtin: t('cli.templates.builtin'), project: t('cli.templates.project'), file: t('cli.templates.file') };
      const row = (cells: string[]) => cells.map((c, i) => (i < 3 ? c + ' '.repeat(Math.max(1, [17, 9, 9][i]! - displayWidth(c))) : c)).join('') + '\n';
      if (found.length) session.io.stdout(row(t('cli.templates.heading').split('|')));
      for (const template of found) session.io.stdout(row([template.name, template.kind, sources[template.source], template.description]));
      // a broken file in a templates folder is said, and the others are still listed
      session.printDiagnostics(problems);
      if (problems.length) session.exitCode = EXIT_INVALID;
    });
  templates
    .command('show')
    .description(t('help.templates.show'))
    .argument('<name>', t('help.templates.name'))
    .action(async (name: string) => {
      const [catalog] = await Promise.all([import('../templates/catalog.js'), session.loadPrinter()]);
      const { templateDirsHere } = await import('../config/applyConfig.js'); // with gongwen.config.yaml's 模板目录
      const found = catalog.findTemplate(name, templateDirsHere(session.io.cwd), session.io.cwd);
      if (found.problem) {
        session.printDiagnostics([found.problem]);
        session.exitCode = EXIT_INVALID;
        return;
      }
      if (!found.template) throw new UsageError(t('cli.no-template', { name }));
      const { decodeText } = await import('../io/decodeText.js');
      session.io.stdout(decodeText(readFileSync(found.template.path)).text); // a template saved as GBK shown in Chinese
    });
  templates
    .command('eject')
    .description(t('help.templates.eject', { dir: PROJECT_TEMPLATE_DIR }))
    .argument('<name>', t('help.templates.name'))
    .option('--force', t('help.templates.eject.force'))
    .action(async (name: string, opts) => {
      const catalog = await import('../templates/catalog.js');
      const builtin = catalog.findTemplate(name, [], session.io.cwd).template;
      if (!builtin || builtin.source !== 'builtin') throw new UsageError(t('cli.no-builtin-template', { name }));
      const target = resolve(session.io.cwd, PROJECT_TEMPLATE_DIR, basename(builtin.path));
      writeAtomic(target, readFileSync(builtin.path, 'utf8'), Boolean(opts.force));
      session.io.stderr(`${t('cli.wrote-template', { file: session.display(target) })}\n`);
    });
}
