// Every command as the bundle runs it. bin/gongwen.js runs a command through main as commands.cjs holds it
// (scripts/bundle.js MAIN), compiled in node:vm (scripts/runtime/loadCommands.js); the other e2e files mostly
// call main from the sources in this process. What only the bundle can get wrong — a module left out or
// replaced by a plugin, an `import()` node:vm cannot do (`gongwen import` failed so, with
// ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, and no test saw it) — shows here as a command that says or writes
// something other than the sources' main says and writes for the same arguments.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runNodeScript } from '../support/node-script.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'gongwen.js');
const bundle = join(root, 'dist', 'bundle');
const work = mkdtempSync(join(tmpdir(), 'gongwen-bundle-commands-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment main is given (io.env) on both sides: fixed dates in the DOCX, messages in English unless --lang says. */
const ENV = { SOURCE_DATE_EPOCH: '1331251200', GONGWEN_LANG: 'en' };

/** Inputs a user brings: a DOCX (rendered from the 纪要 example), a plain text typed in traditional characters. */
const inputs = join(work, 'inputs');
mkdirSync(inputs);
const docx = join(inputs, '纪要.docx');
const traditional = join(inputs, '會議紀要.txt');
writeFileSync(
  traditional,
  '關於做好信訪工作的會議紀要\n\n時間：2026年3月5日上午9時\n地點：鎮政府三樓會議室\n參加人員：李明、王芳、趙強\n\n會議聽取了各村信訪工作情況匯報。現將會議內容紀要如下：\n\n一、提高認識。各村要充分認識信訪工作的重要性。\n二、落實責任。實行領導包案制度。\n',
);

beforeAll(async () => {
  const io = { stdout() {}, stderr() {}, color: false, cwd: inputs, env: ENV };
  expect(await main(['render', join(root, 'examples', 'minutes-town-petition.yaml'), '--format', 'docx', '-o', docx], io)).toBe(0);
});

/** Each command once (and some in Chinese), with its inputs; outputs go to the folder it runs in. */
const example = (name: string) => join(root, 'examples', name);
const COMMANDS: string[][] = [
  ['render', example('minutes-town-petition.yaml')],
  ['--lang', 'zh', 'render', example('plan-militia-farm.yaml'), '--format', 'docx', '-o', 'out/'],
  ['render', example('plan-militia-farm.yaml'), '--format', 'docx', '--font-profile', 'plain', '-o', 'plain.docx'],
  ['render', example('speech-petition-meeting.yaml'), '--format', 'html', '-o', 'speech.html'],
  ['render', join(root, 'test/fixtures/records/three-mistakes.yaml'), '--reporter', 'json', '-o', 'x.md'],
  ['--lang', 'zh', 'validate', join(root, 'test/fixtures/records/summary-three-mistakes.yaml')],
  ['stats', example('registers/信访台账2009.csv'), '--period', '2009H1'],
  ['--lang', 'zh', 'stats', example('registers/矛盾纠纷2009.xlsx'), '--period', '2009', '--format', 'csv', '-o', 'stats.csv'],
  ['check', docx],
  ['import', docx],
  ['--lang', 'zh', 'import', traditional, '--simplified', '-o', '纪要.yaml'],
  ['import', traditional],
  ['render', traditional, '--simplified'],
  ['new', '纪要'],
  ['schema', 'speech', '-o', 'speech.schema.json'],
  ['templates', 'list'],
  ['templates', 'eject', 'minutes'],
  ['frobnicate'],
  ['--lang', 'zh', 'import', join(inputs, 'no-such.docx')],
];

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The files under a folder, by their path in it, as base64. */
function filesIn(dir: string, base = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesIn(path, base, out);
    else out[path.slice(base.length + 1)] = readFileSync(path).toString('base64');
  }
  return out;
}

/** A folder for each command, numbered, under `side`. */
const folders = (side: string) => COMMANDS.map((_, i) => join(work, side, String(i)));

/**
 * The commands through the bundle's main, one child process (with the code cache the build warmed, which it
 * reads and does not write: test/support/node-script.ts); and then, the entry loaded after commands.cjs, a
 * message of an area only a command's stages load (serve.no-token), put into words by the message table's file as the entry requires it (see the last test).
 */
async function bundled(): Promise<{ outcomes: Outcome[]; message: string }> {
  const script = `
    const { main } = require(${JSON.stringify(join(bundle, 'load-commands.js'))}).loadCommand('cli-main');
    (async () => {
      const outcomes = [];
      for (const [argv, cwd] of ${JSON.stringify(COMMANDS.map((argv, i) => [argv, folders('bundle')[i]]))}) {
        require('node:fs').mkdirSync(cwd, { recursive: true });
        let stdout = '', stderr = '';
        const io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false, cwd, env: ${JSON.stringify(ENV)} };
        outcomes.push({ code: await main(argv, io), stdout, stderr });
      }
      require(${JSON.stringify(join(bundle, 'gongwen.js'))});
      const lookup = require(${JSON.stringify(join(bundle, 'diagnostics-messages-lookup.js'))});
      process.stdout.write(JSON.stringify({ outcomes, message: lookup.localize({ id: 'serve.no-token', values: {} }, 'en') }));
    })();`;
  return JSON.parse(await runNodeScript(work, 'bundled.cjs', script));
}

/** Message serve.no-token in English. */
const NO_TOKEN = 'no access token: open the address gongwen serve printed';
/** The bundle's run, started once the inputs are there and awaited where it is compared: it runs while the sources' commands run here. */
let bundledRun: Promise<{ outcomes: Outcome[]; message: string }>;
beforeAll(() => {
  bundledRun = bundled();
  // awaited by the tests; a failure is theirs, not an unhandled rejection before they look
  bundledRun.catch(() => undefined);
}, 120_000);

describe('every command through the bundle', () => {
  it('says and writes what the sources say and write, in English and in Chinese, with the same exit codes', { timeout: 120_000 }, async () => {
    const fromSources: Outcome[] = [];
    for (const [i, argv] of COMMANDS.entries()) {
      const cwd = folders('sources')[i]!;
      mkdirSync(cwd, { recursive: true });
      let stdout = '';
      let stderr = '';
      const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false, cwd, env: ENV });
      fromSources.push({ code, stdout, stderr });
    }
    const { outcomes: fromBundle } = await bundledRun;
    for (const [i, argv] of COMMANDS.entries()) {
      const label = argv.join(' ');
      expect(fromBundle[i], label).toEqual(fromSources[i]);
      expect(filesIn(folders('bundle')[i]!), label).toEqual(filesIn(folders('sources')[i]!));
    }
    // and they did their work: no command fails but those that must
    expect(fromBundle.map((o) => o.code)).toEqual([0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2]);
  });
});

