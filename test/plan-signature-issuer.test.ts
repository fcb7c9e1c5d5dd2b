// A 实施方案's 署名 is its issuing organ (GB/T 9704 §7.3.5): a 落款 with its date and no 署名 signs with 发文机关 (its 文件
// left out); 成文日期 typed at the top is the 落款's date. The JSON Schema says the same: 署名 is required under 落款 only
// where no 发文机关 is given (src/records/schema/plan.ts, src/records/jsonSchema.ts).
import { describe, expect, it } from 'vitest';
import { runRecord } from './support/cli.js';
import { kindJsonSchema } from '../src/records/jsonSchema.js';
import { KINDS } from '../src/records/schema/index.js';

const run = (command: 'render' | 'validate', lines: string[]) => runRecord(command, lines, { GONGWEN_LANG: 'zh' });

const PLAN = ['类型: 实施方案', '标题: 青石镇2027年春季森林防火工作实施方案', '章节:', '  - 标题: 工作目标', '    内容: 确保不发生重大森林火灾'];
const SIGNED = '\n青石镇人民政府  \n2027年2月20日\n';

describe('a 实施方案 without 署名', () => {
  it('signs with its 发文机关, without 文件', async () => {
    for (const issuer of ['青石镇人民政府', '青石镇人民政府文件']) {
      const out = await run('render', [`发文机关: ${issuer}`, ...PLAN, '落款:', '  日期: 2027年2月20日']);
      expect(out.stderr, issuer).toBe('');
      expect(out.stdout, issuer).toContain(SIGNED);
    }
  });

  it('of a joint document signs with each organ on a line of its own, as they are typed under 署名', async () => {
    const joint = await run('render', ['发文机关: 中共青石镇委员会 青石镇人民政府文件', ...PLAN, '落款:', '  日期: 2027年2月20日']);
    const typed = await run('render', ['发文机关: 中共青石镇委员会 青石镇人民政府文件', ...PLAN, '落款:', '  署名: [中共青石镇委员会, 青石镇人民政府]', '  日期: 2027年2月20日']);
    expect(joint.stderr).toBe('');
    expect(joint.stdout).toContain('\n中共青石镇委员会  \n青石镇人民政府  \n2027年2月20日\n');
    expect(joint.stdout).toBe(typed.stdout);
    // a space typed inside one organ's name splits nothing (zh/names organsOf)
    const spaced = await run('render', ['发文机关: 青石镇 人民政府文件', ...PLAN, '落款:', '  日期: 2027年2月20日']);
    expect(spaced.stdout).toContain(SIGNED);
  });

  it('reads 成文日期 at the top as the 落款\'s date, with no warning', async () => {
    const out = await run('render', ['发文机关: 青石镇人民政府', ...PLAN, '成文日期: 2027-02-20']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain(SIGNED);
    const signed = await run('render', [...PLAN, '落款:', '  署名: 青石镇人民政府', '成文日期: 2027年2月20日']);
    expect(signed.stderr).toBe('');
    expect(signed.stdout).toContain(SIGNED);
  });

  it('is still refused without 发文机关, saying where the 署名 goes', async () => {
    const out = await run('validate', [...PLAN, '落款:', '  日期: 2027年2月20日']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('缺少必填项目“署名”');
    expect(out.stderr).toContain('发文机关:');
  });

  it('refuses two different dates, at the top and under 落款', async () => {
    const out = await run('validate', ['发文机关: 青石镇人民政府', ...PLAN, '落款:', '  日期: 2027年2月20日', '成文日期: 2027年2月21日']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('2027年2月21日');
    expect(out.stderr).toContain('2027年2月20日');
  });
});

/** Whether a record passes the schema's required keys as an editor checks them: required, anyOf, allOf, not and properties. */
function passes(node: Record<string, any>, value: Record<string, any>): boolean {
  if (node.required && !node.required.every((k: string) => k in value)) return false;
  if (node.not && passes(node.not, value)) return false;
  if (node.anyOf && !node.anyOf.some((n: Record<string, any>) => passes(n, value))) return false;
  if (node.allOf && !node.allOf.every((n: Record<string, any>) => passes(n, value))) return false;
  if (node.properties) {
    for (const [k, sub] of Object.entries(node.properties as Record<string, Record<string, any>>)) {
      if (k in value && value[k] && typeof value[k] === 'object' && !Array.isArray(value[k]) && !passes(sub, value[k])) return false;
    }
  }
  return true;
}

describe('the JSON Schema of a 实施方案', () => {
  const schema = kindJsonSchema(KINDS.plan!);
  const base = { 类型: '实施方案', 标题: '青石镇春季森林防火工作实施方案' };
  it('requires 署名 under 落款 only without 发文机关', () => {
    expect(passes(schema, { ...base, 发文机关: '青石镇人民政府', 落款: { 日期: '2027年2月20日' } })).toBe(true);
    expect(passes(schema, { ...base, 落款: { 署名: '青石镇人民政府', 日期: '2027年2月20日' } })).toBe(true);
    expect(passes(schema, { ...base, 落款: { 日期: '2027年2月20日' } })).toBe(false);
    expect(passes(schema, { ...base, signature: { date: '2027-02-20' } })).toBe(false);
  });

  it('refuses, as gongwen does, a 成文日期 at the top with neither 发文机关 nor 署名; takes a record that does not sign', async () => {
    expect(passes(schema, { ...base, 成文日期: '2027年2月20日' })).toBe(false);
    expect((await run('validate', [...PLAN, '成文日期: 2027年2月20日'])).code).toBe(1);
    expect(passes(schema, { ...base, 发文机关: '青石镇人民政府', 成文日期: '2027年2月20日' })).toBe(true);
    expect(passes(schema, base)).toBe(true);
    expect((await run('validate', PLAN)).code).toBe(0);
  });

  it('takes 成文日期 at the top', () => {
    expect('成文日期' in schema.properties!).toBe(true);
  });
});
