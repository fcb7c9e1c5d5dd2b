// The parts every DOCX shares are compressed when the bundle is built (src/writers/docx/precompressed.ts,
// scripts/bundle.js), not by every command. What a user must not notice: the bundle writes the very bytes
// the sources write, compressing every part when it runs — for both font profiles, with and without a 版记
// (footnotes.xml is then the document's own, else a shared part).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFile } from '../../src/pipeline.js';
import { writeDocx, type FontProfileName } from '../../src/writers/docx/index.js';
import { constantParts } from '../../src/writers/docx/package.js';
import { runNodeScript } from '../support/node-script.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gongwen-precompressed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A 实施方案 with a 版记 (抄送, 印发) and a 纪要 without one. */
const records = ['plan-militia-farm.yaml', 'minutes-town-petition.yaml'];
const profiles: FontProfileName[] = ['gb2312', 'plain'];

/**
 * Each record's DOCX as the bundle writes it (in a child process, with the code cache the build warmed:
 * test/support/node-script.ts), base64, and how many parts
 * zlib compressed; `zlib`: the version the child's Node says its zlib is, as another Node's would. Asynchronous:
 * the tests run their child processes at once, and beside their own work (describe.concurrent below).
 */
async function bundledDocx(zlib?: string): Promise<{ docx: Record<string, string>; deflated: number }> {
  const script = `
    ${zlib ? `Object.defineProperty(process.versions, 'zlib', { value: ${JSON.stringify(zlib)} });` : ''}
    const zlib = require('node:zlib');
    const deflate = zlib.deflateRawSync;
    let deflated = 0;
    zlib.deflateRawSync = (...args) => (deflated++, deflate(...args));
    const { loadCommand } = require(${JSON.stringify(join(root, 'dist', 'bundle', 'load-commands.js'))});
    const { compileFile } = loadCommand('pipeline');
    const { writeDocx } = loadCommand('writers-docx-index');
    (async () => {
      const docx = {};
      for (const name of ${JSON.stringify(records)}) {
        const { document } = await compileFile(${JSON.stringify(join(root, 'examples'))} + '/' + name);
        for (const fontProfile of ${JSON.stringify(profiles)}) docx[name + ' ' + fontProfile] = Buffer.from(await writeDocx(document, { fontProfile })).toString('base64');
      }
      process.stdout.write(JSON.stringify({ docx, deflated }));
    })();`;
  return JSON.parse(await runNodeScript(work, `bundled-docx-${zlib ?? 'own'}.cjs`, script));
}

/** The bundle's DOCX under this Node's own zlib: one child process for both tests, which compare it with other DOCX. */
let ownZlibRun: ReturnType<typeof bundledDocx> | undefined;
const ownZlib = () => (ownZlibRun ??= bundledDocx());

describe.concurrent('the parts every DOCX shares, compressed ahead', () => {
  it('give the bundle the same DOCX, byte for byte, as compressing every part when it runs', { timeout: 60_000 }, async () => {
    // the child process runs while this thread writes the same documents from the sources
    const inChild = ownZlib();
    const fromSourcesOf: Record<string, string> = {};
    for (const name of records) {
      const { document } = await compileFile(join(root, 'examples', name), { cwd: root });
      for (const fontProfile of profiles) fromSourcesOf[`${name} ${fontProfile}`] = Buffer.from(await writeDocx(document!, { fontProfile })).toString('base64');
    }
    const bundled = await inChild;
    for (const name of records) {
      for (const fontProfile of profiles) {
        expect(bundled.docx[`${name} ${fontProfile}`], `${name} ${fontProfile}`).toBe(fromSourcesOf[`${name} ${fontProfile}`]);
      }
    }
    // and the bundle compressed only each document's own parts: document.xml and core.xml, and the
    // 实施方案's footnotes.xml (its 版记), once for each profile — not the parts it shares with every DOCX
    expect(bundled.deflated).toBe(2 * (3 + 2));
  });

  it('are made again under another zlib than the one that compressed them: the DOCX that zlib makes', { timeout: 60_000 }, async () => {
    const [bundled, own] = await Promise.all([bundledDocx('0.0.0-another'), ownZlib()]);
    expect(bundled.docx).toEqual(own.docx);
    // every shared part compressed once in the process (both profiles' styles and fonts, the empty footnotes of
    // the 纪要), and each document's own parts
    expect(bundled.deflated).toBe(Object.keys(constantParts().parts).length + 2 * (3 + 2));
  });
});
