// The page writes a new file (a register dropped on it, a new record) only under a name nothing has
// (src/serve/routes.ts writeNew): a folder of that name is a name taken, said as for a file —
// 409, "已存在，请换一个文件名" — and the folder is left as it is.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../src/serve/server.js';

let dir: string;
let server: RunningServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-serve-folder-name-'));
  mkdirSync(join(dir, '纠纷.csv'));
  server = await startServer({ folder: dir });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a register named as a folder of the page’s folder is refused as a name taken', async () => {
  const csv = readFileSync('examples/registers/矛盾纠纷2009.csv');
  const reply = await fetch(`http://127.0.0.1:${server.port}/api/register?name=${encodeURIComponent('纠纷.csv')}`, {
    method: 'POST',
    headers: { 'X-Gongwen-Token': server.token },
    body: csv,
  });
  expect(reply.status).toBe(409);
  expect((await reply.json()).error).toBe('纠纷.csv 已存在，请换一个文件名');
  expect(readdirSync(join(dir, '纠纷.csv'))).toEqual([]);
});
