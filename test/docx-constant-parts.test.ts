/**
 * The DOCX writer formats word/styles.xml and word/theme/theme1.xml once, not for every document
 * (src/writers/docx/index.ts, skipConstantParts): every document of a process — the first and the
 * ones after — still carries gongwen's styles and docx's whole default Office theme. Parsed XML.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../src/writers/docx/index.js';
import { STYLES } from '../src/writers/docx/styles.js';
import { longDocument } from './fixtures/docx/documents.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const part = (bytes: Uint8Array, name: string) => {
  const data = unzipSync(bytes)[name];
  expect(data, name).toBeDefined();
  return parser.parse(strFromU8(data!));
};

describe('parts the same in every DOCX', () => {
  it('the first, second and third document of a process each hold docx\'s whole default theme and gongwen\'s styles', async () => {
    // docx's own theme, formatted by docx for a document it packs itself
    const own = part(await docx.Packer.toBuffer(new docx.Document({ sections: [{ children: [] }] })), 'word/theme/theme1.xml');
    expect(JSON.stringify(own).length).toBeGreaterThan(5000); // the whole theme: colours, fonts, formats
    const ids = Object.values(STYLES).map((s) => s.id);
    for (let i = 0; i < 3; i++) {
      const bytes = await writeDocx(longDocument, { fontProfile: i === 2 ? 'plain' : 'gb2312' });
      expect(part(bytes, 'word/theme/theme1.xml')).toEqual(own);
      const styles = part(bytes, 'word/styles.xml')['w:styles'];
      const written = new Set((styles['w:style'] as { 'w:styleId': string }[]).map((s) => s['w:styleId']));
      for (const id of ids) expect(written, id).toContain(id);
      expect(styles['w:docDefaults']).toBeDefined();
    }
  });
});
