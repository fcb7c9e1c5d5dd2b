/**
 * The program before its commands: name, description, version, the global options (--quiet,
 * --verbose, --lang) and --help in the user's language; errors and help go through the session's io.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { commanderErrorIn } from './commanderErrors.js';
import { configureHelpWords } from './help.js';
import type { Session } from './session.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
  return String(pkg.version);
}

export function createProgram(session: Session): Command {
  const { io, paint, say: t } = session;
  const program = new Command('gongwen')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: (s, write) => write(paint.red(commanderErrorIn(s, session))) });
  configureHelpWords(program, session); // before the commands, which inherit it
  return program
    .description(t('help.program'))
    .version(packageVersion(), '-v, --version', t('help.version'))
    .addHelpText('after', t('help.program.after'))
    .showHelpAfterError(t('help.after-error'))
    .option('-q, --quiet', t('help.quiet'))
    .option('--verbose', t('help.verbose'))
    .option('--lang <language>', t('help.lang')) // read before commander (./language.ts); here for --help
    .hook('preAction', (cmd) => {
      session.quiet = Boolean(cmd.opts().quiet);
      session.verbose = Boolean(cmd.opts().verbose) && !session.quiet;
    });
}
