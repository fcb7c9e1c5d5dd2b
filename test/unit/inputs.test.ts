// Inputs as people give them: a record on standard input, quoted patterns, templates saved as GBK.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../support/cli.js';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MINUTES = readFileSync(join(root, 'examples/minutes-town-petition.yaml'));

async function withStdin(args: string[], bytes: Uint8Array) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, cwd: dir, env: {}, stdin: async (limit) => (bytes.byteLength > limit ? undefined : bytes) };
  const code = await main(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('- reads a record from standard input', () => {
  test('rendered to Markdown on standard output; errors name <stdin>', async () => {
    const r = await withStdin(['render', '-'], MINUTES);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 镇信访工作会议纪要/);
    const bad = await withStdin(['validate', '-'], new TextEncoder().encode('类型: 纪要\n标题: 会\n日期: 2024-02-30\n'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('<stdin>:3:5: error');
  });

  test('to DOCX it needs a file name; with one it is written', async () => {
    const r = await withStdin(['render', '-', '-f', 'docx'], MINUTES);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a record from standard input (-) has no name to write DOCX under');
    const ok = await withStdin(['render', '-', '-o', '纪要.docx'], MINUTES);
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, '纪要.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('patterns are expanded by gongwen (cmd.exe and PowerShell pass them on as they are)', () => {
  test('"记录/*.yaml", "**" and [..]', async () => {
    mkdirSync(join(dir, '记录', '六月'), { recursive: true });
    writeFileSync(join(dir, '记录', 'a1.yaml'), MINUTES);
    writeFileSync(join(dir, '记录', 'b2.yaml'), MINUTES);
    writeFileSync(join(dir, '记录', '六月', 'c3.yaml'), MINUTES);
    const flat = await runCli(['validate', '记录/*.yaml'], dir);
    expect(flat.code).toBe(0);
    expect(flat.stderr).toContain('2 record(s) checked: 2 valid');
    const deep = await runCli(['validate', '记录/**/*.yaml'], dir);
    expect(deep.stderr).toContain('3 record(s) checked: 3 valid');
    const set = await runCli(['validate', '记录/[a]?.yaml'], dir);
    expect(set.stderr).toContain('1 record(s) checked: 1 valid');
    const none = await runCli(['validate', '记录/*.yml'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no such file or folder: 记录/*.yml');
  });
});

describe('a template saved as GBK is read like a record saved as GBK', () => {
  test('its Chinese text is in the document', async () => {
    mkdirSync(join(dir, 'gongwen-templates'), { recursive: true });
    const template = '---\nname: 简式纪要\nkind: minutes\n---\n---\ntitle: {{yaml title}}\n---\n\n会议于{{dateText}}在{{place}}召开。\n';
    // GBK bytes as Notepad saves them (Node has no GBK encoder; glibc's iconv has)
    const { execFileSync } = await import('node:child_process');
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: template });
    expect(bytes.equals(Buffer.from(template))).toBe(false);
    writeFileSync(join(dir, 'gongwen-templates', 'short.hbs'), bytes);
    writeFileSync(join(dir, 'm.yaml'), MINUTES);
    const r = await runCli(['render', 'm.yaml', '-t', '简式纪要'], dir);
    expect(r.stdout).toContain('会议于6月30日晚在三楼会议室召开。');
  });
});

describe('a folder or a pattern of records beside gongwen.config.yaml', () => {
  test('the config is the folder\'s settings, not a record: not validated as one, not counted', async () => {
    const folder = join(dir, 'with-config');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.yaml'), MINUTES);
    writeFileSync(join(folder, 'gongwen.config.yaml'), '发文机关: 青山镇人民政府\n');
    for (const input of ['.', '*.yaml']) {
      const r = await runCli(['validate', input], folder);
      expect(r.code, input).toBe(0);
      expect(r.stdout + r.stderr, input).toMatch(/1 record\(s\) checked: 1 valid, 0 invalid/);
      expect(r.stderr, input).not.toContain('missing-kind');
    }
    // written with capitals, as Windows and macOS find it all the same, it is no record either
    writeFileSync(join(folder, 'Gongwen.Config.yaml'), '发文机关: 青山镇人民政府\n');
    expect((await runCli(['validate', '.'], folder)).stderr).toMatch(/1 record\(s\) checked: 1 valid, 0 invalid/);
    rmSync(join(folder, 'Gongwen.Config.yaml'));
    // named on its own, it is read as the user asked (and has no kind)
    const named = await runCli(['validate', 'gongwen.config.yaml'], folder);
    expect(named.stderr).toContain('missing-kind');
  });
});

describe('a mistake in gongwen.config.yaml, in a batch', () => {
  test('is said once a run, and every record it applies to still fails by it', async () => {
    const folder = join(dir, 'bad-config');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.yaml'), MINUTES);
    writeFileSync(join(folder, 'b.yaml'), MINUTES);
    writeFileSync(join(folder, 'gongwen.config.yaml'), '字体方案: 不存在\n');
    const text = await runCli(['validate', '.'], folder);
    expect(text.code).toBe(1);
    expect(text.stderr.match(/gongwen\.config\.yaml:1:7: error\[invalid-value\]/g)).toHaveLength(1);
    expect(text.stderr).toContain('2 record(s) checked: 0 valid, 2 invalid');
    const json = await runCli(['validate', '.', '--reporter', 'json'], folder);
    const reported = JSON.parse(json.stdout) as Array<{ file: string; code: string }>;
    expect(reported.filter((d) => d.file.endsWith('gongwen.config.yaml'))).toHaveLength(1);
  });
});

describe('-o - is standard output', () => {
  test('Markdown goes to standard output, as without -o; no folder named "-" is made; a DOCX is refused with the way to name a file', async () => {
    const folder = join(dir, 'dash-output');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.yaml'), MINUTES);
    const md = await runCli(['render', 'a.yaml', '-o', '-'], folder);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# 镇信访工作会议纪要/);
    expect(existsSync(join(folder, '-'))).toBe(false);
    const docx = await runCli(['render', 'a.yaml', '-o', '-', '--format', 'docx'], folder);
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('-o - means standard output, which takes Markdown only: for DOCX give --output a file or a folder');
    expect(existsSync(join(folder, '-'))).toBe(false);
  });
});
