/**
 * The server's requests and answers on Node's http module: bodies of bounded size (413, said before the
 * rest is read), JSON that parses (400) and is an object no deeper than the records' limit, answers as
 * JSON, and every failure as a status code and a message in the catalogue's words.
 */
import type { Language } from '../diagnostics/language.js';
import { localize, say, type Text } from '../diagnostics/messages/index.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { MAX_RECORD_BYTES } from '../records/limits.js';
import { Refused } from './confine.js';
import { checkDepth, TooDeep } from './editYaml.js';

/** A register dropped on the page may be as large as a YAML register may be (src/registers/read.ts). */
export const MAX_REGISTER_BYTES = 32 << 20;
/** A JSON request carries one record and a little more. */
export const MAX_JSON_BYTES = MAX_RECORD_BYTES + 4096;

/** The page's language: what the server answers and the diagnostics it shows are said in it. */
export const LANGUAGE: Language = 'zh';
export const words = (text: Text) => localize(text, LANGUAGE);

export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** The answer in the catalogue's words, said in the page's language. */
    readonly text: Text,
  ) {
    super(localize(text, 'en'));
  }
}

/** The body, at most `limit` bytes (413 past it, said before the rest is read). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
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

export async function readJson(req: IncomingMessage): Promise<Record<string, any>> {
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

export function downloadName(file: string, ext: string): string {
  const name = basename(file).replace(/\.[^.]+$/, '') + ext;
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function send(res: ServerResponse, status: number, body: string | Uint8Array, type: string, disposition?: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': type, ...(disposition ? { 'Content-Disposition': disposition } : {}) });
  res.end(body);
}

export function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export function fail(res: ServerResponse, err: unknown): void {
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
