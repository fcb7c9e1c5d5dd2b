/**
 * The records of the served folder as the page sees them: read for the form, compiled by the same
 * pipeline as `gongwen render` (the document, its HTML and every diagnostic), laid out as DOCX, listed.
 * Nothing outside the folder is read (./confine.ts): a record naming a file outside is not compiled.
 */
import { say } from '../diagnostics/messages/index.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { toDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticTexts } from '../diagnostics/print.js';
import { MAX_RECORD_BYTES } from '../records/limits.js';
import { canonicalKey } from '../records/aliases.js';
import { isConfigFileName } from '../config/fileNames.js';
import { confine, RECORD_EXTENSIONS, registersOutside } from './confine.js';
import { checkDepth, editYaml, recordYaml, TooDeep } from './editYaml.js';
import { RecordList } from './recordList.js';
import { HttpError, json, LANGUAGE, readJson, words } from './http.js';

/** The record's data for the form, read as `gongwen render` reads it (./editYaml.ts recordYaml); a record YAML cannot read is shown by its diagnostics only. */
export function loadData(text: string): { data?: unknown; parseError?: string } {
  if (Buffer.byteLength(text) > MAX_RECORD_BYTES) return { parseError: words(say('serve.record-too-large.short')) };
  try {
    const data = parse(recordYaml(text), { maxAliasCount: 100 });
    checkDepth(data);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { parseError: words(say('serve.not-a-mapping')) };
    return { data };
  } catch (err) {
    return { parseError: words(err instanceof TooDeep ? err.text : say('serve.yaml-error')) };
  }
}

/** A diagnostic as the page shows it at its field: in the page's language, its file relative to the folder. */
export function pageDiagnostic(root: string, d: Diagnostic) {
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

/** The same pipeline as `gongwen render`: the document, its HTML, and every diagnostic (`data`: the text as loadData reads it, when the caller has it). */
export async function compileRecord(root: string, file: string, text: string, data: unknown = loadData(text).data) {
  return (await compileForPage(root, file, text, data)).page;
}

/** compileRecord's answer for the page, and the record as the pipeline read it (keys in English), which the list needs for the files it used (./recordList.ts). */
async function compileForPage(root: string, file: string, text: string, data: unknown) {
  const { compileFile } = await import('../pipeline.js');
  const { writeHtmlBody } = await import('../writers/html/writeHtml.js');
  let result: Awaited<ReturnType<typeof compileFile>>;
  const outside = registersOutside(root, file, data, canonicalKey);
  if (outside.length) {
    return {
      page: {
        valid: false,
        html: undefined,
        diagnostics: outside.map(({ path, name }) => ({ severity: 'error' as const, code: 'file-outside', message: words(say('serve.file-outside', { name })), path, canonicalPath: path, file: relative(root, file) })),
      },
      source: undefined,
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
    page: {
      valid: !errors,
      html: result.document && !errors ? writeHtmlBody(result.document) : undefined,
      diagnostics: result.diagnostics.map((d) => pageDiagnostic(root, d)),
    },
    source: result.source?.data,
  };
}

/** The DOCX the CLI writes of the record; undefined when it has errors, said to the page (422). */
export async function docxOf(root: string, file: string, text: string, res: ServerResponse): Promise<Uint8Array | undefined> {
  const { compileFile } = await import('../pipeline.js');
  const { data } = loadData(text);
  if (registersOutside(root, file, data, canonicalKey).length) {
    json(res, 422, { error: words(say('serve.outside-record')), diagnostics: (await compileRecord(root, file, text, data)).diagnostics });
    return undefined;
  }
  const result = await compileFile(file, { bytes: Buffer.from(text, 'utf8'), cwd: root });
  if (!result.document || result.diagnostics.some((d) => d.severity === 'error')) {
    json(res, 422, { error: words(say('serve.record-invalid')), diagnostics: result.diagnostics.map((d) => pageDiagnostic(root, d)) });
    return undefined;
  }
  const { writeDocx, sourceDateEpoch } = await import('../writers/docx/index.js');
  return writeDocx(result.document, { fontProfile: 'gb2312', dateEpoch: sourceDateEpoch(process.env) });
}

/** The record of a POST: its path in the folder and the YAML text the form's data makes of it. */
export async function editedRecord(root: string, req: IncomingMessage): Promise<{ file: string; text: string }> {
  const body = await readJson(req);
  const file = confine(root, body.path, true);
  if (!body.data || typeof body.data !== 'object' || Array.isArray(body.data)) throw new HttpError(400, say('serve.record-not-object'));
  if (extname(file).toLowerCase() === '.md') throw new HttpError(400, say('serve.markdown-edit'));
  const text = editYaml(readFileSync(file, 'utf8'), body.data);
  if (Buffer.byteLength(text) > MAX_RECORD_BYTES) throw new HttpError(413, say('serve.record-too-large', { megabytes: MAX_RECORD_BYTES / 2 ** 20 }));
  return { file, text };
}

/** The record files of the folder and its subfolders (not hidden ones, three levels, 500 at most; not gongwen.config.yaml). */
function recordFiles(root: string): string[] {
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
      // gongwen.config.yaml is the folder's settings, not a record (src/config)
      else if (e.isFile() && RECORD_EXTENSIONS.has(extname(e.name).toLowerCase()) && !isConfigFileName(e.name)) found.push(path);
    }
  };
  walk(root, 0);
  return found.sort();
}

/** Every record of the folder, with its kind, date, and whether it validates (`known`: what earlier lists compiled, ./recordList.ts). */
export async function listRecords(root: string, known: RecordList = new RecordList()) {
  const records = [];
  const seen = new Set<string>();
  known.startListing();
  for (const path of recordFiles(root)) {
    const name = relative(root, path);
    try {
      const file = confine(root, name, true);
      const text = readFileSync(file, 'utf8');
      const { data } = loadData(text);
      seen.add(file);
      const checked =
        known.unchanged(file, text) ??
        known.remember(file, text, root, await compileForPage(root, file, text, data));
      const d = (data ?? {}) as Record<string, unknown>;
      const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
      records.push({ path: name, kind: scalar(d.kind ?? d['类型']), date: scalar(d.date ?? d['日期']), valid: checked.valid, errors: checked.errors });
    } catch {
      /* not a record the page can show */
    }
  }
  known.keepOnly(seen);
  return records;
}
