// End-to-end: the CLI as a user runs it. Most cases call main(argv, io) in this process, with the same
// argv a user types and the exit code, stdout and stderr a user sees (a child process per case cost
// 36 s of the suite: issue 12). The cases marked "(binary)" start the real bin/gongwen.js in a child
// process, for what only a process shows: the streams, the exit status, the environment, start-up.
// bin/gongwen.js loads dist/bundle/, which vitest's global setup bundles from the current source.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { removeLibreOfficeProfile } from '../../src/writers/pdf.js';
import { withSharedLibreOffice } from '../support/shared-libreoffice.js';
import { layoutToolsMissing, sayWhyLayoutTestsSkip } from '../support/layout-tools.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/gongwen.js');
const fixtures = join(root, 'test/fixtures/records');
let dir: string;

/** `gongwen ...args` in this process: what it returns and writes, as the binary would exit and print. */
async function run(args: string[], cwd = dir, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false, cwd, env });
  return { code, stdout, stderr };
}

/** `node bin/gongwen.js ...args` in a child process. */
function runBin(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

sayWhyLayoutTestsSkip('e2e PDF');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-e2e-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('gongwen render', () => {
  test('(binary) Markdown to stdout, messages to stderr, exit 0', async () => {
    const r = runBin(['render', join(root, 'examples/minutes-town-petition.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 镇信访工作会议纪要\n/);
    expect(r.stdout).toContain('必须做到五点：一是');
    expect(r.stderr).toBe('');
  });

  test('--output writes a file; an existing file is not replaced without --force', async () => {
    const out = join(dir, '纪要.md');
    expect((await run(['render', join(fixtures, 'chinese-keys.yaml'), '--output', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('必须做到三点');
    writeFileSync(out, 'keep me');
    const again = await run(['render', join(fixtures, 'chinese-keys.yaml'), '--output', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists; use --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await run(['render', join(fixtures, 'chinese-keys.yaml'), '--output', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('必须做到三点');
  });

  test('(binary) a record with three mistakes: all three reported with file:line:column and a code frame, nothing written, exit 1', async () => {
    const out = join(dir, 'out.md');
    const r = runBin(['render', join(fixtures, 'three-mistakes.yaml'), '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/three-mistakes\.yaml:3:\d+: error\[date-invalid\]: 2024年2月30日 does not exist/);
    expect(r.stderr).toMatch(/three-mistakes\.yaml:11:\d+: error\[wrong-type\]: expected a list.*\(at 章节\[0\]\.要点\)/);
    expect(r.stderr).toMatch(/three-mistakes\.yaml:12:1: error\[unknown-key\]: unknown key "参会人"/);
    expect(r.stderr).toContain('did you mean "参会人员"');
    expect(r.stderr).toMatch(/> 12 \| 参会人: 张三、李四/);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  test('a schema error does not hide the later checks: a misspelt key, a wrong type and totals that disagree, all at once', async () => {
    const r = await run(['validate', join(fixtures, 'summary-three-mistakes.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/summary-three-mistakes\.yaml:5:1: error\[unknown-key\]: unknown key "单卫"/);
    expect(r.stderr).toContain('did you mean "单位"');
    expect(r.stderr).toMatch(/summary-three-mistakes\.yaml:22:7: error\[total-mismatch\]: 受理 \(accepted\) is 12, but 来信 4 \+ 来访 6 = 10/);
    expect(r.stderr).toMatch(/summary-three-mistakes\.yaml:23:7: error\[wrong-type\]: expected a number, got text "十几"/);
  });

  test('a folder: one bad record does not stop the others; the exit code says so at the end', async () => {
    const records = join(dir, 'records');
    mkdirSync(records);
    copyFileSync(join(fixtures, 'chinese-keys.yaml'), join(records, 'a.yaml'));
    copyFileSync(join(fixtures, 'three-mistakes.yaml'), join(records, 'b.yaml'));
    copyFileSync(join(fixtures, 'english-keys.yaml'), join(records, 'c.yaml'));
    const r = await run(['render', records, '--output', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'out/a.md'))).toBe(true);
    expect(existsSync(join(dir, 'out/b.md'))).toBe(false);
    expect(existsSync(join(dir, 'out/c.md'))).toBe(true);
    expect(r.stderr).toContain('3 record(s): 2 rendered, 1 failed');
  });

  test('GBK and BOM records render like UTF-8', async () => {
    const utf8 = (await run(['render', join(fixtures, 'chinese-keys.yaml')])).stdout;
    expect((await run(['render', join(fixtures, 'gbk-notepad.yaml')])).stdout).toBe(utf8);
    expect((await run(['render', join(fixtures, 'utf8-bom.yaml')])).stdout).toBe(utf8);
  });

  test('--keep-punctuation leaves half-width punctuation as typed', async () => {
    const r = await run(['render', join(fixtures, 'chinese-keys.yaml'), '--keep-punctuation']);
    expect(r.stdout).toContain('做好安全生产工作,必须做到');
    expect((await run(['render', join(fixtures, 'chinese-keys.yaml')])).stdout).toContain('做好安全生产工作，必须做到');
  });

  test('usage errors exit 2', async () => {
    expect((await run(['render'])).code).toBe(2);
    expect((await run(['render', 'no-such-file.yaml'])).code).toBe(2);
    expect((await run(['render', join(fixtures, 'chinese-keys.yaml'), '--format', 'odt'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['new', 'letter'])).code).toBe(2);
    expect((await run(['render', join(fixtures, 'chinese-keys.yaml'), '--template', 'no-such-template'])).code).toBe(2);
    const two = await run(['render', join(fixtures, 'chinese-keys.yaml'), join(fixtures, 'english-keys.yaml'), '--output', join(dir, 'one.md')]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('names one file, but there are 2 records');
    expect(existsSync(join(dir, 'one.md'))).toBe(false);
  });

  test('totals that disagree: exit 1, both numbers named', async () => {
    const r = await run(['render', join(fixtures, 'totals-disagree.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/totals-disagree\.yaml:11:\d+: error\[total-mismatch\]: 受理 \(accepted\) is 12, but 来信 5 \+ 来访 6 = 11/);
  });
});

describe('gongwen render --format docx / pdf', () => {
  const two = [join(root, 'examples/minutes-town-petition.yaml'), join(root, 'examples/plan-militia-farm.yaml')];

  test('(binary) DOCX: one file per record, the same bytes on every run (SOURCE_DATE_EPOCH), not replaced without --force', async () => {
    const out = join(dir, 'out');
    const env = { SOURCE_DATE_EPOCH: '1331251200' };
    const first = runBin(['render', ...two, '--format', 'docx', '--output', out + '/'], env);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('2 record(s): 2 rendered, 0 failed, 2 file(s) written');
    const a = readFileSync(join(out, 'minutes-town-petition.docx'));
    expect(a.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(join(out, 'plan-militia-farm.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(runBin(['render', two[0]!, '--format', 'docx', '--output', out + '/'], env).code).toBe(1);
    expect(runBin(['render', two[0]!, '--format', 'docx', '--output', out + '/', '--force'], env).code).toBe(0);
    expect(readFileSync(join(out, 'minutes-town-petition.docx')).equals(a)).toBe(true);
    // the bundle the binary runs (with the plugins of scripts/bundle.js) writes what the source writes
    const inProcess = join(dir, 'in-process.docx');
    expect((await run(['render', two[0]!, '--format', 'docx', '--output', inProcess], dir, env)).code).toBe(0);
    expect(readFileSync(inProcess).equals(a)).toBe(true);
  });

  test('-o 纪要.docx without --format writes a DOCX; a name that contradicts --format is a usage error; a record is never written over', async () => {
    const out = join(dir, '纪要.docx');
    expect((await run(['render', two[0]!, '-o', out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const clash = await run(['render', two[0]!, '--format', 'md', '-o', join(dir, 'x.docx')]);
    expect(clash.code).toBe(2);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    const record = join(dir, 'r.yaml');
    copyFileSync(two[0]!, record);
    const before = readFileSync(record, 'utf8');
    const over = await run(['render', record, '--format', 'docx', '-o', record, '--force']);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('is one of the records being rendered');
    expect(readFileSync(record, 'utf8')).toBe(before);
  });

  test('(binary) PDF without LibreOffice: names the packages to install, exit 2, nothing written', async () => {
    const r = runBin(['render', two[0]!, '--format', 'pdf', '--output', join(dir, 'x.pdf')], { GONGWEN_SOFFICE: '/nonexistent/soffice', PATH: '/nonexistent' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('libreoffice-writer-nogui');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  test.skipIf(Boolean(layoutToolsMissing))('PDF: every record converted in one LibreOffice run, each PDF with its own text', async () => {
    const out = join(dir, 'pdf');
    // one soffice for the two records, which hands them to the LibreOffice the PDF tests share (test/support/shared-libreoffice.ts)
    const r = await withSharedLibreOffice(() => run(['render', ...two, '--format', 'pdf', '--output', out + '/']));
    expect(r.code).toBe(0);
    for (const [name, title] of [['minutes-town-petition', '镇信访工作会议纪要'], ['plan-militia-farm', '民兵']] as const) {
      const pdf = join(out, `${name}.pdf`);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s/g, '')).toContain(title);
    }
    // the LibreOffice profile main made in this worker thread, which ends without the exit event that removes it
    removeLibreOfficeProfile();
  }, 180_000);
});

describe('gongwen validate', () => {
  test('reports every file, exit 1 when one is invalid, writes nothing', async () => {
    const r = await run(['validate', join(fixtures, 'chinese-keys.yaml'), join(fixtures, 'three-mistakes.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 record(s) checked: 1 valid, 1 invalid');
    expect(r.stdout).toBe('');
  });

  test('every example is valid', async () => {
    const r = await run(['validate', join(root, 'examples')]);
    expect(r.stderr).toMatch(/record\(s\) checked: (\d+) valid, 0 invalid/);
    expect(r.code).toBe(0);
  });
});

describe('gongwen new', () => {
  test.each(['minutes', 'summary', 'plan', 'speech', '纪要', '总结', '实施方案', '讲话'])('new %s renders as it is', async (kind) => {
    const file = join(dir, `${kind}.yaml`);
    expect((await run(['new', kind, '--output', file])).code).toBe(0);
    const r = await run(['render', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^(\*\*.*\*\*\n\n.*\n\n---\n\n)?# /);
  });

  test('does not overwrite without --force', async () => {
    const file = join(dir, 'x.yaml');
    writeFileSync(file, 'mine');
    expect((await run(['new', 'minutes', '--output', file])).code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
});

describe('gongwen templates', () => {
  test('list shows one template per kind and per variant', async () => {
    const r = await run(['templates', 'list']);
    expect(r.code).toBe(0);
    for (const name of ['minutes', 'minutes-header', 'minutes-branch', 'summary', 'plan', 'speech']) {
      expect(r.stdout).toMatch(new RegExp(`^${name} `, 'm'));
    }
  });

  test('eject copies a template into ./gongwen-templates, and records rendered from there use the copy', async () => {
    expect((await run(['templates', 'eject', 'minutes'])).code).toBe(0);
    const copy = join(dir, 'gongwen-templates/minutes.hbs');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('{{leadIn}}：', '{{leadIn}}（本单位格式）：'));
    copyFileSync(join(fixtures, 'chinese-keys.yaml'), join(dir, 'r.yaml'));
    const r = await run(['render', 'r.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('现将会议内容纪要如下（本单位格式）：');
  });

  test('--template takes a .hbs file', async () => {
    const tpl = join(dir, 'mine.hbs');
    writeFileSync(tpl, '---\nname: mine\nkind: minutes\n---\n---\ntitle: {{yaml title}}\n---\n\n{{place}}开会。\n');
    const r = await run(['render', join(fixtures, 'chinese-keys.yaml'), '--template', tpl]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('# 镇安全生产工作会议纪要\n\n镇政府三楼会议室开会。\n');
  });

  test('a broken template is reported at its file and line, nothing is written', async () => {
    const tpl = join(dir, 'broken.hbs');
    writeFileSync(tpl, '---\nname: broken\nkind: minutes\n---\n---\ntitle: {{yaml title}}\n---\n\n{{#each sections}}\n{{verb}}\n');
    const out = join(dir, 'x.md');
    const r = await run(['render', join(fixtures, 'chinese-keys.yaml'), '--template', tpl, '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.hbs:11:1: error\[template-error\]: template "broken": Handlebars syntax error: the template ends inside a tag or block/);
    expect(r.stderr).toContain('expected: the block to be closed, as in {{#each sections}} … {{/each}}');
    expect(existsSync(out)).toBe(false);
  });

  test('template mistakes at their line and column, with a code frame: an unclosed tag, a wrong closing block, a helper given the wrong value', async () => {
    const head = '---\nname: broken\nkind: minutes\n---\n---\ntitle: {{yaml title}}\n---\n\n';
    const cases: Array<[string, RegExp, string]> = [
      ['  {{title}\n', /t\.hbs:9:10: error\[template-error\]: template "broken": Handlebars syntax error/, '"}}" to close the tag'],
      ['{{#each sections}}\n{{/if}}\n', /t\.hbs:9:\d+: error\[template-error\]: template "broken": \{\{\/if\}\} closes a block opened as \{\{#each\}\}/, 'expected: {{/each}}'],
      ['x\n{{enumerate title}}\n', /t\.hbs:10:1: error\[template-error\]: template "broken": \{\{enumerate\}\} needs a list, got text/, '> 10 | {{enumerate title}}'],
    ];
    for (const [body, message, detail] of cases) {
      const tpl = join(dir, 't.hbs');
      writeFileSync(tpl, head + body);
      const r = await run(['render', join(fixtures, 'chinese-keys.yaml'), '--template', tpl]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(detail);
      expect(r.stdout).toBe('');
    }
  });

  test('a template of another kind, or one that needs a key the record lacks, is an error', async () => {
    const r = await run(['render', join(fixtures, 'chinese-keys.yaml'), '--template', 'plan']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('template "plan" is for plan records, this record is minutes');
    const branch = await run(['render', join(fixtures, 'chinese-keys.yaml'), '--template', 'minutes-branch']);
    expect(branch.stderr).toContain('template "minutes-branch" needs the key "organ"');
  });

  test('show prints a template', async () => {
    expect((await run(['templates', 'show', 'speech'])).stdout).toContain('{{salutation}}');
  });
});

describe('gongwen schema', () => {
  test('prints a JSON Schema with English keys and their Chinese aliases', async () => {
    const r = await run(['schema', '纪要']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', '标题', 'chair', '主持人', 'sections', '章节']));
    expect(schema.properties.kind.enum).toEqual(expect.arrayContaining(['minutes', '纪要']));
  });
});

describe('help and version', () => {
  test('(binary) --help shows examples; --version the version', async () => {
    const help = runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('gongwen render');
    expect((await run(['render', '--help'])).stdout).toContain('--keep-punctuation');
    const version = runBin(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version + '\n');
    // bin/gongwen.js answers --version alone itself; commander answers it among other arguments
    expect(runBin(['-V']).stdout).toBe(version.stdout);
    expect(runBin(['-v']).stdout).toBe(version.stdout);
    expect((await run(['-v', 'render'])).stdout).toBe(version.stdout);
    expect((await run(['--version'])).stdout).toBe(version.stdout);
  });

  test('(binary) a reader that closes the pipe early (| head): one line naming standard output, no stack trace, exit 1', async () => {
    const child = spawn(process.execPath, [bin, 'render', join(root, 'examples')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before gongwen writes its first line
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((done) => child.on('close', done));
    expect(stderr).toContain('error: cannot write to standard output: the output was closed before everything was written (EPIPE)');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
  });

  test('(binary) no colour codes when stderr is not a terminal', async () => {
    const r = spawnSync(process.execPath, [bin, 'validate', join(fixtures, 'three-mistakes.yaml')], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined } });
    expect(r.stderr).not.toContain('\u001b[');
  });
});
