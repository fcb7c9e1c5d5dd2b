/**
 * A speech imported: the lines under its title — the speaker (镇长  李明辉, or 县委常委、常务副县长吴国栋 in gongwen's own
 * DOCX, centred) and the date in brackets ((2026年2月26日)) — are its 讲话人 and 日期, never a 副标题 (which a speech does
 * not have: the import failed, `unknown key "副标题"`) nor paragraphs of its 开头; 同志们： after them is its 称谓.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';

const SPEECH = [
  '在全镇2026年春季森林防火工作会议上的讲话',
  '镇长  李明辉',
  '（2026年2月26日）',
  '同志们：',
  '　　今天召开全镇春季森林防火工作会议，主要任务是部署今年春季森林防火工作。下面，我讲两点意见。',
  '　　一、提高认识',
  '　　森林防火责任重大。',
  '　　二、压实责任',
  '　　各村要落实包片责任。',
  '　　谢谢大家！',
  '',
].join('\n');

it('reads the speaker and the date under a typed speech title as 讲话人 and 日期, and 同志们： as its 称谓', async () => {
  const dir = folderWith({ '讲话.txt': SPEECH });
  const imported = await runCli(['import', '讲话.txt', '--kind', '讲话', '-o', 'speech.yaml'], dir);
  expect(imported.code).toBe(0);
  expect(imported.stderr).not.toMatch(/error/);
  const record = readFileSync(join(dir, 'speech.yaml'), 'utf8');
  expect(record).toMatch(/^讲话人: 镇长 +李明辉$/m);
  expect(record).toMatch(/^日期: 2026年2月26日$/m);
  expect(record).toMatch(/^称谓: 同志们：$/m);
  const r = await runCli(['render', 'speech.yaml'], dir);
  expect(r.stderr).toBe('');
  // under the title as a speech prints them, not run into the 开头
  expect(r.stdout).toContain('\n\n镇长李明辉\n\n（2026年2月26日）\n\n同志们：\n');
  expect(r.stdout).not.toContain('李明辉。');
  expect(r.stdout).not.toContain('（2026年2月26日）。');
  expect(r.stdout.match(/同志们：/g)).toHaveLength(1);
});

it("imports gongwen's own speech DOCX back, its speaker and date lines as 讲话人 and 日期", async () => {
  const dir = folderWith({
    'speech.yaml': [
      '类型: 讲话',
      '标题: 在全县2026年安全生产工作会议上的讲话',
      '讲话人: 县委常委、常务副县长 吴国栋',
      '日期: 2026年2月27日',
      '开头: 今天召开全县安全生产工作会议.',
      '章节:',
      '  - 标题: 压实责任',
      '    内容: 各乡镇要落实属地责任.',
      '',
    ].join('\n'),
  });
  expect((await runCli(['render', 'speech.yaml', '--format', 'docx', '-o', 'speech.docx'], dir)).code).toBe(0);
  const imported = await runCli(['import', 'speech.docx', '-o', 'again.yaml'], dir);
  expect(imported.code).toBe(0);
  expect(imported.stderr).not.toMatch(/error/);
  const record = readFileSync(join(dir, 'again.yaml'), 'utf8');
  expect(record).toMatch(/^讲话人: 县委常委、常务副县长吴国栋$/m);
  expect(record).toMatch(/^日期: 2026年2月27日$/m);
  const r = await runCli(['render', 'again.yaml'], dir);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('\n\n县委常委、常务副县长吴国栋\n\n（2026年2月27日）\n');
});
