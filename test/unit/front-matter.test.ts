// The front matter a template renders is read as JSON lines where it is written so (src/model/frontMatter.ts):
// what that reads must be what the yaml library reads — on every example's template output, and on
// generated values of every JSON kind, with any characters.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonLines, readFrontMatter } from '../../src/model/frontMatter.js';
import { compileFile } from '../../src/pipeline.js';

const ROOT = join(import.meta.dirname, '../..');

/** The yaml library's reading, or its mistake. */
const byYaml = (text: string) => {
  try {
    return { value: parseYaml(text) as unknown };
  } catch (err) {
    return { error: (err as Error).message };
  }
};
const byUs = (text: string) => {
  try {
    return { value: readFrontMatter(text) };
  } catch (err) {
    return { error: (err as Error).message };
  }
};

describe('the front matter a template renders', () => {
  it('reads as the yaml library reads it on every example, and as JSON lines', async () => {
    const dir = join(ROOT, 'examples');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const { templateOutput } = await compileFile(join(dir, name), { cwd: dir });
      const front = /^\s*---\n([\s\S]*?)\n---/.exec(templateOutput!.replace(/\u0001[^\u0002]*\u0002/g, ''))![1]!;
      expect(readFrontMatter(front), name).toEqual(byYaml(front).value);
      expect(jsonLines(front), name).toBeDefined();
    }
  });

  it('reads generated values as the yaml library does', () => {
    const key = fc.constantFrom('title', 'subtitle', 'signature', 'mark', 'notes', 'cc', 'constructor', 'toString', 'a1');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom(' 标题 ', '  ', 'a # b', '---', '\u2028', '\u0085', '\ufeff', '\ud800', '"', '\\', 'x\ty', '12345678901234567890'));
    const value = fc.oneof(fc.jsonValue(), text, fc.array(text), fc.dictionary(fc.oneof(text, fc.constant('__proto__')), text), fc.double(), fc.constantFrom(-0, 1e21, 1e-7, 2 ** 53 + 1));
    const front = fc.tuple(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([entries, blank]) => {
      const lines = entries.map(([k, v]) => `${k}:${v === undefined ? '' : ` ${JSON.stringify(v)}`}`);
      if (blank) lines.splice(1, 0, '');
      return lines.join('\n');
    });
    fc.assert(
      fc.property(front, (text) => {
        expect(byUs(text)).toEqual(byYaml(text));
      }),
      { numRuns: 200 },
    );
    // the JSON reading is reached, not only refused (counted on a fixed sample, so that it cannot fail by chance)
    expect(fc.sample(front, { numRuns: 300, seed: 12 }).filter((text) => jsonLines(text) !== undefined).length).toBeGreaterThan(30);
  });

  it('leaves front matter written otherwise to the yaml library', () => {
    for (const front of ['title: 标题', 'title: "a"\ntitle: "b"', 'a: {"x":1,"x":2}', '# note\ntitle: ["a"]', 'title: |\n  x', 'n: 0x1F', 'n: 1.',
      // keys YAML reads as null or a boolean (the yaml library names them '' and 'true')
      'null: "x"', 'Null: 1', 'NULL: 1', 'True: 1', 'FALSE: 1',
      // white space that is not YAML's around a value: a mistake after a quoted value, part of a plain one
      'title: "x"\u00a0', 'title: "x"\u3000', 'n: 1\u2003', 'title: \u00a0']) {
      expect(jsonLines(front), front).toBeUndefined();
      expect(byUs(front)).toEqual(byYaml(front));
    }
  });
});
