import Handlebars from 'handlebars';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { registerHelpers } from './helpers.js';
import type { TemplateInfo } from './catalog.js';

/**
 * Renders a template with a record's computed context into Markdown (with front matter).
 * Markdown is not HTML: nothing is escaped. Template errors are reported at the template's file and line.
 */
export function renderTemplate(
  template: TemplateInfo,
  partials: ReadonlyMap<string, string>,
  context: Record<string, unknown>,
  bag: DiagnosticBag,
): string | undefined {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  for (const [name, text] of partials) hbs.registerPartial(name, text);
  try {
    const fn = hbs.compile(template.body, { noEscape: true, strict: false, preventIndent: true });
    return fn(context, { allowProtoPropertiesByDefault: false });
  } catch (err) {
    const message = (err as Error).message.split('\n');
    const m = (err as Error).message.match(/line (\d+)/);
    bag.add({
      severity: 'error',
      code: 'template-error',
      file: template.path,
      start: m ? { line: Number(m[1]) + template.bodyLine - 1, column: 1 } : undefined,
      message: `template "${template.name}": ${message[0]}`,
    });
    return undefined;
  }
}
