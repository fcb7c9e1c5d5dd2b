/**
 * `gongwen new <kind>` (a starter record to fill in) and `gongwen schema <kind>` (its JSON Schema,
 * for editors). The schemas and the template catalog are loaded when a command runs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeAtomic } from '../io/writeAtomic.js';
import { dict } from '../util/dict.js';
import { UsageError, type Session } from './session.js';

/** Starters named by template or form rather than kind: `gongwen new minutes-header`, `gongwen new 实施意见`. */
function starterFor(name: string): string | undefined {
  const byName = dict({
    'minutes-header': 'minutes-header', 表头式纪要: 'minutes-header', 'minutes-branch': 'minutes-branch', 支部委员会纪要: 'minutes-branch',
    实施意见: 'opinion', opinion: 'opinion',
    config: 'config', 配置: 'config', // gongwen.config.yaml (src/config)
  });
  return byName[name.trim()];
}

async function resolveKind(session: Session, name: string): Promise<string> {
  const [{ KINDS }, { canonicalKind }] = await Promise.all([import('../records/schema/index.js'), import('../records/aliases.js')]);
  const kind = canonicalKind(name);
  if (!KINDS[kind]) {
    const kinds = Object.values(KINDS).map((k) => `${k.kind} (${k.zh})`).join(', ');
    throw new UsageError(session.say('cli.unknown-kind', { name, kinds }));
  }
  return kind;
}

export function registerStarterCommands(program: Command, session: Session): void {
  const { io, say: t } = session;
  program
    .command('new')
    .description(t('help.new'))
    .argument('<kind>', t('help.kind'))
    .option('-o, --output <file>', t('help.new.output'))
    .option('--force', t('help.force'))
    .addHelpText('after', t('help.new.after'))
    .action(async (kindName: string, opts) => {
      const catalog = await import('../templates/catalog.js');
      // a kind (纪要, plan …), a template name (minutes-header …) or 实施意见
      const starterName = starterFor(kindName) ?? (await resolveKind(session, kindName));
      const { withSchemaLine } = await import('./starter.js'); // its first line names the kind's JSON Schema, for editors
      // -o - is standard output, as without -o (and as render takes it): never a file named "-"
      if (opts.output === '-') opts.output = undefined;
      const starter = withSchemaLine(readFileSync(join(catalog.BUILTIN_TEMPLATE_DIR, 'starters', `${starterName}.yaml`), 'utf8'), resolve(io.cwd, opts.output ?? 'starter.yaml'));
      if (opts.output) {
        writeAtomic(resolve(io.cwd, opts.output), starter, Boolean(opts.force));
        io.stderr(`${session.say('cli.wrote', { file: opts.output })}\n`);
      } else io.stdout(starter);
    });

  program
    .command('schema')
    .description(t('help.schema'))
    .argument('<kind>', t('help.kind'))
    .option('-o, --output <file>', t('help.schema.output'))
    .option('--force', t('help.force'))
    .action(async (kindName: string, opts) => {
      // `config` (配置): the schema of gongwen.config.yaml (src/config)
      const isConfig = ['config', '配置'].includes(kindName.trim());
      const [{ kindJsonSchema }, { KINDS }] = await Promise.all([import('../records/jsonSchema.js'), import('../records/schema/index.js')]);
      const schema = isConfig ? (await import('../config/configJsonSchema.js')).configJsonSchema() : kindJsonSchema(KINDS[await resolveKind(session, kindName)]);
      const text = JSON.stringify(schema, null, 2) + '\n';
      if (opts.output && opts.output !== '-') writeAtomic(resolve(io.cwd, opts.output), text, Boolean(opts.force));
      else io.stdout(text);
    });
}
