// The CLI in process: main(argv, io) with its own folder, output and environment.
import { folderWith } from './folder.js';
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

/**
 * A record typed as `lines`, in a file of its own in a temporary folder (removed when the test ends: call it inside a
 * test), through `gongwen <command> record.yaml` in process; with the file's name, as messages name it.
 */
export async function runRecord(command: string, lines: string[], env: Record<string, string | undefined> = {}): Promise<CliRun & { name: string }> {
  const name = 'record.yaml';
  const dir = folderWith({ [name]: lines.join('\n') + '\n' }, { prefix: 'gongwen-record-' });
  return { name, ...(await runCli([command, name], dir, env)) };
}
