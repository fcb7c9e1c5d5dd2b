/**
 * Last year's plan pasted under 章节:, its headings typed as the items' keys (`- 指导思想: …`, `- 一、工作目标: …`), as the
 * same headings are read at the top of the record (src/records/headingSections.ts): each item is a section titled so,
 * among the sections typed `- 标题: …`, in the order typed.
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

const PLAN = [
  '类型: 实施方案',
  '标题: 关于开展矛盾纠纷排查化解专项行动的实施方案',
  '章节:',
  '  - 指导思想: 以习近平新时代中国特色社会主义思想为指导.',
  '  - 一、工作目标: 化解率达95%以上.',
  '  - 标题: 排查范围',
  '    内容: 全镇各村(社区).',
  '  - 工作要求:',
  '      - 各村要高度重视.',
  '      - 按时报送排查情况.',
  '落款:',
  '  署名: 临江镇人民政府',
  '  成文日期: 2024年2月26日',
];

it('reads `- 指导思想: …` under 章节 as a section titled 指导思想, in the order typed', async () => {
  const r = await runRecord('render', PLAN);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const headings = r.stdout.match(/^## .*$/gm);
  expect(headings).toEqual(['## 一、指导思想', '## 二、工作目标', '## 三、排查范围', '## 四、工作要求']);
  expect(r.stdout).toContain('## 一、指导思想\n\n以习近平新时代中国特色社会主义思想为指导。\n');
  expect(r.stdout).toContain('## 二、工作目标\n\n化解率达95%以上。\n');
  expect(r.stdout).toContain('## 四、工作要求\n\n各村要高度重视。\n\n按时报送排查情况。\n');
});

it('says a mistake under such an item at its line, named as typed', async () => {
  const r = await runRecord('validate', [...PLAN.slice(0, 7), '  - 工作要求:', '      内荣: 各村要高度重视.', ...PLAN.slice(10)]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^record\.yaml:9:7: error\[unknown-key\]: unknown key "内荣"/m);
});
