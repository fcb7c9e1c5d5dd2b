// The serve page reads a record as `gongwen render` does (src/records/textColons.ts): a value that ends
// in a half-width colon (现将…总结如下:, 同志们:, 主送: 各村(社区):), typed in nearly every record pasted
// from chat, opens in the form and shows its kind in the list (FINDINGS s14, reviewer batch 7: the
// page said "YAML 有错误，见下方的诊断" with nothing below, while render and validate took the record).
import { describe, expect, it } from 'vitest';
import { loadData, listRecords } from '../src/serve/records.js';
import { folderWith } from './support/folder.js';

const speech = `类型: 讲话
标题: 在全镇安全生产工作会议上的讲话
讲话人: 李明辉
日期: 2025年3月6日
称谓: 同志们:
开头: 今天召开会议,主要任务是部署今年的安全生产工作.下面,我讲两点意见:
章节:
  - 标题: 提高认识
    内容: 安全生产责任重于泰山.
  - 标题: 压实责任
    内容: 各村要落实属地责任.
`;

const summary = `类型: 总结
标题: 青溪镇2025年上半年信访工作总结
前言: 今年以来,我镇信访工作平稳有序.现将上半年工作总结如下:
主要工作:
  - 标题: 落实领导接访
    内容: 镇党政主要领导每月15日坐班接访.
落款:
  署名: 青溪镇人民政府
  日期: 2025年7月5日
`;

describe('gongwen serve reads a record as render does', () => {
  it('a value ending in a half-width colon opens in the form, the colon written as the document prints it', () => {
    const loaded = loadData(speech);
    expect(loaded.parseError).toBeUndefined();
    const data = loaded.data as Record<string, unknown>;
    expect(data['称谓']).toBe('同志们：');
    expect(String(data['开头'])).toMatch(/我讲两点意见：$/);
    expect((data['章节'] as unknown[]).length).toBe(2);
  });

  it('the list shows such records with their kind and as valid', async () => {
    const root = folderWith({ '讲话.yaml': speech, '总结.yaml': summary });
    const records = await listRecords(root);
    expect(records.map((r) => [r.path, r.kind, r.valid])).toEqual([
      ['总结.yaml', '总结', true],
      ['讲话.yaml', '讲话', true],
    ]);
  });
});

describe('a record saved from the form', () => {
  it('keeps its comments and key order where a value ends in a half-width colon, the one value changed', async () => {
    const { editYaml } = await import('../src/serve/editYaml.js');
    const typed = speech.replace('讲话人: 李明辉\n', '# 讲话人以镇长身份出席\n讲话人: 李明辉\n');
    const data = loadData(typed).data as Record<string, unknown>;
    data['讲话人'] = '王立新';
    const saved = editYaml(typed, data);
    expect(saved).toContain('# 讲话人以镇长身份出席\n讲话人: 王立新\n');
    expect(saved.split('\n').filter((l) => /^\S[^:]*:/.test(l)).map((l) => l.split(':')[0])).toEqual(['类型', '标题', '讲话人', '日期', '称谓', '开头', '章节']);
    // read again as render reads it: the same record with the new speaker
    expect(loadData(saved).data).toEqual(data);
  });
});
