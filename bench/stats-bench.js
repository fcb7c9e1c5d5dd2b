#!/usr/bin/env node
// Benchmark of `gongwen stats` on large registers (run with `npm run bench`,
// which builds dist/ first). For each size (100,000 and 1,000,000 rows by
// default) it writes a 信访登记 register as UTF-8 CSV, as GBK CSV (as Excel on
// Chinese Windows saves it) and as an XLSX workbook (shared strings and date
// cells, as Excel writes them), and a 矛盾纠纷 CSV, to a temporary folder; runs
// the statistics in fresh child processes several times; and prints the median
// wall time, its spread (fastest–slowest), the time and the CPU time (user +
// system; steadier than wall time on a shared machine) inside the command, and
// the peak resident memory (maxRSS of the child). Then the ratios the issue sets:
// time at 1,000,000 rows against 100,000 (goal ≤ 12×) and peak memory (goal < 300 MB).
// Defaults: 5 runs a case at 100,000 rows, 3 at 1,000,000 (--runs, --runs-large).
// It reports figures; it does not pass or fail.
//
//   node bench/stats-bench.js [--sizes 100000,1000000] [--runs N] [--runs-large N] [--only csv,xlsx] [--keep]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strToU8, Zip, ZipDeflate } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (argValue('--sizes') ?? '100000,1000000').split(',').map(Number);
const RUNS = Math.max(3, Number(argValue('--runs') ?? 5));
const RUNS_LARGE = Math.max(3, Number(argValue('--runs-large') ?? 3));
const ONLY = argValue('--only'); // a case key (csv, gbk, xlsx, disputes, by, both): run that case only

const VILLAGES = ['上坝', '中坝', '下坝', '兰田', '石岩哨', '螺蛳铺', '红石岩', '狮子营', '大营头', '赵家湾', '杨柳坝', '老虎山'];
const P_CATEGORIES = ['土地问题', '民政', '民事纠纷', '村务管理', '计划生育', '劳动保障', '城乡建设', '其他'];
const D_CATEGORIES = ['土地纠纷', '坟地纠纷', '相邻关系纠纷', '婚姻家庭纠纷', '人身损害赔偿', '劳务纠纷', '水利纠纷'];
const SURNAMES = ['王', '李', '张', '杨', '赵', '段', '刘', '杭', '陈'];
const GIVEN = ['春', '应忠', '东红', '发顺', '秀兰', '国富', '开明', '丽芬', '正国', '德才'];
const P_HEADER = ['编号', '登记日期', '信访形式', '信访人', '人数', '村社区', '问题类别', '内容摘要', '来源', '是否越级', '是否重复', '办理状态', '办结日期', '是否回复'];
const D_HEADER = ['编号', '排查日期', '地点', '当事人', '纠纷类别', '简要情况', '调处单位', '调处经过', '调处结果', '涉及金额', '化解状态', '化解日期', '包案领导'];

