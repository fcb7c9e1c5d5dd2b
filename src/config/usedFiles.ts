import { dirname, resolve } from 'node:path';
import { configFor, withConfigTemplates } from './applyConfig.js';
import { canonicalKind } from '../records/aliases.js';
import { names } from '../records/schema/common.js';
import { KINDS } from '../records/schema/index.js';
import { findTemplate, projectTemplateDirs } from '../templates/catalog.js';

/** The files a record's rendering read besides the record: for `--verbose` and `render --watch`. */
export interface UsedFiles {
  /** gongwen.config.yaml that gave defaults (src/config). */
  config?: string;
  /** The template file, when one was found. */
  template?: string;
  /** Registers (台账) a summary counts, as absolute paths. */
  registers: string[];
  /** Folders whose templates and partials the record may use (the project's own, not the built-in one). */
  templateDirs: string[];
}

/**
 * Works out what a compiled record used, the way the pipeline (src/pipeline.ts) chooses it: the
 * config above the record, the template by --template, `template:` or the kind's default, searched
 * in the same folders, and `registers:` relative to the record. `data`: the record as the pipeline
 * read it (CompileResult's `source.data`, its keys in English).
 */
export function usedFiles(file: string, data: unknown, templateOption: string | undefined, cwd: string): UsedFiles {
  const config = configFor(file);
  const dirs = withConfigTemplates(projectTemplateDirs(dirname(file), cwd), config);
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const kind = typeof record.kind === 'string' ? KINDS[canonicalKind(record.kind.trim())] : undefined;
  const templateName = templateOption ?? (typeof record.template === 'string' ? record.template.trim() : undefined) ?? kind?.defaultTemplate;
  let template: string | undefined;
  if (templateName) {
    const found = findTemplate(templateName, dirs, cwd);
    template = found.template?.path ?? found.problem?.file;
  }
  const listed = names.safeParse(record.registers);
  const registers = listed.success ? listed.data.map((r) => resolve(dirname(file), r)) : [];
  return { config: config?.file, template, registers, templateDirs: dirs };
}
