// Marks typed from a chat window or a phone that the document printed as typed (FINDINGS-s13.md; ../shared/prose.md
// "Punctuation" and "Numbers"; GB/T 15834, GB/T 15835): a title between < > or ‹ ›, 95 %, ３５％, 8：30, a range of
// times into 次日, short 一是 items ended with full stops, villages and acts listed with commas.
import { describe, expect, it } from 'vitest';
import { fixPunctuation } from '../src/zh/punctuation.js';

const cases = (pairs: Array<[string, string]>) => pairs.forEach(([typed, printed]) => expect(fixPunctuation(typed), typed).toBe(printed));

describe('a title typed between angle brackets is a title (GB/T 15834 §4.15: 书名号 《》)', () => {
  it('<…>, ‹…› and «…» around Chinese text are 《》; inside a 《》 they are the inner 〈〉', () => {
    cases([
      ['全镇认真学习<森林防火条例>和‹安全生产法›.', '全镇认真学习《森林防火条例》和《安全生产法》。'],
      ['学习«中国共产党纪律处分条例»', '学习《中国共产党纪律处分条例》'],
      ['印发了《<安全生产法>释义》', '印发了《〈安全生产法〉释义》'],
    ]);
  });

  it('angle brackets around no Chinese text, or a comparison, are kept', () => {
    cases([
      ['访问 <https://example.gov.cn> 查询', '访问 <https://example.gov.cn> 查询'],
      ['当 x<5 且 y>3 时', '当 x<5 且 y>3 时'],
    ]);
  });
});

describe('figures typed on a phone are written as the document writes its own (GB/T 15835)', () => {
  it('a percentage: no space before %, and a full-width ％ after a number is %', () => {
    cases([
      ['全镇森林覆盖率达95 %,较常年同期偏多３５％.', '全镇森林覆盖率达95%，较常年同期偏多35%。'],
      ['办结率为96.5 ％', '办结率为96.5%'],
    ]);
  });

  it('a time typed with a full-width colon has the colon of 9:30; a range into the next day is joined with 至', () => {
    cases([
      ['值班时间为每天上午8：30-次日上午8：30.各村要落实责任.', '值班时间为每天上午8:30至次日上午8:30。各村要落实责任。'],
      ['下午２：３０开会', '下午2:30开会'],
      ['晚上8:00-次日早6:00封山', '晚上8:00至次日早6:00封山'],
      ['每天晚8点到次日早6点封山', '每天晚8时至次日早6时封山'],
    ]);
  });

  it('a ratio or a label with its colon is no time', () => {
    cases([
      ['比分为3：2', '比分为3：2'],
      ['男女比例1：1.2', '男女比例1：1.2'],
    ]);
  });
});

describe('short items of an enumeration typed with full stops take 分号 (prose.md: 一是……；二是……；三是……。)', () => {
  it('a few words an item after a colon or a comma: ；between them, 。after the last', () => {
    cases([
      ['要做到三个到位:一是思想认识到位.二是工作措施到位.三是责任落实到位.', '要做到三个到位：一是思想认识到位；二是工作措施到位；三是责任落实到位。'],
      ['各村要落实责任,一是思想认识到位。二是工作措施到位。三是责任落实到位。', '各村要落实责任，一是思想认识到位；二是工作措施到位；三是责任落实到位。'],
    ]);
  });

  it('items that are sentences, or that no words lead into, keep their full stops', () => {
    cases([
      ['一是加强巡护。二是严控火源。', '一是加强巡护。二是严控火源。'],
      [
        '一是压紧压实责任，村支部书记是第一责任人。二是加强巡查，每天巡山不少于两次。',
        '一是压紧压实责任，村支部书记是第一责任人。二是加强巡查，每天巡山不少于两次。',
      ],
      ['一是加强领导。镇党委书记带头。二是落实经费。', '一是加强领导。镇党委书记带头。二是落实经费。'],
    ]);
  });
});

describe('coordinate items typed with commas take 顿号 where they cannot be clauses (GB/T 15834 §4.5)', () => {
  it('villages named side by side', () => {
    cases([
      ['石塘村,新屋村火情高发', '石塘村、新屋村火情高发'],
      ['对石塘村,新屋村,白鹤村开展检查', '对石塘村、新屋村、白鹤村开展检查'],
      ['会议指出,石塘村,新屋村等地火情高发', '会议指出，石塘村、新屋村等地火情高发'],
    ]);
  });

  it('a village that begins a clause keeps the comma: 走访了石塘村，新屋村也…; 全村，本村 are no names', () => {
    cases([
      ['工作组走访了石塘村,新屋村也派人参加', '工作组走访了石塘村，新屋村也派人参加'],
      ['发动全村,本村党员带头', '发动全村，本村党员带头'],
    ]);
  });

  it('acts before 等行为 / 等现象 are items', () => {
    cases([
      ['上坟烧纸,烧荒等行为屡禁不止', '上坟烧纸、烧荒等行为屡禁不止'],
      ['清明期间,乱搭乱建,乱堆乱放等现象突出', '清明期间，乱搭乱建、乱堆乱放等现象突出'],
    ]);
  });
});
