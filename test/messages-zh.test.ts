// Real diagnostics said in Chinese, end to end: a record goes through the pipeline (compileFile),
// and what comes out is printed as a Chinese user reads it (formatDiagnostic, language zh). One
// describe per area whose messages come from the catalogue: records, figures (compile), templates,
// the rendered Markdown (model), the pipeline, encodings (io). The CLI has no --lang yet on this
// branch; the printer is the one the CLI uses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileFile } from '../src/pipeline.js';
import { formatDiagnostic } from '../src/diagnostics/print.js';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';

const records = join(import.meta.dirname, 'fixtures/records');
const typical = join(import.meta.dirname, 'fixtures/diagnostics');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-zh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each diagnostic in Chinese without its code frame, the file named as the folder holds it. */
async function chinese(file: string, options: Parameters<typeof compileFile>[1] = {}): Promise<string[]> {
  const r = await compileFile(file, { cwd: dir, ...options });
  return r.diagnostics.map((d: Diagnostic) =>
    formatDiagnostic({ ...d, file: d.file?.split('/').pop() }, { color: false, language: 'zh' })
      .split('\n')
      .filter((l) => !/^ {2}[ >] *\d+ \||^ {2} +\| /.test(l))
      .join('\n'),
  );
}

function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('records, in Chinese', () => {
  test('an impossible date, a value of the wrong type and a misspelt key: each at its line, in Chinese words', async () => {
    expect(await chinese(join(records, 'three-mistakes.yaml'))).toEqual([
      'three-mistakes.yaml:3:5: 错误[date-invalid]：2024年2月30日不存在（日期）\n' +
        '  应为：2024-06-18、2024/6/18、2024.6.18、2024年6月18日、二〇二四年六月十八日、6月18日、20XX年6月18日；后面可以跟时间：2024年6月18日上午9:00、6月18日下午3时',
      'three-mistakes.yaml:11:9: 错误[wrong-type]：应为列表（每行以“- ”开头），实际是文字“三点”（章节[0].要点）',
      'three-mistakes.yaml:12:1: 错误[unknown-key]：无法识别的项目“参会人”\n  提示：是不是“参会人员”（participants）？',
    ]);
  });

  test('a weekday that does not fit the date, an unknown kind with its choices joined in Chinese', async () => {
    const [weekday] = await chinese(join(typical, 'weekday-mismatch.yaml'));
    expect(weekday!.split('\n')[0]).toBe('weekday-mismatch.yaml:3:5: 错误[date-invalid]：2024年6月18日是星期二，不是星期三（日期）');
    expect(await chinese(join(typical, 'unknown-kind.yaml'))).toEqual([
      'unknown-kind.yaml:1:5: 错误[unknown-kind]：没有“会议记录”这种公文类型（类型）\n  应为：“纪要”、“总结”、“实施方案”、“讲话”之一',
    ]);
  });

  test('YAML mistakes in plain words: a tab, a quote never closed, a key written twice', async () => {
    expect(await chinese(join(typical, 'tab-indent.yaml'))).toEqual(['tab-indent.yaml:8:1: 错误[yaml-syntax]：此行用制表符（Tab）缩进\n  提示：请用空格缩进（每层两个空格）']);
    expect(await chinese(join(typical, 'yaml-syntax.yaml'))).toEqual(['yaml-syntax.yaml:5:5: 错误[yaml-syntax]：引号 " 没有结束\n  提示：用 " 结束，或去掉引号']);
    expect(await chinese(join(typical, 'duplicate-key.yaml'))).toEqual(['duplicate-key.yaml:13:1: 错误[yaml-syntax]：“日期”写了两次：第 3 行（2024-06-18），这里又写（2024-06-19）\n  提示：保留其中一行']);
  });

  test('a key like no other: the keys there are, by their Chinese names, and the colon it may be', async () => {
    const file = write('weather.yaml', '类型: 纪要\n标题: 镇安全生产工作会议纪要\n天气情况: 晴\n');
    const [unknown] = (await chinese(file)).filter((l) => l.includes('[unknown-key]'));
    const [headline, expected, hint] = unknown!.split('\n');
    expect(headline).toBe('weather.yaml:3:1: 错误[unknown-key]：无法识别的项目“天气情况”');
    expect(expected).toMatch(/^ {2}应为：“类型”、“模板”、.*、“标题”、.*、“主持人”、.*之一$/);
    expect(hint).toBe('  提示：如果“天气情况: …”是一段文字而不是项目，请把冒号改成全角“：”，并把这一行写到所属项目下');
  });

  test('a required key missing: named by its Chinese name, the English key after it', async () => {
    const [missing] = await chinese(join(typical, 'missing-key.yaml'));
    expect(missing!.split('\n')[0]).toBe('missing-key.yaml:1:1: 错误[missing-key]：缺少必填项目“标题”');
  });
});

