/**
 * Keys as a secretary types them where the schema had another word: who reported with their post (汇报's 职务), and
 * the organ that signs typed as an office says it (落款: 单位: …, 落款 on one line).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli, runRecord } from './support/cli.js';
import { folderWith } from './support/folder.js';
import { kindJsonSchema } from '../src/records/jsonSchema.js';
import { KINDS } from '../src/records/schema/index.js';

const BRANCH = readFileSync(new URL('./fixtures/records/typed/03-minutes-branch-water.yaml', import.meta.url), 'utf8');

describe('a 汇报 item of a 支部委员会 纪要 typed with 职务', () => {
  it('is the reporter\'s post, as 角色 is: 组织委员罗敏同志汇报了……', async () => {
    const r = await runRecord('render', BRANCH.replace('  - 角色: 组织委员\n', '  - 职务: 组织委员\n').split('\n'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('组织委员罗敏同志汇报了两名入党积极分子的培养考察情况，建议列为发展对象。');
  });

  it('with several posts, each printed before the name', async () => {
    const r = await runRecord('render', BRANCH.replace('  - 角色: 组织委员\n', '  - 职务: [支部副书记, 组织委员]\n').split('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('支部副书记、组织委员罗敏同志汇报了');
  });

  it('beside 角色 is one key twice, said at the second', async () => {
    const r = await runRecord('validate', BRANCH.replace('  - 角色: 组织委员\n', '  - 角色: 组织委员\n    职务: 组织委员\n').split('\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("record.yaml:16:9: error[duplicate-key]: 职务 (posts) and 角色 (role) both give the reporter's post: write one");
    expect(r.stderr.match(/error/g)).toHaveLength(1);
  });
});

const SUMMARY = [
  '类型: 总结',
  '标题: 青石镇2025年上半年工作总结',
  '前言: 今年以来，我镇扎实开展各项工作。',
];

describe('the organ that signs, typed as an office says it', () => {
  it('under 单位 in the 落款 (落款单位) is the 署名', async () => {
    const r = await runRecord('render', [...SUMMARY, '落款:', '  单位: 青石镇人民政府', '  成文日期: 2025年7月3日']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/青石镇人民政府 *\n+2025年7月3日\s*$/u);
  });

  it('on the line of 落款 itself (落款: 单位: 青石镇人民政府) is the 署名, not a 署名 that reads “单位：青石镇人民政府”', async () => {
    const r = await runRecord('render', [...SUMMARY, '落款: 单位: 青石镇人民政府']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\n青石镇人民政府\s*$/u);
    expect(r.stdout).not.toContain('单位');
  });

  it('as one line of text (落款: 青石镇人民政府 2025年7月3日) is the 署名 and its 成文日期', async () => {
    const r = await runRecord('render', [...SUMMARY, '落款: 青石镇人民政府 2025年7月3日']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/青石镇人民政府 *\n+2025年7月3日\s*$/u);
  });

  it('in a 实施方案 under 单位: one organ, no error that the 署名 is missing', async () => {
    const r = await runRecord('render', [
      '类型: 实施方案',
      '标题: 关于开展矛盾纠纷排查化解专项行动的实施方案',
      '依据: 为深入推进矛盾纠纷排查化解工作,制定本方案.',
      '落款: {单位: 临江镇人民政府, 成文日期: 2024年2月26日}',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/临江镇人民政府 *\n+2024年2月26日\s*$/u);
  });

  it('under both 署名 and 单位: one key twice, said at 单位', async () => {
    const r = await runRecord('validate', [...SUMMARY, '落款:', '  署名: 青石镇人民政府', '  单位: 青石镇党委', '  成文日期: 2025年7月3日']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('record.yaml:6:3: error[duplicate-key]: "单位" repeats "署名": both name the key "organs"');
    expect(r.stderr.match(/error/g)).toHaveLength(1);
  });

  it('in gongwen.config.yaml, 落款: 单位: … signs with the organ, not with “单位：…”', async () => {
    const dir = folderWith({
      'gongwen.config.yaml': '落款: 单位: 青石镇人民政府\n',
      'record.yaml': [...SUMMARY, '落款:', '  成文日期: 2025年7月3日'].join('\n') + '\n',
    }, { git: true });
    const r = await runCli(['render', 'record.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\n青石镇人民政府 *\n+2025年7月3日\s*$/u);
  });

  it('in gongwen.config.yaml, under 单位 as a record\'s 落款 takes it', async () => {
    const dir = folderWith({
      'gongwen.config.yaml': '落款:\n  单位: 青石镇人民政府\n',
      'record.yaml': [...SUMMARY, '落款:', '  成文日期: 2025年7月3日'].join('\n') + '\n',
    }, { git: true });
    const r = await runCli(['render', 'record.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\n青石镇人民政府 *\n+2025年7月3日\s*$/u);
  });
});

it('the JSON Schema an editor reads takes the 落款 as gongwen reads it: one line of text, or its 署名 under 单位', () => {
  for (const kind of [KINDS.summary!, KINDS.plan!, KINDS.minutes!]) {
    const signature = kindJsonSchema(kind).properties!['落款']!;
    const [line, object] = signature.anyOf as Array<{ type: string; properties?: Record<string, unknown>; allOf?: Array<{ anyOf: Array<{ required: string[] }> }> }>;
    expect(line!.type).toBe('string');
    expect(Object.keys(object!.properties!)).toEqual(expect.arrayContaining(['署名', '单位', '成文日期']));
  }
  // where a 落款 must name its organs (not a 实施方案, whose 发文机关 may sign), 单位 names them
  const summary = (kindJsonSchema(KINDS.summary!).properties!['落款']!.anyOf as Array<{ allOf?: Array<{ anyOf: Array<{ required: string[] }> }> }>)[1]!;
  expect(summary.allOf!.flatMap((a) => a.anyOf.map((r) => r.required[0]))).toEqual(expect.arrayContaining(['署名', '单位']));
});

describe('a name typed twice in one list of 出席情况', () => {
  it('is an error at the second, as a name under both 出席 and 缺席 is: the headcount would be wrong', async () => {
    const r = await runRecord('validate', BRANCH.replace('  出席: 黄立新 罗敏 田勇 邓雪', '  出席: 黄立新 罗敏 田勇 罗敏').split('\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[invalid-value]: 罗敏 is written twice under 出席: 应到 and 实到 would count one person twice');
    expect(r.stderr.match(/error/g)).toHaveLength(1);
  });
});
