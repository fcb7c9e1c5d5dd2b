// vitest's first global setup: the run's temporary files in a folder of its own, and the run failed when
// anything is left in it at the end.
//
// Before vitest starts its workers, TMPDIR (and TMP and TEMP, which os.tmpdir() reads on Windows) name a
// new folder /tmp/gongwen-test-XXXXXX: the workers, the binary and the programs the tests start (npm,
// Chromium, LibreOffice) make their temporary files there. The global teardown, last of all, lists what is
// left in it, removes the folder and fails the run naming what was left: a test that makes a temporary
// folder and does not remove it is seen at once, instead of gathering in /tmp run after run. A run that
// stops before this teardown (an exception in a global teardown that runs before it) removes the folder
// when vitest's process exits. What LibreOffice makes in /tmp whatever TMPDIR says (its socket) is checked
// by test/support/shared-libreoffice.ts.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAMES = ['TMPDIR', 'TMP', 'TEMP'] as const;

export default function setup(): () => void {
  const before = NAMES.map((name) => [name, process.env[name]] as const);
  const folder = mkdtempSync(join(tmpdir(), 'gongwen-test-'));
  for (const name of NAMES) process.env[name] = folder;
  const remove = () => rmSync(folder, { recursive: true, force: true });
  process.once('exit', remove);
  return () => {
    for (const [name, value] of before) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    const left = readdirSync(folder).sort();
    remove();
    if (left.length > 0) throw new Error(`the run left ${left.join(', ')} in its temporary folder ${folder} (removed now)`);
  };
}
