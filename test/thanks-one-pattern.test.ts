// A speech's thanks is one pattern (src/zh/thanks.ts), read by the render (a 结尾 that thanks gets no second 谢谢大家！)
// and by `gongwen import` (a last paragraph that is the thanks becomes the 致谢). They disagreed: import took only
// 谢谢大家 and 谢谢 with one mark, so 谢谢大家!!, 谢谢各位！, 感谢大家！ and 謝謝大家! were left in the text with 致谢: false.
import { afterAll, describe, expect, it, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import { endsWithThanks, isThanks } from '../src/zh/thanks.js';

const work = mkdtempSync(join(tmpdir(), 'gongwen-thanks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

const THANKS = ['谢谢大家！', '谢谢大家!', '谢谢大家!!', '谢谢！', '谢谢', '谢谢各位！', '感谢大家！', '谢谢你们。', '謝謝大家!', '谢谢大家.'];
const NOT_THANKS = ['感谢大家对工作的支持！', '谢谢大家的支持！', '我们要感谢大家。'];
const LAST_SENTENCE = ['希望大家真抓实干！谢谢大家！', '确保完成全年目标任务!谢谢大家!!', '各项工作。感谢各位。'];

test('the thanks alone, or as the last sentence of a paragraph', () => {
  for (const p of THANKS) expect([isThanks(p), endsWithThanks(p)], p).toEqual([true, true]);
  for (const p of LAST_SENTENCE) expect([isThanks(p), endsWithThanks(p)], p).toEqual([false, true]);
  for (const p of NOT_THANKS) expect([isThanks(p), endsWithThanks(p)], p).toEqual([false, false]);
});

/** A speech typed as a document: a heading, its paragraph, then the last paragraph given. */
const speechText = (last: string) => `在全乡粮食生产工作会议上的讲话\n\n同志们：\n\n今天召开会议，部署工作。\n\n一、提高认识\n\n粮食安全是国之大者。\n\n${last}\n`;

async function imported(last: string) {
  const name = `s${++n}`;
  writeFileSync(join(work, `${name}.txt`), speechText(last));
  const run = await runCli(['import', '--kind', 'speech', `${name}.txt`, '-o', `${name}.yaml`], work);
  expect(run.code, run.stderr).toBe(0);
  const rendered = await runCli(['render', `${name}.yaml`], work);
  return { record: readFileSync(join(work, `${name}.yaml`), 'utf8'), md: rendered.stdout };
}

describe('gongwen import reads the thanks as the render does', () => {
  it.each(THANKS.filter((t) => !t.startsWith('謝')))('%s alone in the last paragraph is the 致谢, printed once', async (thanks) => {
    const { record, md } = await imported(thanks);
    expect(record).toContain(`致谢: ${thanks}\n`);
    expect(record).toContain(`最后一段“${thanks}”读作致谢`);
    expect(record).not.toContain(`- ${thanks}`);
    expect(md.match(/谢谢|感谢/gu)).toHaveLength(1);
  });
  it('謝謝大家! in a speech pasted in traditional characters too', async () => {
    const { record, md } = await imported('謝謝大家!');
    expect(record).toContain('致谢: 謝謝大家!\n');
    expect(md.trimEnd().endsWith('\n謝謝大家！')).toBe(true);
  });
  it.each(LAST_SENTENCE)('%s: a paragraph whose last sentence thanks stays as typed, 致谢: false, and the render adds none', async (last) => {
    const { record, md } = await imported(last);
    expect(record).toContain('致谢: false');
    expect(md.match(/谢谢|感谢/gu)).toHaveLength(1);
  });
  it('a paragraph that only speaks of thanks is no 致谢: the render thanks after it', async () => {
    const { record, md } = await imported('感谢大家对工作的支持！');
    expect(record).toContain('致谢: false');
    expect(md.trimEnd().endsWith('感谢大家对工作的支持！')).toBe(true);
  });
});

describe('the render: a 结尾 that thanks gets no second 谢谢大家！', () => {
  it.each([...THANKS, ...LAST_SENTENCE])('结尾: %s', async (last) => {
    const name = `r${++n}.yaml`;
    writeFileSync(join(work, name), ['类型: 讲话', '标题: 在全乡粮食生产工作会议上的讲话', '章节:', '  - 标题: 提高认识', '    内容: 粮食安全是国之大者.', `结尾: "${last}"`].join('\n') + '\n');
    const run = await runCli(['render', name], work);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.match(/谢谢|謝謝|感谢/gu)).toHaveLength(1);
  });
});
