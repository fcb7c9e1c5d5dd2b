import { expect, test } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { reconcilePetitions } from '../../src/compile/reconcileFigures.js';

/** The messages reconciling typed petition figures (no registers) gives. */
function problems(typed: Parameters<typeof reconcilePetitions>[0]): string[] {
  const bag = new DiagnosticBag('总结.yaml');
  reconcilePetitions(typed, {}, (path) => ({ path }), bag);
  return bag.errors.map((e) => `${e.code} ${String(e.message)}`);
}

test('办结 more than 办理 is an error, as 办结 more than 受理 is, and a part is said once', () => {
  expect(problems({ letters: 5, visits: 6, accepted: 11, handled: 11, closed: 9 })).toEqual([]);
  expect(problems({ accepted: 21, handled: 19, closed: 20 })).toEqual(['count-exceeds-total 办结 (20) is more than 办理 (19)']);
  expect(problems({ accepted: 21, handled: 21, closed: 25 })).toEqual(['count-exceeds-total 办结 (25) is more than 办理 (21)']);
  expect(problems({ accepted: 21, closed: 25 })).toEqual(['count-exceeds-total 办结 (25) is more than 受理 (21)']);
});
