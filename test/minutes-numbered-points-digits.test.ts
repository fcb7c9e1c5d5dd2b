// A 纪要's points numbered 1. 2. (the header form's 要点, decisions with 样式: 1.) where one begins with a date:
// 1.12月10日前…… reads as the decimal 1.12, so that list is numbered 一、 二、 (GB/T 9704 §7.3.3's first level, the
// decisions' default; src/zh/enumerate.ts numberedItems), the whole list alike; a list without such a point keeps 1. 2.
import { describe, expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

const render = (lines: string[]) => runRecord('render', lines);

const HEADER = ['类型: 纪要', '模板: minutes-header', '标题: 红星村“两委”联席会议纪要', '时间: 2026年12月1日下午3时', '地点: 村委会会议室', '参加人员: 周建华、吴秀英'];

describe('points numbered 1. 2. where one begins with a digit', () => {
  it('the header form numbers them 一、 二、, never 1.12月', async () => {
    const out = await render([...HEADER, '要点:', '  - 由郑小军同志负责清洁家园活动', '  - 12月10日前完成野外火源排查']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n一、由郑小军同志负责清洁家园活动。\n\n二、12月10日前完成野外火源排查。\n');
    expect(out.stdout).not.toMatch(/\d\.\d/u);
  });

  it('the header form keeps 1. 2. where no point begins with a digit', async () => {
    const out = await render([...HEADER, '要点:', '  - 由郑小军同志负责清洁家园活动', '  - 各村民小组在12月10日前完成排查']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n1.由郑小军同志负责清洁家园活动。\n\n2.各村民小组在12月10日前完成排查。\n');
  });

  it('decisions typed with 样式: 1. are numbered 一、 二、 when one begins with a digit', async () => {
    const out = await render([
      '类型: 纪要', '标题: 镇防火工作会议纪要', '时间: 2026年11月3日上午9时', '地点: 镇政府会议室', '主持人: 镇长 李明', '会议名称: 防火工作会议',
      '章节:', '  - 动词: 议定', '    样式: 1.', '    要点:', '      - 11月10日前完成排查', '      - 由镇应急办牵头',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n一、11月10日前完成排查。\n\n二、由镇应急办牵头。\n');
  });

  it('样式: 1. typed plain (the number 1 to YAML) or quoted ("1.", a string) numbers decisions 1. 2.', async () => {
    for (const style of ['1.', '"1."']) {
      const out = await render([
        '类型: 纪要', '标题: 镇防火工作会议纪要', '时间: 2026年11月3日上午9时', '地点: 镇政府会议室', '主持人: 镇长 李明', '会议名称: 防火工作会议',
        '章节:', '  - 动词: 议定', `    样式: ${style}`, '    要点:', '      - 由镇应急办牵头', '      - 各村在11月10日前完成排查',
      ]);
      expect(out.stderr, style).toBe('');
      expect(out.stdout, style).toContain('\n1.由镇应急办牵头。\n\n2.各村在11月10日前完成排查。\n');
    }
  });

  it('the numbers a secretary typed before every point in order are left out, before a date too (1.12月10日前)', async () => {
    const out = await render([...HEADER, '要点:', '  - 1.12月10日前完成山塘清淤', '  - 2、由水利站负责巡查', '  - 3.组织5名党员巡查']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n一、12月10日前完成山塘清淤。\n\n二、由水利站负责巡查。\n\n三、组织5名党员巡查。\n');
  });

  it('a number before another digit is the text\'s own, numbered or not: 1.5万元, 2.5万元, 1、2月份 are kept', async () => {
    for (const points of [['1.5万元用于村道硬化', '2.5万元用于水渠维修'], ['1、完成道路硬化', '2.5万元用于水渠维修'], ['1、2月份完成摸排', '2、3月份完成整改'], ['1.5吨化肥由村委会发放', '由水利站负责巡查']]) {
      const out = await render([...HEADER, '要点:', ...points.map((p) => `  - ${p}`)]);
      expect(out.stderr, points.join()).toBe('');
      for (const kept of points.filter((p) => /^\d[、.]\d/u.test(p))) expect(out.stdout, points.join()).toContain(`${kept}。`);
    }
  });
});
