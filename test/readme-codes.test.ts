/**
 * The README lists every diagnostic code with its explanation in both languages, as
 * src/diagnostics/messages/codes.ts has them: a code added without its row fails here.
 * UPDATE_GOLDEN=1 writes the table anew (review the diff).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CODES } from '../src/diagnostics/messages/codes.js';

const README = new URL('../README.md', import.meta.url);
const START = /<!-- codes:start[^>]*-->\n/;
const END = '<!-- codes:end -->';

function table(): string {
  const rows = Object.entries(CODES).map(([code, info]) => `| \`${code}\` | ${info.zh} | ${info.en} |`);
  return ['| code | 说明 | meaning |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

it('lists every diagnostic code in the README, in Chinese and English', () => {
  const text = readFileSync(README, 'utf8');
  const start = START.exec(text);
  expect(start, 'the README has the codes:start marker').not.toBeNull();
  const from = start!.index + start![0].length;
  const to = text.indexOf(END, from);
  expect(to).toBeGreaterThan(0);
  if (process.env.UPDATE_GOLDEN) writeFileSync(README, text.slice(0, from) + table() + text.slice(to));
  else expect(text.slice(from, to)).toBe(table());
});
