// Editor support: every starter `gongwen new` writes begins with a yaml-language-server line naming the
// JSON Schema of its kind, shipped in the package (schemas/, written by `npm run build`).
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runCli } from './support/cli.js';
import { temporaryFolder } from './support/folder.js';
import { KINDS } from '../src/records/schema/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const away = mkdtempSync(join(tmpdir(), 'gongwen-starter-'));
const inside = join(root, 'test', '.tmp', `starter-${process.pid}`); // a folder inside the package (a clone's)
mkdirSync(inside, { recursive: true });
afterAll(() => {
  rmSync(away, { recursive: true, force: true });
  rmSync(inside, { recursive: true, force: true });
});

const MODELINE = /^# yaml-language-server: \$schema=(\S+)\n/;
const STARTERS: Array<[string, string]> = [
  ['纪要', 'minutes'], ['minutes-header', 'minutes'], ['minutes-branch', 'minutes'], ['总结', 'summary'],
  ['实施方案', 'plan'], ['实施意见', 'plan'], ['讲话', 'speech'], ['配置', 'config'],
];

describe('gongwen new writes the schema line', () => {
  it.each(STARTERS)('%s: its first line names schemas/%s.schema.json, which exists and holds every key the starter has', async (name, schemaName) => {
    const file = join(away, `${name}.yaml`);
    const r = await runCli(['new', name, '-o', file], away);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const path = MODELINE.exec(text)?.[1];
    expect(path).toBeDefined();
    const schemaFile = isAbsolute(path!) ? path! : resolve(dirname(file), path!);
    expect(schemaFile).toBe(join(root, 'schemas', `${schemaName}.schema.json`));
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const keys = Object.keys(parse(text) as object);
    expect(keys.filter((k) => !(k in schema.properties))).toEqual([]);
  });

  it('gives a relative path when the starter is inside the package folder, so the folder can be moved', async () => {
    const r = await runCli(['new', '纪要', '-o', join(inside, 'x.yaml')], inside);
    expect(r.code).toBe(0);
    const path = MODELINE.exec(readFileSync(join(inside, 'x.yaml'), 'utf8'))?.[1];
    expect(path).toBe('../../../schemas/minutes.schema.json');
    expect(existsSync(resolve(inside, path!))).toBe(true);
  });

  it('to standard output too, and the starter still renders with its schema line', async () => {
    const r = await runCli(['new', '实施方案'], away);
    expect(r.stdout).toMatch(MODELINE);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(away, 'p.yaml'), r.stdout);
    const rendered = await runCli(['render', 'p.yaml'], away);
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).not.toContain('yaml-language-server');
  });

  it('takes -o - for standard output, as render does, and writes no file named "-" (new and schema)', async () => {
    const dir = temporaryFolder('gongwen-dash-');
    const starter = await runCli(['new', '纪要', '-o', '-'], dir);
    expect([starter.code, starter.stdout]).toEqual([0, (await runCli(['new', '纪要'], dir)).stdout]);
    const schema = await runCli(['schema', '纪要', '-o', '-'], dir);
    expect([schema.code, schema.stdout]).toEqual([0, (await runCli(['schema', '纪要'], dir)).stdout]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('schemas/ as shipped', () => {
  it('holds what gongwen schema prints, for every kind and the config file, and nothing else', async () => {
    const expected = [...Object.values(KINDS).map((k) => k.kind), 'config'];
    expect(readdirSync(join(root, 'schemas')).sort()).toEqual(expected.map((name) => `${name}.schema.json`).sort());
    for (const name of expected) {
      const printed = await runCli(['schema', name], away);
      expect(printed.code).toBe(0);
      expect(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'), name).toBe(printed.stdout);
    }
  });
});
