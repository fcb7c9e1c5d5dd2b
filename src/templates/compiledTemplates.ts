import Handlebars from 'handlebars';
import { registerHelpers } from './helpers.js';
import { escapeMarkdown } from '../model/markdownText.js';
import { markedTemplate } from './markTemplate.js';
import { BUILTIN_FILE, PASSAGE_PREFIX, PRECOMPILED } from './precompiled.js';
import { BUILTIN_TEMPLATE_DIR } from './catalog.js';
import { join, relative, sep } from 'node:path';

/**
 * Handlebars escapes what `{{value}}` writes so that data cannot become markup; here the markup is
 * our Markdown, so the escaping is Markdown's (src/model/markdownText.ts): record text never
 * starts a heading, a table, a block or a page break. `{{{value}}}`, and values with `toHTML`
 * (MarkdownBlock, Handlebars' SafeString), are written as they are. The one escaping function
 * lives on Handlebars' shared Utils, which every compiled template's container reads; gongwen
 * renders nothing but Markdown with Handlebars.
 */
Handlebars.Utils.escapeExpression = (value: unknown): string => {
  if (value && typeof (value as { toHTML?: unknown }).toHTML === 'function') return (value as { toHTML(): string }).toHTML();
  if (value === null || value === undefined) return '';
  return escapeMarkdown(String(value));
};
// Handlebars says on the console when a template reaches for an inherited property such as
// {{constructor}}; it resolves to nothing, which is all a document needs, and the console is ours.
Handlebars.logger.level = 'silent' as never;

/**
 * One Handlebars environment renders every template, partial and passage, built-in or an office's own:
 * gongwen's helpers (./helpers.ts) and nothing else, so that what one kind of template may call
 * another may too, and Handlebars' own helpers (each, if, with, lookup, …) as Handlebars gives them.
 * (A passage had an environment of its own, with the same helpers registered a second time; it differed
 * only in how its text is compiled, which is an option of the compile, not of the environment.) No
 * template runs code of its own: Handlebars has no way to, and every template is run with
 * allowProtoPropertiesByDefault and allowProtoMethodsByDefault off, so `{{constructor}}` and the like
 * resolve to nothing.
 */
const hbs = Handlebars.create();
const BUILT_IN_HELPERS = new Set(Object.keys(hbs.helpers));
registerHelpers(hbs);

/** The helpers gongwen gives its templates (./helpers.ts), for a template that names one that is not there. */
export const gongwenHelpers = (): string[] => Object.keys(hbs.helpers).filter((name) => !BUILT_IN_HELPERS.has(name));

/**
 * Every helper the one environment has (Handlebars' own and ./helpers.ts's), as Handlebars' `knownHelpers` option
 * takes them: the compiled code then calls `{{sentence x}}` or `{{#if (given x)}}` straight from the environment's
 * helpers, where it asked the helpers and then the context for the name, through helperMissing, on every call.
 */
const KNOWN_HELPERS: Readonly<Record<string, true>> = Object.fromEntries(Object.keys(hbs.helpers).map((name) => [name, true]));
/** Handlebars' compile options for every template and partial (a partial's lines are not indented). */
export const COMPILE_OPTIONS = { strict: false, preventIndent: true, knownHelpers: KNOWN_HELPERS } as const;
/** Handlebars' compile options for a passage (compiledPassage): values written as they are. */
export const PASSAGE_OPTIONS = { noEscape: true, strict: false, knownHelpers: KNOWN_HELPERS } as const;
/**
 * The built-in templates, precompiled when the bundle is built (./precompileBuiltins.ts), call no helper but these:
 * with `knownHelpersOnly`, a name that is no helper (`{{place}}`) is read from the context alone, not first looked for
 * among the helpers, and the build fails on a built-in template that names a helper not there. An office's own
 * templates keep COMPILE_OPTIONS: such a name is said when the template runs, with a guess (./renderTemplate.ts).
 */
export const BUILTIN_OPTIONS = { knownHelpersOnly: true } as const;

/**
 * Compiled Handlebars templates and partials, kept for the life of the process: a batch renders
 * many records with the same template, and compiling it again for each — a new environment, its
 * helpers, its partials — was about a quarter of every record's time (19 ms of 45 ms a record, then
 * 8 ms with this cache, measured on 100 records). A template is keyed by its file, first line and
 * text; a partial (and a passage) by the object loadPartials gives for its file, a new one when the
 * file's bytes change (./catalog.ts); so an edited template or partial is compiled anew. Partials are
 * handed to a template when it runs (the project's set), not registered in it.
 */
const templates = new Map<string, HandlebarsTemplateDelegate>();
/** By the partial as loadPartials read it: the same object until its file changes. */
const partials = new WeakMap<PartialSource, HandlebarsTemplateDelegate>();
/** A partial compiled as a passage (compiledPassage), by the partial as loadPartials read it. */
const passages = new WeakMap<PartialSource, HandlebarsTemplateDelegate>();

/** A partial template file: its name (`{{> name}}`), its file and its Handlebars text. */
export interface PartialSource {
  name: string;
  path: string;
  text: string;
}

/**
 * An error thrown while a partial ran (or was compiled): the partial's file goes with it, so that
 * the error's line and column are read in that file, not in the template that called the partial.
 */
