import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { toDiagnostic, type Diagnostic, type DiagnosticInput } from '../diagnostics/diagnostic.js';
import { say, type Text } from '../diagnostics/messages/index.js';
import { decodeText } from '../io/decodeText.js';
import { keptWhileSame } from '../io/keptWhileSame.js';
import { oncePerRun } from '../io/runMemo.js';
import { PROJECT_TEMPLATE_DIR } from './dirs.js';
import { PRECOMPILED } from './precompiled.js';
import type { PartialSource } from './compiledTemplates.js';

/** Built-in templates ship in the package's templates/ folder. */
export const BUILTIN_TEMPLATE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../templates');
/** A project's own templates (the name lives in ./dirs.ts, which `gongwen --help` loads alone). */
export { PROJECT_TEMPLATE_DIR };
/** A template or partial larger than this is not a template (README, "Safety"). */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

export interface TemplateInfo {
  name: string;
  kind: string;
  description: string;
  /** Record keys the template needs beyond the schema's required ones. */
  requires: string[];
  path: string;
  source: 'builtin' | 'project' | 'file';
  /** The Handlebars text (after the template's own front matter). */
  body: string;
  /** Line of the body's first line in the file (for error positions). */
  bodyLine: number;
}

/** A template file that cannot be used, said at its file and line. */
export type TemplateProblem = Diagnostic & { file: string };

export type TemplateLoad = { template: TemplateInfo; problem?: undefined } | { template?: undefined; problem: TemplateProblem };

const problem = (file: string, message: Text, line?: number, extra: Partial<DiagnosticInput> = {}): TemplateLoad => ({
  // a template that cannot be used fails every record that names it alike (Diagnostic.shared)
  problem: { file, ...toDiagnostic({ severity: 'error', code: 'template-unreadable', file, message, start: line ? { line, column: 1 } : undefined, shared: true, ...extra }) },
});

/**
 * Front matter is YAML and nothing else: gray-matter would run `---js` / `---coffee` front matter
 * as code, so any language named after the opening `---` is refused before gray-matter sees the
 * text, and its YAML engine is the `yaml` package's parser (data only, no tags that build objects).
 */
const YAML_ONLY = {
  language: 'yaml',
  engines: {
    yaml: (text: string) => (parseYaml(text) ?? {}) as object,
  },
};

/** A template or partial file's text: saved as UTF-8 or as GBK (Notepad, WPS on Chinese Windows), decoded as records are; no BOM, \n line ends. */
export const templateText = (bytes: Uint8Array): string => decodeText(bytes).text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Template files read in this process, by source and path, made again when their bytes change (src/io/keptWhileSame.ts). */
const templateFilesRead = keptWhileSame<TemplateLoad>();

/**
 * Reads one template file; never throws. Its decoding and front matter are done once per process
 * while its bytes stay the same (a batch renders many records with one template: about 1 ms a record).
 */
