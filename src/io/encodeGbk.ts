/**
 * Text as GBK (code page 936), for files an old Excel opens with the system's code page. The
 * table is made once from the platform's own GBK decoder (WHATWG Encoding, "gb18030"/"gbk"):
 * every two-byte code (lead 0x81–0xFE, trail 0x40–0xFE but 0x7F) decoded, and each character
 * mapped back to its bytes. Characters GBK has no code for are named, not replaced.
 */
import { localize, say, type LocalText } from '../diagnostics/messages/index.js';

let table: Map<number, number> | undefined;

function gbkTable(): Map<number, number> {
  if (table) return table;
  table = new Map();
  const bytes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      // A line feed after each code: an unassigned one cannot shift the codes after it.
      bytes.push(lead, trail, 0x0a);
    }
  }
  const pieces = new TextDecoder('gbk').decode(new Uint8Array(bytes)).split('\n');
  let k = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const piece = pieces[k++];
      if (piece.length === 1 && piece !== '\uFFFD' && !table.has(piece.charCodeAt(0))) table.set(piece.charCodeAt(0), (lead << 8) | trail);
    }
  }
  // Code page 936 writes € as the one byte 0x80.
  table.set(0x20ac, 0x80);
  return table;
}

/** The characters of `text` GBK cannot write (each once, in order). */
export function unencodableInGbk(text: string): string[] {
  const codes = gbkTable();
  const out = new Set<string>();
  for (const ch of text) if (ch.charCodeAt(0) >= 0x80 && (ch.length > 1 || !codes.has(ch.charCodeAt(0)))) out.add(ch);
  return [...out];
}

/** `text` in GBK; throws when it holds a character GBK has no code for (see `unencodableInGbk`). */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    const code = codes.get(c);
    if (code === undefined) throw new GbkError(say('gbk.no-code', { character: String.fromCodePoint(text.codePointAt(i)!) }));
    if (code > 0xff) out[n++] = code >> 8;
    out[n++] = code & 0xff;
  }
  return out.subarray(0, n);
}

/** A character GBK has no code for (callers check with `unencodableInGbk` first); `text` in the catalogue's words. */
export class GbkError extends Error {
  constructor(readonly text: LocalText) {
    super(localize(text, 'en'));
    this.name = 'GbkError';
  }
}
