// Records typed the way a secretary types them (issue 9): every one renders on the first try, and its
// document reads as an office writes — no clashing punctuation, no word said twice in a row.
import { mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { expandInputs } from '../src/cli/inputs.js';
import { compileFile } from '../src/pipeline.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { kindJsonSchema } from '../src/records/jsonSchema.js';
import { KINDS } from '../src/records/schema/index.js';
import { fixPunctuation } from '../src/zh/punctuation.js';

const root = join(import.meta.dirname, '..');
const typedDir = join(root, 'test/fixtures/records/typed');
const typed = readdirSync(typedDir).filter((f) => f.endsWith('.yaml')).map((f) => join(typedDir, f));
const examples = expandInputs(['examples'], root).files;
const dir = mkdtempSync(join(tmpdir(), 'gongwen-typed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function render(file: string) {
  const result = await compileFile(file, { cwd: root });
  const md = result.document ? writeMarkdown(result.document) : '';
  return {
    md,
    title: result.document?.title ?? [],
    errors: result.diagnostics.filter((d) => d.severity === 'error'),
    warnings: result.diagnostics.filter((d) => d.severity === 'warning'),
    diagnostics: result.diagnostics,
  };
}
/** Writes a record typed inline and renders it. */
async function renderText(text: string | string[]) {
  const file = join(dir, `r${++n}.yaml`);
  writeFileSync(file, Array.isArray(text) ? text.join('\n') : text);
  return render(file);
}

/** Punctuation that never meets (prose.md, GB/T 15834): ：： ，。 。。 ；。 、。 and the like. */
const CLASH = /[：，；、。！？][：，；、。]/gu;
/** A word of two or more characters said twice in a row (会议会议), or 的的 / 了了. */
const REPEATED = /([\u4e00-\u9fff]{2,6})\1|([的了是在和])\2/gu;

/**
 * Lines with clashing punctuation or a word said twice that gongwen wrote: what the record typed
 * itself (the seed's 市政府的的要求, 要闹谁闹谁, 党支部支部委员会) is the writer's, and left to them.
 */
function clashes(md: string, typed = ''): string[] {
  const own = typed + fixPunctuation(typed);
  return md.split('\n').filter((line) => [...line.matchAll(CLASH), ...line.matchAll(REPEATED)].some((m) => !own.includes(m[0])));
}

describe('ten and more records typed as people type them, and every example', () => {
  test('there are at least ten typed records, of all four kinds', () => {
    expect(typed.length).toBeGreaterThanOrEqual(10);
    const kinds = typed.map((f) => readFileSync(f, 'utf8').match(/^(?:类型|kind): *(\S+)/mu)?.[1]);
    expect(kinds).toEqual(expect.arrayContaining(['纪要', '总结', '实施方案', '讲话']));
  });
  for (const file of [...typed, ...examples]) {
    const name = file.slice(root.length + 1);
    test(`${name}: renders without an error or a warning, no clashing punctuation, no repeated word`, async () => {
      const r = await render(file);
      expect(r.errors.map((d) => `${d.start?.line}: ${d.message}`)).toEqual([]);
      expect(r.warnings.map((d) => `${d.start?.line}: ${d.message}`)).toEqual([]);
      expect(clashes(r.md, readFileSync(file, 'utf8'))).toEqual([]);
      expect(r.md).not.toMatch(/[\u4e00-\u9fff][,;:?!()][\u4e00-\u9fff]/u);
    });
  }
  test('the scan itself finds what it looks for', () => {
    expect(clashes('主送：：\n好，。\n会议会议议定\n的的')).toHaveLength(4);
    expect(clashes('市政府的的要求', '按照市委、市政府的的要求')).toEqual([]);
    expect(clashes('一是……；二是……。')).toEqual([]);
  });
});

describe('each point of issue 9, with a record typed the wrong-but-natural way', () => {
  test('1. half-width colons in pasted text', async () => {
    const r = await renderText([
      'kind: 总结', '标题: 工作总结', '前言: 今年以来,我镇工作平稳.现将工作总结如下:', '章节:', '  - 标题: 基本情况', '    内容:',
      '      - 分类统计如下:', '      - 注意事项: 数字以台账为准', '',
    ].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.md).toContain('现将工作总结如下：');
    expect(r.md).toContain('分类统计如下：');
    expect(r.md).toContain('注意事项：数字以台账为准');
  });

  test('1. what stays ambiguous is one error, in plain words, with the fix', async () => {
    const alone = await renderText('kind: 总结\n标题: 总结\n现将工作总结如下:\n');
    expect(alone.errors.map((d) => [d.start?.line, d.message, d.hint])).toEqual([
      [3, 'this line is text where a key (名称: 内容) was expected', 'put the text under the key it belongs to, indented (前言:, 内容: …), or make it a list item starting with "- "'],
    ]);
    // the unclosed [ is one error at its line; the rest of the record is still checked in the same run
    // (this record has no 日期, 主持人 or 会议名称 either), and 地点, on the line set aside, is not called missing
    const unclosed = await renderText('kind: 纪要\n标题: 纪要\n地点: [三楼\n');
    expect(unclosed.errors.map((d) => d.message)).toEqual([
      'an opening [ is never closed',
      'template "minutes" needs the key "date" (时间 / 日期)',
      'template "minutes" needs the key "chair" (主持人 / 主持)',
      'template "minutes" needs the key "meeting" (会议名称 / 会议)',
      'template "minutes" needs the key "sections" (章节 / 部分)',
    ]);
    // a Chinese word before a colon where keys are: an unknown key, which may be text
    const word = await renderText('kind: 纪要\n标题: 纪要\n日期: 6月1日\n地点: 三楼\n主持人: 张三\n会议名称: 会议\n注意事项: 不得缺席\n章节:\n  - 动词: 强调\n    内容: 要做好工作。\n');
    expect(word.errors.map((d) => d.hint)).toEqual(['if "注意事项: …" is text, not a key, write its colon full-width "：" and put the line under the key it belongs to']);
  });

  test('1. every schema error of a file in one run', async () => {
    const r = await renderText('kind: 纪要\n标题: 纪要\n日期: 2024-02-30\n参会人: 张三\n地点: 三楼\n出席情况:\n  出度: 李四\n主持人: 张三\n会议名称: 会议\n章节:\n  - 动词: 强调\n    内容: 要做好工作。\n');
    expect(r.errors.map((d) => d.start?.line).sort()).toEqual([3, 4, 7]);
    expect(r.errors.map((d) => d.hint).filter(Boolean).sort()).toEqual(['did you mean "出席" (present)?', 'did you mean "参会人员" (participants)?'].sort());
  });

  test('2. a date with a time of day fills both; a weekday is kept; messages give the forms', async () => {
    const r = await renderText('kind: 纪要\n标题: 会议纪要\n时间: 2024年4月12日上午9:00\n地点: 三楼会议室\n主持人: 镇长张三\n会议名称: 专题会议\n章节:\n  - 动词: 强调\n    内容: 要做好工作。\n');
    expect(r.errors).toEqual([]);
    expect(r.md).toContain('2024年4月12日上午9:00，镇长张三在三楼会议室主持召开了专题会议。');
    const bad = await renderText('kind: 纪要\n标题: 会议纪要\n时间: 2024年6月18日(星期三)\n地点: 三楼\n主持人: 张三\n会议名称: 会议\n章节:\n  - 动词: 强调\n    内容: 要做好工作。\n');
    expect(bad.errors[0]!.message).toBe('2024年6月18日 is a 星期二, not 星期三');
    expect(bad.errors[0]!.expected).toContain('2024年6月18日上午9:00');
  });

  test('2. a time typed with a date that prints none is said; a case keeps its time of day', async () => {
    const plan = await renderText('kind: 实施方案\n标题: 方案\n落款:\n  署名: 镇政府\n  成文日期: 2024年3月1日上午9时\n');
    expect(plan.warnings.map((d) => [d.code, d.start?.line])).toEqual([['time-not-printed', 5]]);
    expect(plan.md).toContain('镇政府  \n2024年3月1日');
    const summary = await renderText(['kind: 总结', '标题: 总结', '章节:', '  - 标题: 纠纷', '    内容: [{插入: 矛盾纠纷}]', '矛盾纠纷:', '  案例:', '    - 时间: 2024年3月12日下午', '      简要情况: 两户发生纠纷', '']);
    expect(summary.md).toContain('1.2024年3月12日下午，两户发生纠纷。');
  });

  test('3. a misspelt key is one error with its suggestion, even beside other trouble', async () => {
    const r = await renderText('kind: 纪要\n标题: 会议纪要\n日期: 2024-02-30\n主持人:\n  - 姓明: 张三\n地典: 三楼\n');
    const unknown = r.errors.filter((d) => d.code === 'unknown-key');
    expect(unknown.map((d) => d.hint)).toEqual(['did you mean "姓名" (name)?', 'did you mean "地点" (place)?']);
    expect(r.errors.filter((d) => d.code === 'missing-key' && d.path?.includes('name'))).toEqual([]);
    expect(r.errors.some((d) => /does not exist/.test(d.message))).toBe(true);
  });

  test('5. the JSON Schema describes every key in Chinese', () => {
    const schema = kindJsonSchema(KINDS.minutes!);
    expect(schema.properties!['主持人']!.description).toMatch(/^主持人：/);
  });

  test('6. typical cases under real totals: the totals stay the record\'s', async () => {
    const r = await render(join(typedDir, '05-summary-county-typical.yaml'));
    expect(r.md).toContain('2024年排查1268件社会矛盾，化解1231件，正在化解37件。典型案例如下：');
    const all = await renderText(['kind: 总结', '标题: 总结', '章节:', '  - 标题: 纠纷', '    内容: [{插入: 矛盾纠纷}]', '矛盾纠纷:', '  排查: 5', '  化解: 5', '  全部列出: true', '  案例:', '    - 简要情况: 甲', '']);
    expect(all.errors.map((d) => d.message)).toEqual(['排查 (found) is 5, but 1 cases are listed as all of them (全部列出: true)']);
  });

  test('7. the passage names the channels the figures have', async () => {
    const r = await render(join(typedDir, '05-summary-county-typical.yaml'));
    expect(r.md).toContain('受理群众来信、来访、网上信访1903件（其中来信312件，来访486件，网上信访1105件）');
  });

  test('8. shares, 同比 and 化解率 cited in text; an unknown figure lists them', async () => {
    const r = await render(join(typedDir, '05-summary-county-typical.yaml'));
    expect(r.md).toContain('其中网上信访占信访总量的58.1%，来访占25.5%。受理总量同比下降5.4%，办结率同比上升2.4个百分点。');
    expect(r.md).toContain('全年矛盾纠纷化解率达97.1%。');
    const bad = await renderText('kind: 总结\n标题: 总结\n前言: 来信占{{来信比例}}\n信访: {来信: 1, 来访: 3}\n');
    expect(bad.errors[0]!.hint).toContain('{{来信占比}}');
    expect(bad.errors[0]!.expected).toContain('{{来信占比}}');
  });

  test('9. amounts in one style (万元 from 10,000 up), dates in one style', async () => {
    const r = await render(join(typedDir, '05-summary-county-typical.yaml'));
    expect(r.md).toContain('涉及金额18.6万元');
    expect(r.md).toContain('涉及金额9.6万元');
    expect(r.md).toContain('涉及金额5万元');
    const yuan = await renderText(['kind: 总结', '标题: 总结', '金额单位: 元', '章节:', '  - 标题: 纠纷', '    内容: [{插入: 矛盾纠纷}]', '矛盾纠纷:', '  案例:', '    - 简要情况: 甲乙争地', '      涉及金额: 96000', '']);
    expect(yuan.md).toContain('涉及金额96000元');
    const zh = await render(join(typedDir, '06-summary-town-chinese.yaml'));
    expect(zh.md).toContain('白水镇二〇二四年上半年受理群众来信来访13件（其中来信4件，来访9件），办结12件，办结率92.3%。');
    expect(zh.md).toContain('二〇二四年一月至六月排查2件社会矛盾');
    // (a step in its case's year says its month and day: 二〇二四年二月十八日 … 二月二十日, seed 002's 1月25日)
    expect(zh.md).toContain('二〇二四年二月十八日');
    expect(zh.md).toContain('。二月二十日，镇司法所');
    expect(zh.md).not.toContain('2月20日');
    expect(zh.md).not.toContain('白水镇2024年上半年受理');
  });

  test('10. decisions: 会议议定以下四项事项：, one paragraph each; the verb never repeated', async () => {
    const r = await render(join(typedDir, '01-minutes-flood.yaml'));
    expect(r.md).toContain('\n会议议定以下四项事项：\n\n一、由镇应急办牵头，6月25日前完成全镇32处隐患点复查。\n\n二、');
    const decided = await render(join(typedDir, '04-minutes-decide-chinese-date.yaml'));
    expect(decided.md).toContain('\n经认真研究，会议决定：\n\n一、成立河口乡人居环境整治工作专班，由乡长任组长。\n');
    const twice = await renderText('kind: 纪要\n标题: 纪要\n日期: 6月1日\n地点: 三楼\n主持人: 张三\n会议名称: 会议\n章节:\n  - 动词: 议定\n    内容: 经研究,会议议定\n    要点: [甲, 乙]\n');
    expect(twice.warnings.map((d) => d.code)).toEqual(['verb-repeated']);
    // the README's table of 动词, 内容 and 量词
    const table = await renderText([
      'kind: 纪要', '标题: 纪要', '日期: 6月1日', '地点: 三楼', '主持人: 张三', '会议名称: 会议', '章节:',
      '  - 动词: 强调', '    内容: 做好信访稳定工作,必须做到', '    量词: 点', '    要点: [甲, 乙, 丙, 丁, 戊]',
      '  - 动词: 议定', '    要点: [甲, 乙]',
      '  - 动词: 决定', '    要点: [甲, 乙, 丙]',
      '  - 动词: 研究决定', '    样式: "1."', '    要点: [甲]', '',
    ]);
    expect(table.md).toContain('会议强调，做好信访稳定工作，必须做到五点：一是甲；二是乙；三是丙；四是丁；五是戊。');
    expect(table.md).toContain('会议议定以下事项：\n\n一、甲。\n\n二、乙。');
    expect(table.md).toContain('会议研究决定：\n\n一、甲。\n\n二、乙。\n\n三、丙。');
    expect(table.md).toContain('会议研究决定：\n\n1.甲。');
  });

  test('11. branch minutes: 会议议题：一是……；二是……。, reports as sentences, 地点, 出席/缺席 and 应到/实到, 记录人', async () => {
    const r = await render(join(typedDir, '03-minutes-branch-water.yaml'));
    expect(r.md).toContain('在局机关四楼会议室召开了支部委员会，会议由支部书记黄立新主持，应到5人，实到4人。');
    expect(r.md).toContain('会议议题：一是学习《中国共产党纪律处分条例》第二章至第四章；二是研究确定发展对象人选。');
    expect(r.md).toContain('建议列为发展对象。纪检委员田勇同志通报了');
    expect(r.md).toContain('**缺席：**韩冬（下乡督查）');
    expect(r.md).toContain('记录人：邓雪');
    const header = await render(join(typedDir, '02-minutes-header-stall.yaml'));
    expect(header.md).toContain('主持人：街道办主任马文斌');
    expect(header.md).toContain('请假：何静（病假）');
    expect(header.md).toContain('记录人：胡晓东');
  });

  test('12. 存在问题 and 工作打算 under their own numbered headings, or the heading the record names', async () => {
    const r = await render(join(typedDir, '06-summary-town-chinese.yaml'));
    expect(r.md).toContain('## 二、存在的问题');
    expect(r.md).toContain('## 三、下半年工作打算\n\n一是加强村级调解员培训；二是落实矛盾纠纷每月排查制度；三是做好重点人员稳控工作。');
  });

  test('13. a value ending in punctuation meets the template\'s cleanly', async () => {
    const r = await renderText([
      'kind: 纪要', '标题: 纪要', '日期: 6月1日', '地点: 三楼会议室,', '主持人: 张三', '会议名称: 专题会议。', '导语: 现将会议内容纪要如下:',
      '章节:', '  - 动词: 强调', '    内容: 做好工作,必须做到:', '    量词: 点', '    要点: [压实责任;, 加强排查。]',
      '  - 动词: 指出', '    内容: 上半年取得了一定成效', '    要点: [甲, 乙]', '',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.md).toContain('6月1日，张三在三楼会议室主持召开了专题会议。现将会议内容纪要如下：');
    expect(r.md).toContain('会议强调，做好工作，必须做到两点：一是压实责任；二是加强排查。');
    expect(r.md).toContain('会议指出，上半年取得了一定成效：一是甲；二是乙。');
    expect(clashes(r.md)).toEqual([]);
  });

  test('13. a 主送 ending in a colon gets one ：', async () => {
    const r = await render(join(typedDir, '08-plan-long-title.yaml'));
    expect(r.md).toContain('各村（社区）、镇直各单位：\n');
    expect(r.md).not.toContain('：：');
  });

  test('14. a case narrative: date, place, what happened, 包案 as the seed has it, amount in the document style', async () => {
    const r = await render(join(typedDir, '05-summary-county-typical.yaml'));
    expect(r.md).toContain('1.2024年3月12日，城关镇，和平村32户村民因道路拓宽征地补偿标准问题集体到县上访，当事人为城关镇和平村村民、县交通建设公司。包案领导副县长刘建军带队，由县信访局、县自然资源局、城关镇调处。3月15日，县信访局召集相关部门和村民代表召开协调会，逐户核对补偿面积。按照新标准补足补偿款，群众息访，涉及金额18.6万元。');
  });

  test('14. a step typed on one line with its date first is a dated step, in the document\'s date style', async () => {
    const r = await renderText([
      'kind: 总结', '标题: 总结', '日期格式: 汉字', '章节:', '  - 标题: 纠纷', '    内容: [{插入: 矛盾纠纷}]', '矛盾纠纷:', '  案例:',
      '    - 时间: 2024年3月12日', '      简要情况: 两户因排水问题发生纠纷', '      调处经过:', '        - 3月15日: 村调解会组织双方协商', '        - 3月20日,双方签订协议', '',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.md).toContain('1.二〇二四年三月十二日，两户因排水问题发生纠纷。三月十五日，村调解会组织双方协商。三月二十日，双方签订协议。');
  });

  test('15. a long title breaks into balanced lines without splitting a word; a list is kept', async () => {
    const r = await render(join(typedDir, '08-plan-long-title.yaml'));
    expect(r.title).toEqual(['关于开展2024年矛盾纠纷', '排查化解专项行动的实施方案']);
    const speech = await render(join(typedDir, '10-speech-long-occasion.yaml'));
    expect(speech.title.length).toBe(2);
    for (const line of speech.title) expect(Array.from(line).length).toBeLessThanOrEqual(20);
    const byHand = await render(join(typedDir, '11-plan-title-lines.yaml'));
    expect(byHand.title).toEqual(['关于开展“信访积案化解年”活动的', '实施方案']);
    const minutes = await renderText('kind: 纪要\n标题:\n  - 青石镇2024年第二季度\n  - 安全生产工作会议纪要\n日期: 6月1日\n地点: 三楼\n主持人: 张三\n会议名称: 会议\n章节:\n  - 动词: 强调\n    内容: 要做好工作。\n');
    expect(minutes.errors).toEqual([]);
    expect(minutes.title).toEqual(['青石镇2024年第二季度', '安全生产工作会议纪要']);
  });

  test('16. 成文日期 in Arabic numerals though the text is 汉字', async () => {
    const r = await render(join(typedDir, '09-opinion-joint-chinese.yaml'));
    expect(r.md).toContain('（二〇二四年四月一日至四月十五日）');
    expect(r.md).toContain('南山街道办事处  \n2024年3月28日');
  });
});

describe('4. gongwen new: a starter for every kind and template, which renders as it is', () => {
  const names = ['minutes', '纪要', 'minutes-header', 'minutes-branch', 'summary', '总结', 'plan', '实施方案', '实施意见', 'speech', '讲话'];
  for (const name of names) {
    test(`gongwen new ${name}`, async () => {
      const { main } = await import('../src/cli/main.js');
      const out: string[] = [];
      const err: string[] = [];
      const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), color: false, cwd: root, env: {} };
      expect(await main(['new', name], io)).toBe(0);
      const r = await renderText(out.join(''));
      expect(r.errors.map((d) => d.message)).toEqual([]);
      expect(r.warnings.map((d) => d.message)).toEqual([]);
      expect(clashes(r.md, out.join(''))).toEqual([]);
    });
  }
  test('the starter of a template names that template', async () => {
    const { main } = await import('../src/cli/main.js');
    const out: string[] = [];
    await main(['new', 'minutes-branch'], { stdout: (t: string) => out.push(t), stderr: () => {}, color: false, cwd: root, env: {} });
    expect(out.join('')).toMatch(/^模板: minutes-branch$/mu);
  });
});

describe('13. punctuation typed at the end of a value never doubles the document\'s', () => {
  test('a case, a decision and a header point typed ending in "." or "；"', async () => {
    const summary = await renderText([
      'kind: 总结', '标题: 总结', '章节:', '  - 标题: 纠纷', '    内容: [{插入: 矛盾纠纷}]', '矛盾纠纷:', '  案例:',
      '    - 简要情况: 两户因宅基地界址发生争执.', '      调处经过: [村调解会上门调解；]', '      调处结果: 双方达成协议.', '',
    ]);
    expect(summary.md).toContain('1.两户因宅基地界址发生争执。村调解会上门调解。双方达成协议。');
    const minutes = await renderText([
      'kind: 纪要', '模板: minutes-header', '标题: 纪要', '时间: 3月5日', '地点: 三楼', '要点: [各村要抓紧落实., 镇农业站做好服务；]', '',
    ]);
    expect(minutes.md).toContain('1.各村要抓紧落实。\n\n2.镇农业站做好服务。');
    for (const r of [summary, minutes]) expect(clashes(r.md)).toEqual([]);
  });
});
