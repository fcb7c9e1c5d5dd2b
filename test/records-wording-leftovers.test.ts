// Records typed as a secretary types them, each with a leftover of the seventh session's note (issue 12):
// what the record gets is what an office prints, or a message that says where the lines go.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'gongwen-wording-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** Renders a record typed inline to Markdown, with the messages in one language. */
async function render(lines: string[], lang: 'zh' | 'en' = 'zh') {
  const name = `r${++n}.yaml`;
  writeFileSync(join(work, name), lines.join('\n') + '\n');
  return { name, ...(await runCli(['render', name], work, { GONGWEN_LANG: lang })) };
}

const MINUTES = ['类型: 纪要', '标题: 镇防汛工作会议纪要', '日期: 2026-06-10', '地点: 镇政府三楼会议室', '主持人: 镇长 王明', '会议名称: 防汛工作会议'];

describe('a 纪要 typed with its 动词 items under 要点 at the top', () => {
  const record = [...MINUTES, '要点:', '  - 动词: 强调', '    内容: 各村要落实防汛责任', '  - 动词: 要求', '    内容: 要加强值班值守'];
  it('says at each item, in Chinese, that such items go under 章节', async () => {
    const run = await render(record, 'zh');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${run.name}:8:5:`);
    expect(run.stderr).toContain(`${run.name}:10:5:`);
    expect(run.stderr).toContain('提示：以“动词:”开头的每一项是会议的一段意见或决定（会议强调，……），应写在“章节”下：把“要点:”改为“章节:”');
  });
  it('and in English', async () => {
    const run = await render(record, 'en');
    expect(run.stderr).toContain('hint: each item that begins "动词:" is one paragraph of what the meeting said or decided');
    expect(run.stderr).toContain('write 章节: instead of 要点:');
  });
  it('an item typed with the verb as its key (- 要求: …) is told the same, with its verb', async () => {
    const run = await render([...MINUTES, '要点:', '  - 要求: 要加强值班值守', '记录人: 张三'], 'zh');
    expect(run.stderr).toContain(`${run.name}:8:5:`);
    expect(run.stderr).toContain('提示：这一项是会议要求的内容，应写在“章节”下：章节: 下一行写 - 动词: 要求');
  });
  it('written under 章节 as the hint says, the record renders', async () => {
    const run = await render([...MINUTES, '章节:', ...record.slice(MINUTES.length + 1)]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('会议强调，各村要落实防汛责任。');
  });
});

describe('under a heading typed as a key, a paragraph typed after a phase or a subsection', () => {
  const PLAN = ['类型: 实施方案', '标题: 关于开展植树造林活动的实施方案', '落款:', '  署名: 红星乡人民政府', '  日期: 2026年3月1日'];
  it('is printed after them, where it was typed', async () => {
    const run = await render([
      ...PLAN,
      '实施步骤:',
      '  - 活动分两个阶段进行.',
      '  - 名称: 宣传发动阶段',
      '    起: 3月1日',
      '    止: 3月10日',
      '    内容: 召开动员会.',
      '  - 以上各阶段工作要环环相扣.',
      '主要任务:',
      '  - 标题: 植树造林',
      '    内容: 各村在房前屋后植树.',
      '  - 各村要按时完成任务.',
    ]);
    expect(run.stderr).toBe('');
    const md = run.stdout;
    const order = ['活动分两个阶段进行。', '宣传发动阶段（3月1日至3月10日）', '以上各阶段工作要环环相扣。', '二、主要任务', '（一）植树造林', '各村在房前屋后植树。', '各村要按时完成任务。'].map((t) => md.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it('and one typed between two of them is printed between them', async () => {
    const run = await render([
      ...PLAN,
      '实施步骤:',
      '  - 名称: 宣传发动阶段',
      '    内容: 召开动员会.',
      '  - 动员会后各村要及时上报进度.',
      '  - 名称: 集中整治阶段',
      '    内容: 逐项整改.',
      '主要任务:',
      '  - 标题: 植树造林',
      '    内容: 各村在房前屋后植树.',
      '  - 树苗由乡林业站统一调配.',
      '  - 2.清理河道',
      '  - 各村清理河道垃圾.',
      '  - 以上任务年底前完成.',
    ]);
    expect(run.stderr).toBe('');
    const order = ['宣传发动阶段', '动员会后各村要及时上报进度。', '集中整治阶段', '（一）植树造林', '树苗由乡林业站统一调配。', '（二）清理河道', '各村清理河道垃圾。', '以上任务年底前完成。'].map((t) => run.stdout.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('a speech byline', () => {
  it('prints the posts and the name as an office prints a person, without the space typed between them', async () => {
    const run = await render(['类型: 讲话', '标题: 在全乡防汛工作会议上的讲话', '讲话人: 乡党委副书记、乡长 刘志强', '日期: 2026年6月1日', '章节:', '  - 标题: 提高认识', '    内容: 防汛工作责任重大.']);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toContain('乡党委副书记、乡长刘志强');
  });
  it('a byline that is no post and name is printed as typed', async () => {
    const run = await render(['类型: 讲话', '标题: 在全乡防汛工作会议上的讲话', '讲话人: 刘志强同志', '章节:', '  - 标题: 提高认识', '    内容: 防汛工作责任重大.']);
    expect(run.stdout.split('\n')).toContain('刘志强同志');
  });
});

describe('a speech whose 结尾 ends 谢谢大家!! as a chat is typed', () => {
  it('thanks the audience once', async () => {
    const run = await render(['类型: 讲话', '标题: 在全乡粮食生产工作会议上的讲话', '章节:', '  - 标题: 提高认识', '    内容: 粮食安全是国之大者.', '结尾: 希望大家真抓实干,确保完成全年目标任务!谢谢大家!!']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('确保完成全年目标任务！\n\n谢谢大家！');
    expect(run.stdout.match(/谢谢大家/gu)).toHaveLength(1);
  });
  it('thanks the audience once when the 结尾 is typed under the last section, or is its last paragraph (s8-qa)', async () => {
    for (const end of [['    结尾: 希望大家真抓实干!谢谢大家!'], ['    内容:', '      - 粮食安全是国之大者.', '      - 希望大家真抓实干!谢谢大家!']]) {
      const run = await render(['类型: 讲话', '标题: 在全乡粮食生产工作会议上的讲话', '章节:', '  - 标题: 提高认识', ...(end.length === 1 ? ['    内容: 粮食安全是国之大者.'] : []), ...end]);
      expect(run.stderr).toBe('');
      expect(run.stdout.match(/谢谢大家/gu), end.join(' ')).toHaveLength(1);
    }
  });
});

describe('a heading that is no office heading, typed as a key with its number (二、检查范围和重点:)', () => {
  const PLAN = ['类型: 实施方案', '标题: 冬季安全生产大检查实施方案', '落款:', '  署名: 石门乡安全生产委员会', '  日期: 2026年11月18日'];
  it('is a part of the document, numbered by gongwen, in the order typed', async () => {
    const run = await render([...PLAN, '一、工作目标: 全面排查整治各类安全隐患.', '二、检查范围和重点:', '  - 重点检查学校,卫生院,敬老院等人员密集场所', '（三）其他事项: 各村要高度重视.']);
    expect(run.stderr).toBe('');
    const headings = run.stdout.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## 一、工作目标', '## 二、检查范围和重点', '## 三、其他事项']);
    expect(run.stdout).toContain('重点检查学校、卫生院、敬老院等人员密集场所。');
  });
});

describe('a 纪要 that lists one member both as present and as absent', () => {
  const BRANCH = ['类型: 纪要', '模板: minutes-branch', '标题: 中共石门村支部委员会会议纪要', '单位: 中共石门村支部委员会', '日期: 2026年4月8日', '地点: 村党群服务中心', '会议名称: 村支部委员会会议', '主持人: 村党支部书记 王志刚', '议题:', '  - 研究村级光伏电站收益分配方案', '共识:', '  要点:', '    - 收益方案公示7天'];
  it('is told at the absent list, in place of a headcount that does not add up', async () => {
    const run = await render([...BRANCH, '出席: 王志刚 刘秀英 赵勇 钱明 孙丽', '缺席: 钱明(外出务工)']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${run.name}:15:1:`);
    expect(run.stderr).toContain('“钱明”既写在出席中，又写在缺席中');
  });
  it('listed once, the headcount is printed', async () => {
    const run = await render([...BRANCH, '出席: 王志刚 刘秀英 赵勇 孙丽', '缺席: 钱明(外出务工)']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('应到5人，实到4人');
  });
});

describe('a heading of a 总结 typed after 存在的问题 and 下步打算 (四、意见建议:)', () => {
  it('is printed before them, as the 总结 prints its sections first, and that is said at its line (s8-qa)', async () => {
    const run = await render(['类型: 总结', '标题: 测试工作总结', '一、主要做法: 做法文字.', '二、存在的问题: 问题文字.', '三、下步打算: 打算文字.', '四、意见建议: 建议县里加大资金支持力度.', '落款:', '  署名: 某镇', '  日期: 2026年7月1日']);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## 一、主要做法', '## 二、意见建议', '## 三、存在的问题', '## 四、下一步工作打算']);
    expect(run.stderr).toContain('6:1: 警告[heading-moved]：“四、意见建议”写在“二、存在的问题”之后');
    expect(run.stderr).toContain('把它的内容写进“三、下步打算”；否则把它移到“二、存在的问题”之前');
    // typed before them: nothing said
    const inOrder = await render(['类型: 总结', '标题: 测试工作总结', '一、主要做法: 做法文字.', '二、意见建议: 建议.', '三、存在的问题: 问题文字.', '落款:', '  署名: 某镇', '  日期: 2026年7月1日']);
    expect(inOrder.stderr).toBe('');
  });
});
