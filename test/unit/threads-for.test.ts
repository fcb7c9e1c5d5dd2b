// How many threads render a batch (src/render.ts, threadsFor): one unless GONGWEN_THREADS asks for more;
// then one more worker for every RECORDS_PER_WORKER records, never more than asked.
import { describe, expect, it } from 'vitest';
import { RECORDS_PER_WORKER, threadsFor } from '../../src/render.js';

describe('threadsFor', () => {
  it('a small batch stays in one thread, whatever is asked', () => {
    expect(threadsFor(1, { GONGWEN_THREADS: '8' })).toBe(1);
    expect(threadsFor(RECORDS_PER_WORKER - 1, { GONGWEN_THREADS: '8' })).toBe(1);
  });
  it('one more thread for every RECORDS_PER_WORKER records, up to GONGWEN_THREADS', () => {
    expect(threadsFor(RECORDS_PER_WORKER, { GONGWEN_THREADS: '8' })).toBe(2);
    expect(threadsFor(3 * RECORDS_PER_WORKER + 1, { GONGWEN_THREADS: '8' })).toBe(4);
    expect(threadsFor(1000, { GONGWEN_THREADS: '3' })).toBe(3);
  });
  it('GONGWEN_THREADS=1 (or 0) is this thread only; a value that is not a number is not taken', () => {
    expect(threadsFor(1000, { GONGWEN_THREADS: '1' })).toBe(1);
    expect(threadsFor(1000, { GONGWEN_THREADS: '0' })).toBe(1);
    // unset, or not a number: this thread only (a second thread did not shorten a batch on 2 cores: src/render.ts)
    for (const env of [{}, { GONGWEN_THREADS: 'many' }]) expect(threadsFor(1000, env)).toBe(1);
  });
});
