import { dirname, join } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { canonicalKind } from '../records/aliases.js';
import type { RecordSource } from '../records/readRecord.js';
import { KINDS } from '../records/schema/index.js';
import { keysAt } from '../records/validate.js';
import { projectTemplateDirs } from '../templates/catalog.js';
import { RECORD_DEFAULT_KEYS } from './configSchema.js';
import { findConfig } from './findConfig.js';
import { oncePerRun } from '../io/runMemo.js';
import { loadConfig, type ProjectConfig } from './readConfig.js';

/** What a config gave a record. */
export interface AppliedConfig {
  config: ProjectConfig;
  /** Record keys whose value came from the config (the record did not have them). */
  applied: Set<string>;
}

/** The config that applies to a record file (src/config/findConfig.ts), read and checked. */
export function configFor(recordFile: string): ProjectConfig | undefined {
  // once a run for a folder (src/io/runMemo.ts): a batch's records share their folder's config
  return oncePerRun(`config\u0000${dirname(recordFile)}`, () => {
    const file = findConfig(dirname(recordFile));
    return file ? loadConfig(file) : undefined;
  });
}

/**
 * Gives a record the config's defaults for the keys it does not have itself: 发文机关, 印发机关, 抄送,
 * 落款's 署名 and 日期格式, each only to the kinds whose schema has that key (a 纪要 has no 发文机关).
 * A record's own key always wins; its 落款 without 署名 takes the config's 署名 beside its own 成文日期.
 * The config's errors are the record's errors (reported at the config file's lines).
 */
export function applyConfig(source: RecordSource, bag: DiagnosticBag): AppliedConfig | undefined {
  const config = configFor(source.file);
  if (!config) return undefined;
  // the config's mistakes are the same for every record under it: a batch says them once (Diagnostic.shared)
  bag.merge(config.diagnostics.map((d) => ({ ...d, shared: true })));
  const applied = new Set<string>();
  const record = source.data;
  if (!config.data || !record || typeof record !== 'object' || Array.isArray(record)) return { config, applied };
  const data = record as Record<string, unknown>;
  const kind = typeof data.kind === 'string' ? KINDS[canonicalKind(data.kind.trim())] : undefined;
  const accepted = new Set(kind ? keysAt(kind.schema, []) : []);
  for (const key of RECORD_DEFAULT_KEYS) {
    const value = config.data[key];
    if (value === undefined || !accepted.has(key)) continue;
    if (key === 'signature') {
      const own = data.signature;
      if (own === undefined) set(data, key, structuredClone(value));
      else if (own && typeof own === 'object' && !Array.isArray(own) && !('organs' in own)) {
        set(own as Record<string, unknown>, 'organs', [...(value as { organs: string[] }).organs]);
      } else continue;
    } else if (data[key] === undefined) set(data, key, structuredClone(value));
    else continue;
    applied.add(key);
  }
  return { config, applied };
}

function set(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The template folders searched for a record: the config's `templates` folder after the record's own
 * `gongwen-templates` and before the working folder's (src/templates/catalog.ts projectTemplateDirs).
 */
export function withConfigTemplates(dirs: string[], config: ProjectConfig | undefined): string[] {
  if (!config?.templateDir) return dirs;
  return [...new Set([...dirs.slice(0, 1), config.templateDir, ...dirs.slice(1)])];
}

/** The template folders for `templates list` and `show` in a folder: its gongwen-templates, then its config's 模板目录. */
export function templateDirsHere(cwd: string): string[] {
  const config = configFor(join(cwd, 'gongwen.config.yaml'));
  return withConfigTemplates(projectTemplateDirs(undefined, cwd), config?.diagnostics.length ? undefined : config);
}
