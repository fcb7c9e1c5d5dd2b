// A 总结 typed by a secretary with the headings offices use (主要工作, 下步打算), the date at the top
// (日期) and a heading left empty to fill in later (存在问题:): each line is read as meant, or said
// with what to write instead.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'gongwen-summary-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function record(name: string, text: string): string {
  writeFileSync(join(work, name), text);
  return name;
}

const HEAD = `类型: 总结
标题: 红星乡2026年上半年信访工作总结
单位: 红星乡人民政府
`;

describe('a 总结 with the headings offices type', () => {
  it('主要工作, 存在的问题 and 下步打算 are its sections, problems and outlook', async () => {
    const file = record(
      'headings.yaml',
      `${HEAD}主要工作:
  - 标题: 抓好矛盾纠纷排查
    内容: 上半年共排查矛盾纠纷46起,调处成功43起.
存在的问题: 个别村排查不深入,台账不规范.
下步打算: 继续做好重点时段信访维稳工作.
`,
    );
    const run = await runCli(['render', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('抓好矛盾纠纷排查');
    expect(run.stdout).toContain('个别村排查不深入，台账不规范。');
    expect(run.stdout).toContain('继续做好重点时段信访维稳工作。');
  });

  it('its own keys typed with the numbers of last year\'s document (三、存在的问题:, 四、下步打算:) are those keys', async () => {
    const file = record(
      'numbered.yaml',
      `${HEAD}一、基本情况: 上半年共受理信访事项42件,办结40件.
二、主要做法:
  - 坚持领导接访,每周一由乡领导轮流接待来访群众.
三、存在的问题:
  - 个别村干部重视不够.
四、下步打算:
  - 进一步压实责任.
`,
    );
    const run = await runCli(['render', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const headings = run.stdout.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## 一、基本情况', '## 二、主要做法', '## 三、存在的问题', '## 四、下一步工作打算']);
    expect(run.stdout).toContain('个别村干部重视不够。');
    expect(run.stdout).toContain('进一步压实责任。');
  });

  it('日期 at the top is said to belong under 落款', async () => {
    const file = record('date.yaml', `${HEAD}日期: 2026年7月3日\n前言: 上半年,我乡信访工作平稳.\n`);
    const run = await runCli(['validate', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('date.yaml:4:1: 错误[unknown-key]：无法识别的项目“日期”');
    expect(run.stderr).toContain('提示：成文日期写在“落款”下');
  });

  it('a heading left empty says that nothing is written after it, at its line, not that a mapping was expected', async () => {
    const file = record('empty.yaml', `${HEAD}前言: 上半年,我乡信访工作平稳.\n存在问题:\n下一步: 继续做好信访工作.\n`);
    const run = await runCli(['validate', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('empty.yaml:5:1: 错误[wrong-type]：“存在问题”后面没有内容');
    expect(run.stderr).toContain('删去这一行');
    expect(run.stderr).not.toContain('一组项目');
    const en = await runCli(['validate', file], work);
    expect(en.stderr).toContain('empty.yaml:5:1: error[wrong-type]: nothing is written after "存在问题"');
  });

  it('an unknown heading with a list under it is not taken for text with a half-width colon', async () => {
    // (创新举措 is no heading name gongwen knows: src/records/headingSections.ts)
    const file = record('block.yaml', `${HEAD}创新举措:\n  - 标题: 推行"一站式"接访\n    内容: 在乡综治中心设立接访窗口.\n会议指出: 要抓好源头治理\n`);
    const run = await runCli(['validate', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.code).toBe(1);
    const [block, text] = run.stderr.split('\n\n');
    expect(block).toContain('无法识别的项目“创新举措”');
    expect(block).not.toContain('冒号改成全角');
    // but the heading of a part, which goes under 章节
    expect(block).toContain('提示：如果“创新举措”是文中一部分的标题，请把这一部分写在“章节”下');
    // a line of text whose colon YAML took for a key's still gets the hint
    expect(text).toContain('无法识别的项目“会议指出”');
    expect(text).toContain('冒号改成全角');
  });
});

describe('an 实施方案 typed with its headings as keys', () => {
  const PLAN = `类型: 实施方案
标题: 红星乡2026年秸秆禁烧工作实施方案
依据: 为做好秸秆禁烧工作,制定本方案.
指导思想: 坚持疏堵结合,以疏为主.
组织领导:
  内容: 乡成立秸秆禁烧工作领导小组.
  组长: 乡长 刘志强
  成员: 张丽、陈建国
实施步骤:
  - 名称: 宣传发动阶段
    起: 2026-06-30
    止: 2026-07-01
    内容: 召开动员会.
主要任务:
  - 各村要落实网格化管理.
  - 标题: 加强宣传教育
    内容: 各村要通过广播等形式广泛宣传.
章节:
  - 标题: 保障措施
    内容: 加强督查.
工作要求:
  - 各村要明确专人负责.
`;

  it('reads each heading with its part below it as a section, in the order typed, among those of 章节', async () => {
    const file = record('plan.yaml', PLAN);
    const run = await runCli(['render', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const headings = run.stdout.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# 红星乡2026年秸秆禁烧工作实施方案',
      '## 一、指导思想',
      '## 二、组织领导',
      '## 三、实施步骤',
      '## 四、主要任务',
      '### （一）加强宣传教育',
      '## 五、保障措施',
      '## 六、工作要求',
    ]);
    // the text under a heading, its 领导小组 typed with the heading's own keys, a phase and a paragraph before a subsection
    expect(run.stdout).toContain('## 一、指导思想\n\n坚持疏堵结合，以疏为主。');
    expect(run.stdout).toContain('组长：刘志强（乡长）');
    expect(run.stdout).toContain('**（一）宣传发动阶段（2026年6月30日至7月1日）。**召开动员会。');
    expect(run.stdout).toContain('## 四、主要任务\n\n各村要落实网格化管理。\n\n### （一）加强宣传教育');
  });

  it('says a mistake inside a heading\'s part at its line, with the path as typed', async () => {
    const file = record(
      'plan-bad.yaml',
      PLAN.replace('起: 2026-06-30', '起: 2026-02-30').replace('    内容: 各村要通过广播', '    内荣: 各村要通过广播').replace('工作要求:\n  - 各村要明确专人负责.\n', '工作要求:\n'),
    );
    const run = await runCli(['validate', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('plan-bad.yaml:11:8: 错误[date-invalid]：2026年2月30日不存在（实施步骤[0].起）');
    expect(run.stderr).toContain('plan-bad.yaml:17:5: 错误[unknown-key]：无法识别的项目“内荣”（主要任务[1].内荣）');
    expect(run.stderr).toContain('提示：是不是“内容”');
    expect(run.stderr).toContain('plan-bad.yaml:21:1: 错误[wrong-type]：“工作要求”后面没有内容');
    expect(run.stderr).not.toContain('章节[');
  });

  it('reads headings typed with their numbers (一、指导思想:) and parts typed as numbered lines ((一)环境整治: …)', async () => {
    const file = record(
      'plan-numbered.yaml',
      `类型: 实施方案
标题: 红星乡2027年"美丽屋场"创建活动实施方案
一、指导思想: 以改善农村人居环境为目标,坚持政府引导,群众主体.
二、主要任务:
  - (一)环境整治: 全面清理房前屋后杂物
  - (二)风貌提升: 统一规划,分步实施
三、保障措施: 乡财政安排奖补资金30万元
`,
    );
    const run = await runCli(['render', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## 一、指导思想\n\n以改善农村人居环境为目标，坚持政府引导，群众主体。');
    expect(run.stdout).toContain('## 二、主要任务\n\n**（一）环境整治。**全面清理房前屋后杂物。\n\n**（二）风貌提升。**统一规划，分步实施。');
    expect(run.stdout).toContain('## 三、保障措施');
  });

  it('a line that begins with a range of months (2、3月份: …) is text under its heading, not a numbered part', async () => {
    const file = record(
      'plan-months.yaml',
      `类型: 实施方案
标题: 红星乡2027年春季森林防火工作实施方案
主要任务:
  - 2、3月份: 全乡开展拉网式排查
  - 4、5月份: 开展督查
`,
    );
    const run = await runCli(['render', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('2、3月份：全乡开展拉网式排查。');
    expect(run.stdout).toContain('4、5月份：开展督查。');
    expect(run.stdout).not.toMatch(/\*\*（[一二三四五六七八九十]+）\d+月份。\*\*/u);
  });

  it('a heading gongwen does not know is still said to go under 章节', async () => {
    const file = record('plan-unknown.yaml', `类型: 实施方案\n标题: 红星乡2026年秸秆禁烧工作实施方案\n创新举措:\n  - 标题: 推行网格巡查\n    内容: 各村要划分网格.\n`);
    const run = await runCli(['validate', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('plan-unknown.yaml:3:1: 错误[unknown-key]：无法识别的项目“创新举措”');
    expect(run.stderr).toContain('章节: 下一行写 - 标题: 创新举措');
  });
});

describe('a 总结 typed with its headings as keys', () => {
  it('主要做法 with paragraphs below it is a section under that heading, as 基本情况 and 工作成效 are', async () => {
    const file = record(
      'summary-headings.yaml',
      `${HEAD}前言: 上半年,我乡信访工作平稳.现将有关情况总结如下
基本情况: 上半年共受理群众来信来访28件,办结26件.
主要做法:
  - 坚持领导包案,对重点信访件逐件落实包案领导.
工作成效:
  - 标题: 信访总量下降
    内容: 信访总量同比下降12%.
存在的问题: 个别村排查不深入.
`,
    );
    const run = await runCli(['render', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## 一、基本情况\n\n上半年共受理群众来信来访28件，办结26件。');
    expect(run.stdout).toContain('## 二、主要做法\n\n坚持领导包案，对重点信访件逐件落实包案领导。');
    expect(run.stdout).toContain('## 三、工作成效\n\n### （一）信访总量下降');
    expect(run.stdout).toContain('## 四、存在的问题');
  });
});

describe('a 纪要 typed with the headings of a meeting record', () => {
  it('会议议定事项 with its points below is one of its 章节 (动词 议定), and the meeting name is shown from the title', async () => {
    const typed = `类型: 纪要\n标题: 红星乡党委会议纪要\n时间: 2026年11月28日\n地点: 乡政府会议室\n主持人: 乡党委书记 李强\n出席: 李强,王刚,赵敏\n会议议定事项:\n  - 由王刚同志牵头,12月10日前完成矛盾纠纷排查\n  - 各村要落实24小时值班制度\n会议强调: 要守住安全底线.\n`;
    const run = await runCli(['validate', record('minutes.yaml', typed)], work, { GONGWEN_LANG: 'zh' });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('会议议定事项”');
    expect(run.stderr).toContain('需要项目“会议名称”');
    expect(run.stderr).toContain('例如 会议名称: 红星乡党委会议');
    const rendered = await runCli(['render', record('minutes-named.yaml', typed.replace('地点:', '会议名称: 乡党委会议\n地点:'))], work, { GONGWEN_LANG: 'zh' });
    expect(rendered.stderr).toBe('');
    expect(rendered.stdout).toContain('会议议定以下事项：\n\n一、由王刚同志牵头，12月10日前完成矛盾纠纷排查。\n\n二、各村要落实24小时值班制度。');
    expect(rendered.stdout).toContain('会议强调，要守住安全底线。');
  });

  it('会议指出: with paragraphs that hold sentences keeps them paragraphs; short statements are its points (s8-qa)', async () => {
    const typed = `类型: 纪要\n标题: 红星乡党委会议纪要\n会议名称: 乡党委会议\n时间: 2026年11月28日\n地点: 乡政府会议室\n主持人: 乡党委书记 李强\n会议指出:\n  - 今年以来,全乡经济稳中有进.各项民生实事有序推进.\n  - 同时也要清醒看到,安全生产基础仍然薄弱.\n会议要求:\n  - 各村要加强值班值守\n  - 要做好困难群众走访慰问\n`;
    const run = await runCli(['render', record('minutes-said.yaml', typed)], work, { GONGWEN_LANG: 'zh' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('会议指出，今年以来，全乡经济稳中有进。各项民生实事有序推进。\n\n同时也要清醒看到，安全生产基础仍然薄弱。');
    expect(run.stdout).toContain('会议要求，一是各村要加强值班值守；二是要做好困难群众走访慰问。');
  });

  it('a mistake under such a key is said at its line, and a heading that names no act of the meeting is said to go under 章节 with a 动词', async () => {
    const file = record(
      'minutes-wrong.yaml',
      `类型: 纪要\n标题: 红星乡党委会议纪要\n会议名称: 乡党委会议\n时间: 2026年11月28日\n地点: 乡政府会议室\n主持人: 乡党委书记 李强\n议定事项:\n  - 同意拨付资金\n  - {甲: 乙}\n会议精神:\n  - 传达学习了县委全会精神\n`,
    );
    const run = await runCli(['validate', file], work, { GONGWEN_LANG: 'zh' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/minutes-wrong\.yaml:9:5: 错误/);
    expect(run.stderr).toContain('无法识别的项目“会议精神”');
    expect(run.stderr).toContain('章节: 下一行写 - 动词: 议定');
  });
});