export function loadTemplateFile(path: string, source: TemplateInfo['source']): TemplateLoad {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile()) return problem(path, st.isDirectory() ? say('template-unreadable.folder') : say('template-unreadable.special'));
    if (st.size > MAX_TEMPLATE_BYTES) return problem(path, say('template-unreadable.size', { megabytes: (st.size / 2 ** 20).toFixed(1), limit: MAX_TEMPLATE_BYTES / 2 ** 20 }));
    bytes = readFileSync(path);
  } catch (err) {
    return problem(path, say('template-unreadable.read', { reason: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  return templateFilesRead(`${source}\u0000${path}`, bytes, () => parseTemplateFile(path, source, templateText(bytes)));
}

function parseTemplateFile(path: string, source: TemplateInfo['source'], raw: string): TemplateLoad {
  const precompiled = source === 'builtin' ? precompiledFrontMatter(path, raw) : undefined;
  if (precompiled) return { template: { ...precompiled, path, source } };
  const opening = /^---([^\n]*)\n/.exec(raw);
  const language = opening?.[1]?.trim();
  if (language && !/^ya?ml$/i.test(language)) {
    return problem(path, say('template-front-matter.language', { language }), 1, {
      code: 'template-front-matter',
      expected: say('template-front-matter.expected'),
    });
  }
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(raw, YAML_ONLY);
  } catch (err) {
    const e = err as Error & { linePos?: Array<{ line: number }> };
    return problem(path, say('template-front-matter.yaml', { detail: e.message.split('\n')[0]! }), (e.linePos?.[0]?.line ?? 0) + 1, { code: 'template-front-matter' });
  }
  const meta = (parsed.data && typeof parsed.data === 'object' ? parsed.data : {}) as Record<string, unknown>;
  const bodyLine = raw.slice(0, raw.length - parsed.content.length).split('\n').length;
  return {
    template: {
      name: typeof meta.name === 'string' && meta.name.trim() ? meta.name.trim() : basename(path).replace(/\.hbs$/, ''),
      kind: typeof meta.kind === 'string' ? meta.kind : '',
      description: typeof meta.description === 'string' ? meta.description : '',
      requires: Array.isArray(meta.requires) ? meta.requires.map(String) : [],
      path,
      source,
      body: parsed.content,
      bodyLine,
    },
  };
}

/**
 * A built-in template's front matter and body as the bundle read them when it was built (./precompiled.ts), when the
 * file's text is the one read then; from the sources, or for an edited file, undefined (read here as any other).
 */
function precompiledFrontMatter(path: string, raw: string): Omit<TemplateInfo, 'path' | 'source'> | undefined {
  const entry = PRECOMPILED[relative(BUILTIN_TEMPLATE_DIR, path).split(sep).join('/')];
  const meta = entry?.frontMatter;
  if (!meta || raw !== meta.head + entry.text) return undefined;
  return { name: meta.name, kind: meta.kind, description: meta.description, requires: [...meta.requires], body: entry.text, bodyLine: entry.firstLine };
}

/** The .hbs files of a folder, in name order; a missing folder has none. */
export function templateFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.hbs'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Folders searched for project templates, nearest first. */
export function projectTemplateDirs(recordDir: string | undefined, cwd: string): string[] {
  const dirs = [recordDir, cwd].filter((d): d is string => Boolean(d)).map((d) => resolve(d, PROJECT_TEMPLATE_DIR));
  return [...new Set(dirs)];
}

/** Template folders in the order they are searched: the nearest project folder first, the built-in one last. */
const searchOrder = (projectDirs: string[]): Array<[string, TemplateInfo['source']]> => [
  ...projectDirs.map((d): [string, TemplateInfo['source']] => [d, 'project']),
  [BUILTIN_TEMPLATE_DIR, 'builtin'],
];

/**
 * Every template by name, a project template overriding the built-in one of the same name; files
 * that cannot be used are returned as problems (at their file and line), the others still listed.
 */
export function listTemplates(projectDirs: string[]): { templates: TemplateInfo[]; problems: TemplateProblem[] } {
  const byName = new Map<string, TemplateInfo>();
  const problems: TemplateProblem[] = [];
  for (const [dir, source] of searchOrder(projectDirs)) {
    for (const file of templateFiles(dir)) {
      const load = loadTemplateFile(file, source);
      if (load.problem) problems.push(load.problem);
      else if (!byName.has(load.template.name)) byName.set(load.template.name, load.template);
    }
  }
  const templates = [...byName.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return { templates, problems };
}

/**
 * A template by name, or by path to a .hbs file. Only the template asked for is read: `<name>.hbs`
 * in each folder, nearest first; a template whose front matter gives it another name than its
 * file's is found by reading the other files' front matter, skipping any that cannot be read (they
 * are named in the answer, so that "no template" can say why). A broken file elsewhere in a
 * templates folder never stops a record that does not use it.
 */
export function findTemplate(nameOrPath: string, projectDirs: string[], cwd: string): TemplateLoad | { template?: undefined; problem?: undefined; unreadable: TemplateProblem[] } {
  // once a run (src/io/runMemo.ts): every record of a batch that names this template gets it as the run first read it
  return oncePerRun(`findTemplate\u0000${nameOrPath}\u0000${cwd}\u0000${projectDirs.join('\u0000')}`, () => readTemplate(nameOrPath, projectDirs, cwd));
}

function readTemplate(nameOrPath: string, projectDirs: string[], cwd: string): ReturnType<typeof findTemplate> {
  if (nameOrPath.endsWith('.hbs')) return loadTemplateFile(resolve(cwd, nameOrPath), 'file');
  const order = searchOrder(projectDirs);
  // a <name>.hbs read here and named otherwise in its front matter is not read again below
  const named = new Set<string>();
  for (const [dir, source] of order) {
    const file = join(dir, `${nameOrPath}.hbs`);
    if (!existsSync(file)) continue;
    const load = loadTemplateFile(file, source);
    if (load.problem || load.template.name === nameOrPath) return load;
    named.add(file);
  }
  const unreadable: TemplateProblem[] = [];
  for (const [dir, source] of order) {
    for (const file of templateFiles(dir)) {
      if (named.has(file)) continue;
      const load = loadTemplateFile(file, source);
      if (load.problem) unreadable.push(load.problem);
      else if (load.template.name === nameOrPath) return load;
    }
  }
  return { unreadable };
}

/** Partial files read in this process, by path, made again when their bytes change (src/io/keptWhileSame.ts). */
const partialFiles = keptWhileSame<PartialSource>();

/**
 * Partials: templates/partials/*.hbs, a project's own overriding the built-in ones. A file's partial
 * is the same object while its bytes stay the same (its compiled form is kept by that object:
 * ./compiledTemplates.ts); an edited one is new.
 */
export function loadPartials(projectDirs: string[]): ReadonlyMap<string, PartialSource> {
  // once a run (src/io/runMemo.ts): the same map for every record of a batch
  return oncePerRun(`partials\u0000${projectDirs.join('\u0000')}`, () => readPartials(projectDirs));
}

function readPartials(projectDirs: string[]): ReadonlyMap<string, PartialSource> {
  const partials = new Map<string, PartialSource>();
  for (const [dir] of searchOrder(projectDirs).reverse()) {
    for (const file of templateFiles(join(dir, 'partials'))) {
      try {
        const st = statSync(file);
        if (!st.isFile() || st.size > MAX_TEMPLATE_BYTES) continue;
        const bytes = readFileSync(file);
        const partial = partialFiles(file, bytes, () => ({ name: basename(file, '.hbs'), path: file, text: templateText(bytes) }));
        partials.set(partial.name, partial);
      } catch {
        /* an unreadable partial is reported where a template uses it: "no partial …" */
      }
    }
  }
  return partials;
}
