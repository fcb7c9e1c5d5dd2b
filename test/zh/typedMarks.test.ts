import { describe, expect, test } from 'vitest';
import { fixPunctuation } from '../../src/zh/punctuation.js';

// Text as a secretary types it, as the document prints it (GB/T 15834; prose.md: two marks never meet).
const cases = (pairs: Array<[string, string]>) => pairs.forEach(([typed, printed]) => expect(fixPunctuation(typed), typed).toBe(printed));

describe('marks typed as a chat is typed', () => {
  test('a mark typed twice is one', () => {
    cases([
      ['取得了一定成效。。现将有关情况总结如下', '取得了一定成效。现将有关情况总结如下'],
      ['全力减少森林火灾发生!!', '全力减少森林火灾发生！'],
      ['为什么??', '为什么？'],
      ['各村,,各单位要', '各村、各单位要'],
      // before a digit the second comma typed was not widened (s7-r2)
      ['共涉及5户,,12人', '共涉及5户，12人'],
      ['好的,,,谢谢', '好的，谢谢'],
      ['时间::上午9:30', '时间：上午9:30'],
    ]);
  });

  test('a range of values typed with ~ takes the 浪纹线, a ~ elsewhere is left as typed', () => {
    cases([
      ['每户补助3~5万元', '每户补助3万～5万元'],
      ['降幅控制在20~30%以内', '降幅控制在20～30%以内'],
      ['每亩0.5~1.5吨', '每亩0.5～1.5吨'],
      ['见 http://x.cn/~a1 说明', '见 http://x.cn/~a1 说明'],
    ]);
  });

  test('what a rule changes is changed whether or not another mark of the text is typed as in a chat', () => {
    // (a quick look for anything to change once missed these, so they changed only beside a doubled comma)
    cases([
      ['2026～2027年度', '2026—2027年度'],
      ['1 - 6月', '1—6月'],
      ['1 - 6月,,', '1—6月，'],
      ['多次重复访～', '多次重复访'],
      ['情况复杂－－必须', '情况复杂——必须'],
    ]);
  });

  test('two marks that meet are the one the sentence needs', () => {
    cases([
      ['取得了一定成效,。', '取得了一定成效。'],
      ['取得了一定成效。,现将', '取得了一定成效。现将'],
      ['怎么办?。', '怎么办？'],
      ['情绪较为激动!!,当事人为李某', '情绪较为激动，当事人为李某'],
      ['水库,山塘等……。', '水库、山塘等……'],
    ]);
  });

  test('an ellipsis, a dash and a ~ typed on a keyboard', () => {
    cases([
      ['水库,山塘...都要排查', '水库，山塘……都要排查'],
      ['要注意。。。', '要注意……'],
      ['再次组织双方协商--达成初步意向', '再次组织双方协商——达成初步意向'],
      ['其中,集体访2批次,重复访~', '其中，集体访2批次，重复访'],
    ]);
  });

  test('ranges of years and months take the 一字线; telephone numbers, dates and amounts stay', () => {
    cases([
      ['红星乡2026-2027年度森林防火工作实施方案', '红星乡2026—2027年度森林防火工作实施方案'],
      ['1-6月份共受理', '1—6月份共受理'],
      // days (s7-r2)
      ['排查情况于每月5日-10日报镇综治中心', '排查情况于每月5日—10日报镇综治中心'],
      ['3月1日-3月10日为动员阶段', '3月1日—3月10日为动员阶段'],
      ['2026年12月31日-2027年1月3日放假', '2026年12月31日—2027年1月3日放假'],
      ['联系电话:0731-1234567', '联系电话：0731-1234567'],
      // a date is no range (no 一字线); beside Chinese text it is written 年月日 (zh/dates datesInText, s12-words)
      ['日期2026-06-18', '日期2026年6月18日'],
      // a range of values takes the 浪纹线 (GB/T 15834 §4.13.3): the ~ typed is widened, not kept
      ['3~5人一组', '3～5人一组'],
    ]);
  });

  test('a full stop typed twice after Chinese text is one', () => {
    cases([
      ['工作总体平稳..但个别村仍有焚烧现象', '工作总体平稳。但个别村仍有焚烧现象'],
      ['已全部完成..', '已全部完成。'],
      ['版本1..2', '版本1..2'],
      ['总体平稳...但', '总体平稳……但'],
    ]);
  });

  test('a range of values typed with a hyphen before its unit takes the 浪纹线, as one typed with ~ does; items, dates and numbers keep theirs', () => {
    cases([
      ['每户补助1.5-2万元', '每户补助1.5万～2万元'],
      ['每组5-10人', '每组5～10人'],
      ['覆盖率提高20-30%', '覆盖率提高20～30%'],
      ['增长10-15个百分点', '增长10～15个百分点'],
      ['1-3号楼', '1-3号楼'],
      ['每月5-10日', '每月5-10日'],
      ['G4-2人', 'G4-2人'],
      ['电话0731-1234567', '电话0731-1234567'],
      // a second number smaller than the first is a flat's or a room's number, no range (s8-qa)
      ['幸福小区5栋2-1户,3-2户', '幸福小区5栋2-1户，3-2户'],
      ['每人2-3次', '每人2～3次'],
    ]);
  });

  test('a range of items in brackets takes the 一字线, both brackets full-width, not a 破折号', () => {
    cases([
      ['(1)--(3)项要逐一落实', '（1）—（3）项要逐一落实'],
      ['对照第(1)--(3)项落实', '对照第（1）—（3）项落实'],
      ['第(2)-(4)条', '第（2）—（4）条'],
      ['(一)--(三)项', '（一）—（三）项'],
      ['(1)严禁瞒报', '（1）严禁瞒报'],
    ]);
  });

  test('marks typed right are left as they are', () => {
    cases([
      ['他说:"好!"', '他说：“好！”'],
      ['……', '……'],
      ['谢谢大家!', '谢谢大家！'],
      ['这是什么？！', '这是什么？！'],
    ]);
  });
});
