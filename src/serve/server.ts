/**
 * `gongwen serve`: the records of one folder as a local page, on Node's http module.
 *
 * Who may ask: a request must carry the access token printed in the address (the `X-Gongwen-Token`
 * header, or the SameSite=Strict cookie the page gets when it is opened with `?token=`), name this
 * server in its Host header (no DNS rebinding) and come from no other origin. Changes (POST) need the
 * header, which another site's form cannot send. What may be asked: records inside the folder only
 * (./confine.ts), bodies of bounded size (413), JSON that parses (400). Nothing a request does makes
 * the server stop: every failure is a status code and a message in words.
 */
import type { Language } from '../diagnostics/language.js';
import { localize, say, type Text } from '../diagnostics/messages/index.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { toDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticTexts } from '../diagnostics/print.js';
import { MAX_RECORD_BYTES } from '../records/limits.js';
import { canonicalKey } from '../records/aliases.js';
import { confine, RECORD_EXTENSIONS, Refused, registersOutside } from './confine.js';
import { checkDepth, editYaml, TooDeep } from './editYaml.js';

/** The page's files, shipped in the package beside the sources (src/serve/page). */
export const PAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/serve/page');
const PAGE_FILES: Record<string, [file: string, type: string]> = {
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/app.css': ['app.css', 'text/css; charset=utf-8'],
};

/** A register dropped on the page may be as large as a YAML register may be (src/registers/read.ts). */
export const MAX_REGISTER_BYTES = 32 << 20;
/** A JSON request carries one record and a little more. */
export const MAX_JSON_BYTES = MAX_RECORD_BYTES + 4096;

export interface ServeOptions {
  /** The folder whose records are served. */
  folder: string;
  port?: number;
  /** The address to listen on; 127.0.0.1 unless given. */
  host?: string;
  /** The access token (random when not given). */
  token?: string;
}

export interface RunningServer {
  server: Server;
  port: number;
  token: string;
  /** The address to open, with the token. */
  url: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    /** The answer in the catalogue's words, said in the page's language. */
    readonly text: Text,
  ) {
    super(localize(text, 'en'));
  }
}

