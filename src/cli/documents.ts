/**
 * The commands on existing documents: `gongwen check` (a DOCX against GB/T 9704-2012) and
 * `gongwen import` (a document → a record). Registered on the program by main.ts; the readers and
 * checkers are loaded when a command runs.
 */
import { extname, relative, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { Option, type Command } from 'commander';
import { formatDiagnostics } from '../diagnostics/print.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';
import type { Finding } from '../check/checkDocx.js';

export function registerDocumentCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('report every departure of DOCX files from GB/T 9704-2012 (never changes them)')
    .argument('<files...>', 'DOCX files, as Word, WPS or gongwen saved them')
    .addOption(new Option('--reporter <reporter>', 'how findings are printed').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ gongwen check 方案.docx\n  $ gongwen check *.docx --reporter json\n\nExit codes: 0 no errors (warnings allowed), 1 findings of severity error or a file that cannot be read, 2 usage.')
    .action(async (files: string[], opts) => setExit(await checkCommand(files, opts.reporter, io)));
}

const display = (io: CliIO, p: string) => {
  const r = relative(io.cwd, p);
  return r && !r.startsWith('..') ? r : p;
};

interface FileReport {
  file: string;
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Set when the file could not be read. */
  unreadable?: string;
}

export async function checkCommand(files: string[], reporter: 'text' | 'json', io: CliIO): Promise<number> {
  const paint = new Chalk({ level: io.color ? 1 : 0 });
  const notDocx = files.filter((f) => extname(f).toLowerCase() !== '.docx');
  if (notDocx.length) {
    io.stderr(`${paint.red('error')}: check reads DOCX files; not: ${notDocx.join(', ')}\n`);
    return EXIT_USAGE;
  }
  const [{ DiagnosticBag }, { readDocumentFile }, { checkDocx }] = await Promise.all([
    import('../diagnostics/diagnostic.js'),
    import('../readers/readDocument.js'),
    import('../check/checkDocx.js'),
  ]);
  const reports: FileReport[] = [];
  for (const f of files) {
    const file = resolve(io.cwd, f);
    const bag = new DiagnosticBag(display(io, file));
    const read = readDocumentFile(file, bag);
    if (!read?.raw) {
      const message = bag.errors.map((d) => d.message).join('; ') || 'cannot be read';
      reports.push({ file: display(io, file), findings: [], errors: 1, warnings: 0, unreadable: message });
      if (reporter === 'text') io.stderr(formatDiagnostics(bag.errors, { color: io.color }) + '\n');
      continue;
    }
    const findings = checkDocx(read.raw, read.document).sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
    const errors = findings.filter((x) => x.severity === 'error').length;
    reports.push({ file: display(io, file), findings, errors, warnings: findings.length - errors });
  }
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  const summary = `${reports.length} file(s) checked: ${errors} error(s), ${warnings} warning(s); ${reports.filter((r) => !r.errors && !r.warnings).length} file(s) clean`;
  if (reporter === 'json') {
    io.stdout(JSON.stringify({ files: reports, errors, warnings, summary }, null, 2) + '\n');
  } else {
    for (const r of reports) {
      if (r.unreadable) continue;
      for (const x of r.findings) {
        const where = [r.file, x.paragraph !== undefined ? `¶${x.paragraph}` : '', x.page !== undefined ? `p.${x.page}` : ''].filter(Boolean).join(':');
        const sev = x.severity === 'error' ? paint.red(paint.bold('error')) : paint.yellow(paint.bold('warning'));
        io.stdout(`${paint.bold(where)}: ${sev} [${x.rule}] ${x.message}${x.excerpt ? ` — “${x.excerpt}”` : ''}\n  ${paint.dim(`${x.clause}: ${x.says}`)}\n`);
      }
      if (!r.findings.length) io.stdout(`${paint.green('ok')} ${r.file}: no departures from GB/T 9704-2012 found\n`);
    }
    io.stderr(`${summary}\n`);
  }
  return errors ? EXIT_INVALID : EXIT_OK;
}