export interface InPartial {
  partialPath?: string;
}

/**
 * The template compiled for this text, compiled once. Its text is marked with the file and line of
 * each line (src/templates/markTemplate.ts) when its file is given: `firstLine` is the file's line
 * of the text's first line (after the template's own front matter).
 */
export function compiledTemplate(body: string, file?: string, firstLine = 1): HandlebarsTemplateDelegate {
  const key = `${file ?? ''}\u0000${firstLine}\u0000${body}`;
  let fn = templates.get(key);
  if (!fn) {
    // a built-in template is taken as the bundle precompiled it (precompiledFor), kept here like one compiled now
    fn = (file !== undefined ? precompiledFor(file, body, firstLine) : undefined) ?? hbs.compile(file === undefined ? body : markedTemplate(body, file, firstLine), COMPILE_OPTIONS);
    templates.set(key, fn);
  }
  return fn;
}

/**
 * The partial compiled for this file and text, compiled once; an error inside it is marked with
 * its file (the innermost partial marks it first, as partials call partials).
 */
export function compiledPartial(partial: PartialSource): HandlebarsTemplateDelegate {
  let fn = partials.get(partial);
  if (!fn) {
    // compiled when first called: a partial no template uses may be broken without harm
    let compiled: HandlebarsTemplateDelegate | undefined;
    fn = (context, options) => {
      try {
        compiled ??= precompiledFor(partial.path, partial.text, 1) ?? hbs.compile(markedTemplate(partial.text, partial.path), COMPILE_OPTIONS);
        return compiled(context, options);
      } catch (err) {
        if (err && typeof err === 'object' && (err as InPartial).partialPath === undefined) (err as InPartial).partialPath = partial.path;
        throw err;
      }
    };
    partials.set(partial, fn);
  }
  return fn;
}

/**
 * A partial compiled as a passage (src/templates/renderPassage.ts): its values are written as they are
 * (noEscape: the passage is text of a paragraph, which the template then escapes as it writes any
 * record text) and its lines are not marked with their origin (the passage becomes one paragraph; an
 * error in it is said at the partial's file from Handlebars' own line). Compiled once for the partial
 * as loadPartials read it.
 */
export function compiledPassage(partial: PartialSource): HandlebarsTemplateDelegate {
  let fn = passages.get(partial);
  if (!fn) {
    fn = precompiledFor(partial.path, partial.text, 1, PASSAGE_PREFIX) ?? hbs.compile(partial.text, PASSAGE_OPTIONS);
    passages.set(partial, fn);
  }
  return fn;
}

/**
 * The built-in template or partial at `file`, compiled ahead of time (./precompiled.ts), when the
 * text is the one it was compiled from; its output's marks name `file` as it is installed.
 */
function precompiledFor(file: string, text: string, firstLine: number, prefix = ''): HandlebarsTemplateDelegate | undefined {
  const under = relative(BUILTIN_TEMPLATE_DIR, file);
  const entry = PRECOMPILED[prefix + under.split(sep).join('/')];
  if (!entry || entry.text !== text || entry.firstLine !== firstLine) return undefined;
  const fn = hbs.template(entry.spec);
  return (context, options) => withInstalledFiles(fn(context, options));
}

/** A precompiled template's marks name its file by BUILTIN_FILE + its path under templates/: here they name the installed file. */
const MARKED_BUILTIN = new RegExp(String.raw`(\u0001\d+,\d+,)${BUILTIN_FILE}([^\u0002]*)\u0002`, 'g');
function withInstalledFiles(output: string): string {
  if (!output.includes(BUILTIN_FILE)) return output;
  const replacement = installedReplacement();
  if (replacement !== undefined) return output.replace(MARKED_BUILTIN, replacement);
  return output.replace(MARKED_BUILTIN, (_m, at: string, name: string) => `${at}${installedFile(name)}\u0002`);
}

/**
 * String.replace's pattern that names the installed file in every mark at once (`$1` the mark's line
 * and column, `$2` the path under templates/), when each built-in template's installed file is the
 * templates folder, the separator and its path as the mark writes it — checked once for every entry
 * of PRECOMPILED (so on POSIX; on Windows, where the separator is not `/`, each mark is turned by
 * installedFile as before). A function called for every mark was about 1% of a batch's CPU time in its
 * main thread (perf record -e cpu-clock of 100 records: 48 of 5,387 samples); the pattern gives the same text.
 */
let replacement: string | null | undefined;
function installedReplacement(): string | undefined {
  if (replacement === undefined) {
    const dir = BUILTIN_TEMPLATE_DIR + sep;
    const names = Object.keys(PRECOMPILED).filter((key) => !key.startsWith(PASSAGE_PREFIX));
    replacement = names.every((name) => installedFile(name) === dir + name) ? `$1${dir.replaceAll('$', '$$$$')}$2\u0002` : null;
  }
  return replacement ?? undefined;
}

/** The installed file of a built-in template's path under templates/, joined once a process (a record's output holds a mark a line). */
const INSTALLED = new Map<string, string>();
function installedFile(name: string): string {
  let file = INSTALLED.get(name);
  if (file === undefined) INSTALLED.set(name, (file = join(BUILTIN_TEMPLATE_DIR, ...name.split('/'))));
  return file;
}
