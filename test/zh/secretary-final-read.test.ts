// What the final read of three records typed as a secretary types them found (test/fixtures/records/typed/37–39), each
// mended where all text goes (zh/punctuation fixPunctuation, zh/shortItems, compile/sections), not in the records.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixPunctuation } from '../../src/zh/punctuation.js';
import { runCli } from '../support/cli.js';

describe('times of day in running text', () => {
  it.each([
    ['护林员每天上午9点,下午3点各巡山一次', '护林员每天上午9时、下午3时各巡山一次'],
    ['镇卫生院负责12月12日上午8点半组织体检', '镇卫生院负责12月12日上午8时30分组织体检'],
    ['晚上7点30分召开群众会', '晚上7时30分召开群众会'],
    ['12月8日下午3点到5点在村部集中办理', '12月8日下午3时至5时在村部集中办理'],
    ['上午10点一刻集合', '上午10时15分集合'],
    ['下午两点在村部集合', '下午2时在村部集合'],
    // the times listed after the first, which has the part of the day
    ['下午2点、3点各巡查一次', '下午2时、3时各巡查一次'],
  ])('%s → %s', (typed, printed) => {
    expect(fixPunctuation(typed)).toBe(printed);
  });

  it.each([
    // a count of points, and a time without its part of the day, are left as typed
    '下面我讲3点意见',
    '9点前报送',
    // two times a clause follows each of: clauses, not items
    '上午9时集合，下午3时出发',
    // a title cited in 《》 is as it was issued, and what someone said is as they said it
    '《关于每天下午5点前报送隐患台账的通知》',
    '他说“明天上午9点到村部”',
    // a time with no written form as short is left whole: 9点过5分, a range whose end is 5点多
    '上午9点过5分到齐',
    '下午3点到5点多在村部',
    // 一点 after 晚 or 早 is "a little", and 两点 without a part of the day a count
    '请大家晚一点再走',
    '下面讲两点意见',
    // a range whose end has no short written form, a count after a part of the day, a span of time, a quote in ‘’
    '每晚八点到十点多巡逻',
    '下午2点、3点多各一次',
    '会议提出的上午三点要求要落实',
    '下午3点半小时内到齐',
    '上午10点一刻钟后',
    '学习‘下午3点’精神',
  ])('keeps %s', (typed) => {
    expect(fixPunctuation(typed)).toBe(typed);
  });
});

describe('words of two characters before what is done with them', () => {
  it('村道沿线杂物,柴草,粪堆清理 takes 顿号', () => {
    expect(fixPunctuation('各组完成村道沿线杂物,柴草,粪堆清理')).toBe('各组完成村道沿线杂物、柴草、粪堆清理');
  });
  it('a state before them is a clause of its own', () => {
    expect(fixPunctuation('上访人情绪激动，哭闹，谩骂清理')).toBe('上访人情绪激动，哭闹，谩骂清理');
  });
});

describe('a sentence ended with . after a number', () => {
  it.each([
    ['值班电话:0739-6621119.对工作不力的,严肃追责', '值班电话：0739-6621119。对工作不力的，严肃追责'],
    ['每人发放优待金3000.由镇民政办负责', '每人发放优待金3000。由镇民政办负责'],
  ])('%s', (typed, printed) => {
    expect(fixPunctuation(typed)).toBe(printed);
  });
  // a year typed with a point for 年 before what belongs to it is no sentence's end
  it.each(['做好以下工作:1.对各村开展排查', '增长12.5个百分点', '自2025.下半年以来', '计划于2026.年底前完成', '2026.春节前完成慰问'])('keeps %s', (typed) => {
    expect(fixPunctuation(typed)).toBe(typed.replace(':', '：'));
  });
});

describe('a 领导小组 listed with its name and nothing before it', () => {
  const work = mkdtempSync(join(tmpdir(), 'gongwen-final-read-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const plan = (lines: string[]) => ['类型: 实施方案', '标题: 柳溪镇冬春森林防火工作实施方案', '落款:', '  署名: 柳溪镇人民政府', '章节:', '  - 标题: 组织领导', ...lines];
  async function render(lines: string[], name: string) {
    writeFileSync(join(work, name), plan(lines).join('\n') + '\n');
    return runCli(['render', name], work);
  }

  it('is introduced: 成立……领导小组，组成人员如下：', async () => {
    const out = await render(['    领导小组:', '      名称: 柳溪镇森林防火工作领导小组', '      组长: 镇长 杨立新', '      成员: [周波, 刘畅]'], 'a.yaml');
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('## 一、组织领导\n\n成立柳溪镇森林防火工作领导小组，组成人员如下：\n\n组长：杨立新（镇长）');
  });

  it('a lead typed before it is kept, and not said twice', async () => {
    const out = await render(['    内容: 为加强领导,镇政府成立森林防火工作领导小组,组成人员如下:', '    领导小组:', '      名称: 柳溪镇森林防火工作领导小组', '      组长: 镇长 杨立新'], 'b.yaml');
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('为加强领导，镇政府成立森林防火工作领导小组，组成人员如下：\n');
    expect(out.stdout).not.toContain('成立柳溪镇');
  });
});
