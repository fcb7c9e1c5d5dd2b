// `gongwen stats` in process: the command with its own folder, its output collected.
import type { CliIO } from '../../src/cli/io.js';
import { statsCommand, type StatsOptions } from '../../src/cli/stats.js';

export async function runStats(registers: string[], options: StatsOptions, cwd: string) {
  const io: CliIO & { out: string; err: string } = {
    out: '', err: '', color: false, cwd, env: {},
    stdout: (t) => { io.out += t; },
    stderr: (t) => { io.err += t; },
  };
  const code = await statsCommand(registers, options, io);
  return { code, out: io.out, err: io.err };
}
