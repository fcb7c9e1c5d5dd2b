/**
 * Renders one record to DOCX and PDF with the sources (no build needed):
 *   npx vite-node scripts/render-example.ts examples/summary-petitions-2009h1.yaml out.pdf [out.docx]
 * Used by scripts/screenshot.sh. SOURCE_DATE_EPOCH is honoured.
 */
import { writeFileSync } from 'node:fs';
import { compileFile } from '../src/pipeline.js';
import { sourceDateEpoch, writeDocx } from '../src/writers/docx/index.js';
import { convertDocxToPdf } from '../src/writers/pdf.js';

const [input, pdfOut, docxOut] = process.argv.slice(2);
if (!input || !pdfOut) {
  console.error('usage: render-example.ts <record> <out.pdf> [out.docx]');
  process.exit(2);
}
const result = await compileFile(input);
if (!result.document) {
  console.error(result.diagnostics.map((d) => JSON.stringify(d)).join('\n'));
  process.exit(1);
}
const docx = await writeDocx(result.document, { fontProfile: 'gb2312', dateEpoch: sourceDateEpoch() });
if (docxOut) writeFileSync(docxOut, docx);
writeFileSync(pdfOut, await convertDocxToPdf(docx));
