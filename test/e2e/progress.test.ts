// A batch's progress line: on a terminal only, erased before other messages and at the end.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fit, PROGRESS_MIN_RECORDS } from '../../src/cli/progress.js';

const root = join(import.meta.dirname, '../..');
let dir: string;
const COUNT = PROGRESS_MIN_RECORDS + 5;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-progress-'));
  mkdirSync(join(dir, 'records'));
  for (let i = 1; i <= COUNT; i++) {
    copyFileSync(join(root, 'test/fixtures/records/chinese-keys.yaml'), join(dir, 'records', `纪要${String(i).padStart(2, '0')}.yaml`));
  }
  // one bad record: its error must not be printed over the progress line
  copyFileSync(join(root, 'test/fixtures/records/three-mistakes.yaml'), join(dir, 'records', `纪要00.yaml`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(progress: boolean, out: string) {
  let stderr = '';
  const code = await main(['render', 'records', '--output', out], {
    stdout: () => {},
    stderr: (t) => void (stderr += t),
    color: false,
    cwd: dir,
    env: {},
    progress,
    columns: 60,
  });
  return { code, stderr };
}

describe('render: progress of a batch', () => {
  test('on a terminal: a line that updates, erased before an error and at the end', async () => {
    const { code, stderr } = await render(true, 'out-tty');
    expect(code).toBe(1);
    expect(stderr).toContain(`\r\x1b[Krendering 1/${COUNT + 1} records/纪要00.yaml`);
    // the error of the bad record starts on an erased line, not after the progress text
    expect(stderr).toMatch(/\r\x1b\[Krecords\/纪要00\.yaml:3:\d+: error\[date-invalid\]: 2024年2月30日 does not exist/);
    // the summary and the files written come after the line is erased for good
    const lastProgress = stderr.lastIndexOf('rendering ');
    const erased = stderr.indexOf('\r\x1b[K', lastProgress);
    expect(erased).toBeGreaterThan(lastProgress);
    expect(erased).toBeLessThan(stderr.indexOf('wrote '));
    expect(stderr).toContain(`${COUNT + 1} record(s): ${COUNT} rendered, 1 failed, ${COUNT} file(s) written`);
  });

  test('not a terminal: no progress line, no control characters', async () => {
    const { code, stderr } = await render(false, 'out-pipe');
    expect(code).toBe(1);
    expect(stderr).toContain(`${COUNT + 1} record(s): ${COUNT} rendered, 1 failed`);
    expect(stderr).not.toContain('rendering ');
    expect(stderr).not.toContain('\r');
    expect(stderr).not.toContain('\x1b');
  });

  test('a long name is cut at its start to fit the terminal, Chinese characters counted as two columns', () => {
    expect(fit('rendering 1/9 ', 'a.yaml', 40)).toBe('rendering 1/9 a.yaml');
    const line = fit('rendering 1/9 ', '记录/城关镇二〇二四年第三季度信访工作会议纪要.yaml', 40);
    expect(line.startsWith('rendering 1/9 …')).toBe(true);
    expect(line.endsWith('纪要.yaml')).toBe(true);
    const columns = [...line].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
    expect(columns).toBeLessThanOrEqual(40);
    expect(columns).toBeGreaterThanOrEqual(39);
  });
});
