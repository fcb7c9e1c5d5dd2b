#!/usr/bin/env node
// Benchmark of `gongwen stats` on large registers (run with `npm run bench`,
// which builds dist/ first). It writes a 100,000-row 信访登记 CSV and a
// 100,000-row 矛盾纠纷 CSV (GBK too, as Excel on Chinese Windows saves them)
// to a temporary folder, runs the statistics in fresh child processes several
// times, and prints the median wall time and the peak resident memory.
// It reports figures; it does not pass or fail.
//
//   node bench/stats-bench.js [--rows N] [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('--rows', 100_000);
const RUNS = Math.max(5, arg('--runs', 7));

// Deterministic pseudo-random numbers, so every run builds the same registers.
let seed = 20090630;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const pad = (n) => String(n).padStart(2, '0');

const VILLAGES = ['上坝', '中坝', '下坝', '兰田', '石岩哨', '螺蛳铺', '红石岩', '狮子营', '大营头', '赵家湾', '杨柳坝', '老虎山'];
const P_CATEGORIES = ['土地问题', '民政', '民事纠纷', '村务管理', '计划生育', '劳动保障', '城乡建设', '其他'];
const D_CATEGORIES = ['土地纠纷', '坟地纠纷', '相邻关系纠纷', '婚姻家庭纠纷', '人身损害赔偿', '劳务纠纷', '水利纠纷'];
const SURNAMES = ['王', '李', '张', '杨', '赵', '段', '刘', '杭', '陈'];
const GIVEN = ['春', '应忠', '东红', '发顺', '秀兰', '国富', '开明', '丽芬', '正国', '德才'];
const person = () => pick(SURNAMES) + pick(GIVEN);

function randomDate() {
  // 2008-01-01 .. 2010-12-31
  const d = new Date(Date.UTC(2008, 0, 1) + Math.floor(rand() * 1096) * 86_400_000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), t: d.getTime() };
}
const later = (date, days) => {
  const d = new Date(date.t + days * 86_400_000);
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
};
const slash = (x) => `${x.y}/${x.m}/${x.d}`;

