// Decisions as a secretary types them (reviewer findings left by s14-words in src/compile/minutes.ts):
// - a count in another measure word than 项 is not followed by 事项: 会议议定以下两点：, not 以下两点事项：;
// - a point typed with the meeting's decision in front of it (会议决定由镇应急办牵头……) under 议定 does not say it
//   again after 会议议定以下事项：一、 (一、由镇应急办牵头……).
import { expect, it } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { compileText } from './support/compile-text.js';

const record = (section: string[]) =>
  ['类型: 纪要', '标题: 镇安委会会议纪要', '日期: 2025年5月20日', '地点: 镇会议室', '主持人: 镇长 李明辉', '会议名称: 镇安委会全体会议', '章节:', ...section, ''].join('\n');
const markdown = async (section: string[]) => writeMarkdown((await compileText('纪要.yaml', record(section))).document!);

it('a count in 点 or 个方面 is said without 事项; in 项 or 个 with it', async () => {
  const points = ['    要点:', '      - 由镇应急办牵头,9月底前完成全镇自建房排查', '      - 镇财政所安排专项资金用于隐患整治'];
  expect(await markdown(['  - 动词: 议定', '    量词: 点', ...points])).toContain('\n会议议定以下两点：\n');
  expect(await markdown(['  - 动词: 议定', '    量词: 个方面', ...points])).toContain('\n会议议定以下两个方面：\n');
  expect(await markdown(['  - 动词: 议定', '    量词: 项', ...points])).toContain('\n会议议定以下两项事项：\n');
  expect(await markdown(['  - 动词: 议定', '    量词: 个', ...points])).toContain('\n会议议定以下两个事项：\n');
});

it('a decision typed with 会议决定 in front of it does not say it again after the lead', async () => {
  const md = await markdown(['  - 动词: 议定', '    要点:', '      - 会议决定,由镇应急办牵头,9月底前完成全镇自建房排查', '      - 会议研究确定镇财政所安排专项资金用于隐患整治', '      - 会议同意将老旧房屋纳入排查范围']);
  expect(md).toContain('\n会议议定以下事项：\n\n一、由镇应急办牵头，9月底前完成全镇自建房排查。\n\n二、镇财政所安排专项资金用于隐患整治。\n\n三、同意将老旧房屋纳入排查范围。\n');
});
