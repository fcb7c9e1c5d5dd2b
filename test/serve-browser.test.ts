// In a real browser, Debian's chromium driven by puppeteer-core: gongwen serve (issue 15, "Done when"), and
// editor support (issue 13 item 10: what docs/editor-completion.png and docs/editor-hover.png show, checked).
// One Chromium for both (chromium() below): they were two files with a Chromium each, and a start costs
// about 0.8 s of CPU and 2–3 s (thirteenth session). Without /usr/bin/chromium the tests are skipped, and
// the reason is printed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { completionAt, hoverAt, launchChromium, openEditor, recordIn } from '../scripts/editor-screenshots.mjs';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { runCli } from './support/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`test/serve-browser.test.ts SKIPPED: no ${CHROMIUM} (apt-get install -y chromium)`);

/** The file's Chromium, started by the first part that asks for it, on a profile in a folder of its own; ended after the file. */
let started: { folder: string; browser: Promise<Browser> } | undefined;
function chromium(): Promise<Browser> {
  if (!started) {
    const folder = mkdtempSync(join(tmpdir(), 'gongwen-chromium-'));
    started = { folder, browser: launchChromium(folder) };
  }
  return started.browser;
}
afterAll(async () => {
  if (!started) return;
  try {
    await (await started.browser).close();
  } finally {
    rmSync(started.folder, { recursive: true, force: true });
  }
});

