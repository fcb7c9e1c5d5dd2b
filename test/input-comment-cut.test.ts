/**
 * Text after ` #` is a comment to YAML and left out of the document: `内容: 检查了安置小区 #3楼和#5楼，发现隐患12处。` printed
 * 会议指出，检查了安置小区。 with nothing said. #3楼, #1机组 are ordinary in an office's text: what was left out is said at the
 * #, with how to keep it; a comment written as one (`# 也可写…`, as the starters write theirs) is not.
 */
import { expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

const MINUTES = [
  '类型: 纪要',
  '标题: 青石镇安全生产工作会议纪要',
  '日期: 2025-03-15        # 也可写 2025年3月15日',
  '地点: 镇政府三楼会议室',
  '主持人: 陈建华',
  '会议名称: 安全生产工作会议',
  '章节:',
  '  - 动词: 指出',
  '    内容: 检查了安置小区 #3楼和#5楼，发现隐患12处。',
  '  - 动词: 要求',
  '    内容: "各村要在3月底前完成整改 #重点是消防通道。"',
];

it('says the text YAML left out as a comment, at the #, and nothing of a comment written as one', async () => {
  const r = await runRecord('render', MINUTES);
  expect(r.code).toBe(0);
  const warnings = r.stderr.match(/^record\.yaml:\d+:\d+: warning\[[a-z-]+\]: .*$/gm);
  expect(warnings).toEqual(['record.yaml:9:17: warning[comment-cut]: "#3楼和#5楼，发现隐患12处。" is left out of the document: YAML reads a # after a space as the start of a comment']);
  expect(r.stderr).toContain('hint: if it is text, put the whole value in quotes, or take out the space before the #');
  // the quoted value keeps its #
  expect(r.stdout).toContain('会议要求，各村要在3月底前完成整改 #重点是消防通道。');
});

it('says a value that is all comment (内容: #1隐患点已整改。) as such', async () => {
  const r = await runRecord('validate', [...MINUTES.slice(0, 8), '    内容: #1隐患点已整改。']);
  expect(r.stderr).toContain('record.yaml:9:9: warning[comment-cut]: "#1隐患点已整改。" is left out of the document');
});
