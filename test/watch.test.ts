// render --watch (src/cli/watch.ts), in process: real file changes, waited for by the line each round
// ends with ("watching …"), never by sleeping; stopped by the io's AbortSignal as Ctrl-C stops it.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../src/cli/main.js';
import { folderWith } from './support/folder.js';
import type { CliIO } from '../src/cli/io.js';

const STARTER = readFileSync(new URL('../templates/starters/plan.yaml', import.meta.url), 'utf8');
const TITLE = '关于开展矛盾纠纷大排查活动的实施方案';

const folder = (files: Record<string, string>): string => folderWith(files, { prefix: 'gongwen-watch-' });

/** main(['render', …, '--watch']) running, with a promise for the end of each round of rendering. */
function startWatch(args: string[], cwd: string) {
  const controller = new AbortController();
  let stderr = '';
  let stdout = '';
  let rounds = 0;
  const waiting: Array<{ round: number; resolve: () => void }> = [];
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => {
      stderr += t;
      rounds += (t.match(/^watching \d+ file\(s\)/gm) ?? []).length;
      for (const w of waiting.filter((w) => rounds >= w.round)) (waiting.splice(waiting.indexOf(w), 1), w.resolve());
    },
    color: false,
    cwd,
    env: {},
    signal: controller.signal,
  };
  const exit = main(['render', ...args, '--watch', '--debounce', '20'], io);
  return {
    exit,
    get stderr() {
      return stderr;
    },
    get stdout() {
      return stdout;
    },
    /** Resolves when round `n` (1 = the first rendering) has ended. */
    round(n: number): Promise<void> {
      return rounds >= n ? Promise.resolve() : new Promise((resolve) => waiting.push({ round: n, resolve }));
    },
    stop: () => controller.abort(),
  };
}

const documentText = (docx: string) => strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);

describe('render --watch', () => {
  it('renders again when the record changes, replacing the DOCX it wrote, and stops on Ctrl-C', async () => {
    const root = folder({ '方案.yaml': STARTER });
    const w = startWatch(['方案.yaml', '-f', 'docx', '-o', 'out/'], root);
    await w.round(1);
    const docx = join(root, 'out', '方案.docx');
    expect(documentText(docx)).toContain(TITLE);
    writeFileSync(join(root, '方案.yaml'), STARTER.replace(TITLE, '关于开展安全生产大检查的实施方案'));
    await w.round(2);
    expect(documentText(docx)).toContain('关于开展安全生产大检查的实施方案');
    expect(w.stderr).not.toContain('exists');
    w.stop();
    expect(await w.exit).toBe(0);
  });

  it('says a mistake, keeps watching, and renders once the record is mended', async () => {
    const root = folder({ '方案.yaml': STARTER });
    const w = startWatch(['方案.yaml', '-f', 'docx', '-o', 'out/'], root);
    await w.round(1);
    const before = statSync(join(root, 'out', '方案.docx')).mtimeMs;
    writeFileSync(join(root, '方案.yaml'), STARTER.replace('标题:', '标题 :\n  - [unclosed'));
    await w.round(2);
    expect(w.stderr).toMatch(/方案\.yaml:\d+:\d+: error/);
    expect(statSync(join(root, 'out', '方案.docx')).mtimeMs).toBe(before); // nothing half-written
    writeFileSync(join(root, '方案.yaml'), STARTER.replace(TITLE, '关于做好防汛工作的实施方案'));
    await w.round(3);
    expect(documentText(join(root, 'out', '方案.docx'))).toContain('关于做好防汛工作的实施方案');
    w.stop();
    expect(await w.exit).toBe(0);
  });

  it('does not replace an output it did not write, without --force', async () => {
    const root = folder({ '方案.yaml': STARTER, 'out/方案.docx': 'the user’s own file' });
    const w = startWatch(['方案.yaml', '-f', 'docx', '-o', 'out/'], root);
    await w.round(1);
    expect(w.stderr).toContain('out/方案.docx exists; use --force to replace it');
    writeFileSync(join(root, '方案.yaml'), STARTER.replace(TITLE, '关于做好防汛工作的实施方案'));
    await w.round(2);
    expect(readFileSync(join(root, 'out', '方案.docx'), 'utf8')).toBe('the user’s own file');
    w.stop();
    expect(await w.exit).toBe(1);
  });

  it('renders again when its template or its config file changes', async () => {
    const plan = readFileSync(new URL('../templates/plan.hbs', import.meta.url), 'utf8');
    const record = STARTER.replace(/^发文机关:.*\n/m, '');
    const root = folder({ '记录/方案.yaml': record, '记录/gongwen-templates/plan.hbs': plan, 'gongwen.config.yaml': '发文机关: 张庄镇人民政府\n' });
    const w = startWatch(['记录/方案.yaml'], root); // Markdown to standard output, each round
    await w.round(1);
    expect(w.stdout).toContain('**张庄镇人民政府**');
    writeFileSync(join(root, 'gongwen.config.yaml'), '发文机关: 李庄镇人民政府\n');
    await w.round(2);
    expect(w.stdout).toContain('**李庄镇人民政府**');
    writeFileSync(join(root, '记录/gongwen-templates/plan.hbs'), plan.replace(/\n---\n/, '\n---\n模板改过了。\n\n'));
    await w.round(3);
    expect(w.stdout).toContain('模板改过了。');
    w.stop();
    expect(await w.exit).toBe(0);
  });

  it('renders again when a register of a summary changes', async () => {
    const examples = new URL('../examples/', import.meta.url);
    const record = readFileSync(new URL('summary-from-registers.yaml', examples), 'utf8');
    expect(record).toMatch(/registers\/信访台账2009\.xlsx/);
    const root = folder({ 'summary.yaml': record });
    mkdirSync(join(root, 'registers'));
    for (const name of ['信访台账2009.xlsx', '矛盾纠纷2009.csv']) writeFileSync(join(root, 'registers', name), readFileSync(new URL(`registers/${name}`, examples)));
    const w = startWatch(['summary.yaml', '--verbose'], root);
    await w.round(1);
    expect(w.stderr).toContain('registers: registers/信访台账2009.xlsx, registers/矛盾纠纷2009.csv');
    const first = w.stdout;
    expect(first).toMatch(/排查[^。]*\d+[件起]/);
    const csv = join(root, 'registers', '矛盾纠纷2009.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').split('\n').slice(0, 1).join('\n') + '\n'); // its header alone
    await w.round(2); // nothing but the register changed: only its change can start this round
    const second = w.stdout.slice(first.length);
    expect(second).not.toBe('');
    expect(second).not.toBe(first);
    w.stop();
    await w.exit;
  });

  it('refuses standard input, which cannot be watched', async () => {
    const w = startWatch(['-'], tmpdir());
    expect(await w.exit).toBe(2);
    expect(w.stderr).toContain('cannot be watched');
  });
});
