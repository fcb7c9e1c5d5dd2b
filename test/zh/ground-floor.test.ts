// src/zh is the ground floor of gongwen: Chinese-text utilities that every stage may use and that
// use nothing of gongwen themselves (node: built-ins and packages only), so that no import loop
// can pass through them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'src', 'zh');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/zh imports nothing of gongwen', () => {
  test.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/gmu)].map((m) => m[1]!);
    const outside = specifiers.filter((s) => s.startsWith('.') && !/^\.\/[^/]+\.js$/u.test(s));
    expect(outside).toEqual([]);
  });

  test('the check sees the imports that are there', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const period = readFileSync(join(dir, 'period.ts'), 'utf8');
    expect([...period.matchAll(/^\s*import\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/gmu)].map((m) => m[1])).toContain('./dates.js');
  });
});