/** The page's language: what the server answers and the diagnostics it shows are said in it. */
const LANGUAGE: Language = 'zh';
const words = (text: Text) => localize(text, LANGUAGE);

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = realpathSync(resolve(options.folder));
  const token = options.token ?? randomBytes(24).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => fail(res, err));
  });
  let port = options.port ?? 0;
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      done();
    });
  });
  port = (server.address() as { port: number }).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost === '0.0.0.0' || shownHost === '[::]' ? '127.0.0.1' : shownHost}:${port}/?token=${token}`;
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${shownHost}:${port}`]);
  // Listening beyond the loopback address (--host), the page is opened by this computer's address on
  // the network, which the server does not know: a Host that is an IP address is accepted then (a
  // DNS-rebinding page names a host name, and still has no token).
  const anyAddress = options.host !== undefined && !/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(options.host);
  const knownHost = (h: string) => hosts.has(h) || (anyAddress && (new RegExp(`^(\\d{1,3}\\.){3}\\d{1,3}:${port}$`).test(h) || new RegExp(`^\\[[0-9a-f:.]+\\]:${port}$`).test(h)));
  const cookieName = `gongwen_token_${port}`;

  function tokenMatches(given: string | undefined): boolean {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    if (!knownHost(String(req.headers.host ?? '').toLowerCase())) throw new HttpError(403, say('serve.unknown-host'));
    const origin = req.headers.origin;
    if (origin !== undefined && !knownHost(origin.replace(/^http:\/\//, '').toLowerCase())) throw new HttpError(403, say('serve.cross-site'));
    if (req.headers['sec-fetch-site'] === 'cross-site') throw new HttpError(403, say('serve.cross-site'));
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    // Opening the printed address: the token goes into a cookie and out of the address bar.
    if (url.pathname === '/' && method === 'GET' && url.searchParams.has('token')) {
      if (!tokenMatches(url.searchParams.get('token') ?? undefined)) throw new HttpError(403, say('serve.wrong-token'));
      res.writeHead(303, { 'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`, Location: '/' });
      res.end();
      return;
    }
    const header = req.headers['x-gongwen-token'];
    const byHeader = tokenMatches(typeof header === 'string' ? header : undefined);
    const byCookie = tokenMatches(cookieOf(req, cookieName));
    if (!byHeader && !(byCookie && method === 'GET')) throw new HttpError(403, say('serve.no-token'));

    if (method === 'GET' && url.pathname === '/') return sendPage(res);
    if (method === 'GET' && url.pathname === '/document.css') {
      const { documentCss } = await import('../writers/html/writeHtml.js');
      return send(res, 200, documentCss(), 'text/css; charset=utf-8');
    }
    if (method === 'GET' && PAGE_FILES[url.pathname]) {
      const [file, type] = PAGE_FILES[url.pathname]!;
      return send(res, 200, readFileSync(join(PAGE_DIR, file)), type);
    }
    const api = API[`${method} ${url.pathname}`];
    if (!api) throw new HttpError(url.pathname.startsWith('/api/') && Object.keys(API).some((k) => k.endsWith(' ' + url.pathname)) ? 405 : 404, say('serve.no-route', { method, path: url.pathname }));
    await api(req, res, url);
  }

  function sendPage(res: ServerResponse): void {
    const html = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8').replace('%TOKEN%', token);
    res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
    send(res, 200, html, 'text/html; charset=utf-8');
  }

  // -----------------------------------------------------------------------------------------------
  // The routes
  // -----------------------------------------------------------------------------------------------

  type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
  const API: Record<string, Route> = Object.assign(Object.create(null) as Record<string, Route>, {
    'GET /api/info': async (_req: IncomingMessage, res: ServerResponse) => {
      const { findLibreOffice, LIBREOFFICE_PACKAGES } = await import('../writers/pdf.js');
      const { BUILTIN_TEMPLATE_DIR } = await import('../templates/catalog.js');
      const starters = readdirSync(join(BUILTIN_TEMPLATE_DIR, 'starters'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => {
          const name = f.slice(0, -5);
          const first = readFileSync(join(BUILTIN_TEMPLATE_DIR, 'starters', f), 'utf8').split('\n')[0] ?? '';
          const label = /^#\s*([^（(]+)/.exec(first)?.[1]?.trim() ?? name;
          return { name, label };
        });
      json(res, 200, { folder: basename(root), pdf: Boolean(findLibreOffice()), libreOfficePackages: LIBREOFFICE_PACKAGES, starters });
    },
    'GET /api/records': async (_req: IncomingMessage, res: ServerResponse) => {
      json(res, 200, { records: await listRecords() });
    },
    'GET /api/record': async (_req: IncomingMessage, res: ServerResponse, url: URL) => {
      const name = url.searchParams.get('path');
      const file = confine(root, name, true);
      const text = readFileSync(file, 'utf8');
      // a Markdown record (front matter and a narrative body) is previewed, and edited in an editor
      const loaded = extname(file).toLowerCase() === '.md' ? { parseError: words(say('serve.markdown-preview')) } : loadData(text);
      const compiled = await compile(file, text);
      json(res, 200, { path: name, text, ...loaded, ...compiled });
    },
    'GET /api/schema': async (_req: IncomingMessage, res: ServerResponse, url: URL) => {
      const { KINDS } = await import('../records/schema/index.js');
      const { canonicalKind, KEY_ALIASES } = await import('../records/aliases.js');
      const kind = KINDS[canonicalKind(url.searchParams.get('kind') ?? '')];
      if (!kind) throw new HttpError(404, say('serve.unknown-kind'));
      const { kindJsonSchema } = await import('../records/jsonSchema.js');
      json(res, 200, { schema: kindJsonSchema(kind), aliases: KEY_ALIASES });
    },
    'POST /api/new': async (req: IncomingMessage, res: ServerResponse) => {
      const body = await readJson(req);
      const { BUILTIN_TEMPLATE_DIR } = await import('../templates/catalog.js');
      const starters = readdirSync(join(BUILTIN_TEMPLATE_DIR, 'starters')).filter((f) => f.endsWith('.yaml'));
      const starter = starters.find((f) => f === `${String(body.starter)}.yaml`);
      if (!starter) throw new HttpError(400, say('serve.unknown-starter'));
      let name = String(body.name ?? '').trim();
      if (!extname(name)) name += '.yaml';
      const file = confine(root, name, false);
      const { writeAtomic, OutputExists } = await import('../io/writeAtomic.js');
      try {
        writeAtomic(file, readFileSync(join(BUILTIN_TEMPLATE_DIR, 'starters', starter)), false);
      } catch (err) {
        if (err instanceof OutputExists) throw new HttpError(409, say('serve.exists', { name }));
        throw err;
      }
      json(res, 201, { path: relative(root, file) });
    },
    'POST /api/preview': async (req: IncomingMessage, res: ServerResponse) => {
      const { file, text } = await editedRecord(req);
      json(res, 200, await compile(file, text));
    },
    'POST /api/save': async (req: IncomingMessage, res: ServerResponse) => {
      const { file, text } = await editedRecord(req);
      const { writeAtomic } = await import('../io/writeAtomic.js');
      // the record being edited is replaced, as the user asked by saving it; flushed to disk, as what
      // the user typed exists nowhere else
      writeAtomic(file, text, true, { durable: true });
      json(res, 200, { saved: true, text, ...(await compile(file, text)) });
    },
    'POST /api/docx': async (req: IncomingMessage, res: ServerResponse) => {
      const { file, text } = await editedRecord(req);
      const bytes = await docxOf(file, text, res);
      if (bytes) send(res, 200, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', downloadName(file, '.docx'));
    },
    'POST /api/pdf': async (req: IncomingMessage, res: ServerResponse) => {
      const { findLibreOffice, convertDocxToPdf, LIBREOFFICE_PACKAGES } = await import('../writers/pdf.js');
      if (!findLibreOffice()) throw new HttpError(501, say('serve.no-libreoffice', { packages: LIBREOFFICE_PACKAGES }));
      const { file, text } = await editedRecord(req);
      const bytes = await docxOf(file, text, res);
      if (bytes) send(res, 200, await convertDocxToPdf(bytes), 'application/pdf', downloadName(file, '.pdf'));
    },
    'POST /api/stats': async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      const name = basename(String(url.searchParams.get('name') ?? '')).replace(/[\0-\x1f\\/]/g, '');
      if (!['.csv', '.xlsx', '.yaml', '.yml'].includes(extname(name).toLowerCase())) throw new HttpError(400, say('serve.register-format'));
      const bytes = await readBody(req, MAX_REGISTER_BYTES);
      json(res, 200, await statsOf(name, bytes, url.searchParams.get('period') || undefined));
    },
  });

  /** The record of a POST: its path in the folder and the YAML text the form's data makes of it. */
  async function editedRecord(req: IncomingMessage): Promise<{ file: string; text: string }> {
    const body = await readJson(req);
    const file = confine(root, body.path, true);
    if (!body.data || typeof body.data !== 'object' || Array.isArray(body.data)) throw new HttpError(400, say('serve.record-not-object'));
    if (extname(file).toLowerCase() === '.md') throw new HttpError(400, say('serve.markdown-edit'));
    const text = editYaml(readFileSync(file, 'utf8'), body.data);
    if (Buffer.byteLength(text) > MAX_RECORD_BYTES) throw new HttpError(413, say('serve.record-too-large', { megabytes: MAX_RECORD_BYTES / 2 ** 20 }));
    return { file, text };
  }

  /** The same pipeline as `gongwen render`: the document, its HTML, and every diagnostic. */
  async function compile(file: string, text: string) {
    const { compileFile } = await import('../pipeline.js');
    const { writeHtmlBody } = await import('../writers/html/writeHtml.js');
    let result: Awaited<ReturnType<typeof compileFile>>;
    const outside = registersOutside(root, file, loadData(text).data, canonicalKey);
    if (outside.length) {
      return {
        valid: false,
        html: undefined,
        diagnostics: outside.map(({ path, name }) => ({ severity: 'error' as const, code: 'file-outside', message: words(say('serve.file-outside', { name })), path, canonicalPath: path, file: relative(root, file) })),
      };
    }
    try {
      result = await compileFile(file, { bytes: Buffer.from(text, 'utf8'), cwd: root });
    } catch (err) {
      const e = err as Error;
      const message = e instanceof RangeError ? say('serve.too-deep.internal') : say('serve.internal-record', { detail: e?.message ?? String(err) });
      result = { diagnostics: [toDiagnostic({ severity: 'error', code: 'internal-error', file, message })] };
    }
    const errors = result.diagnostics.some((d) => d.severity === 'error');
    return {
      valid: !errors,
      html: result.document && !errors ? writeHtmlBody(result.document) : undefined,
      diagnostics: result.diagnostics.map((d) => pageDiagnostic(d)),
    };
  }

  async function docxOf(file: string, text: string, res: ServerResponse): Promise<Uint8Array | undefined> {
    const { compileFile } = await import('../pipeline.js');
    if (registersOutside(root, file, loadData(text).data, canonicalKey).length) {
      json(res, 422, { error: words(say('serve.outside-record')), diagnostics: (await compile(file, text)).diagnostics });
      return undefined;
    }
    const result = await compileFile(file, { bytes: Buffer.from(text, 'utf8'), cwd: root });
    if (!result.document || result.diagnostics.some((d) => d.severity === 'error')) {
      json(res, 422, { error: words(say('serve.record-invalid')), diagnostics: result.diagnostics.map(pageDiagnostic) });
      return undefined;
    }
    const { writeDocx, sourceDateEpoch } = await import('../writers/docx/index.js');
    return writeDocx(result.document, { fontProfile: 'gb2312', dateEpoch: sourceDateEpoch(process.env) });
  }

  function pageDiagnostic(d: Diagnostic) {
    const texts = diagnosticTexts(d, LANGUAGE);
    return {
      severity: d.severity,
      code: d.code,
      message: texts.message,
      hint: texts.hint,
      expected: texts.expected,
      line: d.start?.line,
      column: d.start?.column,
      path: d.writtenPath ?? d.path,
      canonicalPath: d.path,
      file: d.file ? relative(root, d.file) : undefined,
    };
  }

  /** Every record of the folder and its subfolders (not hidden ones), with its kind, date, and whether it validates. */
  async function listRecords() {
    const found: string[] = [];
    const walk = (dir: string, depth: number) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (found.length >= 500 || e.name.startsWith('.') || e.name === 'node_modules') continue;
        const path = join(dir, e.name);
        if (e.isDirectory() && depth < 3) walk(path, depth + 1);
        else if (e.isFile() && RECORD_EXTENSIONS.has(extname(e.name).toLowerCase())) found.push(path);
      }
    };
    walk(root, 0);
    const records = [];
    for (const path of found.sort()) {
      const name = relative(root, path);
      try {
        const file = confine(root, name, true);
        const text = readFileSync(file, 'utf8');
        const { data } = loadData(text);
        const { valid, diagnostics } = await compile(file, text);
        const d = (data ?? {}) as Record<string, unknown>;
        const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
        records.push({ path: name, kind: scalar(d.kind ?? d['类型']), date: scalar(d.date ?? d['日期']), valid, errors: diagnostics.filter((x) => x.severity === 'error').length });
      } catch {
        /* not a record the page can show */
      }
    }
    return records;
  }

  return {
    server,
    port,
    token,
    url,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** The record's data for the form; a record YAML cannot read is shown by its diagnostics only. */
function loadData(text: string): { data?: unknown; parseError?: string } {
  if (Buffer.byteLength(text) > MAX_RECORD_BYTES) return { parseError: words(say('serve.record-too-large.short')) };
  try {
    const data = parse(text, { maxAliasCount: 100 });
    checkDepth(data);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { parseError: words(say('serve.not-a-mapping')) };
    return { data };
  } catch (err) {
    return { parseError: words(err instanceof TooDeep ? err.text : say('serve.yaml-error')) };
  }
}

async function statsOf(name: string, bytes: Buffer, period: string | undefined) {
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

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** The body, at most `limit` bytes (413 past it, said before the rest is read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new HttpError(413, say('serve.request-too-large', { megabytes: Math.round(limit / 2 ** 20) })));
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        failed(new HttpError(413, say('serve.request-too-large', { megabytes: Math.round(limit / 2 ** 20) })));
        req.removeAllListeners('data');
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', failed);
  });
}

async function readJson(req: IncomingMessage): Promise<Record<string, any>> {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) throw new HttpError(415, say('serve.not-json'));
  const text = (await readBody(req, MAX_JSON_BYTES)).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, say('serve.bad-json'));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, say('serve.json-not-object'));
  try {
    checkDepth(value);
  } catch (err) {
    throw new HttpError(400, err instanceof TooDeep ? err.text : (err as Error).message);
  }
  return value as Record<string, any>;
}

function downloadName(file: string, ext: string): string {
  const name = basename(file).replace(/\.[^.]+$/, '') + ext;
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function send(res: ServerResponse, status: number, body: string | Uint8Array, type: string, disposition?: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': type, ...(disposition ? { 'Content-Disposition': disposition } : {}) });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function fail(res: ServerResponse, err: unknown): void {
  const status = err instanceof HttpError || err instanceof Refused ? err.status : 500;
  const message = words(err instanceof HttpError || err instanceof Refused ? err.text : say('serve.internal', { detail: (err as Error)?.message ?? String(err) }));
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // a body that was refused is not read on: the connection is closed once the answer is sent
  if (status === 413) res.setHeader('Connection', 'close');
  json(res, status, { error: message });
}
