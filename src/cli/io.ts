/** What the CLI touches of the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a colour terminal. */
  color: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal that can show a batch's progress line (src/cli/progress.ts). */
  progress?: boolean;
  /** The terminal's width, for the progress line. */
  columns?: number;
}

export function processIO(): CliIO {
  const noColor = 'NO_COLOR' in process.env || process.env.TERM === 'dumb';
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    color: !noColor && (Boolean(process.stderr.isTTY) || process.env.FORCE_COLOR !== undefined),
    cwd: process.cwd(),
    env: process.env,
    progress: Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb',
    columns: process.stderr.columns,
  };
}

/** Exit codes: 0 success, 1 an input was invalid, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
