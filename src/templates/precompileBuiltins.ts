/**
 * The table of ./precompiled.ts for the bundle: every built-in template and partial, read as the
 * catalog reads it, marked as ./markTemplate.ts marks it (with ./precompiled.ts BUILTIN_FILE for its
 * file) and precompiled by Handlebars with the options ./compiledTemplates.ts compiles with. Run by
 * scripts/bundle.js at build time; never at run time.
 */
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_TEMPLATE_DIR, loadTemplateFile, templateText } from './catalog.js';
import { COMPILE_OPTIONS, PASSAGE_OPTIONS } from './compiledTemplates.js';
import { markedTemplate } from './markTemplate.js';
import { BUILTIN_FILE, PASSAGE_PREFIX } from './precompiled.js';

/** The source of a module that exports PRECOMPILED, the built-in templates and partials compiled. */
export function precompiledBuiltinsSource(): string {
  const entries: string[] = [];
  const add = (name: string, text: string, firstLine: number) => {
    const spec = Handlebars.precompile(markedTemplate(text, BUILTIN_FILE + name, firstLine), COMPILE_OPTIONS);
    entries.push(`${JSON.stringify(name)}: { text: ${JSON.stringify(text)}, firstLine: ${firstLine}, spec: ${spec} }`);
  };
  // a partial a 总结 renders as a passage (./renderPassage.ts): unmarked, with the passage's options
  const addPassage = (name: string, text: string) => {
    const spec = Handlebars.precompile(text, PASSAGE_OPTIONS);
    entries.push(`${JSON.stringify(PASSAGE_PREFIX + name)}: { text: ${JSON.stringify(text)}, firstLine: 1, spec: ${spec} }`);
  };
  for (const file of hbsFiles(BUILTIN_TEMPLATE_DIR)) {
    const load = loadTemplateFile(join(BUILTIN_TEMPLATE_DIR, file), 'builtin');
    if (!load.template) throw new Error(`the built-in template ${file} cannot be read: ${JSON.stringify(load.problem)}`);
    add(file, load.template.body, load.template.bodyLine);
  }
  for (const file of hbsFiles(join(BUILTIN_TEMPLATE_DIR, 'partials'))) {
    const text = templateText(readFileSync(join(BUILTIN_TEMPLATE_DIR, 'partials', file)));
    add(`partials/${file}`, text, 1);
    addPassage(`partials/${file}`, text);
  }
  return `export const BUILTIN_FILE = ${JSON.stringify(BUILTIN_FILE)};\nexport const PASSAGE_PREFIX = ${JSON.stringify(PASSAGE_PREFIX)};\nexport const PRECOMPILED = {\n${entries.join(',\n')}\n};\n`;
}

const hbsFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
