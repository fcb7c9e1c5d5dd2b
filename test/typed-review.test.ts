// Records typed the way a secretary mixes the forms (s7-r2's review): a 实施方案 or 总结 with its headings as keys,
// what is below a heading printed in the order typed, nothing lost, a mistake said at its line; a speech thanks once.
import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFile } from '../src/pipeline.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-heading-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function render(lines: string[]) {
  const file = join(dir, `r${++n}.yaml`);
  writeFileSync(file, lines.join('\n') + '\n');
  const result = await compileFile(file, { cwd: dir });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  return { md: result.document ? writeMarkdown(result.document) : '', errors, warnings };
}

const PLAN = ['类型: 实施方案', '标题: 青山镇2027年森林防火工作方案', '依据: 为做好森林防火工作,制定本方案.'];

describe('headings typed as keys', () => {
  test('numbered lines after a subsection typed - 标题: are the next subsections, in the order typed', async () => {
    const { md, errors } = await render([
      ...PLAN,
      '主要任务:',
      '  - 标题: 加强宣传',
      '    内容: 利用广播,标语开展宣传',
      '  - 2.强化巡查',
      '  - (三)严格追责: 对失职人员严肃问责',
      '保障措施: 镇财政安排经费5万元。',
    ]);
    expect(errors).toEqual([]);
    const lines = md.split('\n').filter(Boolean);
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(lines).toContain('## 一、主要任务');
    expect(lines).toContain('### （二）强化巡查');
    expect(lines).toContain('**（三）严格追责。**对失职人员严肃问责。');
    expect(at('加强宣传')).toBeLessThan(at('强化巡查'));
    expect(at('强化巡查')).toBeLessThan(at('严格追责'));
    expect(md).not.toMatch(/2\.强化巡查/u);
  });

  test('a 领导小组 typed as a list, a key on each line, is the group', async () => {
    const { md, errors } = await render([...PLAN, '组织领导:', '  - 组长: 镇长 黄海', '  - 副组长: 副镇长 周平', '  - 成员: 张三,李四']);
    expect(errors).toEqual([]);
    expect(md).toContain('组　长：黄海（镇长）');
    expect(md).toContain('副组长：周平（副镇长）');
    expect(md).toContain('成　员：张三、李四');
  });

  test('a mistake in such a list is said at its line', async () => {
    const { errors } = await render([...PLAN, '组织领导:', '  - 组长: 镇长 黄海', '  - 成员:']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('成员');
    expect(errors[0]!.start?.line).toBe(6);
  });

  test('主要做法 with its subsections beside other headings typed as keys is one part, titled 主要做法', async () => {
    const { md, errors } = await render([
      '类型: 总结',
      '标题: 青山镇2026年信访工作总结',
      '单位: 青山镇',
      '时期: 2026',
      '前言: 现将有关情况总结如下:',
      '主要做法:',
      '  - 标题: 强化组织领导',
      '    内容: 镇党委高度重视。',
      '  - 标题: 畅通信访渠道',
      '    内容: 坚持镇领导接访日制度。',
      '工作成效: 全年化解矛盾纠纷126起。',
      '落款:',
      '  署名: 青山镇人民政府',
      '  成文日期: 2026年12月28日',
    ]);
    expect(errors).toEqual([]);
    expect(md).toContain('## 一、主要做法');
    expect(md).toContain('### （一）强化组织领导');
    expect(md).toContain('### （二）畅通信访渠道');
    expect(md).toContain('## 二、工作成效');
  });
});

describe('a speech whose 结尾 ends with its thanks', () => {
  const SPEECH = ['类型: 讲话', '标题: 在全镇信访维稳工作会议上的讲话', '讲话人: 镇党委书记 陈立新', '日期: 2027年1月6日', '开头: 下面,我讲三点意见.'];

  test('says 谢谢大家 once when the last sentence of the 结尾 typed as one line thanks', async () => {
    const { md, errors } = await render([...SPEECH, '结尾: 同志们,让我们扎实做好各项工作!谢谢大家!']);
    expect(errors).toEqual([]);
    expect(md.match(/谢谢大家/gu)).toHaveLength(1);
    expect(md).toContain('同志们，让我们扎实做好各项工作！\n\n谢谢大家！');
  });

  test('says it once when the sentence before the thanks ends in a half-width point typed after Chinese', async () => {
    const { md, errors } = await render([...SPEECH, '结尾: 为全县经济社会发展营造安全稳定的环境.谢谢大家!']);
    expect(errors).toEqual([]);
    expect(md.match(/谢谢大家/gu)).toHaveLength(1);
    expect(md).toContain('营造安全稳定的环境。\n\n谢谢大家！');
  });

  test('a 结尾 that only names the thanks in a sentence still gets its 谢谢大家', async () => {
    const { md } = await render([...SPEECH, '结尾: 我们衷心感谢大家的辛勤付出!']);
    expect(md.split('\n').filter((l) => l === '谢谢大家！')).toHaveLength(1);
  });
});

describe('a list under 会议强调: typed at the top with its own numbers', () => {
  const MINUTES = ['类型: 纪要', '标题: 城关镇安委会2025年第二次全体会议纪要', '时间: 2025年6月6日上午9时', '地点: 镇政府一楼会议室', '主持人: 镇长 梁红', '会议名称: 镇安委会第二次全体会议', '参会人员: 梁红 宋刚 何丽'];

  test('1. and 2. typed before each point are no sentences: the points are 一是……；二是……, their numbers gone', async () => {
    const { md, errors } = await render([
      ...MINUTES,
      '会议强调:',
      '  - 1. 要深刻汲取外地燃气爆炸事故教训,6月15日前完成燃气安全检查',
      '  - 2. 要抓好防汛和高温时段安全防范,整改率达到92.2%',
    ]);
    expect(errors).toEqual([]);
    expect(md).toContain('会议强调，一是要深刻汲取外地燃气爆炸事故教训，6月15日前完成燃气安全检查；二是要抓好防汛和高温时段安全防范，整改率达到92.2%。');
    expect(md).not.toMatch(/^2\\?\./mu);
  });
});

describe('a speech whose 开头 begins 同志们, with a comma', () => {
  const SPEECH = ['类型: 讲话', '标题: 在全镇防汛工作会议上的讲话', '讲话人: 镇长 李红', '日期: 2025年6月3日'];

  test('says 同志们 once, as the 称谓, and the 开头 begins after it', async () => {
    const { md, errors } = await render([...SPEECH, '开头: 同志们,今年汛期形势不容乐观.']);
    expect(errors).toEqual([]);
    expect(md.match(/同志们/gu)).toHaveLength(1);
    expect(md).toContain('同志们：');
    expect(md).toContain('今年汛期形势不容乐观。');
  });

  test('a longer 称谓 before a comma stays in the 开头 as typed', async () => {
    const { md } = await render([...SPEECH, '开头: 各位领导,今天我们召开这次会议.']);
    expect(md).toContain('各位领导，今天我们召开这次会议。');
  });
});

describe('a decisions lead that ends with the verb', () => {
  const MINUTES = ['类型: 纪要', '标题: 东坪村2025年第三次村两委会议纪要', '时间: 2025年3月8日上午9时', '地点: 村部', '主持人: 村支书 杨建新', '会议名称: 村两委会议', '参会人员: 杨建新 李梅 王强'];

  test('经研究,会议议定 before the decisions says 议定 once, with a warning at the line', async () => {
    const file = ['章节:', '  - 动词: 议定', '    内容: 经研究,会议议定', '    要点:', '      - 3月15日前完成秸秆离田', '      - 组织党员巡查禁烧'];
    const { md, errors, warnings } = await render([...MINUTES, ...file]);
    expect(errors).toEqual([]);
    expect(md).toContain('经研究，会议议定以下事项：');
    expect(md.match(/议定/gu)).toHaveLength(1);
    expect(warnings.map((w) => [w.code, w.start?.line])).toEqual([['verb-repeated', MINUTES.length + 3]]);
  });

  test('研究决定 after a lead that says 研究 is 会议决定, and a lead that names another decision keeps it', async () => {
    const studied = await render([...MINUTES, '章节:', '  - 动词: 研究决定', '    内容: 经认真研究', '    要点:', '      - 成立禁烧工作专班', '      - 设立举报电话']);
    expect(studied.md).toContain('经认真研究，会议决定：');
    const named = await render([...MINUTES, '章节:', '  - 动词: 决定', '    内容: 根据镇党委的决定', '    要点:', '      - 成立禁烧工作专班', '      - 设立举报电话']);
    expect(named.md).toContain('根据镇党委的决定，会议研究决定：');
  });
});
