/**
 * A 实施方案 copied from last year: phases dated in last year under this year's title and 成文日期 (a warning at the
 * date), and a phase whose range ends before it begins (an error).
 */
import { expect, it } from 'vitest';
import { compileText } from './support/compile-text.js';

const plan = (phases: string, signed = '2025年3月20日', title = '青石镇2025年矛盾纠纷排查化解专项行动实施方案') => `类型: 实施方案
标题: ${title}
章节:
  - 标题: 实施步骤
    阶段:
${phases}
落款:
  署名: 青石镇人民政府
  日期: ${signed}
`;

async function diagnose(name: string, text: string) {
  return (await compileText(name, text)).diagnostics.map((d) => [d.code, d.severity, d.start?.line, d.start?.column, d.message]);
}

it('warns of a phase dated in an earlier year than the title and the 成文日期', async () => {
  expect(await diagnose('stale.yaml', plan(`      - 名称: 宣传发动阶段
        起: 2024年4月1日
        止: 2024年4月30日
      - 名称: 总结提升阶段（2024年6月1日至6月30日）`))).toEqual([
    ['stale-year', 'warning', 7, 12, 'the phase is dated 2024, the plan 2025 (its title and 成文日期): copied from last year?'],
    ['stale-year', 'warning', 9, 20, 'the phase is dated 2024, the plan 2025 (its title and 成文日期): copied from last year?'],
  ]);
});

it('says a phase that ends before it begins, its end without a year read in its beginning\'s year', async () => {
  expect(await diagnose('reversed.yaml', plan(`      - 名称: 集中排查阶段
        起: 2025年5月1日
        止: 3月30日
      - 名称: 整改阶段（2025年7月1日至6月30日）`))).toEqual([
    ['phase-reversed', 'error', 8, 12, 'the phase ends (3月30日) before it begins (2025年5月1日)'],
    ['phase-reversed', 'error', 9, 28, 'the phase ends (6月30日) before it begins (2025年7月1日)'],
  ]);
});

it('says nothing of phases of the plan\'s year, nor of one begun in December for next year\'s plan', async () => {
  expect(await diagnose('fine.yaml', plan(`      - 名称: 宣传发动阶段
        起: 2025年4月1日
        止: 4月30日
      - 名称: 集中排查阶段（2025年5月1日至9月30日）`))).toEqual([]);
  expect(await diagnose('december.yaml', plan(`      - 名称: 准备阶段
        起: 2024年12月20日
        止: 2025年1月10日`, '2024年12月15日'))).toEqual([]);
});
