/**
 * A register's 合计 / 小计 rows, as an office adds them at the foot of its Excel sheet: left out of the counts, and their
 * figures (人数, 涉及金额) held against the rows above them, as Excel's SUM would add them. A 合计 that does not add up
 * is said at its cell, with the sum; one that adds up is only the warning that it was left out.
 */
import { describe, expect, it } from 'vitest';
import { folderWith } from './support/folder.js';
import { runStats } from './support/stats.js';

const PETITIONS = '编号,登记日期,信访形式,信访人,人数,来源,办理状态\n';
const DISPUTES = '编号,排查日期,当事人,涉及金额,化解状态\n';

async function stats(file: string, text: string, lang: 'zh' | 'en' = 'en') {
  const dir = folderWith({ [file]: text });
  return runStats([file], { format: 'json', language: lang }, dir);
}

describe('a 信访 register with a 合计 row', () => {
  const rows = [
    'X1,2026/3/15,来访,李桂芬,1,直接受理,已办结',
    'X2,2026/3/16,来信,张三,1,直接受理,已办结',
    'X3,2026/3/18,来访,王家兄弟,3,直接受理,办理中',
  ].join('\n');

  it('whose 人数 is not the sum of the rows above: said at the 合计 row\'s 人数 cell, with the sum', async () => {
    const r = await stats('信访.csv', `${PETITIONS}${rows}\n合计,,,,6,,\n`);
    expect(r.code).toBe(0);
    expect(r.err).toContain('信访.csv:5:5: warning[totals-row-mismatch]: row 5 is a "合计" row whose 人数 in column E is 6, but the 3 rows above it add up to 5');
    // the register is counted from its rows, the 合计 row left out
    expect(JSON.parse(r.out).petitions.total).toBe(3);
  });

  it('in Chinese', async () => {
    const r = await stats('信访.csv', `${PETITIONS}${rows}\n合计,,,,6,,\n`, 'zh');
    expect(r.err).toContain('信访.csv:5:5: 警告[totals-row-mismatch]：第 5 行“合计”行的人数（E 列）是 6，但上面 3 行之和是 5');
  });

  it('whose 人数 adds up: only the warning that the row is left out', async () => {
    const r = await stats('信访.csv', `${PETITIONS}${rows}\n合计,,,,5,,\n`);
    expect(r.code).toBe(0);
    expect(r.err.match(/warning\[[^\]]+\]/g)).toEqual(['warning[totals-row]']);
  });

  it('with 小计 rows: each 小计 is held against its own rows, the 合计 against all of them', async () => {
    const text = `${PETITIONS}${rows.split('\n').slice(0, 2).join('\n')}\n小计,,,,2,,\n${rows.split('\n')[2]}\nX4,2026/4/2,来信,赵六,1,直接受理,已办结\n小计,,,,3,,\n合计,,,,6,,\n`;
    const r = await stats('信访.csv', text);
    // 3 + 1 = 4, not 3; 1 + 1 + 3 + 1 = 6
    expect(r.err).toContain('信访.csv:7:5: warning[totals-row-mismatch]: row 7 is a "小计" row whose 人数 in column E is 3, but the 2 rows above it add up to 4');
    expect(r.err.match(/totals-row-mismatch/g)).toHaveLength(1);
    expect(JSON.parse(r.out).petitions.total).toBe(4);
  });

  it('a 合计 row with no figure typed is only left out', async () => {
    const r = await stats('信访.csv', `${PETITIONS}${rows}\n合计,,,,,,\n`);
    expect(r.err).not.toContain('totals-row-mismatch');
    expect(r.err).toContain('warning[totals-row]');
  });
});

describe('a 矛盾纠纷 register with a 合计 row', () => {
  const rows = [
    'J1,2026/3/1,刘某、某建筑公司,96000,已化解',
    'J2,2026/3/5,张某、李某,"3,500",已化解',
    'J3,2026/3/9,王某、赵某,,正在化解',
  ].join('\n');

  it('whose 涉及金额 is typed in 万元 and adds up: no mismatch', async () => {
    const r = await stats('纠纷.csv', `${DISPUTES}${rows}\n合计,,,9.95万元,\n`);
    expect(r.code).toBe(0);
    // the 合计 row is read as one (left out, said), and its 9.95万元 is the rows' 99,500
    expect(r.err).toContain('纠纷.csv:5:1: warning[totals-row]');
    expect(r.err).not.toContain('totals-row-mismatch');
  });

  it('whose 涉及金额 does not add up: said with the sum in the unit it was typed in', async () => {
    const r = await stats('纠纷.csv', `${DISPUTES}${rows}\n合计,,,9.6万元,\n`);
    expect(r.err).toContain('纠纷.csv:5:4: warning[totals-row-mismatch]: row 5 is a "合计" row whose 涉及金额 in column D is 9.6万元, but the 3 rows above it add up to 9.95万元');
  });
});

it('a YAML register\'s 合计 row is held against the rows above it too', async () => {
  const r = await stats('信访.yaml', [
    '- {编号: X1, 登记日期: 2026-03-15, 信访形式: 来访, 人数: 2, 办理状态: 已办结}',
    '- {编号: X2, 登记日期: 2026-03-16, 信访形式: 来信, 人数: 1, 办理状态: 已办结}',
    '- {编号: 合计, 人数: 4}',
  ].join('\n') + '\n');
  expect(r.err).toContain('信访.yaml:3:16: warning[totals-row-mismatch]: the row at line 3 is a "合计" row whose 人数 is 4, but the 2 rows above it add up to 3');
});
