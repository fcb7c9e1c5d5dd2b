/**
 * The table of ./precompiled.ts for the bundle: every built-in template and partial, read as the
 * catalog reads it, marked as ./markTemplate.ts marks it (with ./precompiled.ts BUILTIN_FILE for its
 * file) and precompiled by Handlebars with the options ./compiledTemplates.ts compiles with. Run by
 * scripts/bundle.js at build time; never at run time.
 */
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BUILTIN_TEMPLATE_DIR, loadTemplateFile, templateFiles, templateText } from './catalog.js';
import { BUILTIN_OPTIONS, COMPILE_OPTIONS, PASSAGE_OPTIONS } from './compiledTemplates.js';
import { markedTemplate } from './markTemplate.js';
import { BUILTIN_FILE, PASSAGE_PREFIX, type PrecompiledTemplate } from './precompiled.js';

/**
 * The source of a module that exports PRECOMPILED, the built-in templates and partials compiled, and
 * the files it was made from (for scripts/bundle.js's record of the bundle's inputs).
 */
export function precompiledBuiltins(): { source: string; files: string[] } {
  const entries: string[] = [];
  const files: string[] = [];
  // Handlebars.precompile gives the specification as JavaScript source (its types say an object)
  const entry = (key: string, text: string, firstLine: number, spec: unknown, frontMatter?: PrecompiledTemplate['frontMatter']) =>
    entries.push(`${JSON.stringify(key)}: { text: ${JSON.stringify(text)}, firstLine: ${firstLine}, spec: ${String(spec)}${frontMatter ? `, frontMatter: ${JSON.stringify(frontMatter)}` : ''} }`);
  const marked = (name: string, text: string, firstLine: number) => Handlebars.precompile(markedTemplate(text, BUILTIN_FILE + name, firstLine), { ...COMPILE_OPTIONS, ...BUILTIN_OPTIONS });
  for (const path of templateFiles(BUILTIN_TEMPLATE_DIR)) {
    const load = loadTemplateFile(path, 'builtin');
    if (!load.template) throw new Error(`the built-in template ${path} cannot be read: ${JSON.stringify(load.problem)}`);
    const name = basename(path);
    const { body, bodyLine, kind, description, requires } = load.template;
    const raw = templateText(readFileSync(path));
    if (!raw.endsWith(body)) throw new Error(`the built-in template ${path}: its body is not the end of its text`);
    const frontMatter = { head: raw.slice(0, raw.length - body.length), name: load.template.name, kind, description, requires };
    entry(name, body, bodyLine, marked(name, body, bodyLine), frontMatter);
    files.push(path);
  }
  for (const path of templateFiles(join(BUILTIN_TEMPLATE_DIR, 'partials'))) {
    const name = `partials/${basename(path)}`;
    const text = templateText(readFileSync(path));
    entry(name, text, 1, marked(name, text, 1));
    // the same partial as a 总结 renders it as a passage (./renderPassage.ts): unmarked, the passage's options
    entry(PASSAGE_PREFIX + name, text, 1, Handlebars.precompile(text, { ...PASSAGE_OPTIONS, ...BUILTIN_OPTIONS }));
    files.push(path);
  }
  const source = `export const BUILTIN_FILE = ${JSON.stringify(BUILTIN_FILE)};\nexport const PASSAGE_PREFIX = ${JSON.stringify(PASSAGE_PREFIX)};\nexport const PRECOMPILED = {\n${entries.join(',\n')}\n};\n`;
  return { source, files };
}
