// LibreOffice and poppler-utils, which the PDF and layout tests need. On a machine without them those
// tests are skipped with the reason printed; where .ci/run has installed them (it sets
// GONGWEN_REQUIRE_LAYOUT_TOOLS=1) a missing tool is a failing test, never a skip.
import { it } from 'vitest';
import { findLibreOffice } from '../../src/writers/pdf.js';
import { hasPdftotext } from './docx-pdf.js';

export const soffice = findLibreOffice();
const missing = [...(soffice ? [] : ['LibreOffice (soffice)']), ...(hasPdftotext() ? [] : ['poppler-utils (pdftotext, pdftoppm, pdffonts)'])];

/** Why the layout tools cannot run here; undefined when they can. */
export const layoutToolsMissing: string | undefined = missing.length
  ? `${missing.join(' and ')} not found; apt-get install libreoffice-writer-nogui fonts-noto-cjk texlive-lang-chinese poppler-utils`
  : undefined;

/**
 * Call at the top of a test file whose tests skip without the tools: prints the reason, and where
 * the tools are required (CI) adds a test that fails with it.
 */
export function sayWhyLayoutTestsSkip(label: string): void {
  if (!layoutToolsMissing) return;
  if (process.env.GONGWEN_REQUIRE_LAYOUT_TOOLS === '1') {
    it(`${label}: LibreOffice and poppler-utils are installed (GONGWEN_REQUIRE_LAYOUT_TOOLS=1)`, () => {
      throw new Error(layoutToolsMissing);
    });
  } else console.warn(`\n[${label}] SKIPPED: ${layoutToolsMissing}\n`);
}