describe.skipIf(!haveChromium)(`gongwen serve in chromium${haveChromium ? '' : ' (skipped: no /usr/bin/chromium)'}`, () => {
  let scratch: string;
  let dir: string;
  let downloads: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // a folder with a fixed name, as the page shows it (and the screenshot, docs/serve.png, with it)
    scratch = mkdtempSync(join(tmpdir(), 'gongwen-serve-browser-'));
    dir = join(scratch, '镇政府办公室记录');
    mkdirSync(dir);
    downloads = mkdtempSync(join(tmpdir(), 'gongwen-chromium-downloads-'));
    cpSync('examples/plan-militia-farm.yaml', join(dir, 'plan.yaml'));
    server = await startServer({ folder: dir });
    browser = await chromium();
    page = await browser.newPage();
    await page.setViewport({ width: 1600, height: 1000 });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  }, 60_000);

  afterAll(async () => {
    await page?.close();
    await server?.close();
    for (const d of [scratch, downloads]) if (d) rmSync(d, { recursive: true, force: true });
  });

  /** The form field of a key path as the record writes it. */
  const field = (path: (string | number)[]) => `#form [data-path='${JSON.stringify(path)}']`;
  const previewText = () => page.$eval('#preview', (e) => (e as HTMLElement).innerText.replace(/\s+/g, ''));

  async function typeInto(path: (string | number)[], text: string) {
    const input = await page.waitForSelector(`${field(path)}:is(input,textarea)`);
    await input!.click({ clickCount: 3 });
    await page.keyboard.press('Backspace');
    await input!.type(text);
  }

  test('a 纪要 from its starter: form, live preview, an error at its field, save, DOCX, refusals', async () => {
    await page.goto(server.url);
    // the token went into a cookie and out of the address bar
    expect(page.url()).toBe(`http://127.0.0.1:${server.port}/`);
    await page.waitForSelector('body[data-ready]');

    // a new record from the 纪要 starter
    await page.select('#starter', 'minutes');
    await page.type('#new-name', '安全生产会议纪要.yaml');
    await page.click('#new');
    await page.waitForSelector(field(['标题']));
    await page.waitForFunction(() => document.querySelector('#preview')!.textContent!.includes('会议强调'));
    expect(existsSync(join(dir, '安全生产会议纪要.yaml'))).toBe(true);

    // fill the form: the preview follows
    await typeInto(['地点'], '村委会二楼会议室');
    await typeInto(['章节', 1, '要点', 0], '落实企业安全生产主体责任');
    await page.waitForFunction(() => document.querySelector('#preview')!.textContent!.includes('落实企业安全生产主体责任'), { timeout: 5000 });
    const text = await previewText();
    expect(text).toContain('会议强调');
    expect(text).toMatch(/一是落实企业安全生产主体责任；二是/);
    expect(text).toContain('村委会二楼会议室');
    // the preview is A4 pages with the 版心 of GB/T 9704 (37 / 26 / 35 / 28 mm)
    const pageBox = await page.$eval('#preview .gw-page', (e) => {
      const s = getComputedStyle(e);
      return [s.width, s.height, s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft].map((v) => Math.round((parseFloat(v) * 25.4) / 96));
    });
    expect(pageBox).toEqual([210, 297, 37, 26, 35, 28]);
    // 28 characters of body text fill the 156 mm of a line, and 22 line pitches the 225 mm of the 版心 (§5.2.3)
    const [lineMm, pitchMm] = await page.$eval('#preview .gw-body', (body) => {
      const p = document.createElement('p');
      const span = document.createElement('span');
      span.textContent = '国'.repeat(28);
      p.append(span);
      body.append(p);
      const width = span.getBoundingClientRect().width;
      const pitch = parseFloat(getComputedStyle(p).lineHeight);
      p.remove();
      const zoom = parseFloat(getComputedStyle(document.querySelector('#preview')!).zoom) || 1;
      return [(width / zoom) * 25.4 / 96, (pitch * 22 * 25.4) / 96];
    });
    expect(lineMm).toBeGreaterThan(154);
    expect(lineMm).toBeLessThanOrEqual(156.5);
    expect(pitchMm).toBeCloseTo(225, 0);

    // a list can grow, be reordered and shrink
    const addPoint = `${field(['章节', 1, '要点'])} > button.add`;
    await page.click(addPoint);
    await typeInto(['章节', 1, '要点', 3], '严格值班值守');
    await page.waitForFunction(() => document.querySelector('#preview')!.textContent!.includes('四是严格值班值守'), { timeout: 5000 });
    await page.click(`${field(['章节', 1, '要点'])} > .item:nth-of-type(4) button[title="上移"]`);
    await page.waitForFunction(() => document.querySelector('#preview')!.textContent!.includes('三是严格值班值守'), { timeout: 5000 });

    // an impossible date: an error at the date field, in the words the CLI uses
    await typeInto(['日期'], '2024-02-30');
    // the preview follows the typing: on a loaded machine the page may show first the error of a date typed in part
    // (“2024-02-”不是可识别的日期写法, seen at load 14); the one of the whole date is waited for
    const dateError = `${field(['日期'])}.has-error .diag.error`;
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent?.includes('2月30日'), { timeout: 5000 }, dateError);
    expect(await page.$eval(dateError, (e) => e.textContent)).toMatch(/^错误：2024年2月30日不存在 \[第 \d+ 行\]$/);
    // the README's picture of the page, written only when asked for (UPDATE_SCREENSHOTS=1), so that a
    // test run leaves the checkout as it was; otherwise taken into the test's own folder
    await page.screenshot({ path: process.env.UPDATE_SCREENSHOTS ? 'docs/serve.png' : join(dir, 'serve.png') });
    await typeInto(['日期'], '2024年3月15日');
    await page.waitForFunction(() => !document.querySelector('#form .has-error'), { timeout: 5000 });

    // save: the YAML on disk has the form's values and keeps the starter's comments
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')!.textContent!.startsWith('已保存'), { timeout: 5000 });
    const saved = readFileSync(join(dir, '安全生产会议纪要.yaml'), 'utf8');
    expect(saved).toContain('地点: 村委会二楼会议室');
    expect(saved).toMatch(/要点:\n\s+- 落实企业安全生产主体责任\n\s+- 开展隐患排查整治\n\s+- 严格值班值守\n\s+- 加强应急值守/);
    expect(saved).toContain('日期: 2024年3月15日');
    expect(saved).toContain('# 上午 / 下午 / 晚');

    // the DOCX the page downloads is the one the CLI writes from the saved record
    await page.click('#download-docx');
    const docxName = '安全生产会议纪要.docx';
    for (let i = 0; i < 100 && !existsSync(join(downloads, docxName)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(downloads)).toContain(docxName);
    const out = join(dir, 'cli-out');
    mkdirSync(out);
    const cli = await runCli(['render', join(dir, '安全生产会议纪要.yaml'), '--format', 'docx', '--output', out + '/'], dir);
    expect(cli.code).toBe(0);
    const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false });
    const documentXml = (file: string) => parser.parse(strFromU8(unzipSync(readFileSync(file))['word/document.xml']!));
    expect(documentXml(join(downloads, docxName))).toEqual(documentXml(join(out, docxName)));

    // refused: a request without the token, and a path out of the folder
    const refused = await page.evaluate(async (token) => {
      const noToken = await fetch('/api/records', { credentials: 'omit' });
      const dotdot = await fetch('/api/record?path=' + encodeURIComponent('../etc/passwd.yaml'), { headers: { 'X-Gongwen-Token': token } });
      return [noToken.status, dotdot.status];
    }, server.token);
    expect(refused).toEqual([403, 403]);
    const stranger = await browser.createBrowserContext();
    const other = await stranger.newPage();
    const response = await other.goto(`http://127.0.0.1:${server.port}/`);
    expect(response!.status()).toBe(403);
    await stranger.close();
  }, 90_000);

  test('a register dropped on the page: the statistics of a period', async () => {
    await page.type('#period', '2009H1');
    const input = (await page.$('#register-file')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile('examples/registers/信访台账2009.xlsx');
    await page.waitForSelector('#stats table', { timeout: 10_000 });
    const shown = await page.$eval('#stats', (e) => (e as HTMLElement).innerText);
    // the tables `gongwen stats` prints, with their Chinese labels, as HTML tables
    expect(shown).toContain('统计期间：2009年上半年（2009-01-01 至 2009-06-30）');
    const first = await page.$eval('#stats table', (e) => (e as HTMLElement).innerText);
    expect(first).toMatch(/^项目\s+本期/);
    expect(first).toMatch(/登记\s+11/);
    expect(await page.$$eval('#stats th', (cells) => cells.map((c) => c.textContent))).toEqual(expect.arrayContaining(['信访形式', '办理状态', '问题类别', '村社区']));
    expect(shown).not.toMatch(/total|by_channel|petitions/);
  }, 30_000);

  test('a register dropped on a 总结 is kept in the folder and named in its 台账 list', async () => {
    cpSync('examples/summary-activity.yaml', join(dir, 'summary.yaml'));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#records li[data-path="summary.yaml"]');
    await page.waitForFunction(() => document.querySelector('#record-title')!.textContent === 'summary.yaml');
    await page.type('#period', '2009H1');
    await ((await page.$('#register-file')) as ElementHandle<HTMLInputElement> | null)!.uploadFile('examples/registers/信访台账2009.xlsx');
    await page.waitForSelector('#keep-register', { timeout: 10_000 });
    expect(await page.$eval('#register-name', (e) => (e as HTMLInputElement).value)).toBe('信访台账2009.xlsx');
    await page.click('#register-name', { clickCount: 3 });
    await page.keyboard.type('信访2009.xlsx');
    const previewed = page.waitForResponse((r) => r.url().includes('/api/preview'), { timeout: 10_000 });
    await page.click('#keep-register');
    await page.waitForSelector(`${field(['台账', 0])}`, { timeout: 10_000 });
    await previewed;
    expect(readFileSync(join(dir, '信访2009.xlsx')).equals(readFileSync('examples/registers/信访台账2009.xlsx'))).toBe(true);
    // (the status line is the live preview's too: the file on disk is what is waited for)
    await page.click('#save');
    await expect.poll(() => readFileSync(join(dir, 'summary.yaml'), 'utf8'), { timeout: 10_000 }).toMatch(/^台账:\n {2}- 信访2009\.xlsx$/m);
    expect(readFileSync(join(dir, 'summary.yaml'), 'utf8')).toContain('标题: 乡党政领导大接访和领导干部大下访活动总结');
    // the same name again is refused, in words, and nothing is replaced
    const refused = page.waitForResponse((r) => r.url().includes('/api/register'), { timeout: 10_000 });
    await page.click('#keep-register');
    expect((await refused).status()).toBe(409);
    await page.waitForFunction(() => document.querySelector('#status')!.textContent === '信访2009.xlsx 已存在，请换一个文件名', { timeout: 10_000 });
  }, 30_000);

  test('a long record in the preview: A4 pages, nothing overflowing, nothing lost, the 版记 on the last page', async () => {
    await page.click('#records li[data-path="plan.yaml"]');
    await page.waitForFunction(() => document.querySelector('#record-title')!.textContent === 'plan.yaml' && document.querySelectorAll('#preview .gw-page').length > 1, { timeout: 10_000 });
    const layout = await page.evaluate(async (token) => {
      const rec = await (await fetch('/api/record?path=plan.yaml', { headers: { 'X-Gongwen-Token': token } })).json();
      const written = new DOMParser().parseFromString(rec.html, 'text/html').body.textContent!.replace(/\s+/g, '');
      const pages = [...document.querySelectorAll('#preview .gw-page')];
      const bodies = pages.map((p) => p.querySelector('.gw-body') as HTMLElement);
      return {
        pages: pages.length,
        overflowing: bodies.filter((b) => b.scrollHeight > b.clientHeight + 1).length,
        same: bodies.map((b) => b.textContent).join('').replace(/\s+/g, '') === written,
        colophonOnLast: Boolean(bodies.at(-1)!.querySelector('.gw-colophon')),
        numbers: pages.map((p) => p.querySelector('.gw-page-number')!.textContent),
      };
    }, server.token);
    expect(layout.pages).toBeGreaterThan(1);
    expect(layout.overflowing).toBe(0);
    expect(layout.same).toBe(true);
    expect(layout.colophonOnLast).toBe(true);
    expect(layout.numbers[1]).toBe('— 2 —');
  }, 30_000);
});

