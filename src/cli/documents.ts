/**
 * The commands on existing documents: `gongwen check` (a DOCX against GB/T 9704-2012) and
 * `gongwen import` (a document → a record). Registered on the program by ./toolCommands.ts; the readers and
 * checkers are loaded when a command runs.
 */
import { extname, relative, resolve } from 'node:path';
import { showText } from '../diagnostics/showText.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';
import type { Finding } from '../check/checkDocx.js';

const display = (io: CliIO, p: string) => {
  const r = relative(io.cwd, p);
  return showText(r && !r.startsWith('..') ? r : p);
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
  // loaded when the command runs: registering it costs `gongwen --help` nothing
  const [{ Chalk }, { formatDiagnostics }] = await Promise.all([import('chalk'), import('../diagnostics/print.js')]);
  const paint = new Chalk({ level: io.color ? 1 : 0 });
  const { WORD_EXTENSIONS } = await import('../readers/isDocument.js');
  const notDocx = files.filter((f) => !WORD_EXTENSIONS.has(extname(f).toLowerCase()));
  if (notDocx.length) {
    io.stderr(`${paint.red('error')}: check reads DOCX files (.docx, .dotx, .docm, .dotm); not: ${notDocx.join(', ')}\n`);
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

export interface ImportOptions {
  kind?: string;
  output?: string;
  force?: boolean;
  simplified?: boolean;
}

/** `gongwen import`: a document → a record (YAML, Chinese keys), checked by compiling it. */
export async function importCommand(input: string, opts: ImportOptions, io: CliIO): Promise<number> {
  const [{ Chalk }, { formatDiagnostics }] = await Promise.all([import('chalk'), import('../diagnostics/print.js')]);
  const paint = new Chalk({ level: io.color ? 1 : 0 });
  const [{ DiagnosticBag }, { readDocumentFile }, { toRecord, recordYaml }, { canonicalKind }, { writeAtomic }, { compileFile }, fs, path] = await Promise.all([
    import('../diagnostics/diagnostic.js'),
    import('../readers/readDocument.js'),
    import('../import/toRecord.js'),
    import('../records/aliases.js'),
    import('../io/writeAtomic.js'),
    import('../pipeline.js'),
    import('node:fs'),
    import('node:path'),
  ]);
  let kind: 'minutes' | 'summary' | 'plan' | 'speech' | undefined;
  if (opts.kind) {
    const k = canonicalKind(opts.kind);
    if (!['minutes', 'summary', 'plan', 'speech'].includes(k)) {
      io.stderr(`${paint.red('error')}: unknown kind "${opts.kind}": use minutes (纪要), summary (总结), plan (实施方案), speech (讲话)\n`);
      return EXIT_USAGE;
    }
    kind = k as typeof kind;
  }
  const file = resolve(io.cwd, input);
  if (!fs.existsSync(file)) {
    io.stderr(`${paint.red('error')}: no such file: ${input}\n`);
    return EXIT_USAGE;
  }
  const bag = new DiagnosticBag(display(io, file));
  const read = readDocumentFile(file, bag, { kind, simplified: opts.simplified });
  if (!read) {
    io.stderr(formatDiagnostics(bag.items, { color: io.color }) + '\n');
    return EXIT_INVALID;
  }
  const record = toRecord(read.document, read.document.kind as NonNullable<typeof kind>, read.kindReason);
  for (const m of record.moved) bag.warn('import-placed', m);
  // The record must validate and render: compile it as `render` would, from its bytes, as if it stood
  // beside the document (so a gongwen-templates folder there is found); nothing is written for this
  const probe = file.replace(/\.[^.\\/]+$/, '') + '.yaml';
  const compile = async () =>
    (await compileFile(probe, { cwd: io.cwd, bytes: Buffer.from(recordYaml(record, path.basename(file))) })).diagnostics.filter((d) => d.severity === 'error');
  let errors = await compile();
  if (errors.length && (record.data.信访 || record.data.矛盾纠纷)) {
    // figures that do not add up (a total the text gives one way and the parts another) stay in the text only
    const figures = [record.data.信访, record.data.矛盾纠纷].filter(Boolean);
    delete record.data.信访;
    delete record.data.矛盾纠纷;
    record.comments.delete('信访');
    record.comments.delete('矛盾纠纷');
    errors = await compile();
    if (!errors.length) bag.warn('import-figures', `the figures read from the text (${JSON.stringify(figures)}) do not add up as a record's must; they are left in the text only`);
  }
  const yaml = recordYaml(record, path.basename(file));
  for (const e of errors) bag.error('import-invalid', `the imported record does not validate: ${e.message}`);
  io.stderr(bag.items.length ? formatDiagnostics(bag.items, { color: io.color }) + '\n' : '');
  if (errors.length) return EXIT_INVALID;
  if (opts.output) {
    const target = resolve(io.cwd, opts.output);
    if (target === file) {
      io.stderr(`${paint.red('error')}: ${opts.output} is the document being imported; not written over\n`);
      return EXIT_INVALID;
    }
    writeAtomic(target, yaml, Boolean(opts.force));
    io.stderr(`${paint.green('wrote')} ${display(io, target)} (${record.data.类型})\n`);
  } else io.stdout(yaml);
  return EXIT_OK;
}
