/** A register dropped on the page counted as `gongwen stats` counts it, in a temporary folder of its own. */
import { say } from '../diagnostics/messages/index.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGE, words } from './http.js';

export async function statsOf(name: string, bytes: Buffer, period: string | undefined) {
  const [{ collectStatistics }, { DiagnosticBag }, { formatDiagnostics }, { parsePeriod }, { reportLayout }] = await Promise.all([
    import('../stats/collectStatistics.js'), import('../diagnostics/diagnostic.js'), import('../diagnostics/print.js'), import('../zh/period.js'), import('../stats/format.js'),
  ]);
  // a period the page cannot read is said before anything is written
  const parsed = period === undefined ? undefined : parsePeriod(period);
  if (period !== undefined && !parsed) return { ok: false, report: undefined, messages: words(say('serve.bad-period', { text: period })) };
  // the registers' readers stream from a file (src/registers/read.ts), so the bytes are put in one
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-serve-'));
  try {
    writeFileSync(join(dir, name), bytes);
    const bag = new DiagnosticBag();
    const { read, report } = await collectStatistics([name], parsed, undefined, bag, { skipBadRows: true, cwd: dir });
    const sources = new Map<string, string>();
    for (const r of read) if (r.source !== undefined) sources.set(r.file, r.source);
    const shown = bag.items.length ? formatDiagnostics(bag.items, { color: false, sources, language: LANGUAGE }).split(dir + '/').join('') : '';
    // the report as `gongwen stats --format json` writes it (the route's json() stringifies it as formatReportJson
    // does), and its tables as `gongwen stats` draws them, with their Chinese labels, for the page to show
    return { ok: report !== undefined, report, layout: report && reportLayout(report), messages: shown };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
