/**
 * A YAML register's row typed as a `{…}` mapping on one line, a comma typed inside a value as a secretary types text
 * (`内容摘要: 反映承包地被占,要求退还`): YAML ends the value at the comma and reads 要求退还 as a key without a value. It is
 * read as meant — the rest of the value, comma and all — and said once, at the comma, as records say it.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { readRegister } from '../src/registers/read.js';
import type { Petition } from '../src/registers/types.js';
import { folderWith } from './support/folder.js';

it('reads a comma inside a value of a { } row as part of the value, with a warning at the comma', async () => {
  const dir = folderWith({
    '信访.yaml': [
      '- {编号: X1, 登记日期: 2025-03-01, 信访形式: 来访, 信访人: 李桂芬, 人数: 1, 来源: 直接受理, 办理状态: 已办结, 内容摘要: 反映承包地被占,要求退还}',
      '- {编号: X2, 登记日期: 2025-03-02, 信访形式: 来信, 信访人: 张三, 人数: 1, 来源: 直接受理, 办理状态: 办理中}',
      '',
    ].join('\n'),
  });
  const file = join(dir, '信访.yaml');
  const bag = new DiagnosticBag();
  const r = await readRegister(file, bag);
  expect(bag.items.map((d) => [d.severity, d.code, d.start?.line, d.start?.column, d.message])).toEqual([
    ['warning', 'comma-in-braces', 1, 91, 'the half-width comma in "反映承包地被占,要求退还" separates items inside { }: read as one value of 内容摘要'],
  ]);
  expect((r.rows as Petition[]).map((p) => [p.id, p.summary])).toEqual([['X1', '反映承包地被占,要求退还'], ['X2', undefined]]);
});
