/**
 * `main(argv, io)`: the CLI, returning its exit code; `bin/gongwen.js` is a thin wrapper around it.
 * The language is decided first (./language.ts), then the program is built in it (./program.ts) with
 * its commands: render and validate (./records.ts), new and schema (./starterCommands.ts), templates
 * (./templates.ts), stats, serve, check and import (./toolCommands.ts).
 *
 * Start-up: `gongwen --version` and `--help` load commander and the message catalogue, nothing heavy;
 * each command loads what it needs when it runs.
 */
import { EXIT_USAGE, processIO, type CliIO } from './io.js';
import { exitCodeOf } from './failure.js';
import { languageOfRun } from './language.js';
import { createProgram } from './program.js';
import { registerRecordCommands } from './records.js';
import { Session } from './session.js';
import { registerStarterCommands } from './starterCommands.js';
import { registerTemplateCommands } from './templates.js';
import { registerToolCommands } from './toolCommands.js';

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const chosen = languageOfRun(argv, io);
  if ('mistake' in chosen) {
    io.stderr(chosen.mistake);
    return EXIT_USAGE;
  }
  const session = new Session(io, chosen.language);
  const program = createProgram(session);
  registerRecordCommands(program, session);
  registerStarterCommands(program, session);
  registerTemplateCommands(program, session);
  registerToolCommands(program, session);
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (session.reporter === 'json') io.stdout(await session.jsonReport());
    return session.exitCode;
  } catch (err) {
    return exitCodeOf(err, session);
  }
}
