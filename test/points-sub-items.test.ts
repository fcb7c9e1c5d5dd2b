// A point typed with sub-points under it, as a list within the list (reviewer, s14 batch 9):
//   要点:
//     - 责任落实到位:
//         - 镇村两级落实包保责任
// printed the YAML's dashes in the 纪要 (一是责任落实到位：- 镇村两级落实包保责任 - 每个…；). The sub-points are the
// point's own text, after its colon, one from the next by a comma (src/records/textColons.ts).
import { expect, it } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { compileText } from './support/compile-text.js';

const record = (points: string[]) =>
  ['类型: 纪要', '标题: 镇防汛工作会议纪要', '日期: 2025年5月20日', '地点: 镇会议室', '主持人: 镇长 李明辉', '会议名称: 防汛工作会议', '章节:', '  - 动词: 要求', '    内容: 各单位要做到', '    量词: 个到位', '    要点:', ...points, ''].join('\n');

it('prints a point\'s sub-points as its text after its colon, without the dashes', async () => {
  const r = await compileText('纪要.yaml', record(['      - 责任落实到位:', '          - 镇村两级落实包保责任', '          - 每个隐患点明确1名监测员', '      - 物资储备到位', '      - 值班值守到位']));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const md = writeMarkdown(r.document!);
  expect(md).toContain('会议要求，各单位要做到三个到位：一是责任落实到位：镇村两级落实包保责任，每个隐患点明确1名监测员；二是物资储备到位；三是值班值守到位。');
  expect(md).not.toMatch(/- 镇村|- 每个/);
});

it('a point whose text goes on over the next line, typed with a colon, keeps its words as typed', async () => {
  const r = await compileText('纪要.yaml', record(['      - 做到以下两点:', '          一要守住底线，二要压实责任', '      - 物资储备到位']));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const md = writeMarkdown(r.document!);
  expect(md).toContain('一是做到以下两点：一要守住底线，二要压实责任；二是物资储备到位。');
});
