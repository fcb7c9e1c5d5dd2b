#!/usr/bin/env node
// Screenshots of completion and hover in an editor for the starter `gongwen new 纪要` writes (README,
// "Editor support"; issue 13 item 10):
//   npm run screenshots:editor        (writes docs/editor-completion.png and docs/editor-hover.png)
//
// Not VS Code, which cannot be installed on the development machine: Monaco (npm monaco-editor, the
// editor component of VS Code) with monaco-yaml (npm), which runs yaml-language-server — the engine of
// VS Code's YAML extension — in a web worker (scripts/editor-page.js). The page is built with esbuild
// (once for its inputs, kept in node_modules/.cache: editorPage()), served from 127.0.0.1 and driven in Debian's chromium by puppeteer-core.
// The record is the starter as `gongwen new 纪要` writes it, the schema as `gongwen schema minutes`
// prints it (scripts/editor-record.ts, from the sources); the schema is registered under the URI the
// record's `# yaml-language-server: $schema=…` line resolves to, so that line is what applies it.
//
// monaco-editor is held at 0.54 (package.json ^0.54.0), the version monaco-yaml 5.5 is developed against
// (its own devDependency): in 0.57 (tried) monaco.editor.createWebWorker takes a worker rather than a
// label, so monaco-yaml's requests reach Monaco's plain editor worker and fail ("Missing requestHandler
// or method: doComplete"); 0.57's package "exports" also hide esm/vs/editor/editor.worker.js, which
// monaco-yaml's worker imports.
//
// test/editor.test.ts uses openEditor(), completionAt() and hoverAt() to check what the pictures show.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const MODELINE = /^# yaml-language-server: \$schema=(\S+)\n/;

/** The page, its stylesheet, Monaco's font and the two workers, bundled into `dir`. */
export async function buildEditorPage(dir) {
  const modules = join(root, 'node_modules');
  await build({
    entryPoints: {
      page: join(root, 'scripts', 'editor-page.js'),
      'editor.worker': join(modules, 'monaco-editor', 'esm', 'vs', 'editor', 'editor.worker.js'),
      'yaml.worker': join(modules, 'monaco-yaml', 'yaml.worker.js'),
    },
    bundle: true,
    format: 'esm',
    outdir: dir,
    loader: { '.ttf': 'file' },
    logLevel: 'error',
    absWorkingDir: root,
  });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="page.css">' +
      '<style>html,body{margin:0;height:100%;background:#fffffe}#editor{width:100%;height:100%}' +
      // the descriptions in the hover and the suggestion details in a Chinese sans-serif, not the fallback
      ".monaco-hover .hover-contents,.suggest-details .docs,.suggest-details .header{font-family:'Noto Sans CJK SC',sans-serif!important}</style>" +
      '<div id="editor"></div><script type="module" src="page.js"></script>\n',
  );
}

/**
 * The page, built once for its inputs — scripts/editor-page.js and the versions of monaco-editor,
 * monaco-yaml and esbuild — and kept in node_modules/.cache/gongwen-editor-page/: bundling Monaco took
 * about 2 s of CPU on every run of test/editor.test.ts (issue 12, goal 5).
 */
