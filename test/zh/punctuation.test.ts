import { describe, expect, it, test } from 'vitest';
import { endSentence, fixPunctuation, fixSequenceMark, formatDocNumber, stripSequenceMark, stripTrailingPunctuation } from '../../src/zh/punctuation.js';

describe('full-width punctuation between Chinese characters', () => {
  test('seed 000: commas, colon', () => {
    expect(fixPunctuation('6月30日晚,镇党委书记、镇长郭百高在三楼会议室主持召开了会议。现将会议内容纪要如下:')).toBe(
      '6月30日晚，镇党委书记、镇长郭百高在三楼会议室主持召开了会议。现将会议内容纪要如下：',
    );
  });

  test('seed 002: brackets around Chinese text', () => {
    expect(fixPunctuation('办理11件(其中:受理群众来信5件,来访6件),办结率100%。')).toBe(
      '办理11件（其中：受理群众来信5件，来访6件），办结率100%。',
    );
  });

  test('brackets holding Chinese text at the start of a line or next to digits', () => {
    expect(fixPunctuation('(2008年6月30日)')).toBe('（2008年6月30日）');
    expect(fixPunctuation('(a) 1(2)')).toBe('(a) 1(2)');
  });

  test('semicolons, question and exclamation marks', () => {
    expect(fixPunctuation('一是加强领导;二是落实责任;怎么办?谢谢大家!')).toBe('一是加强领导；二是落实责任；怎么办？谢谢大家！');
  });

  test('a comma between two telephone numbers in Chinese text is full-width; thousands commas come off (GB/T 15835, s12-words) (s7-r2)', () => {
    expect(fixPunctuation('值班电话:0739-5321234,13907391234')).toBe('值班电话：0739-5321234，13907391234');
    expect(fixPunctuation('电话13907391234,0739-5321234')).toBe('电话13907391234，0739-5321234');
    expect(fixPunctuation('共计1,000,000元')).toBe('共计1000000元');
    expect(fixPunctuation('call 5321234,13907391234')).toBe('call 5321234,13907391234');
  });

  test('leaves times, decimals and Latin text alone; a number in Chinese text loses its thousands commas', () => {
    expect(fixPunctuation('时间已经12:20分了')).toBe('时间已经12:20分了');
    expect(fixPunctuation('下午15:30之前')).toBe('下午15:30之前');
    expect(fixPunctuation('共1,000元')).toBe('共1000元');
    expect(fixPunctuation('“4.25”事件,142.5亩')).toBe('“4.25”事件，142.5亩');
    expect(fixPunctuation('see (a), b: c')).toBe('see (a), b: c');
  });

  test('straight quotes become “ ” in Chinese text', () => {
    expect(fixPunctuation('确保全镇"四无一好转"目标的实现')).toBe('确保全镇“四无一好转”目标的实现');
    expect(fixPunctuation('亩数,"4.25"事件,他说:"好!"真的')).toBe('亩数，“4.25”事件，他说：“好！”真的');
    expect(fixPunctuation('"三个代表"重要思想和"八荣八耻"')).toBe('“三个代表”重要思想和“八荣八耻”');
    expect(fixPunctuation('the word "draft" in English')).toBe('the word "draft" in English');
  });

  test('a sentence-ending full stop', () => {
    expect(fixPunctuation('依法处理.下一步')).toBe('依法处理。下一步');
  });

  test('the zero of a Chinese year: ○ → 〇', () => {
    expect(fixPunctuation('二○○九年上半年')).toBe('二〇〇九年上半年');
    expect(fixPunctuation('○ 一个圆圈')).toBe('○ 一个圆圈');
  });

  test('a 发文字号 cited in the text gets 〔〕', () => {
    expect(fixPunctuation('按照中共隰县县委办公室隰办发[2012]4号文件精神')).toBe('按照中共隰县县委办公室隰办发〔2012〕4号文件精神');
    expect(fixPunctuation('共(2012)人')).toBe('共（2012）人');
  });

  test('is idempotent', () => {
    const once = fixPunctuation('会议指出,上半年(1月至6月):一是;二是.');
    expect(fixPunctuation(once)).toBe(once);
  });
});

describe('发文字号 (GB/T 9704 §7.2.4)', () => {
  test.each([
    ['隰民农营发[2012] 2号', '隰民农营发〔2012〕2号'],
    ['隰办发(2012)4号', '隰办发〔2012〕4号'],
    ['X政发【2024】第03号', 'X政发〔2024〕3号'],
    ['X政发〔2024〕3号', 'X政发〔2024〕3号'],
  ])('%s → %s', (input, expected) => {
    expect(formatDocNumber(input)).toBe(expected);
  });
});

