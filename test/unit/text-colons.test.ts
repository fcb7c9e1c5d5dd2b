import { describe, expect, test } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseRecordText } from '../../src/records/readRecord.js';
import { protectTextColons } from '../../src/records/textColons.js';
import { validateRecord } from '../../src/records/validate.js';

const read = (yaml: string) => {
  const bag = new DiagnosticBag('r.yaml');
  const source = parseRecordText(yaml, 'r.yaml', bag);
  const valid = source && validateRecord(source, bag);
  return { data: (valid?.data ?? source?.data) as any, errors: bag.items.filter((d) => d.severity === 'error') };
};

describe('half-width colons typed in text read as text (issue 9, point 1)', () => {
  test('a value ending in ":" after a known key', () => {
    const { data, errors } = read('kind: plan\n标题: x\n主送: 各乡镇党委、政府,县直各单位:\n');
    expect(errors).toEqual([]);
    expect(data.addressee).toBe('各乡镇党委、政府,县直各单位：');
  });
  test('a list item that is a lead sentence', () => {
    const { data, errors } = read('kind: summary\n标题: x\n前言:\n  - 今年以来,我镇工作取得成效。\n  - 现将工作总结如下:\n章节:\n  - 标题: 基本情况\n    内容:\n      - 分类统计如下:\n      - 注意事项: 不得遗漏\n');
    expect(errors).toEqual([]);
    expect(data.intro).toEqual(['今年以来,我镇工作取得成效。', '现将工作总结如下：']);
    expect(data.sections[0].text).toEqual(['分类统计如下：', '注意事项：不得遗漏']);
  });
  test('a plain text over several lines, the colon on a continuation line', () => {
    const { data, errors } = read('kind: summary\n前言: 今年以来,我镇信访工作平稳。\n  现将工作总结如下:\n标题: x\n');
    expect(errors).toEqual([]);
    expect(data.intro).toEqual(['今年以来,我镇信访工作平稳。现将工作总结如下：']);
  });
  test('a text starting on the line after its key', () => {
    const { data, errors } = read('kind: summary\n前言:\n  今年以来,我镇信访工作平稳。\n  现将工作总结如下:\n标题: x\n');
    expect(errors).toEqual([]);
    expect(data.intro).toEqual(['今年以来,我镇信访工作平稳。现将工作总结如下：']);
  });
  test('known keys written in Chinese inside a list of people still work', () => {
    const { data, errors } = read('kind: minutes\n标题: x\n主持人:\n  - 姓名: 张三\n    职务: 镇长\n  - 姓名: 李四\n');
    expect(errors).toEqual([]);
    expect(data.chair).toEqual([{ name: '张三', posts: ['镇长'] }, { name: '李四', posts: [] }]);
  });
  test('quoted texts, block texts, comments and times of day are left as typed', () => {
    const yaml = 'a: "x: y"\nb: |\n  现将总结如下:\n  一是:\nc: 上午9:00 # 备注: 无\n';
    expect(protectTextColons(yaml)).toBe(yaml);
  });
  test('columns stay where they were: the colon is replaced one for one', () => {
    const yaml = '主送: 各乡镇:\n';
    expect(protectTextColons(yaml).length).toBe(yaml.length);
  });
  test('a near miss of a known key inside a list stays a key, for its suggestion', () => {
    const { errors } = read('kind: minutes\n标题: x\n主持人:\n  - 姓明: 张三\n');
    expect(errors.map((e) => [e.code, e.hint])).toEqual([['unknown-key', 'did you mean "姓名" (name)?']]);
  });
  test('a continuation line with an unknown word and a colon is the value\'s text, not a key', () => {
    // (what stays truly ambiguous — a lone line of text where keys are — is one error with the fix:
    // test/typed-records.test.ts, "1. what stays ambiguous")
    const { data, errors } = read('kind: minutes\n标题: 会议纪要\n会议情况: 会议听取了汇报\n  要求: 抓落实\n');
    expect(errors).toEqual([]);
    expect(data.proceedings).toBe('会议听取了汇报要求：抓落实');
  });
});

describe('what the colon pass leaves alone', () => {
  test.each([
    ['a quoted text over several lines', 'a: "现将:\n  总结如下: 一"\nb: 1\n'],
    ['a flow list and mapping', 'a: [甲: 乙]\nb: {c: 1}\n'],
    ['a folded block', 'a: >-\n  现将总结如下:\n  一是:\nb: 1\n'],
    ['a list item that is a mapping of known keys', 'a:\n  - 动词: 强调\n    内容: 如下\n'],
    ['a key with its value on the next lines', '主持人:\n  姓名: 张三\n  职务: 镇长\n'],
    ['a time of day and a URL', 'a: 上午9:00 见 http://x.cn/a:b\n'],
    ['the front matter fence of a Markdown record', '---\nkind: 纪要\n---\n'],
  ])('%s', (_, yaml) => {
    expect(protectTextColons(yaml)).toBe(yaml);
  });

  test('a plain text under a list item goes on over its lines', () => {
    expect(protectTextColons('a:\n  - 会议要求:\n    各村要:\n    抓落实\n')).toBe('a:\n  - 会议要求：\n    各村要：\n    抓落实\n');
  });
});
