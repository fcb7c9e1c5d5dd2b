import { dirname } from 'node:path';
import { DiagnosticBag, toDiagnostic, type Diagnostic } from './diagnostics/diagnostic.js';
import { say } from './diagnostics/messages/index.js';
import { computeContext, unreadRecordKeys } from './compile/context.js';
import type { RegisterFigures } from './compile/summary.js';
import type { SectionView } from './compile/sections.js';
import { unprintedClosings } from './compile/unprintedClosings.js';
import type { SectionInput } from './records/schema/common.js';
import type { GongwenDocument } from './model/document.js';
import { parseMarkdown } from './model/parseMarkdown.js';
import { computedBlocksIn } from './model/computedBlocks.js';
import { punctuateDocument } from './model/punctuate.js';
import { sayKey } from './records/aliases.js';
import { readRecord, type RecordSource } from './records/readRecord.js';
import { reportTraditionalText, simplifyRecordText } from './records/traditionalText.js';
import { reportUnknownVerbs } from './records/meetingVerbs.js';
import { reportPhaseDates } from './records/phaseDates.js';
import { reportDatesDisagree } from './records/datesAgree.js';
import { reportCutText } from './records/cutComments.js';
import { salvageRecord, validateRecord } from './records/validate.js';
import { findTemplate, loadPartials, projectTemplateDirs } from './templates/catalog.js';
import { renderTemplate } from './templates/renderTemplate.js';
import { loadRegisterFigures } from './compile/registers.js';
import { isDocumentFile } from './readers/isDocument.js';
import { applyConfig, withConfigTemplates } from './config/applyConfig.js';

export interface CompileOptions {
  /** --template: a template name or a path to a .hbs file. */
  template?: string;
  /** --keep-punctuation */
  keepPunctuation?: boolean;
  /** --skip-bad-rows, for registers a summary names. */
  skipBadRows?: boolean;
  cwd?: string;
  /** The record's bytes when they do not come from `file` (a record read from standard input). */
  bytes?: Uint8Array;
  /** --simplified: traditional characters converted, a record's text (records/traditionalText) as an existing document's. */
  simplified?: boolean;
}

export interface CompileResult {
  document?: GongwenDocument;
  /** The Markdown the template rendered, before it was parsed (for debugging templates). */
  templateOutput?: string;
  diagnostics: Diagnostic[];
  source?: RecordSource;
}

/** The whole path for one record: read → validate → compute → template → Markdown → model. */
export async function compileFile(file: string, options: CompileOptions = {}): Promise<CompileResult> {
  // An existing document (.docx, .txt, .md without front matter) is read, not compiled: src/readers.
  if (isDocumentFile(file)) return (await import('./readers/compileDocument.js')).compileDocumentFile(file, options);
  const result = await compileRecord(file, options);
  const source = result.source;
  if (source?.setAsideKeys?.size) {
    // a top-level key on a line set aside for a YAML mistake is not missing: its line's mistake is said
    result.diagnostics = result.diagnostics.filter(
      (d) => !(d.code === 'missing-key' && d.path?.length === 1 && source.setAsideKeys!.has(String(d.path[0]))),
    );
  }
  if (source) {
    // key paths are shown to the user as the record writes them: 信访.办理, not petitions.handled
    result.diagnostics = result.diagnostics.map((d) =>
      d.path && d.file === file && !d.writtenPath ? { ...d, writtenPath: source.writtenPath(d.path) } : d,
    );
  }
  return result;
}

/**
 * One record through the pipeline, whatever goes wrong inside it: an exception is that record's
 * error, said in words at its file, so the other records of a batch are still processed.
 */
export async function compileIsolated(file: string, options: CompileOptions = {}): Promise<CompileResult> {
  try {
    return await compileFile(file, options);
  } catch (err) {
    return { diagnostics: [internalError(file, err)] };
  }
}

/** An exception while processing `file`, as its diagnostic (never a stack trace). */
export function internalError(file: string, err: unknown): Diagnostic {
  const e = err as Error;
  const message =
    e instanceof RangeError && /call stack/i.test(e.message)
      ? say('internal-error.too-deep')
      : say('internal-error', { detail: e?.message ?? String(err) });
  return toDiagnostic({ severity: 'error', code: 'internal-error', file, message, hint: e instanceof RangeError ? undefined : say('internal-error.hint') });
}

