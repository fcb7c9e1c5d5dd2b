import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { PROJECT_TEMPLATE_DIR } from './dirs.js';

/** Built-in templates ship in the package's templates/ folder. */
export const BUILTIN_TEMPLATE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../templates');
/** A project's own templates (the name lives in ./dirs.ts, which `gongwen --help` loads alone). */
export { PROJECT_TEMPLATE_DIR };

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

export function loadTemplateFile(path: string, source: TemplateInfo['source']): TemplateInfo {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = matter(raw);
  const meta = parsed.data as Record<string, unknown>;
  const bodyLine = raw.slice(0, raw.length - parsed.content.length).split('\n').length;
  return {
    name: String(meta.name ?? basename(path).replace(/\.hbs$/, '')),
    kind: String(meta.kind ?? ''),
    description: String(meta.description ?? ''),
    requires: Array.isArray(meta.requires) ? meta.requires.map(String) : [],
    path,
    source,
    body: parsed.content,
    bodyLine,
  };
}

function templatesIn(dir: string, source: TemplateInfo['source']): TemplateInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => loadTemplateFile(join(dir, f), source));
}

/** Folders searched for project templates, nearest first. */
export function projectTemplateDirs(recordDir: string | undefined, cwd: string): string[] {
  const dirs = [recordDir, cwd].filter((d): d is string => Boolean(d)).map((d) => resolve(d, PROJECT_TEMPLATE_DIR));
  return [...new Set(dirs)];
}

/** Every template by name; a project template of the same name overrides the built-in one. */
export function listTemplates(projectDirs: string[]): TemplateInfo[] {
  const byName = new Map<string, TemplateInfo>();
  for (const t of templatesIn(BUILTIN_TEMPLATE_DIR, 'builtin')) byName.set(t.name, t);
  for (const dir of [...projectDirs].reverse()) for (const t of templatesIn(dir, 'project')) byName.set(t.name, t);
  return [...byName.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** A template by name, or by path to a .hbs file. */
export function findTemplate(nameOrPath: string, projectDirs: string[], cwd: string): TemplateInfo | undefined {
  if (nameOrPath.endsWith('.hbs')) {
    const p = resolve(cwd, nameOrPath);
    return existsSync(p) ? loadTemplateFile(p, 'file') : undefined;
  }
  return listTemplates(projectDirs).find((t) => t.name === nameOrPath);
}

/** Partials: templates/partials/*.hbs, a project's own overriding the built-in ones. */
export function loadPartials(projectDirs: string[]): Map<string, string> {
  const partials = new Map<string, string>();
  const add = (dir: string) => {
    const p = join(dir, 'partials');
    if (!existsSync(p)) return;
    for (const f of readdirSync(p).filter((x) => x.endsWith('.hbs'))) {
      partials.set(f.replace(/\.hbs$/, ''), readFileSync(join(p, f), 'utf8'));
    }
  };
  add(BUILTIN_TEMPLATE_DIR);
  for (const d of [...projectDirs].reverse()) add(d);
  return partials;
}