describe('a full stop after a percentage (issue 9, found reading fixture 05)', () => {
  test('占25.5%.受理 → 占25.5%。受理; a decimal stays', () => {
    expect(fixPunctuation('来访占25.5%.受理总量下降')).toBe('来访占25.5%。受理总量下降');
    expect(fixPunctuation('化解率达97.1%.')).toBe('化解率达97.1%。');
    expect(fixPunctuation('增长12.5%')).toBe('增长12.5%');
  });
});

describe('the end of an item or a sentence', () => {
  test('an item loses the marks it ends with, so that what is built around it supplies its own', () => {
    expect(stripTrailingPunctuation('加强排查;')).toBe('加强排查');
    expect(stripTrailingPunctuation('县委办、县政府办。 ')).toBe('县委办、县政府办');
    expect(stripTrailingPunctuation('现将有关事项通知如下：')).toBe('现将有关事项通知如下');
    expect(stripTrailingPunctuation('谢谢大家！')).toBe('谢谢大家！');
  });

  test('a sentence ends in 。 unless it ends in its own ！？', () => {
    expect(endSentence('疏导交通.')).toBe('疏导交通。');
    expect(endSentence('加强领导，')).toBe('加强领导。');
    expect(endSentence('加强领导')).toBe('加强领导。');
    expect(endSentence('怎么办？')).toBe('怎么办？');
    expect(endSentence('他说：“好。”')).toBe('他说：“好。”');
    // a quotation pasted with straight quotes, before fixPunctuation curls them: no 。 after its own
    expect(endSentence('正如群众说的:"安全就是效益。"')).toBe('正如群众说的:"安全就是效益。"');
    expect(endSentence('做到"守土有责"')).toBe('做到"守土有责"。');
    // an ellipsis the sentence is left open with takes no 。
    expect(endSentence('巡查范围包括后山、水库等……')).toBe('巡查范围包括后山、水库等……');
    expect(endSentence('巡查范围包括后山、水库等……；')).toBe('巡查范围包括后山、水库等……');
  });
});

describe('organs of one level side by side take 顿号 (GB/T 15834 §4.5)', () => {
  test.each([
    ['在县委,县政府的正确领导下', '在县委、县政府的正确领导下'],
    ['镇党委,镇政府高度重视', '镇党委、镇政府高度重视'],
    ['镇党委， 政府', '镇党委、政府'],
    ['县委,县政府,县人大,县政协', '县委、县政府、县人大、县政协'],
    ['街道党工委，街道办事处', '街道党工委，街道办事处'],
    ['县委,县人民政府', '县委、县人民政府'],
    // not a list of organs: two clauses, other levels, a post, a verb after the comma
    ['在县委的领导下,县政府', '在县委的领导下，县政府'],
    ['报告县委，市政府同意', '报告县委，市政府同意'],
    ['报告县委,委托县政府办理', '报告县委，委托县政府办理'],
    ['县委书记,县长', '县委书记，县长'],
    ['镇人大,镇人大代表', '镇人大，镇人大代表'],
  ])('%s → %s', (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
  });
});

describe('stripSequenceMark: the number typed before an item gongwen numbers itself', () => {
  // a 共识 typed (2)2027年重点发展… was printed 二是（2）2027年重点发展… (s7-r2)
  it.each([
    ['(2)2027年重点发展油茶', '2027年重点发展油茶'],
    ['（三）12月底前完成', '12月底前完成'],
    ['一是2027年底前建成', '2027年底前建成'],
    ['②3月前完成排查', '3月前完成排查'],
    ['三、2026年工作回顾', '2026年工作回顾'],
  ])('%s → %s', (typed, item) => {
    expect(stripSequenceMark(typed)).toBe(item);
  });

  it.each(['1.5万元资金', '1、2月份完成排查', '3.5亩油茶', '12月10日前完成'])('a number of the text stays: %s', (text) => {
    expect(stripSequenceMark(text)).toBe(text);
  });
});

