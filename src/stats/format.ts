import { byFieldLabel, resolveByField, type Breakdown } from './breakdown.js';
import type { Change, Comparison, StatisticsReport } from './compare.js';
import type { Counts } from './compute.js';
import { renderTable } from './table.js';
import { formatPercent } from '../zh/percent.js';

export interface FormatOptions {
  color: boolean;
  breakdown?: Breakdown;
}

/** `--format json`: the report as one object, plus `by` when `--by` was given. */
export function formatReportJson(report: StatisticsReport, options: { breakdown?: Breakdown } = {}): string {
  const out = options.breakdown ? { ...report, by: options.breakdown } : report;
  return `${JSON.stringify(out, null, 2)}\n`;
}

function pct(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '-' : formatPercent(rate);
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

function money(n: number): string {
  return (Number.isInteger(n) ? n : Math.round(n * 100) / 100).toLocaleString('en-US');
}

function changeText(c: Change | undefined, asMoney = false): string {
  if (!c) return '';
  // ASCII signs: − and ± are double width in some CJK terminals.
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '-' : '';
  const rate = c.rate === null ? '' : ` (${c.rate > 0 ? '+' : c.rate < 0 ? '-' : ''}${pct(Math.abs(c.rate))})`;
  return `${sign}${asMoney ? money(Math.abs(c.delta)) : num(Math.abs(c.delta))}${rate}`;
}

type Paint = (s: string) => string;

function painters(color: boolean): { bold: Paint; dim: Paint } {
  const wrap = (open: number, close: number): Paint => (color ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : (s) => s);
  return { bold: wrap(1, 22), dim: wrap(2, 22) };
}

/** One table of the report: its header, rows and each column's alignment. */
export interface ReportTable {
  header: string[];
  rows: string[][];
  align: Array<'left' | 'right'>;
}

/**
 * The report as `gongwen stats` lays it out, in Chinese, before it is drawn: the period, then headed
 * tables (信访, 矛盾纠纷, each count by kind, the `--by` groups), then a note on missing comparisons.
 * The terminal's table (formatReportTable) and the serve page's HTML tables are drawn from it.
 */
export interface ReportLayout {
  period: string;
  /** The period's dates, in brackets. */
  periodDates: string;
  sections: Array<{ heading?: string; table: ReportTable }>;
  note?: string;
}

function countsTable(title: string, counts: Counts, total: number): ReportTable {
  const rows = Object.entries(counts).map(([k, v]) => [k, String(v), total === 0 ? '-' : pct(v / total)]);
  if (rows.length === 0) rows.push(['（无）', '0', '-']);
  return { header: [title, '件数', '占比'], rows, align: ['left', 'right', 'right'] };
}

interface Line {
  label: string;
  now: string;
  cmp: Array<{ value: string; change: string }>;
}

function summaryTable(lines: Line[], comparisons: Array<{ title: string }>): ReportTable {
  const header = ['项目', '本期'];
  const align: Array<'left' | 'right'> = ['left', 'right'];
  for (const c of comparisons) {
    header.push(c.title, '增减');
    align.push('right', 'right');
  }
  const rows = lines.map((l) => [l.label, l.now, ...l.cmp.flatMap((c) => [c.value, c.change])]);
  return { header, rows, align };
}

/** The report's layout (ReportLayout): what formatReportTable draws for a terminal and the serve page as HTML. */
export function reportLayout(report: StatisticsReport, breakdown?: Breakdown): ReportLayout {
  const p = report.period;
  const sections: ReportLayout['sections'] = [];
  const comparisons: Array<{ title: string; c: Comparison }> = [];
  // For a year, the year before is both 环比 and 同比: shown once, as 同比.
  const sameAsLastYear = report.previous && report.previous.period.code === report.same_period_last_year?.period.code;
  if (report.previous && !sameAsLastYear) comparisons.push({ title: `环比 ${report.previous.period.label}`, c: report.previous });
  if (report.same_period_last_year) comparisons.push({ title: `同比 ${report.same_period_last_year.period.label}`, c: report.same_period_last_year });

  const s = report.petitions;
  if (s) {
    const cmp = comparisons.filter((x) => x.c.petitions);
    const line = (label: string, now: string, pick: (c: Comparison) => string, change?: (c: Comparison) => Change | undefined): Line => ({
      label, now, cmp: cmp.map((x) => ({ value: pick(x.c), change: change ? changeText(change(x.c)) : '' })),
    });
    sections.push({ heading: '信访', table: summaryTable([
      line('登记', String(s.total), (c) => String(c.petitions!.total), (c) => c.change.petitions?.total),
      line('受理', String(s.accepted), (c) => String(c.petitions!.accepted), (c) => c.change.petitions?.accepted),
      line('办结', String(s.closed), (c) => String(c.petitions!.closed), (c) => c.change.petitions?.closed),
      line('办结率', pct(s.closed_rate), (c) => pct(c.petitions!.closed_rate)),
      line('集体访', String(s.collective), (c) => String(c.petitions!.collective)),
      line('越级访', String(s.skip_level), (c) => String(c.petitions!.skip_level)),
      line('重复访', String(s.repeat), (c) => String(c.petitions!.repeat)),
      line('上级交办', String(s.assigned), (c) => String(c.petitions!.assigned)),
      line('交办已回复', String(s.assigned_replied), (c) => String(c.petitions!.assigned_replied)),
      line('交办回复率', pct(s.assigned_reply_rate), (c) => pct(c.petitions!.assigned_reply_rate)),
    ], cmp) });
    sections.push({ table: countsTable('信访形式', s.by_channel, s.total) });
    sections.push({ table: countsTable('办理状态', s.by_status, s.total) });
    sections.push({ table: countsTable('问题类别', s.by_category, s.total) });
    sections.push({ table: countsTable('村社区', s.by_village, s.total) });
  }
  const d = report.disputes;
  if (d) {
    const cmp = comparisons.filter((x) => x.c.disputes);
    const line = (label: string, now: string, pick: (c: Comparison) => string, change?: (c: Comparison) => Change | undefined, asMoney = false): Line => ({
      label, now, cmp: cmp.map((x) => ({ value: pick(x.c), change: change ? changeText(change(x.c), asMoney) : '' })),
    });
    sections.push({ heading: '矛盾纠纷', table: summaryTable([
      line('排查', String(d.total), (c) => String(c.disputes!.total), (c) => c.change.disputes?.total),
      line('已化解', String(d.resolved), (c) => String(c.disputes!.resolved), (c) => c.change.disputes?.resolved),
      line('正在化解', String(d.in_progress), (c) => String(c.disputes!.in_progress), (c) => c.change.disputes?.in_progress),
      line('化解率', pct(d.resolved_rate), (c) => pct(c.disputes!.resolved_rate)),
      line('涉及金额（元）', money(d.amount_total), (c) => money(c.disputes!.amount_total), (c) => c.change.disputes?.amount_total, true),
    ], cmp) });
    sections.push({ table: countsTable('化解状态', d.by_status, d.total) });
    sections.push({ table: countsTable('纠纷类别', d.by_category, d.total) });
  }
  if (breakdown) {
    const by = resolveByField(breakdown.field);
    const label = (kind: 'petitions' | 'disputes') => (by ? byFieldLabel(by, kind) : breakdown.field);
    if (breakdown.petitions) {
      const rows = Object.entries(breakdown.petitions).map(([k, g]) => [k, String(g.total), String(g.accepted), String(g.closed), pct(g.closed_rate)]);
      sections.push({ heading: `信访 按${label('petitions')}`, table: { header: [label('petitions'), '登记', '受理', '办结', '办结率'], rows, align: ['left', 'right', 'right', 'right', 'right'] } });
    }
    if (breakdown.disputes) {
      const rows = Object.entries(breakdown.disputes).map(([k, g]) => [k, String(g.total), String(g.resolved), String(g.in_progress), pct(g.resolved_rate), money(g.amount_total)]);
      sections.push({ heading: `矛盾纠纷 按${label('disputes')}`, table: { header: [label('disputes'), '排查', '已化解', '正在化解', '化解率', '金额（元）'], rows, align: ['left', 'right', 'right', 'right', 'right', 'right'] } });
    }
  }
  let note: string | undefined;
  if (p.code !== 'all') {
    const missing = [!report.previous && '环比', !report.same_period_last_year && '同比'].filter(Boolean);
    if (missing.length > 0) note = `（台账未覆盖${missing.length === 2 ? '上期和去年同期' : missing[0] === '环比' ? '上期' : '去年同期'}，无${missing.join('、')}）`;
  }
  return { period: `统计期间：${p.label}`, periodDates: p.code === 'all' ? `（${p.start} 至 ${p.end}，台账全部记录）` : `（${p.start} 至 ${p.end}）`, sections, note };
}

/** `--format table` (the default): headed sections of aligned tables for a terminal. */
export function formatReportTable(report: StatisticsReport, options: FormatOptions): string {
  const { bold, dim } = painters(options.color);
  const layout = reportLayout(report, options.breakdown);
  const out = [bold(layout.period) + dim(layout.periodDates)];
  for (const { heading, table } of layout.sections) {
    out.push('');
    if (heading) out.push(bold(heading));
    out.push(renderTable(table.header, table.rows, { align: table.align, paintHeader: bold }));
  }
  if (layout.note) out.push('', dim(layout.note));
  return `${out.join('\n')}\n`;
}

/**
 * A CSV cell safe to open in Excel and WPS: a cell that begins with =, +, -, @,
 * a tab or a carriage return would be read as a formula, so it gets a leading
 * apostrophe and quotes (OWASP, "CSV Injection"); a plain number such as -3 or
 * 0.25 stays a number.
 */
export function csvField(v: string): string {
  const formula = /^[=+\-@\t\r]/.test(v) && !/^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(v);
  const text = formula ? `'${v}` : v;
  return formula || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `--format csv`: one figure a line, `period,section,measure,key,value` — the
 * current period's, then 环比's and 同比's (their period code in the first column),
 * then the `--by` groups (section `petitions.by.<field>`). Rates are 0–1.
 */
export function formatReportCsv(report: StatisticsReport, options: { breakdown?: Breakdown } = {}): string {
  const lines: string[][] = [['period', 'section', 'measure', 'key', 'value']];
  const emit = (period: string, section: string, stats: object | null) => {
    if (!stats) return;
    for (const [measure, value] of Object.entries(stats)) {
      if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value as Record<string, number>)) lines.push([period, section, measure, k, String(v)]);
      } else lines.push([period, section, measure, '', value === null ? '' : String(value)]);
    }
  };
  emit(report.period.code, 'petitions', report.petitions);
  emit(report.period.code, 'disputes', report.disputes);
  for (const c of [report.previous, report.same_period_last_year]) {
    if (!c) continue;
    emit(c.period.code, 'petitions', c.petitions);
    emit(c.period.code, 'disputes', c.disputes);
  }
  const b = options.breakdown;
  if (b) {
    for (const [section, groups] of [['petitions', b.petitions], ['disputes', b.disputes]] as const) {
      if (!groups) continue;
      for (const [k, g] of Object.entries(groups)) {
        for (const [measure, v] of Object.entries(g)) lines.push([report.period.code, `${section}.by.${b.field}`, measure, k, v === null ? '' : String(v)]);
      }
    }
  }
  return `${lines.map((l) => l.map(csvField).join(',')).join('\n')}\n`;
}
