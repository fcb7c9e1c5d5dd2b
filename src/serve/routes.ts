/**
 * The page's API, one route per `METHOD /path`: what the server knows (/api/info), the records (list,
 * read, schema, new, preview, save), downloads (DOCX, PDF) and a dropped register (stats).
 * Every path a route names is confined to the served folder `root` (./confine.ts).
 */
import { say } from '../diagnostics/messages/index.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { confine, REGISTER_EXTENSIONS } from './confine.js';
import { downloadName, HttpError, json, MAX_REGISTER_BYTES, readBody, readJson, send, words } from './http.js';
import { compileRecord, docxOf, editedRecord, listRecords, loadData } from './records.js';
import { RecordList } from './recordList.js';
import { statsOf } from './stats.js';

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
type Routes = Record<string, Route>;

/** The built-in templates' starter records, with the label their first comment line gives. */
async function starters(): Promise<{ dir: string; files: string[] }> {
  const { BUILTIN_TEMPLATE_DIR } = await import('../templates/catalog.js');
  const dir = join(BUILTIN_TEMPLATE_DIR, 'starters');
  return { dir, files: readdirSync(dir).filter((f) => f.endsWith('.yaml')) };
}

function infoRoutes(root: string): Routes {
  return {
    'GET /api/info': async (_req, res) => {
      const { findLibreOffice, LIBREOFFICE_PACKAGES } = await import('../writers/pdf.js');
      const { dir, files } = await starters();
      const list = files.map((f) => {
        const name = f.slice(0, -5);
        const first = readFileSync(join(dir, f), 'utf8').split('\n')[0] ?? '';
        const label = /^#\s*([^（(]+)/.exec(first)?.[1]?.trim() ?? name;
        return { name, label };
      });
      json(res, 200, { folder: basename(root), pdf: Boolean(findLibreOffice()), libreOfficePackages: LIBREOFFICE_PACKAGES, starters: list });
    },
    'GET /api/schema': async (_req, res, url) => {
      const { KINDS } = await import('../records/schema/index.js');
      const { canonicalKind, KEY_ALIASES } = await import('../records/aliases.js');
      const kind = KINDS[canonicalKind(url.searchParams.get('kind') ?? '')];
      if (!kind) throw new HttpError(404, say('serve.unknown-kind'));
      const { kindJsonSchema } = await import('../records/jsonSchema.js');
      json(res, 200, { schema: kindJsonSchema(kind), aliases: KEY_ALIASES });
    },
  };
}

function recordRoutes(root: string): Routes {
  // what the list compiled, reused while a record and the files it used are unchanged (./recordList.ts)
  const known = new RecordList();
  return {
    'GET /api/records': async (_req, res) => {
      json(res, 200, { records: await listRecords(root, known) });
    },
    'GET /api/record': async (_req, res, url) => {
      const name = url.searchParams.get('path');
      const file = confine(root, name, true);
      const text = readFileSync(file, 'utf8');
      // a Markdown record (front matter and a narrative body) is previewed, and edited in an editor
      const loaded = extname(file).toLowerCase() === '.md' ? { parseError: words(say('serve.markdown-preview')) } : loadData(text);
      const compiled = await compileRecord(root, file, text, 'data' in loaded ? loaded.data : undefined);
      json(res, 200, { path: name, text, ...loaded, ...compiled });
    },
    'POST /api/new': async (req, res) => {
      const body = await readJson(req);
      const { dir, files } = await starters();
      const starter = files.find((f) => f === `${String(body.starter)}.yaml`);
      if (!starter) throw new HttpError(400, say('serve.unknown-starter'));
      let name = String(body.name ?? '').trim();
      if (!extname(name)) name += '.yaml';
      const file = confine(root, name, false);
      await writeNew(file, readFileSync(join(dir, starter)), name);
      json(res, 201, { path: relative(root, file) });
    },
    'POST /api/preview': async (req, res) => {
      const { file, text } = await editedRecord(root, req);
      json(res, 200, await compileRecord(root, file, text));
    },
    'POST /api/save': async (req, res) => {
      const { file, text } = await editedRecord(root, req);
      const { writeAtomic } = await import('../io/writeAtomic.js');
      // the record being edited is replaced, as the user asked by saving it; flushed to disk, as what
      // the user typed exists nowhere else
      writeAtomic(file, text, true, { durable: true });
      json(res, 200, { saved: true, text, ...(await compileRecord(root, file, text)) });
    },
  };
}

/** Writes a new file atomically, never over an existing one (409, in the catalogue's words). */
async function writeNew(file: string, bytes: string | Uint8Array, name: string): Promise<void> {
  const { writeAtomic, OutputExists, OutputFailed } = await import('../io/writeAtomic.js');
  try {
    writeAtomic(file, bytes, false);
  } catch (err) {
    // a folder of that name is a name taken too (writeAtomic says it as a folder: EISDIR)
    if (err instanceof OutputExists || (err instanceof OutputFailed && err.code === 'EISDIR')) throw new HttpError(409, say('serve.exists', { name }));
    throw err;
  }
}

function downloadRoutes(root: string): Routes {
  return {
    'POST /api/docx': async (req, res) => {
      const { file, text } = await editedRecord(root, req);
      const bytes = await docxOf(root, file, text, res);
      if (bytes) send(res, 200, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', downloadName(file, '.docx'));
    },
    'POST /api/pdf': async (req, res) => {
      const { findLibreOffice, convertDocxToPdf, LIBREOFFICE_PACKAGES } = await import('../writers/pdf.js');
      if (!findLibreOffice()) throw new HttpError(501, say('serve.no-libreoffice', { packages: LIBREOFFICE_PACKAGES }));
      const { file, text } = await editedRecord(root, req);
      const bytes = await docxOf(root, file, text, res);
      if (bytes) send(res, 200, await convertDocxToPdf(bytes), 'application/pdf', downloadName(file, '.pdf'));
    },
  };
}

/** A register's file name as the page sends it: its last part, without control characters or slashes. */
function registerName(given: unknown): string {
  const name = basename(String(given ?? '')).replace(/[\0-\x1f\\/]/g, '');
  if (!REGISTER_EXTENSIONS.has(extname(name).toLowerCase())) throw new HttpError(400, say('serve.register-format'));
  return name;
}

function registerRoutes(root: string): Routes {
  return {
    'POST /api/stats': async (req, res, url) => {
      const name = registerName(url.searchParams.get('name'));
      const bytes = await readBody(req, MAX_REGISTER_BYTES);
      json(res, 200, await statsOf(name, bytes, url.searchParams.get('period') || undefined));
    },
    // a register dropped on the page kept in the folder, for a 总结 to name (issue 15, item 4): never
    // over an existing file; `nameInRecord` is its name relative to `record`, as a record names it
    'POST /api/register': async (req, res, url) => {
      const name = String(url.searchParams.get('name') ?? '').trim();
      const file = confine(root, name, false, REGISTER_EXTENSIONS);
      const record = url.searchParams.get('record');
      const from = record ? dirname(confine(root, record, true)) : root;
      const bytes = await readBody(req, MAX_REGISTER_BYTES);
      await writeNew(file, bytes, name);
      json(res, 201, { path: relative(root, file).split(sep).join('/'), nameInRecord: relative(from, file).split(sep).join('/') });
    },
  };
}

/** Every route of the page's API for the folder `root`, in a table without a prototype. */
export function apiRoutes(root: string): Routes {
  return Object.assign(Object.create(null) as Routes, infoRoutes(root), recordRoutes(root), downloadRoutes(root), registerRoutes(root));
}
