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
import { EXIT_INVALID } from './io.js';
import { UsageError, type Session } from './session.js';

export function registerTemplateCommands(program: Command, session: Session): void {
  const templates = program.command('templates').description('list, show and eject templates');
  templates
    .command('list')
    .description('the templates there are: built-in, and the project\'s own in ./gongwen-templates')
    .action(async () => {
      const [catalog] = await Promise.all([import('../templates/catalog.js'), session.loadPrinter()]);
      const { templateDirsHere } = await import('../config/applyConfig.js');
      const { templates: found, problems } = catalog.listTemplates(templateDirsHere(session.io.cwd)); // with gongwen.config.yaml's 模板目录
      for (const t of found) {
        session.io.stdout(`${t.name.padEnd(16)} ${t.kind.padEnd(8)} ${t.source.padEnd(8)} ${t.description}\n`);
      }
      // a broken file in a templates folder is said, and the others are still listed
      session.printDiagnostics(problems);
      if (problems.length) session.exitCode = EXIT_INVALID;
    });
  templates
    .command('show')
    .description('print a template')
    .argument('<name>')
    .action(async (name: string) => {
      const [catalog] = await Promise.all([import('../templates/catalog.js'), session.loadPrinter()]);
      const { templateDirsHere } = await import('../config/applyConfig.js'); // with gongwen.config.yaml's 模板目录
      const found = catalog.findTemplate(name, templateDirsHere(session.io.cwd), session.io.cwd);
      if (found.problem) {
        session.printDiagnostics([found.problem]);
        session.exitCode = EXIT_INVALID;
        return;
      }
      if (!found.template) throw new UsageError(`no template "${name}" (see gongwen templates list)`);
      const { decodeText } = await import('../io/decodeText.js');
      session.io.stdout(decodeText(readFileSync(found.template.path)).text); // a template saved as GBK shown in Chinese
    });
  templates
    .command('eject')
    .description(`copy a built-in template into ./${PROJECT_TEMPLATE_DIR}/ to change it there`)
    .argument('<name>')
    .option('--force', 'replace an existing copy')
    .action(async (name: string, opts) => {
      const catalog = await import('../templates/catalog.js');
      const t = catalog.findTemplate(name, [], session.io.cwd).template;
      if (!t || t.source !== 'builtin') throw new UsageError(`no built-in template "${name}" (see gongwen templates list)`);
      const target = resolve(session.io.cwd, PROJECT_TEMPLATE_DIR, basename(t.path));
      writeAtomic(target, readFileSync(t.path, 'utf8'), Boolean(opts.force));
      session.io.stderr(`wrote ${session.display(target)}: records rendered from this folder now use it\n`);
    });
}
