// How a DOCX's parts are compressed (src/writers/docx/package.ts, src/io/zip.ts). A batch DEFLATEs each
// record's own parts (word/document.xml, docProps/core.xml, a 版记's footnotes.xml) once: at zlib's level 2,
// where the parts every DOCX shares keep level 6 (compressed when the bundle is built).
// What a user must not notice: every part reads back, by any inflater, as the very bytes the writer built, and
// the file stays about as small as at level 6 throughout.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { compileFile } from '../src/pipeline.js';
import { writeDocx } from '../src/writers/docx/index.js';
import { buildDocument } from '../src/writers/docx/build.js';
import { DEFAULT_DATE_EPOCH } from '../src/writers/docx/package.js';
import { PART, coreXml } from '../src/writers/docx/parts.js';
import { zipEntries } from '../src/io/zip.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A 实施方案 with a 版记 (its document.xml, 35 KB, the longest of the examples), a 纪要, a 总结 with tables. */
const records = ['plan-militia-farm.yaml', 'minutes-town-petition.yaml', 'summary-petitions-2009h1.yaml'];

/** Each entry of an archive as its local header says it (APPNOTE 4.3.7): its name, method and raw data. */
function rawEntries(zip: Uint8Array): Array<{ name: string; method: number; raw: Uint8Array }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    found.push({ name: strFromU8(zip.subarray(at + 30, at + 30 + nameLength)), method: view.getUint16(at + 8, true), raw: zip.subarray(start, start + size) });
    at = start + size;
  }
  return found;
}

async function documentOf(name: string) {
  const { document } = await compileFile(join(root, 'examples', name), { cwd: root });
  return document!;
}

describe("a DOCX's parts, compressed", () => {
  it('read back, with fflate and with zlib at its default window, as the bytes the writer built', async () => {
    for (const name of records) {
      const document = await documentOf(name);
      const docx = await writeDocx(document, { fontProfile: 'gb2312' });
      const built = buildDocument(document, { fontProfile: 'gb2312', colophonPlacement: 'footnote' });
      const title = document.title.length > 0 ? document.title.join('') : (document.mark ?? '');
      const read = unzipSync(docx);
      expect(strFromU8(read[PART.document]!), name).toBe(built.document);
      expect(strFromU8(read[PART.footnotes]!), name).toBe(built.footnotes);
      expect(strFromU8(read[PART.core]!), name).toBe(coreXml(title, DEFAULT_DATE_EPOCH));
      // each entry's raw DEFLATE, inflated by zlib as a reader that assumes a 32 KB window does
      const raws = rawEntries(docx);
      expect(raws.map((e) => e.name)).toEqual(Object.keys(read));
      for (const { name: part, method, raw } of raws) {
        expect(method, part).toBe(8);
        expect(Buffer.from(zlib.inflateRawSync(raw)).equals(Buffer.from(read[part]!)), `${name} ${part}`).toBe(true);
      }
    }
  });

  it("are compressed fast for each document's own parts (level 2), and the file is at most 3.5% larger than at level 6", async () => {
    // the parts every DOCX shares are compressed once a process (from the sources; the bundle has them made): done here first
    await writeDocx(await documentOf(records[0]!), { fontProfile: 'gb2312' });
    const deflate = zlib.deflateRawSync;
    const asked: Array<{ length: number; options: zlib.ZlibOptions | undefined }> = [];
    zlib.deflateRawSync = ((data: zlib.InputType, options?: zlib.ZlibOptions) => {
      asked.push({ length: (data as Uint8Array).length, options });
      return deflate(data, options);
    }) as typeof zlib.deflateRawSync;
    try {
      for (const name of records) {
        const document = await documentOf(name);
        asked.length = 0;
        const docx = await writeDocx(document, { fontProfile: 'gb2312' });
        const read = unzipSync(docx);
        // document.xml and core.xml, and the 实施方案's footnotes.xml (its 版记); the shared parts were compressed before (or at the build)
        const own = [PART.document, PART.core, ...(name.startsWith('plan') ? [PART.footnotes] : [])];
        expect(asked.map((a) => a.length).sort(), name).toEqual(own.map((part) => read[part]!.length).sort());
        for (const a of asked) expect(a.options, name).toEqual({ level: 2 });
        // the same parts, in the same order and time, every one at level 6
        const atLevel6 = zipEntries(Object.keys(read).map((part) => ({ name: part, data: read[part]! })), new Date(2000, 0, 1), 6);
        expect(docx.length, name).toBeLessThanOrEqual(atLevel6.length * 1.035);
      }
    } finally {
      zlib.deflateRawSync = deflate;
    }
  });
});