function petitionsCsv(rows) {
  const lines = ['编号,登记日期,信访形式,信访人,人数,村社区,问题类别,内容摘要,来源,是否越级,是否重复,办理状态,办结日期,是否回复'];
  for (let i = 1; i <= rows; i++) {
    const date = randomDate();
    const channel = pick(['来信', '来信', '来访', '来访', '来访', '网上信访', '电话']);
    const status = pick(['已办结', '已办结', '已办结', '办理中', '不予受理']);
    const assigned = rand() < 0.3;
    lines.push([
      `XF${String(i).padStart(6, '0')}`, slash(date), channel, person(), channel === '来访' ? 1 + Math.floor(rand() * 8) : 1,
      pick(VILLAGES), pick(P_CATEGORIES), `反映${pick(['承包地被占用', '低保评定不公', '宅基地审批', '征地补偿款分配', '村务公开不及时'])}，要求处理`,
      assigned ? '上级交办' : '直接受理', rand() < 0.02 ? '是' : '否', rand() < 0.1 ? '是' : '否', status,
      status === '已办结' ? later(date, 5 + Math.floor(rand() * 40)) : '', status === '已办结' || rand() < 0.5 ? '是' : '否',
    ].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function disputesCsv(rows) {
  const lines = ['编号,排查日期,地点,当事人,纠纷类别,简要情况,调处单位,调处经过,调处结果,涉及金额,化解状态,化解日期,包案领导'];
  for (let i = 1; i <= rows; i++) {
    const date = randomDate();
    const status = pick(['已化解', '已化解', '已化解', '正在化解', '未化解']);
    const steps = [1, 4, 9].map((k) => {
      const d = new Date(date.t + k * 86_400_000);
      return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日，${pick(['村调解会到现场查看', '派出所出警了解情况', '司法所组织双方调解', '镇综治办约谈双方'])}`;
    }).join('；');
    lines.push([
      `MD${String(i).padStart(6, '0')}`, slash(date), `${pick(VILLAGES)}村委会`, `${person()}、${person()}`, pick(D_CATEGORIES),
      `双方因${pick(['承包地边界', '坟地', '排水', '赡养老人', '工资'])}问题发生纠纷`, `${pick(VILLAGES)}村调解会、路居司法所`, steps,
      status === '已化解' ? '双方达成调解协议' : '', rand() < 0.6 ? Math.floor(rand() * 100_000) : '', status,
      status === '已化解' ? later(date, 10) : '', pick(['刘鸿', '赵雄伟']),
    ].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// The child runs the real command (dist/cli/stats.js, as `gongwen stats` does),
// discards its output after checking it, and reports its own time and peak RSS.
const CHILD = `
const t0 = performance.now();
const { statsCommand } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'cli', 'stats.js')).href)});
let out = '', err = '';
const args = JSON.parse(process.argv[1]);
const code = await statsCommand(args.registers, args.options, {
  stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, color: false, cwd: process.cwd(), env: process.env,
});
const ms = performance.now() - t0;
const json = args.options.format === 'json' ? JSON.parse(out) : null;
process.stdout.write(JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS, petitions: json?.petitions?.total ?? null, disputes: json?.disputes?.total ?? null, err: err.slice(0, 500) }));
`;

function runOnce(registers, options) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, JSON.stringify({ registers, options })], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  if (report.code !== 0) throw new Error(`stats exited ${report.code}: ${report.err}`);
  return { wallMs, ...report };
}

const dir = mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
try {
  let t = performance.now();
  const petitions = join(dir, '信访台账.csv');
  const disputes = join(dir, '矛盾纠纷.csv');
  const petitionsGbk = join(dir, '信访台账-gbk.csv');
  const text = petitionsCsv(ROWS);
  writeFileSync(petitions, text);
  writeFileSync(disputes, disputesCsv(ROWS));
  // GBK bytes through the same decoder family the reader uses (Node has no GBK encoder; build it by table).
  writeFileSync(petitionsGbk, encodeGbk(text));
  // The same petitions as an XLSX workbook (date cells as Excel dates), when write-excel-file (a dev dependency) is installed.
  const petitionsXlsx = join(dir, '信访台账.xlsx');
  const haveXlsx = await writeXlsx(petitionsXlsx, text);
  const mb = (f) => (statSync(f).size / 1048576).toFixed(1);
  console.log(`gongwen stats benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  console.log(`registers: ${ROWS.toLocaleString('en-US')} rows each — 信访台账.csv ${mb(petitions)} MB, 矛盾纠纷.csv ${mb(disputes)} MB, 信访台账-gbk.csv ${mb(petitionsGbk)} MB${haveXlsx ? `, 信访台账.xlsx ${mb(petitionsXlsx)} MB` : ''} (built in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  console.log(`runs: ${RUNS} per case, each in a fresh node process; times are medians, memory the peak over the runs\n`);

  const cases = [
    ['信访 CSV, --period 2009H1, json', [petitions], { period: '2009H1', format: 'json' }, 'petitions'],
    ['信访 GBK CSV, --period 2009, json', [petitionsGbk], { period: '2009', format: 'json' }, 'petitions'],
    ['矛盾纠纷 CSV, --period 2009Q3, json', [disputes], { period: '2009Q3', format: 'json' }, 'disputes'],
    ['信访 CSV, --period 2009, --by 村社区, table', [petitions], { period: '2009', by: '村社区', format: 'table' }, null],
    ['both registers, --period 2009H1, json', [petitions, disputes], { period: '2009H1', format: 'json' }, 'both'],
  ];
  if (haveXlsx) cases.push(['信访 XLSX, --period 2009H1, json', [petitionsXlsx], { period: '2009H1', format: 'json' }, 'petitions']);
  const rows = [];
  for (const [name, registers, options] of cases) {
    const results = [];
    for (let i = 0; i < RUNS; i++) results.push(runOnce(registers, options));
    rows.push({
      name,
      wall: median(results.map((r) => r.wallMs)),
      inside: median(results.map((r) => r.ms)),
      rss: Math.max(...results.map((r) => r.maxRssKb)) / 1024,
      counted: results[0].petitions ?? results[0].disputes ?? '-',
    });
  }
  // The real command line too: bin/gongwen.js (commander, lazy imports), peak RSS from GNU time when present.
  const bin = join(root, 'bin', 'gongwen.js');
  const gnuTime = ['/usr/bin/time'].find((t) => spawnSync(t, ['-f', '%M', 'true']).status === 0);
  if (existsSync(bin)) {
    const walls = [];
    let rss = null;
    for (let i = 0; i < RUNS; i++) {
      const started = process.hrtime.bigint();
      const args = [bin, 'stats', petitions, '--period', '2009H1', '--format', 'json'];
      const r = gnuTime
        ? spawnSync(gnuTime, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
        : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
      walls.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (r.status !== 0) throw new Error(`gongwen stats exited ${r.status}: ${r.stderr}`);
      if (gnuTime) rss = Math.max(rss ?? 0, Number(r.stderr.trim().split('\n').pop()) / 1024);
    }
    rows.push({ name: 'gongwen stats 信访 CSV --period 2009H1 (bin)', wall: median(walls), inside: null, rss, counted: '-' });
  }

  const width = (t) => [...t].reduce((n, ch) => n + (ch.codePointAt(0) >= 0x2e80 ? 2 : 1), 0);
  const padEnd = (t, w) => t + ' '.repeat(Math.max(0, w - width(t)));
  const w = Math.max(...rows.map((r) => width(r.name))) + 2;
  console.log(`${padEnd('case', w)}${'wall (median)'.padStart(14)}${'in stats'.padStart(11)}${'peak RSS'.padStart(11)}`);
  for (const r of rows) {
    const inside = r.inside === null ? '-' : `${(r.inside / 1000).toFixed(2)} s`;
    const rss = r.rss === null ? '-' : `${r.rss.toFixed(0)} MB`;
    console.log(`${padEnd(r.name, w)}${`${(r.wall / 1000).toFixed(2)} s`.padStart(14)}${inside.padStart(11)}${rss.padStart(11)}`);
  }
  console.log('\nwall: spawning node to its exit (startup included); in stats: inside the process (reading, checking, counting, formatting);');
  console.log(`peak RSS: process.resourceUsage().maxRSS of the child${gnuTime ? `, and GNU time's %M for the bin case` : ''}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes the CSV text's rows as an XLSX workbook; false when write-excel-file is not installed. */
async function writeXlsx(file, csvText) {
  let writeXlsxFile;
  try {
    writeXlsxFile = (await import('write-excel-file/node')).default;
  } catch {
    return false;
  }
  const lines = csvText.split('\r\n').filter(Boolean);
  const header = lines[0].split(',');
  const dateColumns = new Set(['登记日期', '办结日期'].map((h) => header.indexOf(h)));
  const data = lines.map((line, i) =>
    line.split(',').map((v, j) => {
      if (v === '') return null;
      if (i > 0 && dateColumns.has(j)) {
        const [y, m, d] = v.split('/').map(Number);
        return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'yyyy/m/d' };
      }
      return { value: v, type: String };
    }),
  );
  await writeXlsxFile(data).toFile(file);
  return true;
}

/** Encodes text as GBK using the decoder in reverse: a table of every two-byte GBK code. */
function encodeGbk(s) {
  const table = new Map();
  const dec = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(Uint8Array.of(hi, lo));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes = [];
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x80) bytes.push(c);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(pair[0], pair[1]);
    }
  }
  return Buffer.from(bytes);
}
