// `gongwen serve` as a user starts it: the real binary in a child process (bin/gongwen.js, bundled
// by vitest's global setup), its printed address, the page files shipped with it, and Ctrl-C.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostWarning } from '../src/cli/serve.js';
import { runCli } from './support/cli.js';

const root = join(import.meta.dirname, '..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-serve-cli-'));
  cpSync(join(root, 'examples/minutes-town-petition.yaml'), join(dir, 'petition.yaml'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('(binary) serve prints an address with a token on 127.0.0.1, serves the page, and stops on Ctrl-C', async () => {
  const child = spawn(process.execPath, [join(root, 'bin/gongwen.js'), 'serve', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const url = await new Promise<string>((done, failed) => {
    child.stdout.on('data', (c) => {
      stdout += c;
      const m = /http:\/\/\S+/.exec(stdout);
      if (m) done(m[0]);
    });
    child.on('exit', () => failed(new Error(`serve exited: ${stderr}`)));
  });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  const token = new URL(url).searchParams.get('token')!;
  const base = url.replace(/\/\?.*$/, '');
  expect((await fetch(`${base}/api/records`)).status).toBe(403);
  const headers = { 'X-Gongwen-Token': token };
  const page = await fetch(`${base}/`, { headers });
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('/app.js');
  for (const asset of ['/app.js', '/app.css', '/document.css']) expect((await fetch(base + asset, { headers })).status, asset).toBe(200);
  const { records } = await (await fetch(`${base}/api/records`, { headers })).json();
  expect(records).toEqual([expect.objectContaining({ path: 'petition.yaml', valid: true })]);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stderr).toContain('gongwen serve: stopped');
  await expect(fetch(`${base}/api/records`, { headers })).rejects.toThrow();
}, 30_000);

test('--host other than a loopback address is warned about; a bad port or folder is a usage error', async () => {
  expect(hostWarning('0.0.0.0', 'records')).toMatch(/other computers on the network/);
  expect(hostWarning('192.168.1.5', 'records')).toMatch(/other computers/);
  expect(hostWarning('127.0.0.1', 'records')).toBeUndefined();
  expect(hostWarning('::1', 'records')).toBeUndefined();
  expect((await runCli(['serve', dir, '--port', '99999'], dir)).code).toBe(2);
  expect((await runCli(['serve', join(dir, 'nothing')], dir)).code).toBe(2);
});
