// A batch compiles each template once: the same text and partials give the same compiled template,
// an edited template or partial a new one.
import Handlebars from 'handlebars';
import { expect, test } from 'vitest';
import { compiledTemplate } from '../../src/templates/compiledTemplates.js';

test('compiled once for the same text and partials, anew when either changes', () => {
  let compiles = 0;
  const compile = (body: string, partials: Map<string, string>) => () => {
    compiles++;
    const hbs = Handlebars.create();
    for (const [name, text] of partials) hbs.registerPartial(name, text);
    return hbs.compile(body);
  };
  const partials = new Map([['sig', '（{{organ}}）']]);
  const body = '{{title}}{{> sig}}';
  const a = compiledTemplate(body, partials, compile(body, partials));
  const b = compiledTemplate(body, new Map(partials), compile(body, partials));
  expect(compiles).toBe(1);
  expect(b).toBe(a);
  expect(a({ title: '纪要', organ: '镇政府' })).toBe('纪要（镇政府）');

  const edited = new Map([['sig', '——{{organ}}']]);
  const c = compiledTemplate(body, edited, compile(body, edited));
  expect(compiles).toBe(2);
  expect(c({ title: '纪要', organ: '镇政府' })).toBe('纪要——镇政府');

  const other = '{{title}}。';
  compiledTemplate(other, partials, compile(other, partials));
  expect(compiles).toBe(3);
});
