/**
 * GongwenDocument → the XML of word/document.xml and word/footnotes.xml, laid out by the element
 * table of src/layout/standard.ts. Each element family has its module, as pandoc's Docx writer splits its own:
 * runs and fonts (./runs.ts), the flow and its paragraphs (./flow.ts), 版头 and title (./head.ts), body
 * blocks (./blocks.ts), tables (./tables.ts), 署名 / 附注 / 附件 (./signature.ts), 版记 (./colophon.ts)
 * and its footnote (./notes.ts), page numbers (./footer.ts), the section (./document.ts); styles and
 * the font table are written by ./styles.ts, the theme by ./theme.ts, the other parts by ./parts.ts, the package by ./package.ts.
 */
import type { GongwenDocument } from '../../model/document.js';
import { addBlocks } from './blocks.js';
import { colophonParagraphs, hasColophon } from './colophon.js';
import { documentXml } from './document.js';
import { Flow, type BuildOptions } from './flow.js';
import { addHead, addTitle } from './head.js';
import { NO_FOOTNOTES_XML, colophonAnchorRun, colophonFootnotesXml } from './notes.js';
import { addAttachment, addNotes, addSignature } from './signature.js';
import { FONT_PROFILES } from '../../layout/standard.js';

export type { BuildOptions } from './flow.js';

/** The parts of a DOCX that differ from document to document but for docProps/core.xml (./parts.ts coreXml). */
export interface BuiltDocument {
  /** word/document.xml */
  document: string;
  /** word/footnotes.xml */
  footnotes: string;
}

export function buildDocument(doc: GongwenDocument, options: BuildOptions): BuiltDocument {
  const f = new Flow(options);
  addHead(f, doc);
  addTitle(f, doc);
  const sig = doc.signature;
  addBlocks(f, doc.body, { trailing: Boolean(sig && (sig.organs.length > 0 || sig.date)) });
  addSignature(f, doc);
  addNotes(f, doc);
  for (const a of doc.attachments) addAttachment(f, a);

  let footnotes = NO_FOOTNOTES_XML;
  const colophon = doc.colophon && hasColophon(doc.colophon) ? colophonParagraphs(f, doc.colophon) : [];
  if (colophon.length > 0) {
    if (options.colophonPlacement === 'footnote') {
      // The 版记 rides in a footnote of a last, empty, one-point paragraph: footnotes are set at the
      // bottom of the 版心 of the page their reference is on, by Word and by LibreOffice alike.
      // The line before the anchor (the 成文日期, a 附注 …) keeps with it: where the 版记 does not fit
      // under it, LibreOffice moved the date alone to the next page with the anchor, away from the
      // 署名 (the 署名's keepNext notwithstanding); kept, the 署名 and 日期 go on together.
      footnotes = colophonFootnotesXml(colophon);
      f.keepLastWithNext();
      f.pushBuilt(f.hairline({}, colophonAnchorRun(FONT_PROFILES[options.fontProfile].fangsong)));
    } else {
      f.blankLine();
      f.pushBuilt(...colophon);
    }
  }
  return { document: documentXml(f.items()), footnotes };
}
