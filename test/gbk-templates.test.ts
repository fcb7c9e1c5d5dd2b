// Templates, partials and config files saved as GBK (as Notepad and WPS save them on a Chinese
// Windows) are decoded as records are (src/io/decodeText.ts): read, shown and framed in Chinese.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';

/** GBK bytes (Node has no GBK encoder; glibc's iconv has). */
const gbk = (text: string) => {
  const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
  expect(bytes.equals(Buffer.from(text))).toBe(false);
  return bytes;
};

const dir = mkdtempSync(join(tmpdir(), 'gongwen-gbk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MINUTES = readFileSync(new URL('../examples/minutes-town-petition.yaml', import.meta.url));

describe('GBK files beside records', () => {
  it('a partial saved as GBK is rendered in Chinese', async () => {
    const project = join(dir, 'partial');
    mkdirSync(join(project, 'gongwen-templates', 'partials'), { recursive: true });
    writeFileSync(join(project, 'gongwen-templates', 'short.hbs'), '---\nname: 带附言纪要\nkind: minutes\n---\n---\ntitle: {{yaml title}}\n---\n\n{{> 附言}}\n');
    writeFileSync(join(project, 'gongwen-templates', 'partials', '附言.hbs'), gbk('会议在{{place}}召开，特此纪要。\n'));
    writeFileSync(join(project, 'm.yaml'), MINUTES);
    const r = await runCli(['render', 'm.yaml', '-t', '带附言纪要'], project);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.stdout).toContain('会议在三楼会议室召开，特此纪要。');
  });

  it('templates show prints a GBK template in Chinese, and its mistakes are framed in Chinese', async () => {
    const project = join(dir, 'show');
    mkdirSync(join(project, 'gongwen-templates'), { recursive: true });
    const template = '---\nname: 简式纪要\nkind: minutes\n---\n---\ntitle: {{yaml title}}\n---\n\n会议地点：{{#if place}}{{place}}\n';
    writeFileSync(join(project, 'gongwen-templates', 'short.hbs'), gbk(template));
    const shown = await runCli(['templates', 'show', '简式纪要'], project);
    expect(shown.stdout).toBe(template);
    writeFileSync(join(project, 'm.yaml'), MINUTES);
    const r = await runCli(['render', 'm.yaml', '-t', '简式纪要'], project);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/short\.hbs:\d+:\d+/);
    expect(r.stderr).toContain('会议地点：{{#if place}}{{place}}'); // the frame, not mojibake
  });

  it('a gongwen.config.yaml saved as GBK gives its Chinese values', async () => {
    const project = join(dir, 'config');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'gongwen.config.yaml'), gbk('印发机关: 张庄镇党政办公室\n'));
    writeFileSync(join(project, 'm.yaml'), MINUTES);
    const r = await runCli(['render', 'm.yaml'], project);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('张庄镇党政办公室');
  });
});
