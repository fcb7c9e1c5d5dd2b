/**
 * A line that is only a page number, as the text of a Word or WPS document or of a PDF gives it when it is copied
 * across a page break: — 2 — (GB/T 9704 §7.5: 一字线, the number, 一字线), -2-, - 2 -, 第2页, 第2页 共5页, 2/5. It is
 * never a paragraph of a document.
 */
const PAGE_NUMBER = /^(?:[—–\-－─]\s*\d{1,4}\s*[—–\-－─]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;

export function isPageNumberLine(text: string): boolean {
  return text.length <= 24 && PAGE_NUMBER.test(text.trim());
}
