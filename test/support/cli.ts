// The CLI in process: main(argv, io) with its own folder, output and environment.
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  // English unless a test asks for another language: the machine's own locale does not decide
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, cwd, env: { LANG: 'C', ...env } };
  const code = await main(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