describe('gongwen import, the real binary', () => {
  /** `node bin/gongwen.js ...args` in `cwd`. */
  const runBin = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GONGWEN_LANG: 'en' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('reads a DOCX into a record on standard output, and a text in traditional characters, simplified, into a file that validates', { timeout: 60_000 }, async () => {
    const cwd = join(work, 'binary');
    mkdirSync(cwd);
    const fromDocx = runBin(['import', docx], cwd);
    expect(fromDocx.stderr).toBe('');
    expect(fromDocx.code).toBe(0);
    expect(fromDocx.stdout).toMatch(/^类型: 纪要$/m);
    expect(fromDocx.stdout).toMatch(/^标题: 镇信访工作会议纪要$/m);

    const toFile = runBin(['--lang', 'zh', 'import', traditional, '--simplified', '-o', '纪要.yaml'], cwd);
    expect(toFile).toEqual({ code: 0, stdout: '', stderr: '已写入 纪要.yaml (纪要)\n' });
    expect(readFileSync(join(cwd, '纪要.yaml'), 'utf8')).toMatch(/^标题: 关于做好信访工作的会议纪要$/m);
    const io = { stdout() {}, stderr() {}, color: false, cwd, env: ENV };
    expect(await main(['validate', '纪要.yaml'], io)).toBe(0);
  });
});

describe("the message table's module (scripts/bundle.js SHARED)", () => {
  /**
   * A command fills the message table with the areas its stages need (src/diagnostics/messages/lookup.ts); the
   * entry (dist/bundle/gongwen.js, as --help loads it) and commands.cjs (as a command loads it) must look up one
   * table. So after a command, the table's file as the entry requires it puts into words a message of an area only
   * the stages load — whether the entry was loaded before commands.cjs (here) or after it (the first test's child).
   */
  it('is one module in a process, whether the entry or commands.cjs loads it first', { timeout: 60_000 }, async () => {
    const entryFirst = await runNodeScript(
      work,
      'entry-first.cjs',
      `const { join } = require('node:path');
      const bundle = ${JSON.stringify(bundle)};
      require(join(bundle, 'gongwen.js'));
      const io = { stdout() {}, stderr() {}, color: false, cwd: ${JSON.stringify(root)}, env: {} };
      require(join(bundle, 'load-commands.js')).loadCommand('cli-main').main(['validate', 'examples/minutes-town-petition.yaml'], io).then(() => {
        const lookup = require(join(bundle, 'diagnostics-messages-lookup.js'));
        process.stdout.write(lookup.localize({ id: 'serve.no-token', values: {} }, 'en'));
      });`,
    );
    expect(entryFirst).toBe(NO_TOKEN);
    expect((await bundledRun).message).toBe(NO_TOKEN);
  });
});
