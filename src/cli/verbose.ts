import type { CompileResult } from '../pipeline.js';
import { usedFiles } from '../config/usedFiles.js';
import { displayWidth } from '../zh/width.js';
import type { Session } from './session.js';

/**
 * `--verbose`: for each record, on standard error, the config file, template and registers it used
 * and how long reading and compiling it took; at the end, the time of the whole run.
 */
export function verboseReporter(session: Session, templateOption: string | undefined) {
  const { io, display, say: t } = session;
  // the labels padded to one width, as the terminal shows them
  const labels = [t('cli.verbose.config'), t('cli.verbose.template'), t('cli.verbose.registers')];
  const width = Math.max(...labels.map(displayWidth)) + (session.language === 'zh' ? 0 : 1); // no space after a full-width colon
  const label = (i: number) => labels[i] + ' '.repeat(width - displayWidth(labels[i]!));
  const began = performance.now();
  const ms = (time: number) => `${time < 10 ? time.toFixed(1) : Math.round(time)} ms`;
  return {
    compiled(file: string, result: CompileResult, elapsedMs: number): void {
      const used = usedFiles(file, result.source?.data, templateOption, io.cwd);
      const lines = [
        t('cli.verbose.compiled', { file: display(file), time: ms(elapsedMs) }),
        `  ${label(0)}${used.config ? display(used.config) : t('cli.verbose.no-config')}`,
        `  ${label(1)}${used.template ? display(used.template) : t('cli.verbose.no-template')}`,
      ];
      if (used.registers.length) lines.push(`  ${label(2)}${used.registers.map(display).join(', ')}`);
      io.stderr(lines.join('\n') + '\n');
    },
    done(): void {
      io.stderr(`${t('cli.verbose.finished', { time: ms(performance.now() - began) })}\n`);
    },
  };
}