describe('figures of a 总结, in Chinese', () => {
  test('parts that do not add up to their total', async () => {
    expect(await chinese(join(records, 'totals-disagree.yaml'))).toEqual([
      'totals-disagree.yaml:11:7: 错误[total-mismatch]：受理是 12，但来信 5 + 来访 6 = 11（均为记录中填写的数字）（信访.受理）\n' +
        '  应为：各分项之和等于合计，或删去合计由程序计算',
    ]);
  });

  test('a figure typed in the record that the registers count otherwise', async () => {
    expect(await chinese(join(records, 'summary-registers-mismatch.yaml'))).toEqual([
      'summary-registers-mismatch.yaml:11:7: 错误[register-mismatch]：来访在记录中是 7，台账统计是 6（信访.来访）',
    ]);
  });

  test('a misspelt {{名称}} with the figures it may have meant, a period that is none', async () => {
    const file = write(
      'figures.yaml',
      ['kind: 总结', '标题: 信访工作总结', '时期: 今年上半年', '前言: 全年办结率为{{办结律}}。', '信访:', '  受理: 12', '  办结: 10', ''].join('\n'),
    );
    expect(await chinese(file)).toEqual([
      'figures.yaml:3:5: 错误[bad-period]：“今年上半年”不是可识别的时期（时期）\n' +
        '  应为：2009、2009H1、2009Q3、2009-05、2009-01..2009-10、2009-01-01..2009-06-30，或 2009年上半年（二〇〇九年上半年）、2009年第三季度、2009年5月、2009年1月至10月（2009年1-10月）、2009年1月1日至6月30日',
      'figures.yaml:4:1: 错误[unknown-figure]：没有名为 {{办结律}} 的计算数字（前言[0]）\n' +
        '  应为：{{受理}} {{办结}} {{办结率}}\n' +
        '  提示：是不是 {{办结}} 或 {{办结率}}？',
    ]);
  });
});

describe('templates, the rendered Markdown and the pipeline, in Chinese', () => {
  const head = '---\nname: broken\nkind: minutes\n---\n---\ntitle: {{yaml title}}\n---\n\n';

  test('a helper given a value it cannot use, and a block closed by the wrong tag', async () => {
    const helper = write('helper.hbs', `${head}x\n{{enumerate title}}\n`);
    expect(await chinese(join(records, 'chinese-keys.yaml'), { template: helper })).toEqual([
      // the record's data made it fail: the record is named
      'helper.hbs:10:1: 错误[template-error]：模板“broken”：{{enumerate}} 需要列表，实际是文字“镇安全生产工作会议纪要”\n  提示：出错的记录：chinese-keys.yaml（模板用到它的数据时出错）',
    ]);
    const block = write('block.hbs', `${head}{{#each sections}}\n{{/if}}\n`);
    const [mismatch] = await chinese(join(records, 'chinese-keys.yaml'), { template: block });
    expect(mismatch!.split('\n')[0]).toMatch(/^block\.hbs:9:\d+: 错误\[template-error\]：模板“broken”：\{\{\/if\}\} 结束的块是以 \{\{#each\}\} 开始的$/);
    expect(mismatch!.split('\n')[1]).toBe('  应为：{{/each}}');
  });

  test('an unknown block in what a template rendered is a warning; a key the template has no place for too', async () => {
    const unknown = write('aside.hbs', `${head}::: aside\n{{title}}\n:::\n`);
    const said = await chinese(join(records, 'chinese-keys.yaml'), { template: unknown });
    expect(said).toContain('aside.hbs:9:1: 警告[template-output]：无法识别的块“::: aside”：其内容按普通段落排版');
    expect(said).toContain('chinese-keys.yaml:10:1: 警告[unused-key]：模板“broken”中没有“章节”的位置，这一项不会出现在公文中\n  提示：换用有这一项的模板（`gongwen templates list`），或删去这一项');
  });

  test('a template that does not exist, and one whose front matter is not YAML', async () => {
    expect(await chinese(join(typical, 'unknown-template.yaml'))).toEqual([
      'unknown-template.yaml:13:5: 错误[unknown-template]：没有名为“minutes-headr”的模板（模板）\n  提示：可运行 `gongwen templates list` 查看现有模板',
    ]);
    const js = write('code.hbs', '---js\nmodule.exports = {}\n---\n{{title}}\n');
    expect(await chinese(join(records, 'chinese-keys.yaml'), { template: js })).toEqual([
      `code.hbs:1:1: 错误[template-front-matter]：模板 ${js}：前置信息“---js”不是 YAML：模板的前置信息只能是 YAML，绝不会作为代码运行\n` +
        '  应为：写在两行“---”之间的前置信息，如 name: my-minutes',
    ]);
  });
});

describe('encodings, in Chinese', () => {
  test('a line saved as GBK in a UTF-8 record', async () => {
    const [first] = (await chinese(join(typical, 'mixed-encoding.yaml'))).filter((l) => l.includes('[mixed-encoding]'));
    expect(first).toBe(
      'mixed-encoding.yaml:5:1: 错误[mixed-encoding]：编码不一致：第 5 行是 GBK，文件其余部分是 UTF-8\n' +
        '  应为：每一行都是 UTF-8\n' +
        '  提示：请把文件另存为 UTF-8 编码，再重新输入乱码的文字',
    );
  });
});

describe('the command line of render, in Chinese', () => {
  test('two records that would write one file: each clash said, and that nothing was written', async () => {
    const { planTargets, RenderUsageError } = await import('../src/render.js');
    const { localize } = await import('../src/diagnostics/messages/index.js');
    let caught: unknown;
    try {
      planTargets({ files: ['/r/a/纪要.yaml', '/r/b/纪要.yaml'], format: 'docx', output: 'out/', cwd: '/r', display: (p) => p.replace('/r/', '') });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(RenderUsageError);
    expect(localize((caught as InstanceType<typeof RenderUsageError>).text, 'zh')).toBe(
      'a/纪要.yaml 和 b/纪要.yaml 都会写到 out/纪要.docx\n       没有写出任何文件：请把它们生成到不同的文件夹（--output），或给其中一份改名',
    );
    expect((caught as Error).message).toBe('a/纪要.yaml and b/纪要.yaml would both be written to out/纪要.docx\n       nothing was written: render them into different folders (--output), or rename one');
  });
});
