// Issue "hostile input", class 1–2: nothing from any file is ever run, and data lookups see only data.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

const root = join(import.meta.dirname, '../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-hostile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const MINUTES = readFileSync(join(root, 'examples/minutes-town-petition.yaml'), 'utf8');

describe('template front matter is YAML only', () => {
  test('---js front matter is an error at its line, and the code in it never runs', async () => {
    const marker = join(dir, 'ran.txt');
    mkdirSync(join(dir, 'gongwen-templates'));
    writeFileSync(
      join(dir, 'gongwen-templates', 'evil.hbs'),
      `---js\n{ name: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') || 'evil', kind: 'minutes' }\n---\n正文\n`,
    );
    writeFileSync(join(dir, 'r.yaml'), MINUTES);
    const r = await runCli(['render', 'r.yaml', '--template', 'gongwen-templates/evil.hbs'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gongwen-templates/evil.hbs:1:1: error[template-front-matter]: template gongwen-templates/evil.hbs: front matter "---js" is not YAML');
    expect(() => readFileSync(marker)).toThrow();
    for (const lang of ['javascript', 'coffee', 'json', 'toml']) {
      writeFileSync(join(dir, 'gongwen-templates', 'evil.hbs'), `---${lang}\nname: evil\n---\n正文\n`);
      const t = await runCli(['render', 'r.yaml', '--template', 'gongwen-templates/evil.hbs'], dir);
      expect(t.code, lang).toBe(1);
      expect(t.stderr).toContain(`front matter "---${lang}" is not YAML`);
    }
  });

  test('a broken template in the project folder stops no record that does not use it, and is named when listed', async () => {
    mkdirSync(join(dir, 'gongwen-templates'));
    writeFileSync(join(dir, 'gongwen-templates', 'broken.hbs'), '---\nname: [unclosed\n---\n{{#each}}\n');
    writeFileSync(join(dir, 'gongwen-templates', 'alsojs.hbs'), '---js\n{}\n---\n');
    writeFileSync(join(dir, 'r.yaml'), MINUTES);
    const r = await runCli(['render', 'r.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('镇信访工作会议纪要');
    const list = await runCli(['templates', 'list'], dir);
    expect(list.stdout).toMatch(/^minutes\s+minutes\s+builtin/m);
    expect(list.stderr).toContain('gongwen-templates/broken.hbs:');
    expect(list.stderr).toContain('gongwen-templates/alsojs.hbs:1:1');
    expect(list.code).toBe(1);
    const used = await runCli(['render', 'r.yaml', '-t', 'broken'], dir);
    expect(used.code).toBe(1);
    expect(used.stderr).toMatch(/gongwen-templates\/broken\.hbs:\d+:1: error\[template-front-matter\]: template broken: front matter is not valid YAML/);
  });

  test('a folder named as a template file is an error for that record, not a crash', async () => {
    mkdirSync(join(dir, 'dir.hbs'));
    writeFileSync(join(dir, 'r.yaml'), MINUTES);
    const r = await runCli(['render', 'r.yaml', '-t', 'dir.hbs'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a folder, not a template file');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('lookups see only the data', () => {
  test('{{constructor}}, {{toString}}, {{__proto__}} in figure text name no computed figure', async () => {
    const record = `类型: 总结\n标题: 测试总结\n单位: 某镇\n时期: 2024\n信访: {来信: 2, 来访: 3, 办结: 5}\n前言:\n  - 办结率{{办结率}}，{{constructor}}，{{toString}}，{{__proto__}}。\n`;
    writeFileSync(join(dir, 's.yaml'), record);
    const r = await runCli(['render', 's.yaml'], dir);
    expect(r.code).toBe(1);
    for (const name of ['constructor', 'toString', '__proto__']) expect(r.stderr).toContain(`{{${name}}} names no computed figure`);
    expect(r.stdout + r.stderr).not.toContain('function Object');
    expect(r.stdout + r.stderr).not.toContain('native code');
  });

  test('in a speech, {{constructor}} next to {{章节数}} is an error, not Object’s constructor', async () => {
    writeFileSync(join(dir, 'sp.yaml'), `类型: 讲话\n标题: 讲话\n开头: 我讲{{章节数}}点，{{constructor}}\n章节:\n  - 标题: 一\n    内容: 甲\n`);
    const r = await runCli(['render', 'sp.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('{{constructor}} names no computed figure');
  });

  test('keys __proto__, constructor, toString in a record are unknown keys at their own lines', async () => {
    writeFileSync(join(dir, 'p.yaml'), MINUTES + '__proto__: {polluted: 1}\nconstructor: 1\ntoString: x\n');
    const lines = (MINUTES.match(/\n/g) ?? []).length;
    const r = await runCli(['validate', 'p.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`p.yaml:${lines + 1}:1: error[unknown-key]: unknown key "__proto__"`);
    expect(r.stderr).toContain(`p.yaml:${lines + 2}:1: error[unknown-key]: unknown key "constructor"`);
    expect(r.stderr).toContain(`p.yaml:${lines + 3}:1: error[unknown-key]: unknown key "toString"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a kind named constructor or __proto__ is unknown (exit 2 on the command line, an error in a record)', async () => {
    expect((await runCli(['new', 'constructor'], dir)).code).toBe(2);
    expect((await runCli(['schema', '__proto__'], dir)).code).toBe(2);
    writeFileSync(join(dir, 'k.yaml'), '类型: constructor\n标题: x\n');
    const r = await runCli(['validate', 'k.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('k.yaml:1:');
  });
});
