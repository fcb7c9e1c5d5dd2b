/**
 * The messages of registers, stats, documents and check in Chinese, end to end: real registers and
 * files read by `gongwen stats` and `gongwen check` with the language set to zh, their whole lines
 * asserted as a secretary would read them. (The English of the same runs is held by the areas' own
 * tests, which run with GONGWEN_LANG=en.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/io.js';
import { request } from 'node:http';
import { checkCommand, importCommand } from '../src/cli/documents.js';
import { startServer } from '../src/serve/server.js';
import { statsCommand, type StatsOptions } from '../src/cli/stats.js';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { CODES } from '../src/diagnostics/messages/codes.js';
import { documentMessages } from '../src/diagnostics/messages/documents.js';
import { figureMessages } from '../src/diagnostics/messages/figures.js';
import { fileMessages } from '../src/diagnostics/messages/files.js';
import { recordMessages } from '../src/diagnostics/messages/records.js';
import { registerMessages } from '../src/diagnostics/messages/registers.js';
import { serveMessages } from '../src/diagnostics/messages/serve.js';
import { statsCliMessages } from '../src/diagnostics/messages/cli-stats.js';
import { templateMessages } from '../src/diagnostics/messages/templates.js';
import { formatDiagnostics } from '../src/diagnostics/print.js';
import { readDocumentFile } from '../src/readers/readDocument.js';
import { buildDocx, fonts, GB_SECTION, p, size } from './fixtures/word/build.js';
import { temporaryFolder } from './support/folder.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-zh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);

function fakeIo(): CliIO & { out: string; err: string } {
  const io: CliIO & { out: string; err: string } = {
    out: '', err: '', color: false, cwd: dir, env: {},
    stdout: (t) => { io.out += t; },
    stderr: (t) => { io.err += t; },
  };
  return io;
}

async function stats(registers: string[], options: StatsOptions = {}) {
  const io = fakeIo();
  const code = await statsCommand(registers, { ...options, language: 'zh' }, io);
  return { code, lines: io.err.split('\n'), out: io.out };
}

/** Every code in brackets (错误[bad-date]) is one the catalogue explains. */
function expectKnownCodes(text: string): void {
  const codes = [...text.matchAll(/(?:错误|警告)\[([a-z0-9-]+)\]/g)].map((m) => m[1]!);
  expect(codes.length).toBeGreaterThan(0);
  for (const code of codes) expect(Object.keys(CODES), code).toContain(code);
}

// a 信访登记 register as a town keeps it: a typo in 信访形式, 2月30日, one 编号 twice
write('信访.csv', [
  '编号,登记日期,信访形式,办理状态',
  'X001,2009-01-05,来信,已办结',
  'X002,2009-02-30,来访,已办结',
  'X003,2009-03-02,网上信仿,办理中',
  'X001,2009-03-09,来访,已办结',
].join('\n') + '\n');

