// A time of day typed as it is said (上午9点, 下午3点半) is printed as a 公文 writes it (上午9时, 下午3时30分):
// GB/T 15835 and ../shared/prose.md "Times of day". Typed with a colon or in 时, it is printed as typed.
import { describe, expect, it } from 'vitest';
import { formatDateTime, officeTime, parseDate } from '../../src/zh/dates.js';
import { runRecord } from '../support/cli.js';

const render = (lines: string[]) => runRecord('render', lines);

describe('officeTime', () => {
  it.each([
    ['上午9点', '上午9时'],
    ['下午3点半', '下午3时30分'],
    ['9点30分', '9时30分'],
    ['晚上7点钟', '晚上7时'],
    ['下午3点至5点半', '下午3时至5时30分'],
    ['上午9点整', '上午9时整'],
    ['上午10点一刻', '上午10时15分'],
    ['上午9点40', '上午9时40分'],
    ['下午3点到5点', '下午3时至5时'],
    // an hour said in Chinese numerals is written in digits (GB/T 15835)
    ['下午两点', '下午2时'],
    ['上午九点半', '上午9时30分'],
    ['中午十二点', '中午12时'],
    ['晚上八点到十点', '晚上8时至10时'],
  ])('%s → %s', (typed, printed) => {
    expect(officeTime(typed)).toBe(printed);
  });

  // 9点过5分 and 9点多 have no written form as short; half of a range rewritten would read worse than none
  it.each(['上午9:30', '下午3时30分', '上午', '晚', '上午9点过5分', '下午3点到5点多', '晚上8点多', '下午两点三十分'])('%s is kept as typed', (typed) => {
    expect(officeTime(typed)).toBe(typed);
  });

  it('a date typed with a time as said is read, and printed as written: what officeTime writes, the time field reads', () => {
    for (const [typed, printed] of [
      ['2026年6月3日下午两点', '2026年6月3日下午2时'],
      ['2026年6月3日下午一点', '2026年6月3日下午1时'],
      ['2026年6月3日上午10点一刻', '2026年6月3日上午10时15分'],
      ['2026年6月3日上午十点一刻', '2026年6月3日上午10时15分'],
      ['2026年6月3日上午9点40', '2026年6月3日上午9时40分'],
    ]) expect(formatDateTime(parseDate(typed!)!), typed).toBe(printed);
  });

  it('a date typed with 上午9点 is printed with 上午9时, its weekday kept', () => {
    expect(formatDateTime(parseDate('2026年11月3日(星期二)下午3点半')!)).toBe('2026年11月3日（星期二）下午3时30分');
    expect(formatDateTime(parseDate('2026年11月3日上午9点钟')!)).toBe('2026年11月3日上午9时');
  });
});

describe('a 纪要 typed with 上午9点', () => {
  const record = (time: string[]) => ['类型: 纪要', '标题: 镇防火工作会议纪要', ...time, '地点: 镇政府会议室', '主持人: 镇长 李明', '会议名称: 防火工作会议', '章节:', '  - 动词: 要求', '    内容: 各村要落实值班'];

  it('prints 上午9时 in the narrative form, from 时间 or from 时段', async () => {
    for (const lines of [['时间: 2026年11月3日上午9点'], ['日期: 2026年11月3日', '时段: 上午9点']]) {
      const out = await render(record(lines));
      expect(out.stderr, lines.join()).toBe('');
      expect(out.stdout, lines.join()).toContain('2026年11月3日上午9时，');
      expect(out.stdout).not.toContain('9点');
    }
  });

  it('prints 时间：…下午3时30分 in the header form', async () => {
    const out = await render([...record(['时间: 2026年11月3日下午3点半']).filter((l) => !/章节|动词|内容|会议名称/u.test(l)), '模板: minutes-header', '要点:', '  - 各村要落实值班']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('时间：2026年11月3日下午3时30分\n');
  });
});
