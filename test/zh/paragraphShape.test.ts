import { describe, expect, it } from 'vitest';
import { paragraphShape } from '../../src/zh/paragraphShape.js';

describe('paragraphShape: what a paragraph typed inside a section is', () => {
  it.each([
    ['（一）清理河道', '（一）'],
    ['(二)加强巡查', '（一）'],
    ['一、压实责任', '一、'],
    ['3.严明纪律', '1.'],
    ['2、强化考核', '1.'],
    ['（1）严禁瞒报', '（1）'],
    ['①申请', '①'],
    ['（一）提高认识，加强领导', '（一）'],
  ])('%s is a heading typed by hand', (text, mark) => {
    expect(paragraphShape(text)).toEqual({ kind: 'heading', mark });
  });

  it.each([
    ['一、压实责任。各村支部书记为第一责任人', '一、'],
    ['1.清理积存垃圾;', '1.'],
    ['（二）加强巡查，', '（一）'],
    ['1.各村要组织护林员每天巡山不少于2次：上午、下午各一次', '1.'],
  ])('%s is a numbered sentence', (text, mark) => {
    expect(paragraphShape(text)).toEqual({ kind: 'numbered', mark });
  });

  it('reads the ordinal of 一是 …… 十二是', () => {
    expect(paragraphShape('一是加强培训')).toEqual({ kind: 'ordinal', n: 1 });
    expect(paragraphShape('十是完善机制')).toEqual({ kind: 'ordinal', n: 10 });
    expect(paragraphShape('十二是完善机制')).toEqual({ kind: 'ordinal', n: 12 });
    expect(paragraphShape('二十是完善机制')).toEqual({ kind: 'ordinal', n: 20 });
  });

  it('knows contact lines and leaves other text alone', () => {
    expect(paragraphShape('联系人:张三,联系电话:0731-1234567')).toEqual({ kind: 'contact' });
    expect(paragraphShape('联 系 人：张三')).toEqual({ kind: 'contact' });
    expect(paragraphShape('电子邮箱：a@b.cn')).toEqual({ kind: 'contact' });
    expect(paragraphShape('1.2万元用于培训')).toEqual({ kind: 'text' });
    expect(paragraphShape('联系群众是干部的基本功')).toEqual({ kind: 'text' });
    expect(paragraphShape('一是一，二是二')).toEqual({ kind: 'ordinal', n: 1 });
    // months and a date at a paragraph's start are no sequence mark
    expect(paragraphShape('2、3月份，全镇开展拉网式排查')).toEqual({ kind: 'text' });
    expect(paragraphShape('3.15前各村要完成隔离带建设')).toEqual({ kind: 'text' });
    // a contact line with a second name or number is one; with a sentence after its fields it is a sentence
    expect(paragraphShape('联系人：张三，李四，联系电话：0739-5231234，13800001111')).toEqual({ kind: 'contact' });
    expect(paragraphShape('联系电话:0739-5231234,请各村于每周五前报送进展情况')).toEqual({ kind: 'text' });
    expect(paragraphShape('联系人：镇林业站 黄小军。各村务必按时上报')).toEqual({ kind: 'text' });
    expect(paragraphShape('值班电话：0739-5231234，13800001111（24小时开机）')).toEqual({ kind: 'contact' });
    expect(paragraphShape('联系电话：0739-5231234，3月10日前报送')).toEqual({ kind: 'text' });
  });
});
