/**
 * A 信访 register's header as offices name its columns (FINDINGS batch 3): 序号, 登记时间, 反映形式, 姓名, 所在村, 主要诉求,
 * 办理情况, 办结时间 — read as the columns they are, and a 来源 written as who handed the petition down (县信访局交办).
 */
import { expect, it } from 'vitest';
import { folderWith } from './support/folder.js';
import { runStats } from './support/stats.js';

const HEADER = '序号,登记时间,反映形式,姓名,人数,所在村,问题类别,主要诉求,来源,是否越级,是否重复,办理情况,办结时间,是否回复\n';

it('reads a register whose columns are named 序号, 登记时间, 反映形式, 所在村, 主要诉求, 办理情况, 办结时间', async () => {
  const dir = folderWith({
    '信访.csv': HEADER + [
      '1,2025/3/2,来信,李某,1,石门村,土地问题,要求确权,直接受理,否,否,已办结,2025/3/20,是',
      '2,2025/3/5,来访,王某,2,河口村,民政,低保,直接受理,否,否,办理中,,',
    ].join('\n') + '\n',
  });
  const r = await runStats(['信访.csv'], { format: 'json', language: 'en', by: '村社区' } as never, dir);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const counted = JSON.parse(r.out) as { petitions: { total: number; closed: number; by_village: Record<string, number>; by_channel: Record<string, number> } };
  expect(counted.petitions).toMatchObject({ total: 2, closed: 1, by_channel: { 来信: 1, 来访: 1 }, by_village: { 石门村: 1, 河口村: 1 } });
});

it('takes 序号 for the 编号 only where the register has no 编号', async () => {
  const dir = folderWith({
    '信访.csv': '序号,编号,登记日期,信访形式,办理状态\n1,XF-9,2025/3/2,来信,已办结\n2,XF-9,2025/3/3,来信,已办结\n',
  });
  const r = await runStats(['信访.csv'], { format: 'json', language: 'en' }, dir);
  // the 编号 is read, and is used twice; 序号 is no second 编号 column
  expect(r.err).toContain('信访.csv:3:2: error[duplicate-id]: 编号 "XF-9" in column B is used twice');
  expect(r.err).not.toContain('duplicate-column');
  expect(r.err).not.toContain('序号');
});

it('reads a 来源 written as the office that handed the petition down (县信访局交办) as 上级交办', async () => {
  const dir = folderWith({
    '信访.csv': '编号,登记日期,信访形式,来源,办理状态,是否回复\nX1,2025/3/2,来访,县信访局交办,已办结,是\nX2,2025/3/3,来信,市信访局转办,已办结,否\n',
  });
  const r = await runStats(['信访.csv'], { format: 'json', language: 'en' }, dir);
  expect(r.err).toBe('');
  expect(JSON.parse(r.out).petitions).toMatchObject({ assigned: 2, assigned_replied: 1 });
});
