/**
 * A 领导小组 typed as secretaries type it: one 副组长 as a text, the 成员 as one text of names.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compileFile } from '../src/pipeline.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-people-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The record, as typed, written to `name` and compiled: its Markdown, after it is checked to have no diagnostic. */
async function markdownOf(name: string, yaml: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  const r = await compileFile(file, { cwd: dir });
  expect(r.diagnostics).toEqual([]);
  return writeMarkdown(r.document!);
}

it('reads one 副组长 and a text of 成员 as the people they are', async () => {
  const md = await markdownOf('方案.yaml', `类型: 实施方案
标题: 关于开展冬春季森林防火专项整治行动的实施方案
章节:
  - 标题: 组织领导
    内容: 成立镇森林防火专项整治行动领导小组.
    领导小组:
      组长: 镇长 李明
      副组长: 副镇长 王刚
      成员: 张丽、陈建国、刘芳
落款:
  署名: 青山镇人民政府
  成文日期: 2026年11月30日
`);
  expect(md).toContain('组　长：李明（镇长）');
  expect(md).toContain('副组长：王刚（副镇长）');
  expect(md).toContain('成　员：张丽、陈建国、刘芳');
});

it('reads a 纪要 and a 讲话 pasted from chat: a post and a name a space apart, a 会议情况 ending in ".", a 开头 with its 称谓', async () => {
  const md = await markdownOf('纪要.yaml', `类型: 纪要
标题: 青石村两委联席会议纪要
日期: 2026年11月28日
地点: 村委会会议室
主持人: 村党支部书记 陈国强
会议名称: 村两委联席会议
出席: 陈国强,李红梅
列席: 驻村第一书记 周明
会议情况: 会议研究了今冬明春森林防火工作.
章节:
  - 动词: 要求
    内容: 各位村干部要切实履行职责
`);
  expect(md).toContain('村党支部书记陈国强在村委会会议室主持召开了村两委联席会议。会议研究了今冬明春森林防火工作。现将会议内容纪要如下：');
  expect(md).not.toContain('。。');
  expect(md).toContain('**列席：**驻村第一书记周明');

  const text = await markdownOf('讲话.yaml', `类型: 讲话
标题: 在全镇冬季安全生产工作会议上的讲话
讲话人: 镇长 李明
日期: 2026年11月25日
开头: 同志们:今天我们召开全镇冬季安全生产工作会议.下面,我讲几点意见.
章节:
  - 标题: 认清形势
    内容: 今年以来,全镇安全生产形势总体平稳.
结尾: 同志们,安全生产责任重于泰山.
`);
  expect(text.match(/同志们：/g)).toHaveLength(1);
  expect(text).toContain('同志们：\n\n今天我们召开全镇冬季安全生产工作会议。下面，我讲几点意见。');
});

it('ends the paragraphs of a 实施方案 typed as a list: a ； or nothing at the end becomes 。, a ： stays', async () => {
  const md = await markdownOf('整治方案.yaml', `类型: 实施方案
标题: 关于开展冬季农村人居环境整治行动的实施方案
章节:
  - 标题: 整治重点
    内容:
      - 清理农村生活垃圾.重点清理房前屋后的积存垃圾;
      - 清理畜禽养殖粪污等农业生产废弃物
      - 具体要求如下:
  - 标题: 工作步骤
    阶段:
      - 名称: 检查验收阶段
        起: 2027年3月1日
        止: 3月10日
        内容: 镇整治办组织检查验收
落款:
  署名: 青山镇人民政府
  成文日期: 2026年11月30日
`);
  expect(md).toContain('\n清理农村生活垃圾。重点清理房前屋后的积存垃圾。\n');
  expect(md).toContain('\n清理畜禽养殖粪污等农业生产废弃物。\n');
  expect(md).toContain('\n具体要求如下：\n');
  expect(md).toContain('检查验收阶段（2027年3月1日至3月10日）。**镇整治办组织检查验收。');
});

it('keeps a 开头 that only begins like a 称谓 (同志们的辛勤付出，…：) as the 开头, under 同志们：', async () => {
  const md = await markdownOf('讲话二.yaml', `类型: 讲话
讲话人: 县委书记 王建国
场合: 全县经济工作会议
开头: 同志们的辛勤付出,换来了今年经济的稳步增长:全县地区生产总值增长6.5%.
章节:
  - 标题: 认清形势
    内容: 今年以来,全县经济运行总体平稳
`);
  expect(md).toContain('同志们：\n\n同志们的辛勤付出，换来了今年经济的稳步增长：全县地区生产总值增长6.5%。');
  const greeted = await markdownOf('讲话三.yaml', `类型: 讲话
讲话人: 县委书记 王建国
场合: 全县经济工作会议
开头: 尊敬的各位领导、各位来宾,同志们,朋友们:全县经济运行平稳.
`);
  expect(greeted).toContain('尊敬的各位领导、各位来宾，同志们，朋友们：\n\n全县经济运行平稳。');
  expect(greeted).not.toContain('同志们：\n\n尊敬的');
  const secretaries = await markdownOf('讲话七.yaml', `类型: 讲话
讲话人: 镇长 李明
场合: 全镇村（社区）党支部书记会议
开头: 各位村(社区)党支部书记、各位驻村干部:今天把大家请来,主要是安排冬季防火工作.
`);
  expect(secretaries).toContain('各位村（社区）党支部书记、各位驻村干部：\n\n今天把大家请来，主要是安排冬季防火工作。');
});

