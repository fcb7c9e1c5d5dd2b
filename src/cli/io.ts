import { fstatSync } from 'node:fs';
import { localize, say } from '../diagnostics/messages/lookup.js';
import { describeWriteError, errorCode } from '../io/writeAtomic.js';
import { labelled, languageOfRun } from './language.js';
import { writeReason } from './writeReason.js';

/** What the CLI touches of the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a colour terminal. */
  color: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input, read whole (for a record given as `-`); at most `limit` bytes, else undefined. */
  stdin?: (limit: number) => Promise<Uint8Array | undefined>;
  /** Whether stderr is a terminal that can show a batch's progress line (src/cli/progress.ts). */
  progress?: boolean;
  /** The terminal's width, for the progress line. */
  columns?: number;
  /** Whether standard output is redirected to a regular file (`> 统计.csv`): `stats` then writes a CSV Excel opens. */
  stdoutIsFile?: boolean;
  /** Standard output as bytes (text in another encoding than UTF-8). */
  stdoutBytes?: (bytes: Uint8Array) => void;
  /** Ends `render --watch` (tests); without it, Ctrl-C does (src/cli/watch.ts). */
  signal?: AbortSignal;
}

/** Reads standard input to its end, stopping (undefined) past `limit` bytes. */
async function readStandardInput(limit: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      process.stdin.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Standard output that fails — closed early (`gongwen render … | head`), a full disk
 * (`> /dev/full`) — is one line naming it and exit 1, never Node's "Unhandled 'error' event".
 */
function guardStandardOutput(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    try {
      // the language of the run, as main() chose it (./language.ts)
      const chosen = languageOfRun(process.argv.slice(2), { env: process.env });
      const language = 'language' in chosen ? chosen.language : 'en';
      const said = localize(say('cli.stdout-failed', { reason: writeReason({ reason: describeWriteError(err), code: errorCode(err) }, language) }), language);
      process.stderr.write(`${labelled('error', said, language)}\n`);
    } catch {
      /* stderr is gone too */
    }
    process.exit(EXIT_INVALID);
  });
}

export function processIO(): CliIO {
  guardStandardOutput();
  const noColor = 'NO_COLOR' in process.env || process.env.TERM === 'dumb';
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    color: !noColor && process.env.FORCE_COLOR !== '0' && (Boolean(process.stderr.isTTY) || process.env.FORCE_COLOR !== undefined),
    cwd: process.cwd(),
    env: process.env,
    stdin: readStandardInput,
    progress: Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb',
    columns: process.stderr.columns,
    stdoutIsFile: (() => {
      try {
        return fstatSync(1).isFile();
      } catch {
        return false;
      }
    })(),
    stdoutBytes: (b) => process.stdout.write(b),
  };
}

/** Exit codes: 0 success, 1 an input was invalid, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
