// Editor support (issue 13 item 10): what docs/editor-completion.png and docs/editor-hover.png show, checked.
// The starter `gongwen new 纪要` writes, in Monaco with monaco-yaml — yaml-language-server, the engine of
// VS Code's YAML extension, not VS Code itself — in Debian's chromium (scripts/editor-screenshots.mjs).
// The schema is known to the editor only under the path the record's first line names, so completion and
// hover come from that line; the last test takes the line away and the keys are no longer offered.
// Without /usr/bin/chromium the tests are skipped, and the reason is printed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { completionAt, hoverAt, openEditor, recordIn } from '../scripts/editor-screenshots.mjs';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';

const CHROMIUM = '/usr/bin/chromium';

/**
 * What scripts/editor-record.ts writes (`gongwen new 纪要 -o 纪要.yaml`, `gongwen schema minutes`), in
 * this process, which runs the sources already, rather than in a vite-node child (about 1.7 s of CPU).
 */
async function writeRecord(folder: string) {
  mkdirSync(folder, { recursive: true });
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, cwd: folder, env: { LANG: 'C' } };
    const code = await main(args, io);
    if (code !== 0) throw new Error(`gongwen ${args.join(' ')} exited ${code}: ${err.join('')}`);
    return out.join('');
  };
  await run(['new', '纪要', '-o', join(folder, '纪要.yaml')]);
  writeFileSync(join(folder, 'minutes.schema.json'), await run(['schema', 'minutes']));
  return recordIn(folder);
}
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`test/editor.test.ts SKIPPED: no ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!haveChromium)(`the starter in Monaco with monaco-yaml${haveChromium ? '' : ' (skipped: no /usr/bin/chromium)'}`, () => {
  let editor: Awaited<ReturnType<typeof openEditor>>;
  beforeAll(async () => {
    editor = await openEditor({ writeRecord });
  });
  afterAll(async () => {
    await editor?.close();
  });

  test('the starter names the schema on its first line, and the editor has it under that path', () => {
    expect(editor.record.text).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/minutes\.schema\.json\n/);
    expect(editor.record.schemaUri).toMatch(/\/schemas\/minutes\.schema\.json$/);
  });

  test('hover over 主持人 shows its Chinese description from the schema', async () => {
    const hover = await hoverAt(editor.page, '主持人');
    expect(hover).toContain('主持人：姓名，或 {姓名, 职务}，如 镇党委书记、镇长郭百高（chair）');
    expect(hover).toContain('minutes.schema.json');
  });

  test('completion on a new top-level line offers the Chinese keys the record lacks, with their descriptions', async () => {
    const { labels, details } = await completionAt(editor.page, '地点', '会议');
    expect(labels).toEqual(expect.arrayContaining(['会议', '会议地点', '会议情况', '会议时间']));
    expect(labels).not.toContain('会议名称'); // the starter has it already
    expect(details).toContain('会议名称：如 信访稳定工作专题会议（meeting）');
    await editor.page.keyboard.press('Escape');
  });

  test('without the schema line the same place offers none of the schema’s keys', async () => {
    await editor.page.evaluate(() => {
      const { model, monaco } = (globalThis as any).gongwenEditor;
      model.pushEditOperations([], [{ range: new monaco.Range(1, 1, 2, 1), text: '' }], () => null);
    });
    const { labels } = await completionAt(editor.page, '时段', '会议', { details: false });
    expect(labels).not.toContain('会议情况');
    expect(labels).not.toContain('会议时间');
  });
});