// Editor support. The starter `gongwen new 纪要` writes, in Monaco with monaco-yaml — yaml-language-server, the
// engine of VS Code's YAML extension, not VS Code itself — in a context of the file's Chromium
// (scripts/editor-screenshots.mjs). The schema is known to the editor only under the path the record's first
// line names, so completion and hover come from that line; the last test takes the line away and the keys are
// no longer offered.

/**
 * What scripts/editor-record.ts writes (`gongwen new 纪要 -o 纪要.yaml`, `gongwen schema minutes`), in
 * this process, which runs the sources already, rather than in a vite-node child (about 1.7 s of CPU).
 */
async function writeRecord(folder: string) {
  mkdirSync(folder, { recursive: true });
  const run = async (args: string[]) => {
    const r = await runCli(args, folder);
    if (r.code !== 0) throw new Error(`gongwen ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
    return r.stdout;
  };
  await run(['new', '纪要', '-o', join(folder, '纪要.yaml')]);
  writeFileSync(join(folder, 'minutes.schema.json'), await run(['schema', 'minutes']));
  return recordIn(folder);
}

describe.skipIf(!haveChromium)(`the starter in Monaco with monaco-yaml${haveChromium ? '' : ' (skipped: no /usr/bin/chromium)'}`, () => {
  let editor: Awaited<ReturnType<typeof openEditor>>;
  beforeAll(async () => {
    editor = await openEditor({ writeRecord, browser: await chromium() });
  });
  afterAll(async () => {
    await editor?.close();
  });

  test('the starter names the schema on its first line, and the editor has it under that path', () => {
    expect(editor.record.text).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/minutes\.schema\.json\n/);
    expect(editor.record.schemaUri).toMatch(/\/schemas\/minutes\.schema\.json$/);
  });

  test('hover over 主持人 shows its Chinese description from the schema', async () => {
    const hover = await hoverAt(editor.page, '主持人');
    expect(hover).toContain('主持人：姓名，或 {姓名, 职务}，如 镇党委书记、镇长郭百高（chair）');
    expect(hover).toContain('minutes.schema.json');
  });

  test('completion on a new top-level line offers the Chinese keys the record lacks, with their descriptions', async () => {
    const { labels, details } = await completionAt(editor.page, '地点', '会议');
    expect(labels).toEqual(expect.arrayContaining(['会议', '会议地点', '会议情况', '会议时间']));
    expect(labels).not.toContain('会议名称'); // the starter has it already
    expect(details).toContain('会议名称：如 信访稳定工作专题会议（meeting）');
    await editor.page.keyboard.press('Escape');
  });

  test('without the schema line the same place offers none of the schema’s keys', async () => {
    await editor.page.evaluate(() => {
      const { model, monaco } = (globalThis as any).gongwenEditor;
      model.pushEditOperations([], [{ range: new monaco.Range(1, 1, 2, 1), text: '' }], () => null);
    });
    const { labels } = await completionAt(editor.page, '时段', '会议', { details: false });
    expect(labels).not.toContain('会议情况');
    expect(labels).not.toContain('会议时间');
  });
});