/** Deterministic pseudo-random numbers, so every run builds the same registers. */
function generator() {
  let seed = 20090630;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const person = () => pick(SURNAMES) + pick(GIVEN);
  const randomDate = () => {
    // 2008-01-01 .. 2010-12-31
    const d = new Date(Date.UTC(2008, 0, 1) + Math.floor(rand() * 1096) * 86_400_000);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), t: d.getTime() };
  };
  const later = (date, days) => {
    const d = new Date(date.t + days * 86_400_000);
    return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  };
  const slash = (x) => `${x.y}/${x.m}/${x.d}`;
  return {
    petition(i) {
      const date = randomDate();
      const channel = pick(['来信', '来信', '来访', '来访', '来访', '网上信访', '电话']);
      const status = pick(['已办结', '已办结', '已办结', '办理中', '不予受理']);
      const assigned = rand() < 0.3;
      return [
        `XF${String(i).padStart(7, '0')}`, slash(date), channel, person(), channel === '来访' ? 1 + Math.floor(rand() * 8) : 1,
        pick(VILLAGES), pick(P_CATEGORIES), `反映${pick(['承包地被占用', '低保评定不公', '宅基地审批', '征地补偿款分配', '村务公开不及时'])}，要求处理`,
        assigned ? '上级交办' : '直接受理', rand() < 0.02 ? '是' : '否', rand() < 0.1 ? '是' : '否', status,
        status === '已办结' ? later(date, 5 + Math.floor(rand() * 40)) : '', status === '已办结' || rand() < 0.5 ? '是' : '否',
      ];
    },
    dispute(i) {
      const date = randomDate();
      const status = pick(['已化解', '已化解', '已化解', '正在化解', '未化解']);
      const steps = [1, 4, 9].map((k) => {
        const d = new Date(date.t + k * 86_400_000);
        return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日，${pick(['村调解会到现场查看', '派出所出警了解情况', '司法所组织双方调解', '镇综治办约谈双方'])}`;
      }).join('；');
      return [
        `MD${String(i).padStart(7, '0')}`, slash(date), `${pick(VILLAGES)}村委会`, `${person()}、${person()}`, pick(D_CATEGORIES),
        `双方因${pick(['承包地边界', '坟地', '排水', '赡养老人', '工资'])}问题发生纠纷`, `${pick(VILLAGES)}村调解会、路居司法所`, steps,
        status === '已化解' ? '双方达成调解协议' : '', rand() < 0.6 ? Math.floor(rand() * 100_000) : '', status,
        status === '已化解' ? later(date, 10) : '', pick(['刘鸿', '赵雄伟']),
      ];
    },
  };
}

/** Writes `rows` rows a batch at a time (the bench itself must not hold a million rows as text). */
function writeRegister(file, header, rows, makeRow, encode = (s) => Buffer.from(s, 'utf8')) {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, encode(`${header.join(',')}\r\n`));
    let batch = [];
    for (let i = 1; i <= rows; i++) {
      batch.push(makeRow(i).join(','));
      if (batch.length === 10_000 || i === rows) {
        writeSync(fd, encode(`${batch.join('\r\n')}\r\n`));
        batch = [];
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** GBK bytes by table (Node has no GBK encoder): every two-byte GBK code, found through the decoder. */
function gbkEncoder() {
  const table = new Map();
  const dec = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(Uint8Array.of(hi, lo));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (hi << 8) | lo);
    }
  }
  return (s) => {
    const out = Buffer.alloc(s.length * 2);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) out[n++] = c;
      else {
        const code = table.get(s[i]);
        if (code === undefined) throw new Error(`no GBK code for ${s[i]}`);
        out[n++] = code >> 8;
        out[n++] = code & 0xff;
      }
    }
    return out.subarray(0, n);
  };
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const colName = (i) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)));

/**
 * An XLSX workbook as Excel writes one: every text in the shared strings, dates as
 * serial numbers with a date style (numFmtId 14), numbers as numbers. Written a
 * row at a time through fflate's streaming zip (deflate level 1: the bench's time
 * goes to reading, not to building).
 */
function writeXlsx(file, header, rows, makeRow, dateColumns) {
  const fd = openSync(file, 'w');
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    writeSync(fd, chunk);
  });
  const add = (name, text) => {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(strToU8(text), true);
  };
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  add('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="信访登记" sheetId="1" r:id="rId1"/></sheets></workbook>');
  add('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>');
  add('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>');

  const strings = new Map();
  const stringIndex = (s) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  const cellXml = (v, c, r, isDate) => {
    if (v === '' || v === null) return '';
    const ref = `${colName(c)}${r}`;
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    if (isDate) {
      const [y, m, d] = v.split('/').map(Number);
      return `<c r="${ref}" s="1"><v>${Date.UTC(y, m - 1, d) / 86_400_000 + 25569}</v></c>`;
    }
    return `<c r="${ref}" t="s"><v>${stringIndex(v)}</v></c>`;
  };
  let batch = `<row r="1">${header.map((h, c) => cellXml(h, c, 1, false)).join('')}</row>`;
  for (let i = 1; i <= rows; i++) {
    const r = i + 1;
    batch += `<row r="${r}">${makeRow(i).map((v, c) => cellXml(v, c, r, dateColumns.has(c))).join('')}</row>`;
    if (i % 5_000 === 0 || i === rows) {
      sheet.push(strToU8(batch));
      batch = '';
    }
  }
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  const sst = new ZipDeflate('xl/sharedStrings.xml', { level: 6 });
  zip.add(sst);
  sst.push(strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">`));
  let out = '';
  let k = 0;
  for (const s of strings.keys()) {
    out += `<si><t>${xmlEscape(s)}</t></si>`;
    if (++k % 10_000 === 0) {
      sst.push(strToU8(out));
      out = '';
    }
  }
  sst.push(strToU8(`${out}</sst>`), true);
  zip.end();
  closeSync(fd);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// The child runs the real command (dist/cli/stats.js, as `gongwen stats` does),
// discards its output after checking it, and reports its own time and peak RSS.
const CHILD = `
const t0 = performance.now();
const c0 = process.cpuUsage();
const { statsCommand } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'cli', 'stats.js')).href)});
let out = '', err = '';
const args = JSON.parse(process.argv[1]);
const code = await statsCommand(args.registers, args.options, {
  stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, color: false, cwd: process.cwd(), env: process.env,
});
const ms = performance.now() - t0;
const cu = process.cpuUsage(c0);
const json = args.options.format === "json" && code === 0 ? JSON.parse(out) : null;
process.stdout.write(JSON.stringify({ code, ms, cpuMs: (cu.user + cu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS, petitions: json?.petitions?.total ?? null, disputes: json?.disputes?.total ?? null, err: err.slice(0, 500) }));
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

const width = (t) => [...t].reduce((n, ch) => n + (ch.codePointAt(0) >= 0x2e80 ? 2 : 1), 0);
const padEnd = (t, w) => t + ' '.repeat(Math.max(0, w - width(t)));
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const count = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

const dir = mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
try {
  console.log(`gongwen stats benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  const encodeGbk = gbkEncoder();
  const results = [];
  for (const rows of SIZES) {
    const t = performance.now();
    const tag = count(rows);
    const petitions = join(dir, `信访台账-${tag}.csv`);
    const petitionsGbk = join(dir, `信访台账-${tag}-gbk.csv`);
    const petitionsXlsx = join(dir, `信访台账-${tag}.xlsx`);
    const disputes = join(dir, `矛盾纠纷-${tag}.csv`);
    let g = generator();
    writeRegister(petitions, P_HEADER, rows, g.petition);
    g = generator();
    writeRegister(petitionsGbk, P_HEADER, rows, g.petition, encodeGbk);
    g = generator();
    writeXlsx(petitionsXlsx, P_HEADER, rows, g.petition, new Set([1, 12]));
    g = generator();
    writeRegister(disputes, D_HEADER, rows, g.dispute);
    const mb = (f) => (statSync(f).size / 1048576).toFixed(1);
    console.log(`\n${rows.toLocaleString('en-US')} rows — 信访 CSV ${mb(petitions)} MB, GBK CSV ${mb(petitionsGbk)} MB, XLSX ${mb(petitionsXlsx)} MB, 矛盾纠纷 CSV ${mb(disputes)} MB (built in ${((performance.now() - t) / 1000).toFixed(1)} s)`);

    const runs = rows >= 1_000_000 ? RUNS_LARGE : RUNS;
    const cases = [
      ['信访 CSV UTF-8, --period 2009H1, json', 'csv', [petitions], { period: '2009H1', format: 'json' }],
      ['信访 CSV GBK, --period 2009, json', 'gbk', [petitionsGbk], { period: '2009', format: 'json' }],
      ['信访 XLSX, --period 2009H1, json', 'xlsx', [petitionsXlsx], { period: '2009H1', format: 'json' }],
      ['矛盾纠纷 CSV, --period 2009Q3, json', 'disputes', [disputes], { period: '2009Q3', format: 'json' }],
      ['信访 CSV, --period 2009, --by 村社区, table', 'by', [petitions], { period: '2009', by: '村社区', format: 'table' }],
      ['信访 + 矛盾纠纷 CSV, --period 2009H1, json', 'both', [petitions, disputes], { period: '2009H1', format: 'json' }],
    ];
    for (const [name, key, registers, options] of cases) {
      if (ONLY && !ONLY.split(',').includes(key)) continue;
      const rs = [];
      for (let i = 0; i < runs; i++) rs.push(runOnce(registers, options));
      const walls = rs.map((r) => r.wallMs);
      const row = {
        rows, key, name: `${tag}: ${name}`, runs,
        wall: median(walls), min: Math.min(...walls), max: Math.max(...walls),
        inside: median(rs.map((r) => r.ms)),
        cpu: median(rs.map((r) => r.cpuMs)),
        rss: Math.max(...rs.map((r) => r.maxRssKb)) / 1024,
      };
      results.push(row);
      console.log(`  ${padEnd(name, 46)} ${sec(row.wall).padStart(8)}  (${sec(row.min)}–${sec(row.max)}, ${runs} runs)  in stats ${sec(row.inside)}  cpu ${sec(row.cpu)}  peak RSS ${row.rss.toFixed(0)} MB`);
    }
    if (process.argv.includes('--keep')) console.log(`  (kept in ${dir})`);
    else for (const f of [petitions, petitionsGbk, petitionsXlsx, disputes]) rmSync(f);
  }

  // The table, and the issue's ratios: 1M against 100k (≤ 12×), peak memory (< 300 MB).
  console.log(`\nruns: each in a fresh node process; wall = median (fastest–slowest); in stats = median time inside statsCommand;\ncpu = median CPU time (user + system) inside statsCommand, steadier than wall time on a shared machine; peak RSS = the highest maxRSS of the runs\n`);
  const w = Math.max(...results.map((r) => width(r.name))) + 2;
  console.log(`${padEnd('case', w)}${'wall (median)'.padStart(14)}${'spread'.padStart(18)}${'in stats'.padStart(11)}${'cpu'.padStart(10)}${'peak RSS'.padStart(11)}`);
  for (const r of results) {
    console.log(`${padEnd(r.name, w)}${sec(r.wall).padStart(14)}${`${sec(r.min)}–${sec(r.max)}`.padStart(18)}${sec(r.inside).padStart(11)}${sec(r.cpu).padStart(10)}${`${r.rss.toFixed(0)} MB`.padStart(11)}`);
  }
  const small = Math.min(...SIZES);
  const large = Math.max(...SIZES);
  if (large > small) {
    console.log(`\n${count(large)} against ${count(small)} rows (${large / small}× the rows; goal: time ≤ ${(large / small) * 1.2}×, peak memory < 300 MB):`);
    for (const key of ['csv', 'gbk', 'xlsx', 'disputes', 'by', 'both']) {
      const a = results.find((r) => r.rows === small && r.key === key);
      const b = results.find((r) => r.rows === large && r.key === key);
      if (!a || !b) continue;
      console.log(`  ${padEnd(b.name.replace(/^[^:]+: /, ''), 46)} cpu ${(b.cpu / a.cpu).toFixed(1)}×, in stats ${(b.inside / a.inside).toFixed(1)}×, wall ${(b.wall / a.wall).toFixed(1)}×, peak RSS ${b.rss.toFixed(0)} MB`);
    }
  }
  // The real command line too: bin/gongwen.js, peak RSS from GNU time when present.
  const bin = join(root, 'bin', 'gongwen.js');
  if (existsSync(bin)) console.log('\n(the command line itself: `node bin/gongwen.js stats <register> --period 2009H1` adds Node and commander start-up to the first case)');
} finally {
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