async function compileRecord(file: string, options: CompileOptions): Promise<CompileResult> {
  const bag = new DiagnosticBag(file);
  const source = await readRecord(file, bag, options.bytes);
  if (!source) return { diagnostics: bag.items };
  reportCutText(source, bag); // text YAML took for a comment (检查了安置小区 #3楼…)
  // --simplified: a record typed in traditional characters read converted; else each such text is said
  if (options.simplified) simplifyRecordText(source);
  else reportTraditionalText(source, bag);
  const project = applyConfig(source, bag); // gongwen.config.yaml's defaults: src/config
  const meant = new Set<string>(); // a misspelt key's meaning (主待人 → chair): said once, as unknown, not also missing
  const valid = validateRecord(source, bag, meant);
  // A record that failed its schema still gets the later checks on what is left of it, so that one
  // run reports every mistake; nothing is rendered from it.
  const record = valid ?? salvageRecord(source);
  if (!record) return { diagnostics: bag.items, source };
  if (record.kind.kind === 'minutes') reportUnknownVerbs(record.data.sections, source, bag);
  if (record.kind.kind === 'plan') reportPhaseDates(record.data as Parameters<typeof reportPhaseDates>[0], source, bag);
  reportDatesDisagree(record.data as Parameters<typeof reportDatesDisagree>[0], record.kind.kind, source, bag);
  const removed = 'removed' in record ? (record.removed as Set<string>) : new Set<string>();

  const cwd = options.cwd ?? process.cwd();
  const dirs = withConfigTemplates(projectTemplateDirs(dirname(file), cwd), project?.config);
  const templateName = options.template ?? (record.data.template as string | undefined) ?? record.kind.defaultTemplate;
  const found = findTemplate(templateName, dirs, cwd);
  if (found.problem) {
    // the template's own file is at fault: said at its line, with the record that asked for it
    const { local, ...problem } = found.problem;
    bag.add({
      ...problem,
      message: say('template-problem', { name: templateName, problem: local?.message ?? problem.message }),
      expected: local?.expected ?? problem.expected,
      hint: local?.hint ?? problem.hint,
    });
    return { diagnostics: bag.items, source };
  }
  const template = found.template;
  if (!template) {
    const loc = source.locate(['template']);
    const unreadable = 'unreadable' in found ? found.unreadable : [];
    bag.error('unknown-template', say('unknown-template', { name: templateName }), {
      start: options.template ? undefined : loc?.value?.start,
      path: options.template ? undefined : ['template'],
      hint: unreadable.length ? say('see-templates.unreadable', { files: unreadable.map((p) => p.file) }) : say('see-templates'),
    });
    return { diagnostics: bag.items, source };
  }
  if (template.kind && template.kind !== record.kind.kind) {
    bag.error('template-kind', say('template-kind', { name: template.name, templateKind: template.kind, recordKind: record.kind.kind }), {
      start: source.locate(['kind'])?.value?.start,
    });
  }
  // a template's `requires` names keys, or keys one of which is enough (sections|body: the narrative
  // 纪要 needs something after 现将会议内容纪要如下：, its 章节 or a .md record's own text)
  // filled, not only given (as the templates' `given` helper means it, which prints an empty 参会人员: [] as a
  // line to fill in): 章节: [] leaves the narrative 纪要 with nothing after its lead
  const filled = (key: string) => {
    if (key === 'body') return !!source.body?.trim();
    const value = record.data[key];
    return (value !== undefined && !(Array.isArray(value) && value.length === 0)) || removed.has(key);
  };
  for (const need of template.requires) {
    const keys = need.split('|');
    if (keys.some((key) => filled(key) || meant.has(JSON.stringify([key])))) continue;
    const key = keys[0]!;
    // a 纪要 typed with its title only (标题: 红星乡党委会议纪要): the meeting's name is in it (a name of Han characters and figures only)
    const title = record.data.title;
    const meeting = key === 'meeting' && typeof title === 'string' ? /^([\p{Script=Han}\d（）]+会议?)纪要$/u.exec(title.trim())?.[1] : undefined;
    // its points or its text typed at the top, where the narrative form has no place for them
    const atTop = key === 'sections' && (record.data.points !== undefined || record.data.text !== undefined);
    bag.error('missing-key', say('template-needs-key', { name: template.name, key: sayKey(key) }), {
      // (a key typed with nothing in it, 章节: [], at its own line)
      start: (atTop ? source.locate([record.data.points !== undefined ? 'points' : 'text'])?.key?.start : undefined) ?? source.locate([key])?.key?.start ?? source.locateNearest([])?.start ?? { line: 1, column: 1 },
      path: [key],
      // a .md record (front matter, then its text) may give its text instead
      hint: meeting
        ? say('template-needs-key.meeting', { meeting })
        : atTop
          ? say('template-needs-key.sections')
          : keys.includes('body') && source.body !== undefined
            ? say('template-needs-key.body')
            : undefined,
    });
  }
  let registerFigures: RegisterFigures | undefined;
  if (record.kind.kind === 'summary' && Array.isArray(record.data.registers) && record.data.registers.length) {
    registerFigures = await loadRegisterFigures(record.data as Record<string, unknown>, source, bag, options);
  }
  if (!valid) {
    const registersFailed = Array.isArray(record.data.registers) && record.data.registers.length > 0 && !registerFigures;
    if (!registersFailed) {
      // the later checks run on what is left of the record; a passage whose figures were set aside
      // for their own mistakes (信访: 来信: 十几) is not also said to lack them
      const later = new DiagnosticBag(bag.file);
      computeContext({ record, source, bag: later, registerFigures });
      bag.merge(later.items.filter((d) => !(d.code === 'insert-unavailable' && removed.has(String(d.path?.[0])))));
    }
    return { diagnostics: bag.items, source };
  }
  if (bag.hasErrors) return { diagnostics: bag.items, source };

  const partials = loadPartials(dirs);
  const context = computeContext({ record, source, bag, registerFigures, partials });
  if (bag.hasErrors) return { diagnostics: bag.items, source };
  const read = new Set<string>();
  const markdown = renderTemplate(template, partials, context, bag, read, file);
  if (markdown === undefined) return { diagnostics: bag.items, source };
  // The writer never drops content silently: a key the template has no place for is said.
  for (const key of unreadRecordKeys(record.data, read)) {
    if (project?.applied.has(key)) continue; // a config's default the template has no place for is not the record's
    const loc = source.locate([key]);
    bag.warn('unused-key', say('unused-key', { name: template.name, key: sayKey(key) }), {
      start: (loc?.key ?? source.locateNearest([key]))?.start,
      path: [key],
      hint: say('unused-key.hint'),
    });
  }
  // 请假 beside 缺席 in an office's template made before 请假 had a key of its own (it prints one line of those not
  // present, compile/minutes.ts awayLines): said, never dropped
  const onLeave = record.kind.kind === 'minutes' ? (context as { attendance?: { onLeave?: string } }).attendance?.onLeave : undefined;
  if (onLeave && !markdown.includes(onLeave)) {
    const path = source.locate(['onLeave']) ? ['onLeave'] : ['attendance', 'onLeave'];
    bag.warn('unused-key', say('unused-key', { name: template.name, key: sayKey('onLeave') }), {
      start: (source.locate(path)?.key ?? source.locateNearest(path))?.start,
      path,
      hint: say('attendance-on-leave-unprinted.hint'),
    });
  }
  // a section's closing paragraphs that an office's own section partial has no place for (unprintedClosings)
  if (record.kind.kind !== 'minutes') {
    const data = record.data as { sections?: SectionInput[]; attachments?: Array<{ sections?: SectionInput[] }> };
    const views = context as { sections?: SectionView[]; attachments?: Array<{ sections?: SectionView[] }> };
    const left = [
      ...unprintedClosings(data.sections, views.sections, markdown),
      ...(data.attachments ?? []).flatMap((a, k) => unprintedClosings(a.sections, views.attachments?.[k]?.sections, markdown, ['attachments', k, 'sections'])),
    ];
    for (const path of left) {
      bag.warn('unused-key', say('unused-key', { name: template.name, key: sayKey('closing') }), {
        // at its first paragraph (typed as a line under a heading key, or under 结尾:)
        start: (source.locate([...path, 0])?.value ?? source.locate(path)?.key ?? source.locateNearest(path))?.start,
        path,
        hint: say('unused-key.closing-hint'),
      });
    }
  }
  const inserts = source.body?.trim() ? { body: { text: source.body, file, firstLine: source.bodyLine ?? 1 } } : undefined;
  const computed = computedBlocksIn(context);
  let document = parseMarkdown(markdown, { kind: record.kind.kind, template: template.name, origin: template.path, inserts, computed }, bag);
  if (!options.keepPunctuation) document = punctuateDocument(document);
  return { document, templateOutput: markdown, diagnostics: bag.items, source };
}
