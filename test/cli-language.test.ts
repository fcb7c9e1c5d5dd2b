// The command line in the user's language: --lang, GONGWEN_LANG and the POSIX locale choose it once,
// and help, commander's errors, the lines of a run and --reporter json all speak it. In process,
// through main(argv, io).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { hostWarning } from '../src/cli/serve.js';
import { writeReason } from '../src/cli/writeReason.js';
import { describeWriteError } from '../src/io/writeAtomic.js';
import type { CliIO } from '../src/cli/io.js';
import { cliMessages } from '../src/diagnostics/messages/cli.js';
import { catalogueEntries } from '../src/diagnostics/messages/index.js';
import { MAX_RECORD_BYTES } from '../src/records/limits.js';
import { displayWidth } from '../src/zh/width.js';
import { temporaryFolder } from './support/folder.js';

const root = join(import.meta.dirname, '..');
const MISTAKES = 'test/fixtures/records/three-mistakes.yaml';

async function run(args: string[], env: Record<string, string>, options: { cwd?: string; stdin?: CliIO['stdin'] } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, cwd: options.cwd ?? root, env, stdin: options.stdin };
  const code = await main(args, io);
  return { code, stdout: out.join(''), stderr: err.join(''), lines: err.join('').split('\n') };
}

describe('a record with mistakes, in Chinese', () => {
  test.each([
    ['--lang zh', ['--lang', 'zh'], { LANG: 'C' }],
    ['LANG=zh_CN.UTF-8', [], { LANG: 'zh_CN.UTF-8' }],
    ['GONGWEN_LANG=zh', [], { GONGWEN_LANG: 'zh', LANG: 'en_US.UTF-8' }],
  ])('%s: headlines as a compiler writes them, the key path and the count in Chinese', async (_, flags, env) => {
    const r = await run(['validate', MISTAKES, ...flags], env);
    expect(r.code).toBe(1);
    // file:line:column, the Chinese severity with its code, a full-width colon, the message in Chinese
    // words, the key as the record writes it in full-width brackets (a key the message names is not
    // named again)
    expect(r.lines).toContain(`${MISTAKES}:3:5: 错误[date-invalid]：2024年2月30日不存在（日期）`);
    expect(r.lines).toContain(`${MISTAKES}:12:1: 错误[unknown-key]：无法识别的项目“参会人”`);
    expect(r.lines).toContain('  提示：是不是“参会人员”（participants）？');
    expect(r.lines).toContain('检查了 1 份记录：0 份有效，1 份有误');
    expect(r.stderr).not.toMatch(/\berror\b|record\(s\)/);
  });

  test('English is unchanged with LANG=C, and GONGWEN_LANG and --lang win over the locale', async () => {
    const english = [
      `${MISTAKES}:12:1: error[unknown-key]: unknown key "参会人"`,
      '1 record(s) checked: 0 valid, 1 invalid',
    ];
    for (const [flags, env] of [
      [[], { LANG: 'C' }],
      [[], { GONGWEN_LANG: 'en', LANG: 'zh_CN.UTF-8' }],
      [['--lang', 'en'], { GONGWEN_LANG: 'zh', LC_ALL: 'zh_CN.UTF-8' }],
      [['--lang=en'], { LC_MESSAGES: 'zh_TW' }],
    ] as Array<[string[], Record<string, string>]>) {
      const r = await run(['validate', MISTAKES, ...flags], env);
      for (const line of english) expect(r.lines, JSON.stringify(env)).toContain(line);
    }
  });

  test('--lang with another language is a usage error said in both languages, before anything runs', async () => {
    const r = await run(['validate', MISTAKES, '--lang', 'fr'], { LANG: 'C' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('错误：--lang fr：语言只能是 zh（中文）或 en（英文）\nerror: --lang fr: the language is zh (Chinese) or en (English)\n');
    const missing = await run(['validate', MISTAKES, '--lang'], { LANG: 'C' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: --lang needs a language: zh (Chinese) or en (English)');
  });
});

describe('--help in Chinese', () => {
  test('the program: headings, its description, a command, an option and the examples', async () => {
    const r = await run(['--help'], { GONGWEN_LANG: 'zh' });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('用法：gongwen [options] [command]');
    expect(lines).toContain('选项：');
    expect(lines).toContain('命令：');
    expect(lines).toContain('示例：');
    expect(lines).toContain('退出码：0 成功，1 有输入无效，2 用法错误。');
    expect(r.stdout).toMatch(/^ {2}render \[options\] <records\.\.\.> +把记录生成 Markdown、DOCX 或 PDF$/m);
    expect(r.stdout).toMatch(/^ {2}-q, --quiet +只显示错误和警告，不显示其他各行$/m);
    expect(r.stdout).toMatch(/^ {2}-h, --help +显示命令的帮助$/m);
    expect(r.stdout).not.toMatch(/Usage:|Options:|Commands:|display help/);
  });

  test('render --help: usage, description, arguments, options with their choices and default, examples', async () => {
    const r = await run(['render', '--help'], { LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('用法：gongwen render [options] <records...>');
    expect(lines).toContain('把记录生成 Markdown、DOCX 或 PDF');
    expect(lines).toContain('参数：');
    expect(r.stdout).toMatch(/^ {2}--keep-punctuation +不把半角标点转换为全角$/m);
    expect(r.stdout).toMatch(/^ {2}--debounce <ms> +与 --watch 同用：/m);
    // lines wrapped at 80 columns as the terminal counts them (a Chinese character is two), the
    // notes commander adds in Chinese
    const flat = lines.map((l) => l.trim()).join('');
    expect(flat).toContain('再生成（默认：200）');
    expect(flat).toContain('（可选："text", "json"；默认："text"）');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(/default:|choices:|Examples:/);
  });

  test.each(['validate', 'new', 'schema', 'templates', 'templates list', 'templates show', 'templates eject', 'stats', 'serve', 'check', 'import', 'help'])(
    'gongwen %s --help: every heading, description and option in Chinese',
    async (command) => {
      const r = await run([...command.split(' '), '--help'], { LANG: 'zh_CN.UTF-8' });
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toMatch(/^用法：gongwen /);
      expect(lines[2]).toMatch(/\p{Script=Han}/u); // the command's description
      expect(r.stdout).not.toMatch(/\b(Usage|Arguments|Options|Commands|Examples|Exit codes|default|choices|display help)\b/);
      // each option and argument: its term, two spaces or more, its description (in Chinese)
      const items = lines.filter((l) => /^ {2}\S.* {2,}\S/.test(l) && !l.startsWith('  $'));
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item, item).toMatch(/ {2,}.*\p{Script=Han}/u);
    },
  );

  test('in English with LANG=C', async () => {
    const r = await run(['render', '--help'], { LANG: 'C' });
    expect(r.stdout.split('\n')[0]).toBe('Usage: gongwen render [options] <records...>');
    expect(r.stdout).toMatch(/^ {2}--force +replace existing output files$/m);
    expect(r.stdout.replace(/\n +/g, ' ')).toContain('(choices: "text", "json", default: "text")');
  });

  test("commander's own errors are said in Chinese too", async () => {
    const r = await run(['render', '--format', 'odt', 'x.yaml'], { LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe('错误：选项“-f, --format <format>”的值“odt”无效；可选的值：md, docx, pdf, html');
    expect(r.lines).toContain('（运行 gongwen --help 查看用法）');
    const typo = await run(['rendre', 'x.yaml'], { LANG: 'zh_CN.UTF-8' });
    expect(typo.lines.slice(0, 2)).toEqual(['错误：没有“rendre”这个命令', '（是不是要写 render？）']);
  });
});

describe('the lines of a run, in Chinese', () => {
  test('a batch: wrote, the summary with 份 and 个, an existing output without --force, a write that fails', async () => {
    const dir = temporaryFolder('gongwen-zh-');
    const records = ['minutes-town-petition.yaml', 'plan-township.yaml'].map((f) => join(root, 'examples', f));
    const first = await run(['render', ...records, '-o', 'out'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.lines).toContain('已写入 out/minutes-town-petition.md');
    expect(first.lines).toContain('共 2 份记录：2 份已生成，0 份出错，写入 2 个文件');

    const again = await run(['render', ...records, '-o', 'out'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.lines).toContain('错误：out/minutes-town-petition.md 已存在；如要替换，请加 --force');
    expect(again.lines).toContain('共 2 份记录：0 份已生成，2 份出错');

    writeFileSync(join(dir, 'blocker'), '');
    const blocked = await run(['render', records[0]!, '-o', 'blocker/纪要.md'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(blocked.lines).toContain('错误：无法写入 blocker/纪要.md：路径中有一部分是文件而不是文件夹');
  });

  test('usage errors and an empty folder', async () => {
    const dir = temporaryFolder('gongwen-zh-');
    mkdirSync(join(dir, '记录'));
    const none = await run(['validate', '记录'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
    expect([none.code, none.stderr]).toEqual([2, '错误：记录 中没有记录（.yaml、.yml、.md）\n']);
    const missing = await run(['validate', '没有.yaml'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, '错误：没有这个文件或文件夹：没有.yaml\n']);
    const kind = await run(['new', '通知'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(/^错误：没有“通知”这个文种：可用 minutes \(纪要\), /);
  });

  test('--verbose and serve\'s warning', async () => {
    const r = await run(['validate', 'examples/minutes-town-petition.yaml', '--verbose', '--lang', 'zh'], { LANG: 'C' });
    expect(r.lines[0]).toMatch(/^examples\/minutes-town-petition\.yaml：编译用时 [\d.]+ ms$/);
    expect(r.lines[1]).toBe('  配置：无（本文件夹及上级文件夹中没有 gongwen.config.yaml）');
    expect(r.lines[2]).toBe('  模板：templates/minutes.hbs');
    expect(r.lines).toContain('检查了 1 份记录：1 份有效，0 份有误');
    expect(r.lines.at(-2)).toMatch(/^全部用时 [\d.]+ ms$/);
    expect(hostWarning('0.0.0.0', '记录', 'zh')).toBe('警告：--host 0.0.0.0：网络上的其他计算机也能打开这个网页；任何人只要有地址（及其中的令牌），就能读取和修改 记录 中的记录');
  });

  test('templates list has a heading and says where each template comes from', async () => {
    const r = await run(['templates', 'list'], { LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n');
    expect(rows[0]!.split(/ +/)).toEqual(['名称', '文种', '来源', '说明']);
    expect(rows.find((row) => row.startsWith('minutes '))!.split(/ +/).slice(0, 3)).toEqual(['minutes', 'minutes', '内置']);
  });
});

describe('--reporter json', () => {
  const FIELDS = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'path', 'hint'];

  test('each diagnostic has exactly the ten fields; path is the key path as the record writes it', async () => {
    const r = await run(['validate', MISTAKES, '--reporter', 'json'], { LANG: 'C' });
    expect(r.code).toBe(1);
    const ds = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    for (const d of ds) expect(Object.keys(d)).toEqual(FIELDS);
    expect(ds.find((d) => d.line === 11)).toMatchObject({ file: MISTAKES, column: 9, endLine: 11, severity: 'error', path: '章节[0].要点', hint: null });
    expect(ds.find((d) => d.code === 'unknown-key')).toMatchObject({ line: 12, column: 1, endColumn: 4, message: 'unknown key "参会人"', path: '参会人' });
  });

  test('the message in the chosen language', async () => {
    const tooLarge = async () => undefined; // standard input longer than a record may be
    const zh = await run(['validate', '-', '--reporter', 'json'], { GONGWEN_LANG: 'zh' }, { stdin: tooLarge });
    const en = await run(['validate', '-', '--reporter', 'json'], { LANG: 'C' }, { stdin: tooLarge });
    const mb = MAX_RECORD_BYTES / 2 ** 20;
    expect(JSON.parse(zh.stdout)).toEqual([
      { file: '<stdin>', line: null, column: null, endLine: null, endColumn: null, severity: 'error', code: 'record-too-large', message: `标准输入超过 ${mb} MB；一份记录最多这么大`, path: null, hint: null },
    ]);
    expect(JSON.parse(en.stdout)[0].message).toBe(`standard input holds more than ${mb} MB; a record may be at most that`);
  });
});

describe('why a write failed, in the chosen language', () => {
  test("writeAtomic's English reason with the system's code becomes the catalogue's words", () => {
    const failure = (code: string) => ({ reason: describeWriteError(Object.assign(new Error('x'), { code })), code });
    expect(writeReason(failure('ENOSPC'), 'zh')).toBe('磁盘已满 (ENOSPC)');
    expect(writeReason(failure('EPERM'), 'zh')).toBe('没有写入权限 (EPERM)');
    expect(writeReason(failure('ENOSPC'), 'en')).toBe('the disk is full (ENOSPC)');
    expect(writeReason(failure('ESTALE'), 'zh')).toBe('ESTALE'); // a code without words is shown as it is
  });

  test('stats --output that cannot be written says why in Chinese too', async () => {
    const dir = temporaryFolder('gongwen-stats-write-');
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = await run(['stats', join(root, 'test/fixtures/registers/disputes.csv'), '-o', 'a-file/统计.csv'], { GONGWEN_LANG: 'zh' }, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('路径中有一部分是文件而不是文件夹');
    expect(r.stderr).not.toContain('a part of the path');
  });
});

describe('the catalogue of the command line', () => {
  test('every entry of messages/cli.ts is in the catalogue, in Chinese and in English', () => {
    const ids = new Set(catalogueEntries().map(([id]) => id));
    for (const [id, e] of Object.entries(cliMessages)) {
      expect(ids.has(id as never), id).toBe(true);
      const zh = (e.zh as (p: object) => string)(e.example);
      expect(zh, id).toMatch(/\p{Script=Han}/u);
      expect((e.en as (p: object) => string)(e.example), id).not.toBe(zh);
    }
  });
});
