/**
 * Who may ask: a request must carry the access token printed in the address (the `X-Gongwen-Token`
 * header, or the SameSite=Strict cookie the page gets when it is opened with `?token=`), name this
 * server in its Host header (no DNS rebinding) and come from no other origin. Changes (POST) need the
 * header, which another site's form cannot send.
 */
import { say } from '../diagnostics/messages/index.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { HttpError } from './http.js';

export interface GuardOptions {
  token: string;
  port: number;
  /** The address listened on, as given (undefined: the loopback address). */
  host: string | undefined;
  /** The host as it appears in an address (`[::1]` for an IPv6 one). */
  shownHost: string;
}

/**
 * A guard for the server's requests: `admit` throws HttpError 403 for a request that may not ask, answers
 * the opening of the printed address itself (true: nothing more to do), and returns false otherwise.
 */
export function guardRequests({ token, port, host, shownHost }: GuardOptions) {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${shownHost}:${port}`]);
  // Listening beyond the loopback address (--host), the page is opened by this computer's address on
  // the network, which the server does not know: a Host that is an IP address is accepted then (a
  // DNS-rebinding page names a host name, and still has no token).
  const anyAddress = host !== undefined && !/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host);
  const knownHost = (h: string) => hosts.has(h) || (anyAddress && (new RegExp(`^(\\d{1,3}\\.){3}\\d{1,3}:${port}$`).test(h) || new RegExp(`^\\[[0-9a-f:.]+\\]:${port}$`).test(h)));
  const cookieName = `gongwen_token_${port}`;

  function tokenMatches(given: string | undefined): boolean {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  function admit(req: IncomingMessage, res: ServerResponse, url: URL, method: string): boolean {
    if (!knownHost(String(req.headers.host ?? '').toLowerCase())) throw new HttpError(403, say('serve.unknown-host'));
    const origin = req.headers.origin;
    if (origin !== undefined && !knownHost(origin.replace(/^http:\/\//, '').toLowerCase())) throw new HttpError(403, say('serve.cross-site'));
    if (req.headers['sec-fetch-site'] === 'cross-site') throw new HttpError(403, say('serve.cross-site'));
    // Opening the printed address: the token goes into a cookie and out of the address bar.
    if (url.pathname === '/' && method === 'GET' && url.searchParams.has('token')) {
      if (!tokenMatches(url.searchParams.get('token') ?? undefined)) throw new HttpError(403, say('serve.wrong-token'));
      res.writeHead(303, { 'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`, Location: '/' });
      res.end();
      return true;
    }
    const header = req.headers['x-gongwen-token'];
    const byHeader = tokenMatches(typeof header === 'string' ? header : undefined);
    const byCookie = tokenMatches(cookieOf(req, cookieName));
    if (!byHeader && !(byCookie && method === 'GET')) throw new HttpError(403, say('serve.no-token'));
    return false;
  }

  return { admit };
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}
