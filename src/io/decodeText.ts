import { isAscii, isUtf8, transcode } from 'node:buffer';
import { countHan } from '../zh/cjk.js';

/**
 * A place where the bytes do not fit the encoding the file was read in:
 * - `invalid-byte`: a byte (or a few) that is not UTF-8 in a file that otherwise is;
 * - `mixed-encoding`: a whole line in another encoding than the rest (a GBK line
 *   pasted into a UTF-8 file, or a UTF-8 line in a GBK one).
 * Lines and columns are 1-based; the column counts characters as decoded.
 */
export interface EncodingProblem {
  kind: 'invalid-byte' | 'mixed-encoding';
  line: number;
  column: number;
  /** invalid-byte: the bytes that are not UTF-8, as hex ("B7", "C4 E3"). */
  bytes?: string;
  /** mixed-encoding: the line's encoding, when it reads as one ("GBK", "UTF-8"). */
  lineEncoding?: string;
}

export interface DecodedText {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
  encoding: string;
  /** Lines that do not fit `encoding` (at most `MAX_ENCODING_PROBLEMS`); absent when there are none. */
  problems?: EncodingProblem[];
  /** How many lines have problems in all, those left out of `problems` included. */
  problemLines?: number;
}

/** How many encoding problems are kept with their place; the rest are only counted. */
export const MAX_ENCODING_PROBLEMS = 20;

/** A line longer than this (1 MiB) is decoded in pieces. */
const LONG_LINE = 1 << 20;

/**
 * Decodes the bytes of a record or a register as offices save them: UTF-8 with or
 * without a BOM, UTF-16 with a BOM ("Unicode text" in Excel), or GBK as Windows
 * Notepad, WPS and Excel on Chinese Windows write it (read as GB18030, GBK's
 * superset; Node 20's full-ICU `TextDecoder` has it, so no extra library).
 *
 * A file is read as GBK only when none of its non-ASCII lines is UTF-8. A file
 * whose non-ASCII lines are UTF-8 but for a few stays UTF-8, and those lines are
 * listed in `problems` (a stray byte, or a line in GBK: mixed encoding) with
 * U+FFFD where their bytes are not UTF-8 — callers report them at their line.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoder = new StreamingTextDecoder();
  const text = decoder.push(bytes, true);
  return decoder.result(text);
}

/** The BOM, or undefined: 'utf-8-bom' | 'utf-16le' | 'utf-16be'. */
function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * `decodeText` a block at a time, for files too large to hold at once: `push`
 * each block of bytes as read, in order, and get its text (a character cut
 * between blocks comes with the next). The encoding is decided on the first
 * block with a non-ASCII byte (the BOM, if any, on the first block); lines that
 * do not fit it, here or later, are collected in `problems` with their line.
 */
export class StreamingTextDecoder {
  encoding: string | undefined;
  readonly problems: EncodingProblem[] = [];
  problemLines = 0;
  /** Line (1-based) at the start of the next byte to decode. */
  private line = 1;
  private started = false;
  private carry: Uint8Array | undefined;
  private utf16: TextDecoder | undefined;
  private gbk: TextDecoder | undefined;

  /** The text of these bytes; `final` on the last block (it may be empty). */
  push(chunk: Uint8Array, final = false): string {
    let bytes = chunk;
    if (this.carry) {
      bytes = concat(this.carry, chunk);
      this.carry = undefined;
    }
    if (!this.started) {
      // A BOM needs its first 3 bytes.
      if (bytes.length < 3 && !final) {
        this.carry = copyOf(bytes);
        return '';
      }
      this.started = true;
      const bom = bomOf(bytes);
      if (bom) {
        this.encoding = bom.encoding;
        bytes = bytes.subarray(bom.length);
        if (bom.encoding !== 'utf-8-bom') this.utf16 = new TextDecoder(bom.encoding);
      }
    }
    if (this.utf16) return this.utf16.decode(bytes, { stream: !final });

    // Whole lines only (so each line is checked whole), and never a character cut in two: what follows
    // the last line break waits for the next block. (GB18030 characters never hold a line feed byte.)
    let end = bytes.length;
    if (!final) {
      const lf = bytes.lastIndexOf(10);
      if (lf < 0 && bytes.length < LONG_LINE) {
        this.carry = copyOf(bytes);
        return '';
      }
      end = lf >= 0 ? lf + 1 : this.encoding === 'gb18030' ? bytes.length : utf8Cut(bytes);
      if (end < bytes.length) this.carry = copyOf(bytes.subarray(end));
    }
    const block = bytes.subarray(0, end);
    if (this.encoding === undefined) {
      if (isAscii7(block)) {
        this.line += countLines(block);
        return latin1(block);
      }
      this.encoding = isUtf8(block) || utf8LinesWin(block) ? 'utf-8' : 'gb18030';
    }
    const text = this.encoding === 'gb18030' ? this.decodeGbk(block, final) : this.decodeUtf8(block);
    return text;
  }

  /** The decoding so far as `decodeText` gives it. */
  result(text: string): DecodedText {
    const out: DecodedText = { text, encoding: this.encoding ?? 'utf-8' };
    if (this.problemLines > 0) {
      out.problems = this.problems;
      out.problemLines = this.problemLines;
    }
    return out;
  }