describe('gongwen stats in Chinese', () => {
  it('names each bad row with its column letter and row, and says what was expected', async () => {
    const { code, lines, out } = await stats(['信访.csv']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(lines).toEqual([
      '信访.csv:3:2: 错误[bad-date]：B 列的日期“2009-02-30”不存在（登记日期）',
      '  应为：日期，如 2009-01-24、2009/1/24 或 2009年1月24日',
      '',
      '信访.csv:4:3: 错误[unknown-channel]：C 列的信访形式“网上信仿”无法识别（信访形式）',
      '  应为：来信、来访、网上信访、电话之一',
      '  提示：是不是“网上信访”？',
      '',
      '信访.csv:5:1: 错误[duplicate-id]：A 列的编号“X001”重复：第 2 行已用过，第 5 行又用了一次（编号）',
      '  应为：同一本台账中每个编号只用一次',
      '',
      'gongwen stats：3 个错误，未输出统计（可加 --skip-bad-rows 略去有错误的行）',
      '',
    ]);
    expectKnownCodes(lines.join('\n'));
  });

  it('with --skip-bad-rows, says each row is left out, after the guess when there is one', async () => {
    const { code, lines, out } = await stats(['信访.csv'], { skipBadRows: true });
    expect(code).toBe(0);
    expect(out).toContain('统计');
    expect(lines).toContain('  提示：是不是“网上信访”？此行未计入统计');
    expect(lines).toContain('  提示：此行未计入统计（--skip-bad-rows）');
    expect(lines.at(-2)).toBe('gongwen stats：3 个警告；3 行有错误，未计入统计');
  });

  it('offers every value as near as the typo (来防: 来信 or 来访)', async () => {
    write('同音.csv', ['编号,登记日期,信访形式,办理状态', 'Y001,2009-01-05,来防,已办结'].join('\n') + '\n');
    const { code, lines } = await stats(['同音.csv']);
    expect(code).toBe(1);
    expect(lines).toContain('同音.csv:2:3: 错误[unknown-channel]：C 列的信访形式“来防”无法识别（信访形式）');
    expect(lines).toContain('  提示：是不是“来信”或“来访”？');
  });

  it('tells the owner of a binary .xls to save it as .xlsx', async () => {
    // an OLE compound file, as Excel 97–2003 saves one: its signature and an empty header
    write('旧台账.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));
    const { code, lines } = await stats(['旧台账.xls']);
    expect(code).toBe(1);
    expect(lines).toEqual([
      '旧台账.xls: 错误[old-workbook]：旧台账.xls 是 Excel 97–2003 工作簿（二进制 .xls 格式），gongwen 不读取这种格式',
      '  提示：请在 Excel 或 WPS 中打开，另存为 .xlsx 工作簿（另存为 → Excel 工作簿），或另存为 CSV UTF-8',
      '',
      'gongwen stats：1 个错误，未输出统计',
      '',
    ]);
  });

  it('says its own usage errors in Chinese, with the choices joined by 、', async () => {
    expect((await stats(['信访.csv'], { format: 'xlsx' })).lines).toEqual(['gongwen stats：无法识别的格式“xlsx”', '  应为：table、json、csv', '']);
    expect((await stats(['信访.csv'], { period: '今年上半年' })).lines[0]).toBe('gongwen stats：“今年上半年”不是可识别的时期');
    expect((await stats([])).lines).toEqual(['gongwen stats：没有给出台账', '  用法：gongwen stats <台账...> [--period 时期] [--by 字段] [--format table|json|csv]', '']);
  });
});

describe('documents in Chinese', () => {
  it('a DOCX that is not a zip: the reader says so', () => {
    write('方案.docx', '这不是文档，是改了扩展名的文字');
    const bag = new DiagnosticBag('方案.docx');
    expect(readDocumentFile(join(dir, '方案.docx'), bag)).toBeUndefined();
    expect(formatDiagnostics(bag.items, { color: false, language: 'zh' })).toBe('方案.docx: 错误[unreadable-docx]：不是 zip 压缩包，或文件不完整：其中没有 zip 目录');
  });

  it('a .doc renamed .docx: open it in Word or WPS and save it as .docx', () => {
    write('旧方案.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));
    const bag = new DiagnosticBag('旧方案.docx');
    readDocumentFile(join(dir, '旧方案.docx'), bag);
    expect(formatDiagnostics(bag.items, { color: false, language: 'zh' })).toBe(
      '旧方案.docx: 错误[unreadable-docx]：这是 Office 97–2003 文件（.doc、.xls），不是 zip 压缩包：请在 Word、Excel 或 WPS 中打开，另存为 .docx 或 .xlsx',
    );
  });

  it('gongwen check says its findings, the standard and the summary in Chinese', async () => {
    write('通知.docx', buildDocx({
      body: p('关于做好防汛工作的通知', '<w:jc w:val="center"/>', fonts('宋体') + size(18))
        + p('各村：', '', fonts('仿宋_GB2312') + size(16))
        + p('现将有关事项通知如下,请认真落实。', '', fonts('仿宋_GB2312') + size(16))
        + GB_SECTION,
    }));
    const io = fakeIo();
    expect(await checkCommand(['通知.docx', '方案.docx'], 'text', io, 'zh')).toBe(1);
    expect(io.out.split('\n')).toEqual([
      '通知.docx: 错误[page-number]：没有页码：页脚中没有 PAGE 域',
      '  GB/T 9704-2012 §7.5：页码一般用4号半角宋体阿拉伯数字，编排在公文版心下边缘之下，数字左右各放一条一字线',
      '通知.docx:第 1 段: 错误[title-font]：标题为宋体 18 磅，不是 2号（22 磅）小标宋——“关于做好防汛工作的通知”',
      '  GB/T 9704-2012 §7.3.1：标题一般用2号小标宋体字',
      '通知.docx:第 3 段: 警告[punctuation]：中文中有半角“,”（第 11 个字符）——“有关事项通知如下,请认真落实。”',
      '  GB/T 15834-2011 §4：中文文本中使用全角标点：，；：？！（）',
      '',
    ]);
    expect(io.err.split('\n')).toEqual([
      '方案.docx: 错误[unreadable-docx]：不是 zip 压缩包，或文件不完整：其中没有 zip 目录',
      '检查了 2 个文件：3 个错误，1 个警告；0 个文件没有问题',
      '',
    ]);
    expectKnownCodes(io.out + io.err);
  });

  it('the same findings keep their English for --reporter json', async () => {
    const io = fakeIo();
    await checkCommand(['通知.docx'], 'json', io, 'zh');
    const report = JSON.parse(io.out) as { files: Array<{ findings: Array<Record<string, unknown>> }> };
    const title = report.files[0]!.findings.find((f) => f.rule === 'title-font')!;
    expect(title.message).toBe('the title is in 宋体 18 pt, not 2号 (22 pt) 小标宋');
    expect(title).not.toHaveProperty('local');
  });
});

describe('gongwen import in Chinese', () => {
  it('warns of traditional characters and says how to convert them', async () => {
    write('會議紀要.txt', '關於做好防汛工作的會議紀要\n\n會議指出，各村要認真做好防汛準備工作。\n');
    const io = fakeIo();
    await importCommand('會議紀要.txt', { kind: '纪要', language: 'zh' }, io);
    expect(io.err.split('\n').slice(0, 2)).toEqual(['會議紀要.txt: 警告[traditional]：文字是繁体字', '  提示：加上 --simplified 可转换为简体字']);
    expectKnownCodes(io.err);
  });
});

describe('gongwen serve answers the page in Chinese', () => {
  it('a request without the token, a path outside the folder, a register dropped on the page', async () => {
    const folder = temporaryFolder('gongwen-zh-serve-');
    const server = await startServer({ folder });
    const ask = (method: string, path: string, headers: Record<string, string> = {}, body?: Buffer) =>
      new Promise<{ status: number; body: any }>((done, failed) => {
        const req = request({ host: '127.0.0.1', port: server.port, method, path: encodeURI(path), headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
        });
        req.on('error', failed);
        req.end(body);
      });
    const token = { 'X-Gongwen-Token': server.token };
    try {
      expect(await ask('GET', '/api/records')).toEqual({ status: 403, body: { error: '没有访问令牌：请打开 gongwen serve 打印的地址' } });
      expect(await ask('GET', '/api/record?path=../x.yaml', token)).toEqual({ status: 403, body: { error: '只能访问本文件夹内的记录' } });
      const register = readFileSync(join(dir, '信访.csv'));
      const { status, body } = await ask('POST', '/api/stats?name=信访.csv&period=2009', token, register);
      expect(status).toBe(200);
      expect(body.messages.split('\n')).toEqual([
        '信访.csv:3:2: 警告[bad-date]：B 列的日期“2009-02-30”不存在（登记日期）',
        '  应为：日期，如 2009-01-24、2009/1/24 或 2009年1月24日',
        '  提示：此行未计入统计（--skip-bad-rows）',
        '',
        '信访.csv:4:3: 警告[unknown-channel]：C 列的信访形式“网上信仿”无法识别（信访形式）',
        '  应为：来信、来访、网上信访、电话之一',
        '  提示：是不是“网上信访”？此行未计入统计',
        '',
        '信访.csv:5:1: 警告[duplicate-id]：A 列的编号“X001”重复：第 2 行已用过，第 5 行又用了一次（编号）',
        '  应为：同一本台账中每个编号只用一次',
        '  提示：此行未计入统计（--skip-bad-rows）',
      ]);
      expect((await ask('POST', '/api/stats?name=信访.csv&period=今年', token, register)).body.messages).toBe('“今年”不是可识别的时期');
    } finally {
      await server.close();
    }
  });
});

/** The parts of src/ whose diagnostics this catalogue area holds (issue 13, item 1). */
const SAID_THROUGH_CATALOGUE = ['registers', 'stats', 'readers', 'check', 'import', 'serve', 'io/unzip.ts', 'io/encodeGbk.ts', 'cli/stats.ts', 'cli/documents.ts'];
const SRC = join(import.meta.dirname, '../src');

function sourcesOf(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((n) => sourcesOf(join(path, n))) : path.endsWith('.ts') ? [path] : [];
}

describe('the diagnostics of registers, stats, readers, check, import and serve', () => {
  const sites = SAID_THROUGH_CATALOGUE.flatMap((p) => sourcesOf(join(SRC, p))).flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').map((line, i) => ({ where: `${relative(SRC, file)}:${i + 1}`, line })),
  );

  it('are never text typed at the site: a message, expected, hint or thrown reason is say(…) or a library\'s own words', () => {
    const typed = sites.filter(({ line }) =>
      /\.(error|warn)\(\s*'[a-z-]+'\s*,\s*['`"]/.test(line)
      || /\b(message|expected|hint|parseError|error):\s*['`"][^'`"]*([a-z]{3,} [a-z]{2,}|\p{Script=Han})/u.test(line)
      || /new (Xlsx|Csv|Zip|Xml|Docx|Http|Gbk)Error\(\s*(\d+,\s*)?['`"]/.test(line) || /new (Refused|TooDeep)\(\s*(\d+,\s*)?['`"]/.test(line)
      || /\.(problem|push)\([^)]*['`"][^'`"]*[a-z]{3,} [a-z]{2,}/.test(line)
      || /io\.std(out|err)\(`[^`]*[a-z]{3,} [a-z]{3,}/.test(line),
    );
    expect(typed.map((s) => `${s.where}: ${s.line.trim()}`)).toEqual([]);
  });

  it('use only codes that CODES explains', () => {
    const codes = sites.flatMap(({ where, line }) => [
      ...[...line.matchAll(/\.(?:error|warn)\(\s*'([a-z-]+)'|\bcode:\s*'([a-z-]+)'|\.problem\([^,]+,\s*'([a-z-]+)'|\.required\([^,]+,\s*'([a-z-]+)'/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!),
      ...[...line.matchAll(/\.choice\(.*?'[^']*',\s*'([a-z-]+)'(?:,\s*'([a-z-]+)')?\)/g)].flatMap((m) => [m[1]!, m[2]].filter((c): c is string => c !== undefined)),
    ].map((code) => ({ where, code })));
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter(({ code }) => !(code in CODES))).toEqual([]);
  });

  it('have ids of their own: no id of these areas is another area\'s too (the catalogue would keep only one)', () => {
    const ours = [registerMessages, documentMessages, serveMessages, statsCliMessages].flatMap((t) => Object.keys(t));
    const others = new Set([recordMessages, figureMessages, templateMessages, fileMessages].flatMap((t) => Object.keys(t)));
    expect(new Set(ours).size).toBe(ours.length);
    expect(ours.filter((id) => others.has(id))).toEqual([]);
  });

  it('include the rules of gongwen check', async () => {
    const { RULES } = await import('../src/check/rules.js');
    for (const rule of Object.keys(RULES)) expect(Object.keys(CODES)).toContain(rule);
  });
});
