/**
 * The built-in templates and partials (templates/*.hbs, templates/partials/*.hbs), compiled ahead of
 * time. From the sources this table is empty and every template is compiled when first used
 * (./compiledTemplates.ts); in the bundle, scripts/bundle.js puts in their place the table
 * ./precompileBuiltins.ts writes, so that a command compiles none of them: Handlebars' compile of the
 * 纪要 template is about a tenth of a one-document render, and the precompiled code is in the bundle's
 * code cache with the rest (scripts/runtime/loadCommands.js).
 *
 * An entry is used only for the very text it was compiled from (a template edited in the installed
 * package is compiled from its new text), and its marks (src/model/sourcePositions.ts) name the file
 * by BUILTIN_FILE + its path under templates/, which ./compiledTemplates.ts turns into the file's
 * path where the package is installed.
 */
export interface PrecompiledTemplate {
  /** The text compiled: a template's body after its front matter, or a partial's whole text. */
  text: string;
  /** The file's line of the text's first line. */
  firstLine: number;
  /** What Handlebars.precompile gave, as code. */
  spec: TemplateSpecification;
  /**
   * A template's front matter as ./catalog.ts reads it (not a partial's: it has none), with the file's text before
   * the body (`head`): a built-in template whose file is `head` + `text` is taken with these, and neither gray-matter
   * nor the yaml parser runs (about 24 ms of a first render, compiled cold). An edited file is read as it is.
   */
  frontMatter?: { head: string; name: string; kind: string; description: string; requires: string[] };
}

/** The file name a precompiled template's marks carry: this, then its path under templates/ with `/`. */
export const BUILTIN_FILE = '\u0003gongwen-templates:';

/** Before a partial's path, its entry compiled as a passage (./compiledTemplates.ts compiledPassage). */
export const PASSAGE_PREFIX = 'passage:';

/** By path under templates/, with `/` (`minutes.hbs`, `partials/section.hbs`; `passage:partials/summary-petitions.hbs`). */
export const PRECOMPILED: Readonly<Record<string, PrecompiledTemplate>> = {};
