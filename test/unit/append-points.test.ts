import { describe, expect, test } from 'vitest';
import { appendPoints } from '../../src/compile/sections.js';

describe('points appended to a lead sentence', () => {
  test('the count comes from the list: 五点', () => {
    const points = ['强化领导责任', '加强排查', '突出重点', '关口前移', '依法处理'];
    expect(appendPoints('做好信访稳定工作，必须做到', points, '点')).toBe(
      '做好信访稳定工作，必须做到五点：一是强化领导责任；二是加强排查；三是突出重点；四是关口前移；五是依法处理。',
    );
    expect(appendPoints('主要表现在', points.slice(0, 2), '个方面')).toMatch(/^主要表现在两个方面：一是强化领导责任；二是加强排查。$/);
  });

  test('a count after a lead that ends in no verb taking it is announced after the lead, never glued to its last word', () => {
    const points = ['乡领导包村', '村干部包组', '党员包户'];
    // 措施实三点： reads as one word with the count; 落实到位三点： the same
    expect(appendPoints('做到底数清，情况明，措施实', points, '点')).toBe('做到底数清，情况明，措施实，具体有以下三点：一是乡领导包村；二是村干部包组；三是党员包户。');
    // a lead typed with a half-width full stop is a sentence too (措施实. is 措施实。), never 措施实.三点：
    expect(appendPoints('各村要提高认识,做到底数清,情况明,措施实.', points, '点')).toBe('各村要提高认识,做到底数清,情况明,措施实。具体有以下三点：一是乡领导包村；二是村干部包组；三是党员包户。');
    expect(appendPoints('各村要把各项措施落实到位。', points.slice(0, 2), '个方面')).toBe('各村要把各项措施落实到位。具体有以下两个方面：一是乡领导包村；二是村干部包组。');
    expect(appendPoints('会议强调', points, '项')).toBe('会议强调三项：一是乡领导包村；二是村干部包组；三是党员包户。');
    expect(appendPoints('应注重', points, '个方面')).toBe('应注重三个方面：一是乡领导包村；二是村干部包组；三是党员包户。');
    expect(appendPoints('会议重点讲明', points.slice(0, 2), '点')).toBe('会议重点讲明两点：一是乡领导包村；二是村干部包组。');
  });

  test('without a measure word no count is written', () => {
    expect(appendPoints('取得了一定成效：', ['甲', '乙'])).toBe('取得了一定成效：一是甲；二是乙。');
    // a lead that is a sentence keeps its end, typed half-width or not, and takes no colon after it
    expect(appendPoints('对工作不力的,要严肃追责问责.', ['甲', '乙'])).toBe('对工作不力的,要严肃追责问责。一是甲；二是乙。');
    expect(appendPoints('必须高度重视！', ['甲', '乙'])).toBe('必须高度重视！一是甲；二是乙。');
    // a lead that announces the list takes the count inside the announcement, never after it
    expect(appendPoints('各村要切实做好以下工作:', ['甲', '乙', '丙'], '点')).toBe('各村要切实做好以下三点工作：一是甲；二是乙；三是丙。');
    expect(appendPoints('要抓好以下', ['甲', '乙'], '个方面')).toBe('要抓好以下两个方面：一是甲；二是乙。');
    expect(appendPoints('现将有关要求明确如下：', ['甲', '乙'], '点')).toBe('现将有关要求明确如下：一是甲；二是乙。');
  });
});