describe('fixSequenceMark: the mark a paragraph begins with, as GB/T 9704 §7.3.3 writes it', () => {
  it.each([
    ['1、加强组织领导。', '1.加强组织领导。'],
    ['12、强化考核', '12.强化考核'],
    ['2．严明纪律', '2.严明纪律'],
    ['一.压实责任', '一、压实责任'],
    ['一。压实责任', '一、压实责任'],
    ['（一）、强化源头预防', '（一）强化源头预防'],
    ['(二)落实包案', '（二）落实包案'],
    ['（1）.严禁瞒报', '（1）严禁瞒报'],
  ])('%s → %s', (typed, written) => {
    expect(fixSequenceMark(typed)).toBe(written);
  });

  it.each(['1.5万元用于培训。', '3、5月份是防汛关键期。', '会议要求1、2号楼完成整改。', '第一，要提高认识。', '2026年3月5日召开。'])('leaves %s as typed', (text) => {
    expect(fixSequenceMark(text)).toBe(text);
  });

  it('a half-width (1) before Chinese text is a sequence mark, full-width', () => {
    expect(fixPunctuation('(1)严禁瞒报')).toBe('（1）严禁瞒报');
    expect(fixPunctuation('see (1) above')).toBe('see (1) above');
  });
});

describe('a half-width . that ends a sentence', () => {
  it('after a Han character before a number, and after a quotation', () => {
    expect(fixPunctuation('会议听取了县财政局的汇报.2025年全县收入8.6亿元.')).toBe('会议听取了县财政局的汇报。2025年全县收入8.6亿元。');
    expect(fixPunctuation('项目是经济发展的"牛鼻子".要做到"三个一".')).toBe('项目是经济发展的“牛鼻子”。要做到“三个一”。');
    // a decimal point, a 1. marker and a version keep their dot
    expect(fixPunctuation('增长5.2%')).toBe('增长5.2%');
    expect(fixPunctuation('1.加强领导')).toBe('1.加强领导');
    expect(fixPunctuation('升级到v1.2版')).toBe('升级到v1.2版');
    expect(fixPunctuation('他说"ok".')).toBe('他说“ok”。');
    expect(fixPunctuation('he said "ok".')).toBe('he said "ok".');
  });
});

describe('lists of units and levels typed with commas take 顿号', () => {
  it.each([
    ['各乡镇,各部门要牢固树立理念', '各乡镇、各部门要牢固树立理念'],
    ['各村(社区),各单位要严格落实', '各村（社区）、各单位要严格落实'],
    ['为贯彻落实中央,省,市关于加强基层组织建设的部署要求', '为贯彻落实中央、省、市关于加强基层组织建设的部署要求'],
    ['县,乡两级要加强', '县、乡两级要加强'],
    ['省,市,县三级联动', '省、市、县三级联动'],
    ['各有关单位,各县直部门要积极配合', '各有关单位、各县直部门要积极配合'],
    ['各级,各部门要高度重视', '各级、各部门要高度重视'],
    ['县,乡镇,村三级联动', '县、乡镇、村三级联动'],
    ['各村,各单位,各部门要高度重视', '各村、各单位、各部门要高度重视'],
    ['镇党委,政府,人大,政协高度重视', '镇党委、政府、人大、政协高度重视'],
    ['县,乡镇两级要加强', '县、乡镇两级要加强'],
    // after a word the units are the object of (与, 对, 向 …)
    ['乡与各村,各企业签订安全生产责任书', '乡与各村、各企业签订安全生产责任书'],
  ])('%s → %s', (typed, written) => {
    expect(fixPunctuation(typed)).toBe(written);
  });

  it.each(['各村要落实,各单位要配合', '我们到县,市里也有人来', '覆盖到各村,各村要建立台账', '村,组干部',
    // a clause that says more than the unit (a verb and its object), or a 各 that names no unit after the comma
    '各乡镇要包保到村,各部门要包保到企业', '各单位要深入企业,各部门要深入一线', '各部门,各司其职'])('%s keeps its comma', (typed) => {
    expect(fixPunctuation(typed)).toBe(typed.replace(',', '，'));
  });
});

describe('a quotation ended by a typed full stop', () => {
  it('takes 。 inside its closing mark, and the sentence no second one', () => {
    expect(fixPunctuation('镇党委书记强调:"安全生产,人人有责."')).toBe('镇党委书记强调：“安全生产，人人有责。”');
    expect(fixPunctuation(endSentence('正如习近平总书记所说:"群众利益无小事."'))).toBe('正如习近平总书记所说：“群众利益无小事。”');
    // a percentage before a number: the . ends the sentence, as no decimal point follows a %
    expect(fixPunctuation('整改率达98.4%.1.5万元专项资金已下拨')).toBe('整改率达98.4%。1.5万元专项资金已下拨');
    expect(fixPunctuation('他说"ok".')).toBe('他说“ok”。');
  });
});
