import type { CompileResult } from '../pipeline.js';
import { usedFiles } from './usedFiles.js';
import type { CliIO } from './io.js';

/**
 * `--verbose`: for each record, on standard error, the config file, template and registers it used
 * and how long reading and compiling it took; at the end, the time of the whole run.
 */
export function verboseReporter(io: CliIO, display: (path: string) => string, templateOption: string | undefined) {
  const began = performance.now();
  const ms = (t: number) => `${t < 10 ? t.toFixed(1) : Math.round(t)} ms`;
  return {
    compiled(file: string, result: CompileResult, elapsedMs: number): void {
      const used = usedFiles(file, result, templateOption, io.cwd);
      const lines = [
        `${display(file)}: compiled in ${ms(elapsedMs)}`,
        `  config:    ${used.config ? display(used.config) : 'none (no gongwen.config.yaml in this folder or above)'}`,
        `  template:  ${used.template ? display(used.template) : 'none found'}`,
      ];
      if (used.registers.length) lines.push(`  registers: ${used.registers.map(display).join(', ')}`);
      io.stderr(lines.join('\n') + '\n');
    },
    done(): void {
      io.stderr(`finished in ${ms(performance.now() - began)}\n`);
    },
  };
}
