/**
 * GongwenDocument → a `docx` Document, laid out by the element table of ./standard.ts. Each element
 * family has its module, as pandoc's Docx writer splits its own: runs and fonts (./runs.ts), the flow
 * and its paragraphs (./flow.ts), 版头 and title (./head.ts), body blocks (./blocks.ts), tables
 * (./tables.ts), 署名 / 附注 / 附件 (./signature.ts), 版记 (./colophon.ts), page numbers (./footer.ts);
 * styles and the font table are written by ./styles.ts.
 * Imported lazily by ./index.ts so that loading `docx` stays off the start-up path.
 */
import { Document, DocumentGridType, FootnoteReferenceRun, Paragraph } from 'docx';

// for ./index.ts, which takes the parts from the Packer's compiler
export { Packer } from 'docx';
import type { GongwenDocument } from '../../model/document.js';
import { addBlocks } from './blocks.js';
import { colophonParagraphs, hasColophon } from './colophon.js';
import { Flow, type BuildOptions } from './flow.js';
import { FOOTER_DISTANCE_TWIP, pageNumberFooter } from './footer.js';
import { addHead, addTitle } from './head.js';
import { addAttachment, addNotes, addSignature } from './signature.js';
import { DOC_GRID, PAGE_TWIP, SPACING } from './standard.js';
import { mmToTwip } from './units.js';

export type { BuildOptions } from './flow.js';
export { issuerLineTwip } from './head.js';
export { breakHeader, columnWidths } from './tables.js';
export { FOOTER_DISTANCE_TWIP } from './footer.js';

/** The footnote id that carries the 版记; ./package.ts strips its mark and the separators. */
export const COLOPHON_FOOTNOTE_ID = 1;


export function buildDocument(doc: GongwenDocument, options: BuildOptions, meta: { title: string }): Document {
  const f = new Flow(options);
  addHead(f, doc);
  addTitle(f, doc);
  const sig = doc.signature;
  addBlocks(f, doc.body, { trailing: Boolean(sig && (sig.organs.length > 0 || sig.date)) });
  addSignature(f, doc);
  addNotes(f, doc);
  for (const a of doc.attachments) addAttachment(f, a);

  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const colophon = doc.colophon && hasColophon(doc.colophon) ? colophonParagraphs(f, doc.colophon) : [];
  if (colophon.length > 0) {
    if (options.colophonPlacement === 'footnote') {
      // The 版记 rides in a footnote of a last, empty, one-twip paragraph: footnotes are set at the
      // bottom of the 版心 of the page their reference is on, by Word and by LibreOffice alike.
      footnotes[COLOPHON_FOOTNOTE_ID] = { children: colophon };
      f.pushBuilt(f.hairline({}, [new FootnoteReferenceRun(COLOPHON_FOOTNOTE_ID)]));
    } else {
      f.blankLine();
      f.pushBuilt(...colophon);
    }
  }

  return new Document({
    title: meta.title,
    creator: 'gongwen',
    lastModifiedBy: 'gongwen',
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    footnotes,
    // styles.xml is written by ./styles.ts (./package.ts puts it in place).
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIP.width, height: PAGE_TWIP.height },
            margin: {
              top: PAGE_TWIP.top,
              bottom: PAGE_TWIP.bottom,
              left: PAGE_TWIP.left,
              right: PAGE_TWIP.right,
              header: mmToTwip(SPACING.headerMm),
              footer: FOOTER_DISTANCE_TWIP,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: DOC_GRID.linePitchTwip },
        },
        footers: { default: pageNumberFooter(f, 'odd'), even: pageNumberFooter(f, 'even') },
        children: f.items(),
      },
    ],
  });
}
