// The README's record reference is what users write records from: every key and every Chinese alias is in it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KEY_ALIASES } from '../../src/records/aliases.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README record reference', () => {
  test('names every Chinese key', () => {
    expect(Object.keys(KEY_ALIASES).filter((zh) => !readme.includes(zh))).toEqual([]);
  });
  test('names every English key', () => {
    const keys = [...new Set(Object.values(KEY_ALIASES))];
    expect(keys.filter((en) => !new RegExp(`\\b${en}\\b`).test(readme))).toEqual([]);
  });
});
