// The writer registry (src/writers/registry.ts): every --format names a writer of that format.
import { describe, expect, test } from 'vitest';
import { FORMATS, loadWriter } from '../../src/writers/registry.js';

describe('writer registry', () => {
  test('md, docx, pdf and html are the formats of render, in that order', () => {
    expect(FORMATS).toEqual(['md', 'docx', 'pdf', 'html']);
  });
  test.each(FORMATS)('%s loads a writer that says its own format and extension', async (format) => {
    const writer = await loadWriter(format);
    expect(writer.format).toBe(format);
    expect(writer.extension).toBe(format);
  });
});
