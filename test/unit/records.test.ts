import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { compileFile } from '../../src/pipeline.js';
import { decodeText } from '../../src/io/decodeText.js';
import { readRecord } from '../../src/records/readRecord.js';
import { validateRecord } from '../../src/records/validate.js';
import { writeMarkdown } from '../../src/writers/markdown/writeMarkdown.js';

const fixture = (name: string) => `test/fixtures/records/${name}`;

async function validate(name: string) {
  const bag = new DiagnosticBag(fixture(name));
  const source = await readRecord(fixture(name), bag);
  const record = source && validateRecord(source, bag);
  return { bag, record };
}

describe('reading records', () => {
  test('Chinese keys and English keys give the same record', async () => {
    const zh = await validate('chinese-keys.yaml');
    const en = await validate('english-keys.yaml');
    expect(zh.bag.items).toEqual([]);
    expect(en.bag.items).toEqual([]);
    expect(zh.record!.data).toEqual(en.record!.data);
  });

  test('GBK (Notepad, WPS) and UTF-8 with BOM read the same as UTF-8', async () => {
    expect(decodeText(readFileSync(fixture('gbk-notepad.yaml'))).encoding).toBe('gb18030');
    const utf8 = await validate('chinese-keys.yaml');
    for (const name of ['gbk-notepad.yaml', 'utf8-bom.yaml']) {
      const other = await validate(name);
      expect(other.bag.items).toEqual([]);
      expect(other.record!.data).toEqual(utf8.record!.data);
    }
  });

  test('a record with three mistakes reports all three, each at its line, and nothing renders', async () => {
    const result = await compileFile(fixture('three-mistakes.yaml'));
    expect(result.document).toBeUndefined();
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const byLine = errors.map((d) => [d.start?.line, d.code]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(byLine).toEqual([
      [3, 'date-invalid'], // 2024-02-30 does not exist
      [11, 'wrong-type'], // 要点 is text, not a list
      [12, 'unknown-key'], // 参会人 is not a key
    ]);
    const unknown = errors.find((d) => d.code === 'unknown-key')!;
    expect(unknown.hint).toContain('参会人员');
    expect(unknown.start).toEqual({ line: 12, column: 1 });
    expect(errors.find((d) => d.code === 'wrong-type')!.path).toEqual(['sections', 0, 'points']);
  });

  test('a missing key names the key in both languages and points at the map that lacks it', async () => {
    const bag = new DiagnosticBag('x.yaml');
    const { parseRecordText } = await import('../../src/records/readRecord.js');
    const source = parseRecordText('kind: 纪要\n日期: 2024-01-01\n', 'x.yaml', bag)!;
    validateRecord(source, bag);
    expect(bag.errors.map((d) => d.message)).toEqual(['missing required key "title" (标题)']);
  });

  test('a half-width colon at the end of a value is text, not a key (issue 9, point 1)', async () => {
    const bag = new DiagnosticBag('x.yaml');
    const { parseRecordText } = await import('../../src/records/readRecord.js');
    const source = parseRecordText('kind: 纪要\n章节:\n  - 内容: 取得了一定成效:\n    要点: [甲]\n', 'x.yaml', bag);
    expect(bag.errors).toEqual([]);
    expect((source!.data as any).sections[0].text).toBe('取得了一定成效：');
  });

  test('a misspelt key in a value that may be text or a mapping gets "did you mean", not "expected text"', async () => {
    const bag = new DiagnosticBag('x.yaml');
    const { parseRecordText } = await import('../../src/records/readRecord.js');
    const text = 'kind: 实施方案\n标题: 方案\n发文字号: {机关代字: X政发, 年份: 2024, 序号x: 3}\n';
    validateRecord(parseRecordText(text, 'x.yaml', bag)!, bag);
    const unknown = bag.errors.find((d) => d.code === 'unknown-key');
    expect(unknown?.hint).toBe('did you mean "序号" (number)?');
    expect(bag.errors.map((d) => d.message).join('\n')).not.toMatch(/expected text/);
  });

  test('a text broken over lines joins Chinese without a space, English with one', async () => {
    const bag = new DiagnosticBag('x.yaml');
    const { parseRecordText } = await import('../../src/records/readRecord.js');
    const source = parseRecordText('kind: 讲话\n开头: 主要任务是，\n  总结去年工作，部署\n  今年任务。Keep\n  apart.\n结尾: >\n  做好信访\n  工作。\n', 'x.yaml', bag)!;
    const data = source.data as Record<string, string>;
    expect(data.opening).toBe('主要任务是，总结去年工作，部署今年任务。Keep apart.');
    expect(data.closing.trim()).toBe('做好信访工作。');
  });

  test('a rate written as a key is said to be computed, with how to cite it', async () => {
    const bag = new DiagnosticBag('x.yaml');
    const { parseRecordText } = await import('../../src/records/readRecord.js');
    validateRecord(parseRecordText('kind: 总结\n标题: 总结\n信访:\n  来信: 1\n  办结率: 100%\n', 'x.yaml', bag)!, bag);
    expect(bag.errors.map((d) => [d.code, d.message, d.hint])).toEqual([
      ['computed-key', '"办结率" is computed, not written: 办结 / 受理', 'take the line out; to cite it in a text, write {{办结率}}'],
    ]);
  });

  test('an unknown kind suggests the nearest', async () => {
    const bag = new DiagnosticBag('x.yaml');
    const { parseRecordText } = await import('../../src/records/readRecord.js');
    validateRecord(parseRecordText('kind: minute\ntitle: x\n', 'x.yaml', bag)!, bag);
    expect(bag.errors[0].code).toBe('unknown-kind');
    expect(bag.errors[0].hint).toBe('did you mean "minutes"?');
  });
});

describe('computed values', () => {
  test('a speech cites the count of its sections: {{章节数}} → 两 / 三, following the list', async () => {
    const { parseRecordText } = await import('../../src/records/readRecord.js');
    const { computeContext } = await import('../../src/compile/context.js');
    const bag = new DiagnosticBag('x.yaml');
    const text = (n: number) =>
      'kind: 讲话\n标题: 讲话\n开头: 下面，我讲{{章节数}}点意见。\n章节:\n' + Array.from({ length: n }, (_, i) => `  - 标题: 第${i + 1}\n`).join('');
    for (const [n, count] of [[2, '两'], [3, '三']] as const) {
      const source = parseRecordText(text(n), 'x.yaml', bag)!;
      const context = computeContext({ record: validateRecord(source, bag)!, source, bag });
      expect(context.opening).toEqual([`下面，我讲${count}点意见。`]);
    }
    expect(bag.errors).toEqual([]);
  });

  test('content the template has no place for is a warning naming the key, never dropped silently', async () => {
    const r = await compileFile(fixture('chinese-keys.yaml'), { template: 'minutes-header' });
    const unused = r.diagnostics.filter((d) => d.code === 'unused-key');
    expect(unused.map((d) => d.path?.[0])).toContain('sections');
    expect(unused.every((d) => d.severity === 'warning' && d.start)).toBe(true);
    const plain = await compileFile(fixture('chinese-keys.yaml'));
    expect(plain.diagnostics.filter((d) => d.code === 'unused-key')).toEqual([]);
  });

  test('a 纪要 can carry a 版记: 抄送 and 印发 (GB/T 9704 §7.4), the 印发日期 in Arabic numerals', async () => {
    const r = await compileFile(fixture('minutes-colophon.yaml'));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.document!.colophon).toMatchObject({ cc: '县委办，县政府办', printer: '镇党政办', printDate: '2024年3月2日' });
  });

  test('a fifth level of headings is an error at its line, not folded into the fourth', async () => {
    const r = await compileFile(fixture('five-levels.yaml'));
    expect(r.document).toBeUndefined();
    const deep = r.diagnostics.find((d) => d.code === 'too-deep');
    expect(deep?.start).toEqual({ line: 14, column: 17 });
    expect(deep?.path).toEqual(['sections', 0, 'sections', 0, 'sections', 0, 'sections', 1, 'sections']);
  });

  test('parts and total that disagree are an error naming both numbers', async () => {
    const result = await compileFile(fixture('totals-disagree.yaml'));
    expect(result.document).toBeUndefined();
    const err = result.diagnostics.find((d) => d.code === 'total-mismatch')!;
    expect(err.message).toContain('12');
    expect(err.message).toContain('来信 5 + 来访 6 = 11');
    expect(err.start?.line).toBe(11);
  });

  test('a Markdown record: front matter is the record, the body its narrative, headings numbered', async () => {
    const result = await compileFile(fixture('narrative.md'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const md = writeMarkdown(result.document!);
    expect(md).toContain('社区就“如何开展党风廉政教育”为题展开了讨论。');
    expect(md).toContain('## 一、讨论情况');
    expect(md).toContain('## 二、下一步打算');
    expect(md).toContain('**（一）完善制度。**规范社区干部行为。');
  });
});

describe('summaries counted from registers', () => {
  test('the statistics passage comes from the register rows of the period', async () => {
    const result = await compileFile('examples/summary-from-registers.yaml');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const md = writeMarkdown(result.document!);
    expect(md).toContain('路居镇2009年上半年受理群众来信来访11件（其中来信5件，来访6件），办理11件，办结率100%。');
    expect(md).toContain('2009年1月至6月排查10件社会矛盾，化解8件，正在化解2件。分别是：');
    expect(md).toMatch(/\| 类型 \| 类别 \| 件数 \|/);
  });

  test('a number typed in the record that disagrees with the register names both', async () => {
    const result = await compileFile(fixture('summary-registers-mismatch.yaml'));
    expect(result.document).toBeUndefined();
    const err = result.diagnostics.find((d) => d.code === 'register-mismatch')!;
    expect(err.message).toBe('来访 is 7 in the record but 6 in the registers');
    expect(err.start?.line).toBe(11);
  });
});
