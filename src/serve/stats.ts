/** A register dropped on the page counted as `gongwen stats` counts it, in a temporary folder of its own. */
import { say } from '../diagnostics/messages/index.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGE, words } from './http.js';

export async function statsOf(name: string, bytes: Buffer, period: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-serve-'));
  try {
    writeFileSync(join(dir, name), bytes);
    const [{ collectStatistics }, { formatReportJson }, { DiagnosticBag }, { formatDiagnostics }, { parsePeriod }] = await Promise.all([
      import('../stats/collectStatistics.js'), import('../stats/format.js'), import('../diagnostics/diagnostic.js'), import('../diagnostics/print.js'), import('../zh/period.js'),
    ]);
    const bag = new DiagnosticBag();
    const parsed = period === undefined ? undefined : parsePeriod(period);
    if (period !== undefined && !parsed) return { ok: false, report: undefined, messages: words(say('serve.bad-period', { text: period })) };
    const { read, report } = await collectStatistics([name], parsed, undefined, bag, { skipBadRows: true, cwd: dir });
    const sources = new Map<string, string>();
    for (const r of read) if (r.source !== undefined) sources.set(r.file, r.source);
    const shown = bag.items.length ? formatDiagnostics(bag.items, { color: false, sources, language: LANGUAGE }).split(dir + '/').join('') : '';
    return { ok: report !== undefined, report: report ? JSON.parse(formatReportJson(report, {})) : undefined, messages: shown };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
