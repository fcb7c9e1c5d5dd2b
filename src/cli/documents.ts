/**
 * The commands on existing documents: `gongwen check` (a DOCX against GB/T 9704-2012) and
 * `gongwen import` (a document → a record). Registered on the program by ./toolCommands.ts; the readers and
 * checkers are loaded when a command runs.
 */
import type { Language } from '../diagnostics/language.js';
import type { Text } from '../diagnostics/messages/index.js';
import { existsSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { showText } from '../diagnostics/showText.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';
import { labelled } from './language.js';
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

export async function checkCommand(files: string[], reporter: 'text' | 'json', io: CliIO, language: Language = 'en'): Promise<number> {
  // loaded when the command runs: registering it costs `gongwen --help` nothing
  const [{ Chalk }, { formatDiagnostics }, { localize, say }] = await Promise.all([import('chalk'), import('../diagnostics/print.js'), import('../diagnostics/messages/index.js')]);
  const words = (text: Text) => localize(text, language);
  const paint = new Chalk({ level: io.color ? 1 : 0 });
  const { WORD_EXTENSIONS } = await import('../readers/isDocument.js');
  const notDocx = files.filter((f) => !WORD_EXTENSIONS.has(extname(f).toLowerCase()));
  if (notDocx.length) {
    io.stderr(`${labelled('error', words(say('check-cli.not-docx', { files: notDocx })), language, paint)}\n`);
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
      const message = bag.errors.map((d) => d.message).join('; ') || words(say('check-cli.unreadable'));
      reports.push({ file: display(io, file), findings: [], errors: 1, warnings: 0, unreadable: message });
      if (reporter === 'text') io.stderr(formatDiagnostics(bag.errors, { color: io.color, language }) + '\n');
      continue;
    }
    const findings = checkDocx(read.raw, read.document).sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
    const errors = findings.filter((x) => x.severity === 'error').length;
    reports.push({ file: display(io, file), findings, errors, warnings: findings.length - errors });
  }
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  const summary = words(say('check-cli.summary', { files: reports.length, errors, warnings, clean: reports.filter((r) => !r.errors && !r.warnings).length }));
  if (reporter === 'json') {
    // the findings' English messages; the catalogue's entries stay inside
    const plain = reports.map((r) => ({ ...r, findings: r.findings.map(({ local: _local, ...x }) => x) }));
    io.stdout(JSON.stringify({ files: plain, errors, warnings, summary }, null, 2) + '\n');
  } else {
    for (const r of reports) {
      if (r.unreadable) continue;
      for (const x of r.findings) {
        const where = words(say('check-cli.where', { file: r.file, paragraph: x.paragraph, page: x.page }));
        const severity = words(say('check-cli.severity', { severity: x.severity }));
        const sev = x.severity === 'error' ? paint.red(paint.bold(severity)) : paint.yellow(paint.bold(severity));
        const finding = words(say('check-cli.finding', { rule: x.rule, message: x.local ?? x.message, excerpt: x.excerpt }));
        io.stdout(`${paint.bold(where)}: ${sev}${finding}\n  ${paint.dim(`${x.clause}${language === 'zh' ? '：' : ': '}${x.says}`)}\n`);
      }
      if (!r.findings.length) io.stdout(`${paint.green(words(say('check-cli.ok')))} ${words(say('check-cli.clean', { file: r.file }))}\n`);
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
  /** The language of the messages; English when not given. */
  language?: Language;
}

/** `gongwen import`: a document → a record (YAML, Chinese keys), checked by compiling it. */
export async function importCommand(input: string, opts: ImportOptions, io: CliIO): Promise<number> {
  const [{ Chalk }, { formatDiagnostics }, { localize, say }] = await Promise.all([import('chalk'), import('../diagnostics/print.js'), import('../diagnostics/messages/index.js')]);
  const paint = new Chalk({ level: io.color ? 1 : 0 });
  const language = opts.language ?? 'en';
  const error = (text: Text) => io.stderr(`${labelled('error', localize(text, language), language, paint)}\n`);
  // node:fs and node:path are imported at the top: commands.cjs runs in node:vm, where an `import()`
  // esbuild leaves for a built-in module fails (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING; scripts/bundle.js)
  const [{ DiagnosticBag }, { readDocumentFile }, { toRecord, recordYaml }, { canonicalKind }, { writeAtomic }, { compileFile }] = await Promise.all([
    import('../diagnostics/diagnostic.js'),
    import('../readers/readDocument.js'),
    import('../import/toRecord.js'),
    import('../records/aliases.js'),
    import('../io/writeAtomic.js'),
    import('../pipeline.js'),
  ]);
  let kind: 'minutes' | 'summary' | 'plan' | 'speech' | undefined;
  if (opts.kind) {
    const k = canonicalKind(opts.kind);
    if (!['minutes', 'summary', 'plan', 'speech'].includes(k)) {
      error(say('import-cli.unknown-kind', { kind: opts.kind }));
      return EXIT_USAGE;
    }
    kind = k as typeof kind;
  }
  const file = resolve(io.cwd, input);
  if (!existsSync(file)) {
    error(say('import-cli.no-file', { file: input }));
    return EXIT_USAGE;
  }
  const bag = new DiagnosticBag(display(io, file));
  const read = readDocumentFile(file, bag, { kind, simplified: opts.simplified });
  if (!read) {
    io.stderr(formatDiagnostics(bag.items, { color: io.color, language }) + '\n');
    return EXIT_INVALID;
  }
  const record = toRecord(read.document, read.document.kind as NonNullable<typeof kind>, read.kindReason);
  for (const m of record.moved) bag.warn('import-placed', m);
  // The record must validate and render: compile it as `render` would, from its bytes, as if it stood
  // beside the document (so a gongwen-templates folder there is found); nothing is written for this
  const probe = file.replace(/\.[^.\\/]+$/, '') + '.yaml';
  const compile = async () =>
    (await compileFile(probe, { cwd: io.cwd, bytes: Buffer.from(recordYaml(record, basename(file))) })).diagnostics.filter((d) => d.severity === 'error');
  let errors = await compile();
  if (errors.length && (record.data.信访 || record.data.矛盾纠纷)) {
    // figures that do not add up (a total the text gives one way and the parts another) stay in the text only
    const figures = [record.data.信访, record.data.矛盾纠纷].filter(Boolean);
    delete record.data.信访;
    delete record.data.矛盾纠纷;
    record.comments.delete('信访');
    record.comments.delete('矛盾纠纷');
    errors = await compile();
    if (!errors.length) bag.warn('import-figures', say('import.figures', { figures: JSON.stringify(figures) }));
  }
  const yaml = recordYaml(record, basename(file));
  for (const e of errors) bag.error('import-invalid', say('import.invalid', { reason: e.local?.message ?? e.message }));
  io.stderr(bag.items.length ? formatDiagnostics(bag.items, { color: io.color, language }) + '\n' : '');
  if (errors.length) return EXIT_INVALID;
  if (opts.output) {
    const target = resolve(io.cwd, opts.output);
    if (target === file) {
      error(say('import-cli.same-file', { file: opts.output }));
      return EXIT_INVALID;
    }
    writeAtomic(target, yaml, Boolean(opts.force));
    io.stderr(`${paint.green(localize(say('import-cli.wrote'), language))} ${display(io, target)} (${record.data.类型})\n`);
  } else io.stdout(yaml);
  return EXIT_OK;
}
