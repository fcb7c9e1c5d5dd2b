/**
 * The DOCX writer formats the parts that are the same for every document once a process
 * (src/writers/docx/index.ts, CONSTANT_PARTS) and takes them from there for the documents after: each
 * document of a process — the first and the ones after, of other kinds and font profiles — holds those
 * parts exactly as docx itself packs them for that very document. Parsed XML.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/writers/docx/build.js';
import { writeDocx } from '../src/writers/docx/index.js';
import type { FontProfileName } from '../src/writers/docx/standard.js';
import { fixtures, longDocument, minutes, signatureAtFoot } from './fixtures/docx/documents.js';

const PARTS = ['word/theme/theme1.xml', 'word/settings.xml', 'word/numbering.xml', 'word/endnotes.xml', 'docProps/app.xml', 'docProps/custom.xml'];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true });
const parts = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, parser.parse(strFromU8(data))]));

describe('parts formatted once a process', () => {
  it('every document of a process holds them as docx packs them for that document', async () => {
    const documents = [longDocument, minutes, signatureAtFoot, ...Object.values(fixtures)];
    expect(documents.length).toBeGreaterThan(3);
    for (const [i, doc] of documents.entries()) {
      const fontProfile: FontProfileName = i % 2 ? 'plain' : 'gb2312';
      const written = parts(await writeDocx(doc, { fontProfile }));
      // docx's own Packer, formatting every part of a document built the same way
      const own = parts(await docx.Packer.toBuffer(buildDocument(doc, { fontProfile, colophonPlacement: 'footnote' }, { title: doc.title.join('') })));
      for (const name of PARTS) {
        expect(written[name], `${name} of document ${i + 1}`).toBeDefined();
        expect(written[name], `${name} of document ${i + 1}`).toEqual(own[name]);
      }
      // and no part more or less than docx packs
      expect(Object.keys(written).sort()).toEqual(Object.keys(own).sort());
    }
  });
});