it('ends a 纪要 section typed as a list item (；，) with 。, as a 实施方案 paragraph is ended', async () => {
  const md = await markdownOf('纪要二.yaml', `类型: 纪要
标题: 森林防火工作专题会议纪要
日期: 2026年11月28日
地点: 县委常委会议室
主持人: 县委书记 王建国
会议名称: 冬季森林防火工作专题会议
章节:
  - 动词: 指出
    内容: 今年以来,全县森林防火形势总体平稳;
  - 动词: 要求
    内容:
      - 各乡镇要落实巡查责任,
      - 具体安排如下:
`);
  expect(md).toContain('会议指出，今年以来，全县森林防火形势总体平稳。\n');
  expect(md).toContain('会议要求，各乡镇要落实巡查责任。\n\n具体安排如下：\n');
});

it('ends a 称谓 typed without its colon with ：, and says it once when the 开头 begins with it too', async () => {
  const md = await markdownOf('讲话四.yaml', `类型: 讲话
讲话人: 县委书记 王建国
场合: 全县经济工作会议
称谓: 同志们
开头: 同志们:今天我们召开全县经济工作会议.
`);
  expect(md).toContain('同志们：\n\n今天我们召开全县经济工作会议。');
  expect(md.match(/同志们/g)).toHaveLength(1);
  const other = await markdownOf('讲话五.yaml', `类型: 讲话
讲话人: 县委书记 王建国
场合: 全县经济工作会议
称谓: 各位代表,
开头: 同志们:今天我们召开全县经济工作会议.
`);
  // a 开头 with another 称谓 than the record's is left as typed
  expect(other).toContain('各位代表：\n\n同志们：今天我们召开全县经济工作会议。');
});

it('lists the people a 称谓 key addresses with 顿号 when typed with commas, as a 开头 that begins with them is', async () => {
  const md = await markdownOf('讲话六.yaml', `类型: 讲话
讲话人: 乡长 刘志强
场合: 全乡冬春季森林防火工作会议
称谓: 同志们,各位村支书:
开头: 同志们,各位村支书:今天召开全乡冬春季森林防火工作会议.
`);
  expect(md).toContain('同志们、各位村支书：\n\n今天召开全乡冬春季森林防火工作会议。');
  expect(md.match(/各位村支书/g)).toHaveLength(1);
  // a 称谓 that groups its people with both marks is kept as typed
  const grouped = await markdownOf('讲话七.yaml', `类型: 讲话
讲话人: 乡长 刘志强
场合: 全乡冬春季森林防火工作会议
称谓: 各位领导、各位来宾,同志们,朋友们
开头: 今天召开全乡冬春季森林防火工作会议.
`);
  expect(grouped).toContain('各位领导、各位来宾，同志们，朋友们：');
});

it("ends a 前言, a 依据 and a 讲话's 结尾 as section paragraphs are ended: 如下 takes ：, a bare end 。", async () => {
  const md = await markdownOf('总结.yaml', `类型: 总结
标题: 青山镇2026年工作总结
单位: 青山镇
时期: 2026
前言: 2026年,全镇各项工作稳步推进.现将有关情况总结如下
章节:
  - 标题: 主要工作
    内容:
      - 全年实施项目12个;
      - 具体情况如下.
`);
  expect(md).toContain('全镇各项工作稳步推进。现将有关情况总结如下：\n');
  expect(md).toContain('\n具体情况如下：\n');
  const plan = await markdownOf('依据.yaml', `类型: 实施方案
标题: 关于开展冬季农村人居环境整治行动的实施方案
依据: 为改善农村人居环境,根据县委,县政府统一部署,制定本方案
章节:
  - 标题: 整治重点
    内容: 清理农村生活垃圾
落款:
  署名: 青山镇人民政府
  成文日期: 2026年11月30日
`);
  expect(plan).toContain('为改善农村人居环境，根据县委、县政府统一部署，制定本方案。\n');
  const speech = await markdownOf('讲话六.yaml', `类型: 讲话
讲话人: 县委书记 王建国
场合: 全县经济工作会议
开头: 今天我们召开全县经济工作会议,
结尾: 同志们,让我们团结一心,奋力开创新局面
`);
  expect(speech).toContain('\n今天我们召开全县经济工作会议。\n');
  expect(speech).toContain('\n同志们，让我们团结一心，奋力开创新局面。\n');
});

it('leaves a 会议情况 and a decision left open with …… without a 。 after it', async () => {
  const md = await markdownOf('纪要三.yaml', `类型: 纪要
标题: 村两委联席会议纪要
日期: 2026年11月28日
地点: 村委会会议室
主持人: 村党支部书记 陈国强
会议名称: 村两委联席会议
会议情况: 会议研究了森林防火、冬季征兵等工作……
章节:
  - 动词: 决定
    要点:
      - 成立森林防火巡查队,由村主任牵头;
      - 巡查范围包括后山、水库等……
`);
  expect(md).toContain('会议研究了森林防火、冬季征兵等工作……现将会议内容纪要如下：');
  expect(md).toContain('一、成立森林防火巡查队，由村主任牵头。');
  expect(md).toContain('二、巡查范围包括后山、水库等……');
  expect(md).not.toContain('……。');
});
