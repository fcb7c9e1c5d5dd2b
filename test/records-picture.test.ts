// A photo, a screenshot or a scan of a paper 纪要 saved under a record's name (纪要.yaml): one error that
// says it is a picture, not "164 more lines are not UTF-8" and "line 1 is GBK" with a hint to retype
// what is garbled (reviewer, s14 batch 3). src/io/binaryKind.ts knows a picture by its first bytes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { folderWith } from './support/folder.js';
import { binaryKind } from '../src/io/binaryKind.js';

/** The first bytes of each kind of picture a phone, a screenshot tool or a scanner saves, then bytes that are no text. */
const pictures: Record<string, number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  gif: [...Buffer.from('GIF89a')],
  webp: [...Buffer.from('RIFF'), 0x24, 0x00, 0x00, 0x00, ...Buffer.from('WEBPVP8 ')],
  heic: [0x00, 0x00, 0x00, 0x18, ...Buffer.from('ftypheic')],
  tiff: [0x49, 0x49, 0x2a, 0x00],
};
const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37 + 11) % 256));
const picture = (head: number[]) => Buffer.concat([Buffer.from(head), noise]);

describe('a picture under a record\'s name', () => {
  it('each kind of picture is known by its first bytes', () => {
    for (const [name, head] of Object.entries(pictures)) expect(binaryKind(picture(head)), name).toBe('image');
    // text that begins with the same letters is text
    expect(binaryKind(Buffer.from('GIF: 1\n类型: 纪要\n'))).toBeUndefined();
    expect(binaryKind(Buffer.from('RIFF 会议\n'))).toBeUndefined();
  });

  it('is said to be a picture, once, in Chinese and in English, with what to do', async () => {
    const dir = folderWith({});
    writeFileSync(join(dir, '纪要.yaml'), picture(pictures.png!));
    writeFileSync(join(dir, 'photo.yaml'), picture(pictures.jpeg!));
    const zh = await runCli(['render', '纪要.yaml'], dir, { GONGWEN_LANG: 'zh' });
    expect(zh.code).toBe(1);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toContain('纪要.yaml: 错误[record-is-binary]：这不是文字记录，而是一张图片（照片、截图或扫描件）');
    expect(zh.stderr).toContain('gongwen new 纪要 -o 纪要.yaml');
    expect(zh.stderr).not.toContain('mixed-encoding');
    expect(zh.stderr.match(/错误\[/g)).toHaveLength(1);
    const en = await runCli(['validate', 'photo.yaml'], dir);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('photo.yaml: error[record-is-binary]: this is no text record but a picture (a photo, a screenshot or a scan)');
    expect(en.stderr.match(/error\[/g)).toHaveLength(1);
  });
});

describe('a picture or a PDF under a register\'s name', () => {
  it('is said to be one, once, where 19 lines of bytes that are not UTF-8 were said', async () => {
    const dir = folderWith({});
    writeFileSync(join(dir, '台账.csv'), picture(pictures.jpeg!));
    writeFileSync(join(dir, 'scan.xlsx'), Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]));
    const csv = await runCli(['stats', '台账.csv'], dir, { GONGWEN_LANG: 'zh' });
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('台账.csv 不是台账，而是一张图片（照片、截图或扫描件）');
    expect(csv.stderr.match(/错误\[/g)).toHaveLength(1);
    const xlsx = await runCli(['stats', 'scan.xlsx'], dir);
    expect(xlsx.code).toBe(1);
    expect(xlsx.stderr).toContain('scan.xlsx is no register but a PDF');
    expect(xlsx.stderr.match(/error\[/g)).toHaveLength(1);
  });
});