export async function editorPage() {
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const key = createHash('sha256')
    .update(readFileSync(join(root, 'scripts', 'editor-page.js')))
    .update(['monaco-editor', 'monaco-yaml', 'esbuild'].map((n) => `${n}@${version(n)}`).join(' '))
    .digest('hex')
    .slice(0, 16);
  const dir = join(root, 'node_modules', '.cache', 'gongwen-editor-page', key);
  if (existsSync(join(dir, 'index.html'))) return dir;
  const building = `${dir}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  await buildEditorPage(building);
  try {
    renameSync(building, dir); // whole or not at all; another run may have put it there first
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}

/** The starter and the schema, written by the sources into a folder inside the package (test/.tmp/). */
export function makeRecord(folder) {
  mkdirSync(folder, { recursive: true });
  execFileSync(join(root, 'node_modules', '.bin', 'vite-node'), [join(root, 'scripts', 'editor-record.ts'), folder], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return recordIn(folder);
}

/** The record and schema scripts/editor-record.ts wrote into `folder`: the text, the URIs the editor uses, the schema. */
export function recordIn(folder) {
  const file = join(folder, '纪要.yaml');
  const text = readFileSync(file, 'utf8');
  const schemaPath = MODELINE.exec(text)?.[1];
  if (!schemaPath) throw new Error(`${file}: no yaml-language-server line`);
  return {
    text,
    recordUri: pathToFileURL(file).href,
    // where yaml-language-server looks for the schema: the line's path, from the record's folder
    schemaUri: pathToFileURL(resolve(folder, schemaPath)).href,
    schema: JSON.parse(readFileSync(join(folder, 'minutes.schema.json'), 'utf8')),
  };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf' };

function serve(dir) {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(dir) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Chromium's arguments: headless, and nothing that reaches the network on its own or asks a first-run question. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Chromium started on a new profile in `work`, with CHROMIUM_ARGS and `args`. DevTools over a pipe, not a
 * port: when this process ends, killed included (a test run stopped, a CI timeout), Chromium reads the
 * pipe's end and quits rather than living on.
 * @param {string} work
 * @param {string[]} [args]
 */
export function launchChromium(work, args = []) {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, userDataDir: join(work, 'profile'), pipe: true, args: [...CHROMIUM_ARGS, ...args] });
}

/**
 * The page open and the record loaded, in `browser` when one is given (in a context of its own, closed by
 * close(); test/serve-browser.test.ts starts one Chromium for its tests and these), else in a Chromium
 * started for it and ended by close(); close() also removes the folders.
 * `writeRecord(folder)` writes the record and schema and returns recordIn(folder) (default: makeRecord,
 * through vite-node; a test that runs the sources already writes them in its own process).
 * Returns { page, record, close }.
 * @param {{ width?: number, height?: number, writeRecord?: (folder: string) => ReturnType<typeof recordIn> | Promise<ReturnType<typeof recordIn>>, browser?: import('puppeteer-core').Browser }} [options]
 */
export async function openEditor({ width = 960, height = 660, writeRecord = makeRecord, browser } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'gongwen-editor-'));
  const records = join(root, 'test', '.tmp', `editor-${process.pid}-${Date.now()}`);
  const record = await writeRecord(records);
  const server = await serve(await editorPage());
  const own = browser ? undefined : await launchChromium(work);
  const context = own ? own.defaultBrowserContext() : await browser.createBrowserContext();
  const close = async () => {
    await (own ? own.close() : context.close());
    server.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(records, { recursive: true, force: true });
  };
  try {
    const page = await context.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument((r) => {
      globalThis.gongwenRecord = r;
    }, record);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(() => globalThis.gongwenEditor !== undefined, { timeout: 30_000 }).catch((e) => {
      throw new Error(`the editor did not start: ${errors.join('; ') || e}`);
    });
    return { page, record, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The number of the line that begins with `key:` (1-based). */
function lineOf(page, key) {
  return page.evaluate((key) => {
    const n = globalThis.gongwenEditor.model.getLinesContent().findIndex((l) => l.startsWith(`${key}:`)) + 1;
    if (n === 0) throw new Error(`no line begins with ${key}:`);
    return n;
  }, key);
}

/**
 * Opens a new line after the line of top-level key `afterKey`, types `typed` there and asks for
 * suggestions (Ctrl+Space), with the selected one's details shown beside the list as VS Code shows
 * them; returns the suggestions' labels and the details' text.
 */
export async function completionAt(page, afterKey, typed = '', { details = true } = {}) {
  const after = await lineOf(page, afterKey);
  await page.evaluate(
    (after, typed) => {
      const { editor, model, monaco } = globalThis.gongwenEditor;
      const end = model.getLineMaxColumn(after);
      model.pushEditOperations([], [{ range: new monaco.Range(after, end, after, end), text: `\n${typed}` }], () => null);
      editor.setPosition({ lineNumber: after + 1, column: typed.length + 1 });
      editor.revealLine(after + 1);
      editor.focus();
    },
    after,
    typed,
  );
  await page.keyboard.down('Control');
  await page.keyboard.press('Space');
  await page.keyboard.up('Control');
  await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 30_000 });
  // `details: false` where no suggestion has a description (the test's control case, with no schema
  // line): there are no details to wait for, and waiting for them would only run out its time (5 s)
  if (details) {
    await page.evaluate(() => globalThis.gongwenEditor.editor.trigger('gongwen', 'toggleSuggestionDetails', {}));
    await page.waitForSelector('.suggest-details .docs', { visible: true, timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 300));
    // the details are measured when shown: show them again, now that their font is loaded, so they are not cut off
    await page.evaluate(() => {
      const { editor } = globalThis.gongwenEditor;
      editor.trigger('gongwen', 'selectNextSuggestion', {});
      editor.trigger('gongwen', 'selectPrevSuggestion', {});
    });
    await new Promise((r) => setTimeout(r, 300));
  }
  return page.evaluate(() => ({
    labels: [...document.querySelectorAll('.suggest-widget .monaco-list-row .label-name')].map((e) => e.textContent),
    details: document.querySelector('.suggest-details')?.textContent ?? '',
  }));
}

/** Hovers over `key` where it begins a line; the text of the hover. */
export async function hoverAt(page, key) {
  const lineNumber = await lineOf(page, key);
  const box = await page.evaluate((lineNumber) => {
    const { editor } = globalThis.gongwenEditor;
    editor.revealLine(lineNumber);
    const at = editor.getScrolledVisiblePosition({ lineNumber, column: 2 });
    const r = editor.getDomNode().getBoundingClientRect();
    return { x: r.left + at.left + 2, y: r.top + at.top + at.height / 2 };
  }, lineNumber);
  // Monaco asks for a hover once, when the pointer comes to rest: asked before the YAML worker has the
  // schema (a loaded machine, seen in the full suite), it gets nothing and shows nothing. The pointer
  // leaves and comes back until the hover shows, for 30 s at most.
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.mouse.move(box.x, box.y);
    try {
      await page.waitForSelector('.monaco-hover .hover-contents', { visible: true, timeout: 3_000 });
      break;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await page.mouse.move(1, 1);
    }
  }
  await new Promise((r) => setTimeout(r, 300));
  return page.evaluate(() => [...document.querySelectorAll('.monaco-hover .hover-contents')].map((e) => e.textContent).join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(CHROMIUM)) {
    console.error(`no chromium at ${CHROMIUM} (set CHROMIUM to another path)`);
    process.exit(1);
  }
  const docs = join(root, 'docs');
  mkdirSync(docs, { recursive: true });
  let editor = await openEditor();
  try {
    const { labels, details } = await completionAt(editor.page, '地点', '会议');
    console.log(`completion: ${labels.join(', ')}\n  details: ${details}`);
    await editor.page.screenshot({ path: join(docs, 'editor-completion.png') });
  } finally {
    await editor.close();
  }
  editor = await openEditor();
  try {
    const hover = await hoverAt(editor.page, '主持人');
    console.log(`hover: ${hover}`);
    await editor.page.screenshot({ path: join(docs, 'editor-hover.png') });
  } finally {
    await editor.close();
  }
  console.log('wrote docs/editor-completion.png, docs/editor-hover.png');
}
