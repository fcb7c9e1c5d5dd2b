/**
 * `gongwen serve`: the records of one folder as a local page, on Node's http module.
 *
 * Who may ask (./guard.ts): the access token, this server's Host, no other origin. What may be asked
 * (./routes.ts): records inside the folder only (./confine.ts), bodies of bounded size (413), JSON that
 * parses (400) (./http.ts). Nothing a request does makes the server stop: every failure is a status
 * code and a message in words.
 */
import { say } from '../diagnostics/messages/index.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { guardRequests } from './guard.js';
import { fail, HttpError } from './http.js';
import { sendPageFile } from './page.js';
import { apiRoutes } from './routes.js';

export { PAGE_DIR } from './page.js';
export { MAX_JSON_BYTES, MAX_REGISTER_BYTES } from './http.js';

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

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = realpathSync(resolve(options.folder));
  const token = options.token ?? randomBytes(24).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', failed);
      done();
    });
  });
  const port = (server.address() as { port: number }).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost === '0.0.0.0' || shownHost === '[::]' ? '127.0.0.1' : shownHost}:${port}/?token=${token}`;
  // the guard knows the port only now; no request is read before this turn of the event loop ends
  const handle = handler(root, guardRequests({ token, port, host: options.host, shownHost }), token);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err) => fail(res, err));
  });
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

/** One request: guarded, then the page's files, then the API. */
function handler(root: string, guard: ReturnType<typeof guardRequests>, token: string) {
  const api = apiRoutes(root);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (guard.admit(req, res, url, method)) return;
    if (method === 'GET' && (await sendPageFile(res, url.pathname, token))) return;
    const route = api[`${method} ${url.pathname}`];
    if (!route) throw new HttpError(url.pathname.startsWith('/api/') && Object.keys(api).some((k) => k.endsWith(' ' + url.pathname)) ? 405 : 404, say('serve.no-route', { method, path: url.pathname }));
    await route(req, res, url);
  };
}
