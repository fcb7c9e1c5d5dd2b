// A batch compiles each template once: the same text gives the same compiled template, an edited
// template a new one; partials are given at run time, so a template runs with the project's own.
import { expect, test } from 'vitest';
import { compiledPartial, compiledTemplate } from '../../src/templates/compiledTemplates.js';
import { readMarks } from '../../src/model/sourcePositions.js';

/** What a compiled template wrote, without the marks of its lines' origins. */
const text = (out: string) => readMarks(out).map((l) => l.text).join('\n');

test('compiled once for the same text, anew when it changes; partials given when it runs', () => {
  const body = '{{title}}{{> sig}}';
  const a = compiledTemplate(body);
  expect(compiledTemplate(`${body}`)).toBe(a);
  const sigSource = { name: 'sig', path: '/p/sig.hbs', text: '（{{organ}}）' };
  const sig = compiledPartial(sigSource);
  // the partial as loadPartials read it is compiled once
  expect(compiledPartial(sigSource)).toBe(sig);
  expect(text(a({ title: '纪要', organ: '镇政府' }, { partials: { sig } }))).toBe('纪要（镇政府）');
  const edited = compiledPartial({ name: 'sig', path: '/p/sig.hbs', text: '——{{organ}}' });
  expect(edited).not.toBe(sig);
  expect(text(a({ title: '纪要', organ: '镇政府' }, { partials: { sig: edited } }))).toBe('纪要——镇政府');
  expect(compiledTemplate('{{title}}。')).not.toBe(a);
});
