// gongwen serve without a browser: what the server refuses and how it keeps the user's YAML
// (issue 15: token, origin, host, folder confinement, body limits, malformed JSON, unknown routes).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { removeLibreOfficeProfile } from '../src/writers/pdf.js';
import { withSharedLibreOffice } from './support/shared-libreoffice.js';
import { runCli } from './support/cli.js';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

let dir: string;
let outside: string;
let server: RunningServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One raw HTTP request, headers exactly as given (fetch would add and forbid some). */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Reply> {
  return new Promise((done, failed) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', failed);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
const auth = () => ({ 'X-Gongwen-Token': server.token });
const jsonHeaders = () => ({ ...auth(), 'Content-Type': 'application/json' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-serve-test-'));
  outside = mkdtempSync(join(tmpdir(), 'gongwen-serve-outside-'));
  cpSync('examples/minutes-town-petition.yaml', join(dir, 'petition.yaml'));
  writeFileSync(join(outside, 'secret.yaml'), 'kind: 纪要\n标题: 不该被读到\n');
  symlinkSync(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));
  symlinkSync(outside, join(dir, 'out'));
  server = await startServer({ folder: dir });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
  // the LibreOffice profile of the PDF route: this worker thread ends without the exit event that removes it
  removeLibreOfficeProfile();
});

describe('who may ask', () => {
  test('listens on the loopback address only', () => {
    expect((server.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  test('a request without the token, or with a wrong one, is refused', async () => {
    expect((await send('GET', '/')).status).toBe(403);
    expect((await send('GET', '/api/records')).status).toBe(403);
    expect((await send('GET', '/api/records', { 'X-Gongwen-Token': 'x'.repeat(server.token.length) })).status).toBe(403);
    expect((await send('GET', '/?token=wrong')).status).toBe(403);
    expect((await send('POST', '/api/preview', { 'Content-Type': 'application/json' }, '{}')).status).toBe(403);
  });

  test('the address with the token sets a same-site cookie, which then opens the page', async () => {
    const opened = await send('GET', `/?token=${server.token}`);
    expect(opened.status).toBe(303);
    const cookie = String(opened.headers['set-cookie']);
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('HttpOnly');
    const page = await send('GET', '/', { Cookie: cookie.split(';')[0]! });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('gongwen');
    // the cookie alone does not change anything: a POST needs the header
    const post = await send('POST', '/api/save', { Cookie: cookie.split(';')[0]!, 'Content-Type': 'application/json' }, JSON.stringify({ path: 'petition.yaml', data: {} }));
    expect(post.status).toBe(403);
  });

  test('another origin or another host name is refused, even with the token', async () => {
    expect((await send('GET', '/api/records', { ...auth(), Origin: 'http://evil.example' })).status).toBe(403);
    expect((await send('GET', '/api/records', { ...auth(), Host: 'evil.example' })).status).toBe(403);
    expect((await send('GET', '/api/records', { ...auth(), Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });
});

describe('nothing outside the folder', () => {
  test('../, absolute paths and symbolic links that lead out are refused', async () => {
    for (const path of ['../secret.yaml', '/etc/passwd', 'link.yaml', 'out/secret.yaml', '..%2fsecret.yaml', 'petition.yaml/../../x.yaml']) {
      const r = await send('GET', `/api/record?path=${encodeURIComponent(path)}`, auth());
      expect([403, 404], path).toContain(r.status);
      expect(r.body.toString()).not.toContain('不该被读到');
    }
    const r = await send('POST', '/api/new', jsonHeaders(), JSON.stringify({ starter: 'minutes', name: '../escaped.yaml' }));
    expect(r.status).toBe(403);
    const viaLink = await send('POST', '/api/new', jsonHeaders(), JSON.stringify({ starter: 'minutes', name: 'out/new.yaml' }));
    expect(viaLink.status).toBe(403);
  });

  test('the record list holds the folder\'s records and not what a link leads to', async () => {
    const r = await send('GET', '/api/records', auth());
    const { records } = JSON.parse(r.body.toString());
    expect(records.map((x: { path: string }) => x.path)).toEqual(['petition.yaml']);
    expect(records[0]).toMatchObject({ valid: true });
  });

  test('only record files are read', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect((await send('GET', '/api/record?path=notes.txt', auth())).status).toBe(403);
  });
});

describe('bad requests get a status code and the server goes on', () => {
  test('malformed JSON → 400, too deep → 400, not JSON → 415', async () => {
    expect((await send('POST', '/api/preview', jsonHeaders(), '{"path": "petition.yaml", "data": {')).status).toBe(400);
    const deep = '{"path":"petition.yaml","data":{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}}';
    expect((await send('POST', '/api/preview', jsonHeaders(), deep)).status).toBe(400);
    expect((await send('POST', '/api/preview', auth(), '{}')).status).toBe(415);
    expect((await send('POST', '/api/preview', jsonHeaders(), '[1]')).status).toBe(400);
  });

  test('a huge body → 413', async () => {
    const big = Buffer.alloc(6 * 2 ** 20, 'a');
    const r = await send('POST', '/api/preview', jsonHeaders(), big).catch((e) => ({ status: 413, error: e }));
    expect(r.status).toBe(413);
  });

  test('unknown routes → 404; the server still answers after all of the above', async () => {
    expect((await send('GET', '/api/nothing', auth())).status).toBe(404);
    expect((await send('GET', '/__proto__', auth())).status).toBe(404);
    expect((await send('DELETE', '/api/records', auth())).status).toBe(405);
    expect((await send('GET', '/api/records', auth())).status).toBe(200);
  });

  test('record text from the page stays text in the preview (no markup, no prototype keys)', async () => {
    const data = { kind: '纪要', 标题: '<script>alert(1)</script>会议纪要', __proto__x: 1 } as Record<string, unknown>;
    Object.defineProperty(data, '__proto__', { value: { polluted: true }, enumerable: true });
    const r = await send('POST', '/api/preview', jsonHeaders(), JSON.stringify({ path: 'petition.yaml', data }));
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body.toString());
    expect(JSON.stringify(body)).not.toContain('<script>');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(body.diagnostics.some((d: { code: string }) => d.code === 'unknown-key')).toBe(true);
  });
});

test('a register named by the page outside the folder is not read', async () => {
  writeFileSync(join(outside, 'reg.csv'), '编号,登记日期\nSECRET-1,2009/1/1\n');
  for (const name of [join(outside, 'reg.csv'), '../' + outside.split('/').pop() + '/reg.csv', 'out/reg.csv']) {
    const data = { kind: '总结', 标题: '工作总结', 时期: '2009', 台账: [name] };
    for (const route of ['/api/preview', '/api/docx']) {
      const r = await send('POST', route, jsonHeaders(), JSON.stringify({ path: 'petition.yaml', data }));
      expect(r.body.toString()).not.toContain('SECRET');
      const body = JSON.parse(r.body.toString());
      expect(body.diagnostics.map((d: { code: string; path: unknown }) => [d.code, d.path]), name).toEqual([['file-outside', ['台账', 0]]]);
    }
  }
});

test('a template named by the page as a path outside the folder is not read', async () => {
  writeFileSync(join(outside, 'evil.hbs'), '---\nkind: minutes\n---\nSECRET TEMPLATE');
  for (const name of [join(outside, 'evil.hbs'), '../' + outside.split('/').pop() + '/evil.hbs', '../../../../' + outside.slice(1) + '/evil', 'out/evil.hbs']) {
    const data = { kind: '纪要', 模板: name, 标题: '会议纪要' };
    const r = await send('POST', '/api/preview', jsonHeaders(), JSON.stringify({ path: 'petition.yaml', data }));
    expect(r.body.toString()).not.toContain('SECRET');
    expect(JSON.parse(r.body.toString()).diagnostics.map((d: { code: string; path: unknown }) => [d.code, d.path]), name).toEqual([['file-outside', ['模板']]]);
  }
  // a built-in template by its name is still a template
  const ok = await send('POST', '/api/preview', jsonHeaders(), JSON.stringify({ path: 'petition.yaml', data: { ...JSON.parse((await send('GET', '/api/record?path=petition.yaml', auth())).body.toString()).data, template: 'minutes' } }));
  expect(JSON.parse(ok.body.toString()).valid).toBe(true);
});

describe('saving keeps what the user wrote', () => {
  test('a changed value is written; comments and key order stay', async () => {
    const made = await send('POST', '/api/new', jsonHeaders(), JSON.stringify({ starter: 'minutes', name: '会议纪要.yaml' }));
    expect(made.status).toBe(201);
    const before = readFileSync(join(dir, '会议纪要.yaml'), 'utf8');
    const again = await send('POST', '/api/new', jsonHeaders(), JSON.stringify({ starter: 'minutes', name: '会议纪要.yaml' }));
    expect(again.status).toBe(409);
    const rec = JSON.parse((await send('GET', `/api/record?path=${encodeURIComponent('会议纪要.yaml')}`, auth())).body.toString());
    rec.data['地点'] = '村委会会议室';
    rec.data['章节'][1]['要点'].push('落实值班制度');
    const saved = await send('POST', '/api/save', jsonHeaders(), JSON.stringify({ path: '会议纪要.yaml', data: rec.data }));
    expect(saved.status).toBe(200);
    const after = readFileSync(join(dir, '会议纪要.yaml'), 'utf8');
    expect(after).toContain('地点: 村委会会议室');
    expect(after).toContain('- 落实值班制度');
    // the starter's comments are kept, and the keys are in the order they were
    for (const comment of before.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')))) expect(after).toContain(comment);
    const keys = (t: string) => t.split('\n').filter((l) => /^[^\s#-][^:]*:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys(after)).toEqual(keys(before));
  });

  test('an invalid date is an error at its key path', async () => {
    const rec = JSON.parse((await send('GET', `/api/record?path=${encodeURIComponent('会议纪要.yaml')}`, auth())).body.toString());
    rec.data['日期'] = '2024-02-30';
    const r = JSON.parse((await send('POST', '/api/preview', jsonHeaders(), JSON.stringify({ path: '会议纪要.yaml', data: rec.data }))).body.toString());
    expect(r.valid).toBe(false);
    expect(r.diagnostics.find((d: { severity: string }) => d.severity === 'error').path).toEqual(['日期']);
  });
});

describe('downloads are what the CLI writes', () => {
  test('the DOCX is the one `gongwen render --format docx` writes: every part parses to the same XML', async () => {
    const rec = JSON.parse((await send('GET', '/api/record?path=petition.yaml', auth())).body.toString());
    const r = await send('POST', '/api/docx', jsonHeaders(), JSON.stringify({ path: 'petition.yaml', data: rec.data }));
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    const out = mkdtempSync(join(tmpdir(), 'gongwen-serve-cli-'));
    try {
      const cli = await runCli(['render', join(dir, 'petition.yaml'), '--format', 'docx', '--output', out + '/'], dir);
      expect(cli.code).toBe(0);
      // the same pipeline and writer: every part of the package parses to the same XML
      const served = unzipSync(new Uint8Array(r.body));
      const written = unzipSync(readFileSync(join(out, 'petition.docx')));
      expect(Object.keys(served).sort()).toEqual(Object.keys(written).sort());
      const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false });
      for (const part of Object.keys(written).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
        expect(parser.parse(strFromU8(served[part]!)), part).toEqual(parser.parse(strFromU8(written[part]!)));
      }
      expect(strFromU8(served['word/document.xml']!)).toContain('会议强调');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('the PDF is LibreOffice\'s conversion of that DOCX, or a 501 that says LibreOffice is missing', async () => {
    const { findLibreOffice } = await import('../src/writers/pdf.js');
    const rec = JSON.parse((await send('GET', '/api/record?path=petition.yaml', auth())).body.toString());
    const info = JSON.parse((await send('GET', '/api/info', auth())).body.toString());
    // converted by the LibreOffice the PDF tests share (test/support/shared-libreoffice.ts)
    const r = await withSharedLibreOffice(() => send('POST', '/api/pdf', jsonHeaders(), JSON.stringify({ path: 'petition.yaml', data: rec.data })));
    expect(info.pdf).toBe(Boolean(findLibreOffice()));
    if (findLibreOffice()) {
      expect(r.status).toBe(200);
      expect(r.body.subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      expect(r.status).toBe(501);
      expect(JSON.parse(r.body.toString()).error).toContain('LibreOffice');
    }
  }, 60_000);

  test('a register dropped on the page gives the period\'s statistics and its bad rows by row', async () => {
    const csv = readFileSync('examples/registers/信访台账2009.csv');
    const good = JSON.parse((await send('POST', `/api/stats?name=${encodeURIComponent('信访台账2009.csv')}&period=2009H1`, auth(), csv)).body.toString());
    expect(good.report.period.label).toBe('2009年上半年');
    expect(good.report.petitions.total).toBe(11);
    // and its tables as `gongwen stats` draws them, for the page
    expect(good.layout.period).toBe('统计期间：2009年上半年');
    expect(good.layout.sections[0].heading).toBe('信访');
    expect(good.layout.sections[0].table.rows[0].slice(0, 2)).toEqual(['登记', '11']);
    const lines = csv.toString('utf8').split('\n');
    lines[3] = lines[3]!.replace('2008/9/2,', '2008/2/30,');
    expect(lines[3]).toContain('2008/2/30');
    const bad = JSON.parse((await send('POST', `/api/stats?name=bad.csv&period=2009`, auth(), lines.join('\n'))).body.toString());
    expect(bad.messages).toMatch(/bad\.csv:4:/);
    expect(bad.messages).not.toContain(tmpdir());
  });
});

test('`render --format html` writes the document with the GB/T 9704 page', async () => {
  const out = mkdtempSync(join(tmpdir(), 'gongwen-html-'));
  try {
    const cli = await runCli(['render', 'examples/minutes-town-petition.yaml', '--format', 'html', '--output', out + '/'], process.cwd());
    expect(cli.code).toBe(0);
    const html = readFileSync(join(out, 'minutes-town-petition.html'), 'utf8');
    expect(html).toContain('@page{size:A4;margin:37mm 26mm 35mm 28mm}');
    expect(html).toContain('<h1 class="gw-title">镇信访工作会议纪要</h1>');
    expect(html).toContain('会议强调，做好信访稳定工作，必须做到五点：一是');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

describe('a register dropped on the page, kept in the folder for a 总结 to name (issue 15, item 4)', () => {
  test('is written under the name given, never over an existing file, never outside the folder', async () => {
    const csv = readFileSync('examples/registers/矛盾纠纷2009.csv');
    const saved = await send('POST', `/api/register?name=${encodeURIComponent('纠纷.csv')}`, auth(), csv);
    expect(saved.status).toBe(201);
    expect(JSON.parse(saved.body.toString())).toEqual({ path: '纠纷.csv', nameInRecord: '纠纷.csv' });
    expect(readFileSync(join(dir, '纠纷.csv')).equals(csv)).toBe(true);

    const again = await send('POST', `/api/register?name=${encodeURIComponent('纠纷.csv')}`, auth(), 'other,rows\n');
    expect(again.status).toBe(409);
    expect(JSON.parse(again.body.toString()).error).toBe('纠纷.csv 已存在，请换一个文件名');
    expect(readFileSync(join(dir, '纠纷.csv')).equals(csv)).toBe(true);

    for (const name of ['../x.csv', join(outside, 'x.csv'), 'out/x.csv']) {
      const r = await send('POST', `/api/register?name=${encodeURIComponent(name)}`, auth(), csv);
      expect(r.status, name).toBe(403);
      expect(JSON.parse(r.body.toString()).error).toMatch(/只能访问本文件夹内的记录/);
    }
    expect(existsSync(join(dir, '..', 'x.csv'))).toBe(false);
    expect(existsSync(join(outside, 'x.csv'))).toBe(false);
    const script = await send('POST', '/api/register?name=x.js', auth(), 'alert(1)');
    expect(script.status).toBe(403);
    expect(JSON.parse(script.body.toString()).error).toBe('台账须是 .csv、.xlsx 或 .yaml 文件');
    expect((await send('POST', '/api/register?name=x.csv', auth(), Buffer.alloc((32 << 20) + 1))).status).toBe(413);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    expect((await send('POST', '/api/register?name=y.csv', { 'Content-Type': 'text/csv' }, csv)).status).toBe(403);
  });

  test('is named relative to the 总结 record, and the record then counts it', async () => {
    mkdirSync(join(dir, 'registers'));
    cpSync('examples/summary-from-registers.yaml', join(dir, 'summary.yaml'));
    const before = JSON.parse((await send('GET', '/api/record?path=summary.yaml', auth())).body.toString());
    expect(before.valid).toBe(false);
    mkdirSync(join(dir, '2009'));
    cpSync('examples/summary-from-registers.yaml', join(dir, '2009', 'summary.yaml'));
    for (const name of ['信访台账2009.xlsx', '矛盾纠纷2009.csv']) {
      const r = await send('POST', `/api/register?name=${encodeURIComponent('registers/' + name)}&record=${encodeURIComponent('2009/summary.yaml')}`, auth(), readFileSync(join('examples/registers', name)));
      expect(r.status).toBe(201);
      expect(JSON.parse(r.body.toString()).nameInRecord).toBe('../registers/' + name);
    }
    const after = JSON.parse((await send('POST', '/api/preview', jsonHeaders(), JSON.stringify({ path: 'summary.yaml', data: before.data }))).body.toString());
    expect(after.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(after.html).toContain('信访');
  });
});
