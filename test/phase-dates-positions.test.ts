// The positions of a 实施方案's phase dates are worked out only for a warning that is said
// (src/records/phaseDates.ts): asking a record read by the plain reader for a position runs the whole
// yaml-library parse (src/records/readRecord.ts fullRead), and doing so for every dated 阶段 of every
// plan parsed each plan twice — about a tenth of a 100-record batch's instructions (s14-batch, callgrind).
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { reportPhaseDates } from '../src/records/phaseDates.js';
import { reportDatesDisagree } from '../src/records/datesAgree.js';
import type { RecordSource } from '../src/records/readRecord.js';
import { parseDate } from '../src/zh/dates.js';

/** A record source that counts the positions asked of it. */
function countingSource() {
  const asked: string[] = [];
  const at = { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } };
  const source = {
    file: 'plan.yaml',
    text: 'x\ny\n    名称: 动员部署阶段\n',
    locate: (path: Array<string | number>) => (asked.push(path.join('.')), { value: at }),
    locateNearest: (path: Array<string | number>) => (asked.push(path.join('.')), at),
  } as unknown as RecordSource;
  return { source, asked };
}

const plan = (phases: Array<{ name: string; from?: string; to?: string }>) => ({
  title: ['青溪镇2025年森林防火工作实施方案'],
  sections: [{ title: '实施步骤', phases: phases.map((p) => ({ name: p.name, from: p.from ? parseDate(p.from) : undefined, to: p.to ? parseDate(p.to) : undefined })) }],
});

describe('phase dates: positions only for what is said', () => {
  it('a plan whose phases agree asks for no position', () => {
    const { source, asked } = countingSource();
    const bag = new DiagnosticBag('plan.yaml');
    reportPhaseDates(plan([
      { name: '动员部署阶段', from: '2025年3月1日', to: '2025年3月10日' },
      { name: '集中整治阶段', from: '2025年3月11日', to: '2025年5月31日' },
      { name: '总结提升阶段（2025年6月1日至6月30日）' },
    ]) as never, source, bag);
    expect(bag.items).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('a stale year, a reversed range and an overlap are said at their dates, with the line of the phase above', () => {
    const { source, asked } = countingSource();
    const bag = new DiagnosticBag('plan.yaml');
    reportPhaseDates(plan([
      { name: '动员部署阶段', from: '2024年3月1日', to: '2025年3月10日' },
      { name: '集中整治阶段', from: '2025年3月5日', to: '2025年2月28日' },
    ]) as never, source, bag);
    expect(bag.items.map((d) => d.code).sort()).toEqual(['phase-reversed', 'phases-overlap', 'stale-year']);
    for (const d of bag.items) expect(d.start).toEqual({ line: 3, column: 5 });
    // each date said, where it is, and the line of the phase above for the overlap: nothing else asked
    expect([...new Set(asked)].sort()).toEqual(['sections.0.phases.0', 'sections.0.phases.0.from', 'sections.0.phases.1.from', 'sections.0.phases.1.to']);
    const overlap = bag.items.find((d) => d.code === 'phases-overlap')!;
    expect(String(overlap.message)).toContain('"动员部署阶段" (line 3)');
  });
});

describe('dates that agree: no position asked (src/records/datesAgree.ts)', () => {
  it('a speech whose opening looks back on the year before its own asks for no position', () => {
    const { source, asked } = countingSource();
    const bag = new DiagnosticBag('speech.yaml');
    const speech = { title: ['在全县2026年安全生产工作会议上的讲话'], date: parseDate('2026年2月27日'), opening: ['主要任务是总结2025年全县安全生产工作，部署2026年工作。'] };
    reportDatesDisagree(speech as never, 'speech', source, bag);
    expect(bag.items).toEqual([]);
    expect(asked).toEqual([]);
  });
});
