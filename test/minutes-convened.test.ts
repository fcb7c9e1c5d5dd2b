// What the chair did, as the meeting's name says it (reviewer, s13): a meeting (……会议, ……会, 座谈会, 调度会) is
// 主持召开了; a study or a session that is no 会 (党委理论学习中心组集体学习, 专题研讨) is 主持了 — 主持召开了……集体学习
// convenes what cannot be convened.
import { expect, it } from 'vitest';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { compileText } from './support/compile-text.js';

const opening = async (meeting: string) => {
  const text = ['类型: 纪要', '标题: 镇党委会议纪要', '日期: 2025年5月20日', '地点: 镇会议室', '主持人: 镇党委书记 陈建华', `会议名称: ${meeting}`, '章节:', '  - 动词: 强调', '    内容: 要深入学习.', ''].join('\n');
  return writeMarkdown((await compileText('纪要.yaml', text)).document!).split('\n')[2];
};

it('a meeting is convened; a study or a session that is no 会 is chaired', async () => {
  expect(await opening('镇党委2025年第5次理论学习中心组集体学习')).toBe('2025年5月20日，镇党委书记陈建华在镇会议室主持了镇党委2025年第5次理论学习中心组集体学习。现将会议内容纪要如下：');
  expect(await opening('全镇安全生产专题研讨')).toContain('主持了全镇安全生产专题研讨。');
  // (and typed in traditional characters: 全鎮防汛工作會議)
  for (const meeting of ['镇党委会议', '全镇防汛工作调度会', '民营企业座谈会', '镇党委扩大会议', '全鎮防汛工作會議']) expect(await opening(meeting)).toContain(`主持召开了${meeting}。`);
});
