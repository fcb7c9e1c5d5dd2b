// Times, ranges and large numbers as an office writes them (../shared/prose.md "Numbers"; GB/T 15834 §4.13, GB/T 15835):
// what a secretary types from a chat window (早6点, 下午3点到5点半, 85%-90%, 1-2成, 1,236户) and what the document prints.
import { describe, expect, it } from 'vitest';
import { officeTime } from '../src/zh/dates.js';
import { fixPunctuation } from '../src/zh/punctuation.js';
import { runRecord } from './support/cli.js';

const cases = (pairs: Array<[string, string]>) => pairs.forEach(([typed, printed]) => expect(fixPunctuation(typed), typed).toBe(printed));

describe('times of day in running text', () => {
  it('早 is a part of the day too: 早6点 is 早6时', () => {
    cases([
      ['防火期内各卡点每天早6点至晚9时有人值守', '防火期内各卡点每天早6时至晚9时有人值守'],
      ['每天早6点至晚9点安排专人巡山', '每天早6时至晚9时安排专人巡山'],
      ['早8点半在村部集合', '早8时30分在村部集合'],
    ]);
  });

  it('早 before anything but a clock is left alone: 早一点, 早发现, 提早3天', () => {
    cases([
      ['请大家早一点到', '请大家早一点到'],
      ['做到早发现、早报告', '做到早发现、早报告'],
      ['比去年提早3天完成', '比去年提早3天完成'],
      ['重点工作抓早3点意见', '重点工作抓早3点意见'],
    ]);
  });

  it('a range of times is written with 至 (下午3时至5时30分), whatever joined it as typed', () => {
    cases([
      ['每周三下午3点到5点半集中巡山', '每周三下午3时至5时30分集中巡山'],
      ['晚上8点-10点巡逻', '晚上8时至10时巡逻'],
      ['上午9点~11点', '上午9时至11时'],
    ]);
  });

  it('times listed (、和) keep what joins them; a range that cannot be written whole is kept as typed', () => {
    cases([
      ['每天上午9点和下午3点各巡山一次', '每天上午9时和下午3时各巡山一次'],
      ['下午2点、3点分两批', '下午2时、3时分两批'],
    ]);
    expect(officeTime('下午3点到5点多')).toBe('下午3点到5点多');
  });
});

describe('ranges of values take ～ (GB/T 15834 §4.13.3: 浪纹线 for a range of numbers)', () => {
  it('percentages, shares and counts', () => {
    cases([
      ['整改率达到85%-90%', '整改率达到85%～90%'],
      ['查处率提高到95%－100%。', '查处率提高到95%～100%。'],
      ['火险等级提高1-2成时立即启动预案', '火险等级提高1～2成时立即启动预案'],
      ['每组3-5人', '每组3～5人'],
      ['每亩补贴1.5-2万元', '每亩补贴1.5万～2万元'],
      ['3~5个工作日内答复', '3～5个工作日内答复'],
      ['比例为15%~20%', '比例为15%～20%'],
    ]);
  });

  it('what is no range of values is left alone (dates, telephones, codes); a range of years or months takes the 一字线 (§4.13.3)', () => {
    cases([
      ['值班电话:0739-5321234', '值班电话：0739-5321234'],
      ['G207-3线', 'G207-3线'],
      ['2024-2025年度', '2024—2025年度'],
      ['3-5月开展排查', '3—5月开展排查'],
      ['第2-3季度', '第2-3季度'],
    ]);
  });
});

describe('thousands commas come off a number in Chinese text (GB/T 15835: 1236户, not 1,236户)', () => {
  it('counts and amounts', () => {
    cases([
      ['涉及林地1,236亩', '涉及林地1236亩'],
      ['共走访12,345户,发放资料2,000份', '共走访12345户，发放资料2000份'],
      ['补助资金1,234.5万元', '补助资金1234.5万元'],
      ['全年受理1,236,000元', '全年受理1236000元'],
      ['林地共计1,236,其中退耕林地500亩', '林地共计1236，其中退耕林地500亩'],
    ]);
  });

  it('what is no thousands comma is left alone: telephones, lists of numbers, English text', () => {
    cases([
      ['电话:0739-5321234,13907391234', '电话：0739-5321234，13907391234'],
      ['第1,2,3条', '第1,2,3条'],
      ['Total: 1,236 items', 'Total: 1,236 items'],
    ]);
  });
});

