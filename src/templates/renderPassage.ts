import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { loadPartials } from './catalog.js';
import { compiledPassage, type PartialSource } from './compiledTemplates.js';
import { HelperArgumentError } from './helpers.js';

/**
 * A passage whose wording lives in a partial (templates/partials/summary-*.hbs) that an office can
 * copy into its own gongwen-templates/partials and reword: the figures are computed in code, the
 * sentences are the partial's. The result is text of a paragraph (see oneParagraph), which the
 * template then writes, escaped, as it writes any record text; so the partial itself writes its
 * values as they are (no Markdown escaping). It is compiled and run in the one Handlebars environment
 * of every template (./compiledTemplates.ts compiledPassage).
 */

/** The partials a passage is looked up in: the project's, else the built-in ones. */
export type PassagePartials = ReadonlyMap<string, PartialSource>;

/** Renders the named passage; a missing or failing partial is an error at its file and line, and gives ''. */
export function renderPassage(name: string, context: object, bag: DiagnosticBag, partials: PassagePartials = loadPartials([])): string {
  const partial = partials.get(name);
  if (!partial) {
    bag.error('template-error', say('handlebars.no-partial.passage', { partial: name }), { expected: say('handlebars.no-partial.passage.expected', { partial: name }) });
    return '';
  }
  try {
    return compiledPassage(partial)(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (err) {
    const e = err as Error & { lineNumber?: number; column?: number };
    const loc = err instanceof HelperArgumentError ? err.loc : typeof e.lineNumber === 'number' ? { line: e.lineNumber, column: (e.column ?? 0) + 1 } : undefined;
    const parse = /^Parse error on line (\d+)/.exec(e.message ?? '');
    bag.add({
      severity: 'error',
      code: 'template-error',
      file: partial.path,
      start: loc ?? (parse ? { line: Number(parse[1]), column: 1 } : undefined),
      // a helper's mistake in the catalogue's words; Handlebars' own message as it gives it
      message: say('template-error.passage', { partial: name, problem: err instanceof HelperArgumentError ? err.text : (e.message ?? String(err)).split('\n')[0]! }),
    });
    return '';
  }
}

/** A passage as one paragraph: the partial's line breaks and the indentation after them taken out. */
export const oneParagraph = (written: string): string => written.replace(/\r?\n[ \t\u3000]*/g, '');
