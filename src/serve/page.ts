/** The page itself: index.html (with the token), its script and style, and the document's CSS. */
import type { ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { send } from './http.js';

/** The page's files, shipped in the package beside the sources (src/serve/page). */
export const PAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/serve/page');
const PAGE_FILES: Record<string, [file: string, type: string]> = {
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/app.css': ['app.css', 'text/css; charset=utf-8'],
};

/** Answers a GET for one of the page's files; false when `path` is none of them. */
export async function sendPageFile(res: ServerResponse, path: string, token: string): Promise<boolean> {
  if (path === '/') {
    const html = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8').replace('%TOKEN%', token);
    res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
    send(res, 200, html, 'text/html; charset=utf-8');
    return true;
  }
  if (path === '/document.css') {
    const { documentCss } = await import('../writers/html/writeHtml.js');
    send(res, 200, documentCss(), 'text/css; charset=utf-8');
    return true;
  }
  const page = Object.hasOwn(PAGE_FILES, path) ? PAGE_FILES[path] : undefined;
  if (!page) return false;
  send(res, 200, readFileSync(join(PAGE_DIR, page[0])), page[1]);
  return true;
}