  private decodeUtf8(block: Uint8Array): string {
    if (isUtf8(block)) {
      this.line += countLines(block);
      return utf8Text(block);
    }
    // Some line is not UTF-8: find which, and report it.
    forEachLine(block, (from, to) => {
      const line = block.subarray(from, to);
      if (!isUtf8(line)) this.utf8LineProblem(line);
      this.line++;
    });
    this.line--; // forEachLine counts the last (unterminated) piece as a line too
    return utf8Text(block);
  }

  private utf8LineProblem(line: Uint8Array): void {
    this.problemLines++;
    if (this.problems.length >= MAX_ENCODING_PROBLEMS) return;
    const at = firstInvalidUtf8(line);
    const column = [...utf8Text(line.subarray(0, at.offset))].length + 1;
    // A line of Chinese that reads cleanly as GBK is a pasted GBK line, not a stray byte.
    if (looksGbk(line)) {
      this.problems.push({ kind: 'mixed-encoding', line: this.line, column, lineEncoding: 'GBK' });
    } else {
      this.problems.push({ kind: 'invalid-byte', line: this.line, column, bytes: hex(line.subarray(at.offset, at.offset + at.length)) });
    }
  }

  private decodeGbk(block: Uint8Array, final: boolean): string {
    this.gbk ??= new TextDecoder('gb18030');
    // A line that is valid UTF-8 with non-ASCII characters was saved in another encoding than the rest.
    forEachLine(block, (from, to) => {
      const line = block.subarray(from, to);
      if (!isAscii7(line) && isUtf8(line)) {
        this.problemLines++;
        if (this.problems.length < MAX_ENCODING_PROBLEMS) {
          let k = 0;
          while (line[k] < 0x80) k++;
          this.problems.push({ kind: 'mixed-encoding', line: this.line, column: k + 1, lineEncoding: 'UTF-8' });
        }
      }
      this.line++;
    });
    this.line--;
    return this.gbk.decode(block, { stream: !final });
  }
}

/** A copy (a Buffer's slice() is a view into it, and callers reuse their buffers). */
function copyOf(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function isAscii7(bytes: Uint8Array): boolean {
  return isAscii(bytes);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Where to cut so that no UTF-8 sequence is split: before a trailing incomplete sequence. */
function utf8Cut(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k];
    if (b < 0x80) return n; // ASCII: nothing cut
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > k ? n - k : n;
    }
  }
  return n;
}

function countLines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buffer.indexOf(10); i >= 0; i = buffer.indexOf(10, i + 1)) n++;
  return n;
}

/** Calls `each(from, to)` for every line (without its LF); the piece after the last LF counts as a line. */
function forEachLine(bytes: Uint8Array, each: (from: number, to: number) => void): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let from = 0;
  for (let i = buffer.indexOf(10); i >= 0; i = buffer.indexOf(10, from)) {
    each(from, i);
    from = i + 1;
  }
  each(from, bytes.length);
}

/**
 * Whether the block reads as UTF-8: at least as many of its lines with non-ASCII
 * characters are UTF-8 (or UTF-8 with a stray byte) as read as GBK.
 */
function utf8LinesWin(bytes: Uint8Array): boolean {
  let utf8 = 0;
  let gbk = 0;
  forEachLine(bytes, (from, to) => {
    const line = bytes.subarray(from, to);
    if (isAscii7(line)) return;
    if (isUtf8(line) || !looksGbk(line)) utf8++;
    else gbk++;
  });
  return utf8 >= gbk;
}

/**
 * Made on first use: a TextDecoder for gb18030 opens an ICU converter, about 7 ms of every run that
 * made it at load (a --cpu-prof of one render, "getConverter"), and only a file with a line that is
 * not UTF-8 ever asks.
 */
let gbkDecoder: TextDecoder | undefined;

/** A line that is not UTF-8 and reads cleanly as GBK Chinese, rather than as UTF-8 with stray bytes. */
function looksGbk(line: Uint8Array): boolean {
  const asGbk = (gbkDecoder ??= new TextDecoder('gb18030')).decode(line);
  const chinese = countHan(asGbk);
  return chinese >= 1 && !asGbk.includes('\ufffd') && utf8Multibytes(line) * 2 < chinese;
}

/** How many valid 3- and 4-byte UTF-8 characters (汉字 among them) the line has; GBK pairs rarely make one, they often make 2-byte ones. */
function utf8Multibytes(line: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const size = line[i] >= 0xc0 ? utf8Size(line[i]) : 1;
    if (size > 2 && i + size <= line.length && isUtf8(line.subarray(i, i + size))) {
      n++;
      i += size - 1;
    }
  }
  return n;
}

/** The first byte that does not start a valid UTF-8 sequence: its offset, and 1 (or 2 when a second stray byte follows). */
function firstInvalidUtf8(line: Uint8Array): { offset: number; length: number } {
  let i = 0;
  while (i < line.length) {
    const b = line[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (size > 1 && i + size <= line.length && isUtf8(line.subarray(i, i + size))) {
      i += size;
      continue;
    }
    const second = i + 1 < line.length && line[i + 1] >= 0x80 && !isUtf8(line.subarray(i + 1, i + 1 + utf8Size(line[i + 1])));
    return { offset: i, length: second ? 2 : 1 };
  }
  return { offset: line.length, length: 0 };
}

function utf8Size(b: number): number {
  return b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/**
 * UTF-8 bytes as a string. ICU's transcode to UTF-16 and a plain copy is about
 * three times faster than `toString('utf8')` on Chinese text (30 MB: 37 ms
 * against 122 ms), which counts for a 100,000-row register.
 */
function utf8Text(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length === 0) return '';
  try {
    return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return buffer.toString('utf8');
  }
}
