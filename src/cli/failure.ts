/**
 * What a run that threw ends with: commander's own stops (help, version: 0; its usage errors: 2, said
 * already), a usage error (2), an output not written (1), anything else said in one line (1), never
 * a stack trace.
 */
import { CommanderError } from 'commander';
import { showText } from '../diagnostics/showText.js';
import { OutputExists, OutputFailed } from '../io/writeAtomic.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './io.js';
import { renderer } from './records.js';
import { UsageError, type Session } from './session.js';

export function exitCodeOf(err: unknown, session: Session): number {
  if (err instanceof CommanderError) {
    return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code) ? EXIT_OK : EXIT_USAGE;
  }
  if (err instanceof UsageError || (renderer && err instanceof renderer.RenderUsageError)) {
    session.error(showText(err.message));
    return EXIT_USAGE;
  }
  if (err instanceof OutputExists || err instanceof OutputFailed) {
    session.error(session.unwritten(err));
    return EXIT_INVALID;
  }
  const e = err as NodeJS.ErrnoException;
  session.error(showText(session.say('internal-error', { detail: `${e.code ? `${e.code}: ` : ''}${e.message}` })));
  return EXIT_INVALID;
}
