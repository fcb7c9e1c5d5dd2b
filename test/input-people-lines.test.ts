/**
 * People pasted one a line under a 领导小组's post (`副组长: |` and a line each, FINDINGS batch 4): each line is a person,
 * as each item of a list is, with the post before the name said in brackets after it as the other lines are.
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

it('reads 副组长 typed one a line (a | block) as one person a line', async () => {
  const r = await runRecord('render', [
    '类型: 实施方案',
    '标题: 关于开展矛盾纠纷排查化解专项行动的实施方案',
    '章节:',
    '  - 标题: 组织领导',
    '    领导小组:',
    '      组长: 乡党委书记、乡长 谭军',
    '      副组长: |',
    '        乡党委副书记 周敏',
    '        副乡长 欧阳晓东',
    '      成员: 乡农业服务中心主任 邓辉',
    '落款:',
    '  署名: 临江乡人民政府',
    '  成文日期: 2024年2月26日',
  ]);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('副组长：周敏（乡党委副书记）、欧阳晓东（副乡长）');
});