describe('a 纪要 typed as a secretary types it', () => {
  it('prints the times, ranges and numbers as an office writes them', async () => {
    const out = await runRecord('render', [
      '类型: 纪要',
      '标题: 镇森林防火工作会议纪要',
      '日期: 2025年3月12日',
      '时段: 下午',
      '地点: 镇政府三楼会议室',
      '主持人: 镇长 李建国',
      '会议名称: 森林防火工作推进会',
      '章节:',
      '  - 动词: 指出',
      '    内容: 今年以来全镇整改率达到85%-90%,涉及林地1,236亩。',
      '  - 动词: 强调',
      '    内容: 防火期内各卡点每天早6点至晚9时有人值守,每周三下午3点到5点半集中巡山,火险等级提高1-2成时立即启动预案。',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('会议指出，今年以来全镇整改率达到85%～90%，涉及林地1236亩。');
    expect(out.stdout).toContain('会议强调，防火期内各卡点每天早6时至晚9时有人值守，每周三下午3时至5时30分集中巡山，火险等级提高1～2成时立即启动预案。');
  });
});

describe('一是……；二是……；三是…… (prose.md: 分号 between the items of an enumeration)', () => {
  it('a comma typed before 二是, 三是 … after 一是 is a 分号', () => {
    cases([
      ['一是要严格火源管控,每天设卡,二是要加强队伍建设,三是要强化责任落实。', '一是要严格火源管控，每天设卡；二是要加强队伍建设；三是要强化责任落实。'],
      ['主要有三点:一是思想不重视,二是措施不到位,三是责任不落实', '主要有三点：一是思想不重视；二是措施不到位；三是责任不落实'],
    ]);
  });

  it('an ordinal with no 一是 before it, or out of order, or a question of 是否, keeps its comma', () => {
    cases([
      ['他说,二是指第二条', '他说，二是指第二条'],
      ['一是加强领导,三是落实经费', '一是加强领导，三是落实经费'],
      ['一是核实,二是否属实再议', '一是核实，二是否属实再议'],
      ['一是加强巡护。二是严控火源。', '一是加强巡护。二是严控火源。'],
    ]);
  });
});

describe('ranges of values with the units of weather and fire', () => {
  it('1-2℃, 3-4级 take ～', () => {
    cases([
      ['气温偏高1-2℃', '气温偏高1～2℃'],
      ['风力3-4级', '风力3～4级'],
      ['降水50-80毫米', '降水50～80毫米'],
    ]);
  });
});

describe('a range of times written with a colon or 时 is joined with 至 too', () => {
  it('上午8:30-11:30 → 上午8:30至11:30; 上午9时-11时 → 上午9时至11时', () => {
    cases([
      ['每天上午8:30-11:30,下午2:30-5:30接待来访', '每天上午8:30至11:30，下午2:30至5:30接待来访'],
      ['上午9时-11时', '上午9时至11时'],
      ['每天8:00~18:00值班', '每天8:00至18:00值班'],
      ['上午9时30分～下午5时', '上午9时30分至下午5时'],
    ]);
  });

  it('what is no range of two times is left alone: a date and a time, the 一字线 typed, a score', () => {
    cases([
      ['时间:2025-03-12 09:00', '时间：2025-03-12 09:00'],
      ['上午9:00—11:00', '上午9:00—11:00'],
      ['编号12:30-1', '编号12:30-1'],
    ]);
  });
});

describe('counted slogan items take 顿号 (GB/T 15834 §4.5)', () => {
  it('一张图，一本账，一支队伍 and 发现一起，查处一起，曝光一起', () => {
    cases([
      ['各村要严格落实"五个一"要求,即一张图,一本账,一支队伍,一套预案,一个机制;', '各村要严格落实“五个一”要求，即一张图、一本账、一支队伍、一套预案、一个机制；'],
      ['对违规用火行为要做到发现一起,查处一起,曝光一起!!', '对违规用火行为要做到发现一起、查处一起、曝光一起！'],
      ['坚持一村一策,一户一档,一人一卡', '坚持一村一策、一户一档、一人一卡'],
    ]);
  });

  it('clauses that only begin with 一 keep their commas', () => {
    cases([
      ['一方面加强宣传,一方面严格执法', '一方面加强宣传，一方面严格执法'],
      ['一是加强领导,一年来成效明显,一些问题仍然存在', '一是加强领导，一年来成效明显，一些问题仍然存在'],
      ['发现问题一起,及时处理', '发现问题一起，及时处理'],
    ]);
  });
});

describe('dates in running text as a 公文 writes them (GB/T 9704 §7.3.5: 不编虚位; prose.md: 2024年6月8日)', () => {
  it('a date typed with points, slashes or hyphens is written 年月日; no leading zero; 号 is 日', () => {
    cases([
      ['于2025年03月12日召开', '于2025年3月12日召开'],
      ['截至2025.3.12,共受理', '截至2025年3月12日，共受理'],
      ['2025/3/12前完成', '2025年3月12日前完成'],
      ['于2025-03-12召开', '于2025年3月12日召开'],
      ['请于3月5号前上报', '请于3月5日前上报'],
    ]);
  });

  it('what is no date, or a date with its time of day, is kept as typed', () => {
    cases([
      ['时间:2025-03-12 09:00', '时间：2025-03-12 09:00'],
      ['版本v2025.3.12', '版本v2025.3.12'],
      ['2025.13.40', '2025.13.40'],
      // (beside Chinese text, where a date would be rewritten: a month and a day that do not exist are no date)
      ['截至2025.13.40止', '截至2025.13.40止'],
      ['截至2025.2.30止', '截至2025.2.30止'],
      ['截至2024.2.29止', '截至2024年2月29日止'],
      ['住在3月5号楼', '住在3月5号楼'],
      ['见https://example.cn/2025/3/12页面', '见https://example.cn/2025/3/12页面'],
    ]);
  });
});
