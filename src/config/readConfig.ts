import { readFileSync } from 'node:fs';
import { keptWhileSame } from '../io/keptWhileSame.js';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { say, type LocalText } from '../diagnostics/messages/index.js';
import type { KnownCode } from '../diagnostics/messages/codes.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeText } from '../io/decodeText.js';
import { reportEncoding } from '../io/reportEncoding.js';
import { KEY_ALIASES } from '../records/aliases.js';
import { parseRecordText } from '../records/readRecord.js';
import { readSignatureAsTyped } from '../records/signature.js';
import { didYouMean } from '../zh/didYouMean.js';
import { configSchema, CONFIG_KEY_ALIASES, type ProjectConfigData } from './configSchema.js';

/** A config file as read: its values (undefined when it has errors) and folders resolved against it. */
export interface ProjectConfig {
  file: string;
  /** The config's values, or undefined when the file has errors (they are in `diagnostics`). */
  data?: ProjectConfigData;
  /** `output`, as an absolute folder. */
  outputDir?: string;
  /** `templates`, as an absolute folder. */
  templateDir?: string;
  /** The file's text, for code frames. */
  text: string;
  diagnostics: Diagnostic[];
}

/** A config file is small: this many bytes at most. */
const MAX_CONFIG_BYTES = 256 * 1024;

/**
 * Reads and checks a config file, with the record reader's machinery (src/records/readRecord.ts):
 * the same decoding (UTF-8 or GBK), the same Chinese key names, errors at the file's lines.
 */
export function readConfig(file: string, read?: Uint8Array): ProjectConfig {
  const bag = new DiagnosticBag(file);
  let bytes: Uint8Array;
  try {
    bytes = read ?? readFileSync(file);
  } catch (err) {
    bag.error('read-failed', say('config.read-failed', { reason: (err as NodeJS.ErrnoException).code ?? String(err) }));
    return { file, text: '', diagnostics: bag.items };
  }
  if (bytes.byteLength > MAX_CONFIG_BYTES) {
    bag.error('config-too-large', say('config.too-large', { kilobytes: (bytes.byteLength / 1024).toFixed(0), limit: MAX_CONFIG_BYTES / 1024 }));
    return { file, text: '', diagnostics: bag.items };
  }
  const decoded = decodeText(bytes);
  reportEncoding(decoded.problems ?? [], (decoded.problemLines ?? 0) - (decoded.problems?.length ?? 0), decoded.encoding, undefined, bag, say('config.encoding-hint'));
  const source = parseRecordText(decoded.text, file, bag);
  const config: ProjectConfig = { file, text: source?.text ?? decoded.text, diagnostics: bag.items };
  if (!source || source.data === undefined || bag.hasErrors) return config;
  const raw = source.data ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    bag.error('config-not-a-mapping', say('config.not-a-mapping'), { start: { line: 1, column: 1 } });
    return config;
  }
  // the keys only a config has, under their Chinese names too; `written` remembers how each was written
  const data: Record<string, unknown> = {};
  const written = new Map<string, string>();
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const canonical = CONFIG_KEY_ALIASES[key] ?? key;
    if (written.has(canonical)) {
      const at = source.locate([key])?.key;
      bag.error('duplicate-key', say('duplicate-key', { written: key, first: written.get(canonical) ?? canonical, key: canonical }), { start: at?.start, end: at?.end, path: [key] });
      continue;
    }
    written.set(canonical, key);
    data[canonical] = value;
  }
  // 落款 typed as a record's is (单位: under it, or 落款: 单位: … on one line: src/records/signature.ts)
  readSignatureAsTyped(data, source, bag, [written.get('signature')!, 'organ']);
  const result = configSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const found = new DiagnosticBag(file);
    for (const issue of result.error.issues) reportIssue(issue, source, written, found);
    // in the file's order, as a reader goes through it
    const at = (d: Diagnostic) => (d.start?.line ?? 0) * 1e6 + (d.start?.column ?? 0);
    bag.merge(found.items.sort((a, b) => at(a) - at(b)));
    return config;
  }
  if (bag.hasErrors) return config;
  const here = dirname(file);
  config.data = result.data;
  if (result.data.output) config.outputDir = resolve(here, result.data.output);
  if (result.data.templates) config.templateDir = resolve(here, result.data.templates);
  return config;
}

const KNOWN_KEYS = Object.keys(configSchema.shape);

/** Every name a config key may be written under: English, the record's Chinese names, the config's own. */
function namesOfKeys(keys: readonly string[]): string[] {
  const all = [...Object.entries(KEY_ALIASES), ...Object.entries(CONFIG_KEY_ALIASES)];
  return [...keys, ...all.filter(([, canonical]) => keys.includes(canonical)).map(([zh]) => zh)];
}

function reportIssue(issue: z.core.$ZodIssue, source: NonNullable<ReturnType<typeof parseRecordText>>, written: Map<string, string>, bag: DiagnosticBag): void {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  // the path as the file writes its first key
  const filePath = path.length ? [written.get(String(path[0])) ?? path[0]!, ...path.slice(1)] : path;
  const loc = source.locate(filePath);
  const at = loc?.value ?? loc?.key ?? source.locateNearest(filePath);
  if (issue.code === 'unrecognized_keys') {
    const known = path.length === 0 ? KNOWN_KEYS : path[0] === 'signature' ? ['organs'] : [];
    for (const key of issue.keys) {
      const kloc = source.locate([...filePath, key])?.key;
      const guess = didYouMean(key, namesOfKeys(known));
      const canonical = KEY_ALIASES[guess ?? ''] ?? CONFIG_KEY_ALIASES[guess ?? ''];
      bag.error('unknown-key', say('config.unknown-key', { key }), {
        start: kloc?.start ?? at?.start,
        end: kloc?.end,
        path: [...filePath, key],
        expected: guess ? undefined : say('one-of', { choices: namesOfKeys(known) }),
        hint: guess ? (canonical ? say('did-you-mean.alias', { guess, key: canonical }) : say('did-you-mean', { guess })) : say('see-schema', { kind: 'config' }),
      });
    }
    return;
  }
  const where = { start: at?.start, end: at?.end, path: filePath };
  if (issue.code === 'invalid_value') {
    bag.error('invalid-value', say('invalid-value', { value: String(issue.input) }), { ...where, expected: say('one-of', { choices: issue.values.map((v) => String(v)) }) });
  } else if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    bag.error('wrong-type', say('wrong-type.no-form'), { ...where, hint: say('see-schema', { kind: 'config' }) });
  } else {
    // a refinement gives its words as a catalogue entry (src/records/schema/common.ts refinementIssue)
    const params = (issue as { params?: { reason?: LocalText; code?: KnownCode; expected?: LocalText } }).params;
    bag.error(params?.code ?? 'invalid-value', params?.reason ?? issue.message, { ...where, expected: params?.expected });
  }
}

/**
 * Config files read in this process, by path: a file whose bytes are the same is not parsed again (a
 * batch's records share one config); an edited one is (src/io/keptWhileSame.ts). A config is a few
 * hundred bytes: reading it is the cheap part.
 */
const configsRead = keptWhileSame<ProjectConfig>();

/** readConfig, parsed once per content of the file. */
export function loadConfig(file: string): ProjectConfig {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return readConfig(file); // the error is said there
  }
  return configsRead(file, bytes, () => readConfig(file, bytes));
}
