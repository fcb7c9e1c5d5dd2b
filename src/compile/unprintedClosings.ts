import type { SectionInput } from '../records/schema/common.js';
import { escapeMarkdown } from '../model/markdownText.js';
import type { SectionView } from './sections.js';

/**
 * The key paths of the sections whose closing paragraphs (结尾 under a 章节: what comes after its
 * phases and subsections) are nowhere in the template's output. The built-in section partial prints
 * them last; an office's own `partials/section.hbs`, written before sections had closing paragraphs,
 * has no place for them, and the text would be left out without a word (the unused-key warning looks
 * at the record's top-level keys only). `inputs` are the record's sections as validated, `views` the
 * ones the template was given (buildSections: a section's phases come first among its subsections).
 */
export function unprintedClosings(inputs: ReadonlyArray<SectionInput> | undefined, views: ReadonlyArray<SectionView> | undefined, output: string, path: Array<string | number> = ['sections']): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  (inputs ?? []).forEach((input, i) => {
    const view = views?.[i];
    if (!view) return;
    const printed = (p: unknown) => typeof p !== 'string' || p.trim() === '' || output.includes(escapeMarkdown(p)) || output.includes(p);
    if (!view.closing.every(printed)) out.push([...path, i, 'closing']);
    out.push(...unprintedClosings(input.sections, view.sections.slice(input.phases?.length ?? 0), output, [...path, i, 'sections']));
  });
  return out;
}
