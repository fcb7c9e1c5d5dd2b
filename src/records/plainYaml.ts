import { setOwn } from '../util/dict.js';
import { canonicalKey } from './aliases.js';
import { MAX_RECORD_DEPTH, MAX_RECORD_NODES } from './limits.js';

/**
 * A record's YAML read without the yaml library, for the records that keep to a plain subset — block
 * mappings and sequences indented with spaces, plain scalars (on one line or folded over several),
 * one-line quoted scalars without escapes, one-line flow sequences of plain scalars, `{}`, comments.
 * Anything else (a tab, an anchor or alias, a tag, a block scalar `|` `>`, a flow mapping, a key that is
 * not a plain string, a key written twice, a colon YAML would read as a key inside a value, an
 * indentation it does not expect …) gives undefined, and the record is read by the yaml library as
 * before (src/records/readRecord.ts): that parse says every mistake, with its position. What this reads
 * is what that parse reads — the same values under the same canonical keys, in the same order
 * (test/unit/plain-yaml.test.ts holds the two to each other on every record of the repository and on
 * generated ones) — at a fraction of its cost: the yaml library's parse (its lexer and CST parser)
 * was the largest cost of a record in a batch (bench/README.md).
 *
 * Plain scalars resolve by the YAML 1.2 core schema (YAML 1.2.2 §10.3.2, the yaml library's default):
 * null, booleans, integers (decimal, 0o octal, 0x hex), floats (.inf, .nan, exponents); everything else
 * is a string. Quoted scalars are strings.
 */

/** What the record's keys were as written, and which key paths exist: for positions and messages asked for later. */
export type Shape = KeyShape | Shape[] | null;
/** A mapping's keys, canonical → the key as written and what its value holds. */
export type KeyShape = Map<string, { written: string; shape: Shape }>;

export interface PlainRead {
  data: unknown;
  shape: Shape;
}

/** Values made (as the yaml walk counts them), nesting: beyond these the full parse reads it and says the limit. */
const MAX_NODES = MAX_RECORD_NODES / 2;
const MAX_DEPTH = MAX_RECORD_DEPTH - 16;
/** Longest key read here (YAML refuses an implicit key over 1024 characters). */
const MAX_KEY = 512;

/**
 * Characters after which this reader gives up: tab, C0 controls but the line feed, DEL and C1 (NEL is a
 * YAML 1.1 line break), the line and paragraph separators, BOM, U+FFFE/FFFF, surrogates.
 */
const GIVE_UP = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/** A line that is a document marker or a directive. */
const MARKER = /^(?:---|\.\.\.)(?:[ ]|$)|^%/m;

class GiveUp {}
const GIVE_UP_NOW = new GiveUp();
function giveUp(): never {
  throw GIVE_UP_NOW;
}

/** The record's values and shape, or undefined when the text is not in the subset this reads. */
export function readPlainYaml(text: string): PlainRead | undefined {
  if (GIVE_UP.test(text) || MARKER.test(text)) return undefined;
  const r = new Reader(text.split('\n'));
  try {
    const first = r.nextSignificant(0);
    if (first < 0 || r.indent(first) !== 0) return undefined;
    r.i = first;
    const shape: KeyShape = new Map();
    const data = r.map(0, 0, shape);
    if (r.i >= 0) return undefined;
    return { data, shape };
  } catch (err) {
    if (err === GIVE_UP_NOW) return undefined;
    throw err;
  }
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

class Reader {
  /** The line being read; -1 once the text is read to its end. */
  i = 0;
  nodes = 0;
  /** The shape of the flow collection inline() read last. */
  flowShape: Shape = null;
  private readonly indents: Int32Array;

  constructor(private readonly lines: string[]) {
    this.indents = new Int32Array(lines.length).fill(-2);
  }

  /** Spaces before a line's content; -1 for a blank line or a comment line. */
  indent(n: number): number {
    let k = this.indents[n]!;
    if (k !== -2) return k;
    const line = this.lines[n]!;
    k = 0;
    while (k < line.length && line.charCodeAt(k) === SPACE) k++;
    if (k === line.length || line.charCodeAt(k) === HASH) k = -1;
    this.indents[n] = k;
    return k;
  }

  /** The first line from n on with content, or -1. */
  nextSignificant(n: number): number {
    for (; n < this.lines.length; n++) if (this.indent(n) >= 0) return n;
    return -1;
  }

  count(depth: number): void {
    if (++this.nodes > MAX_NODES || depth > MAX_DEPTH) giveUp();
  }

  /** A block mapping whose keys are at column `col`, the first on line this.i; a value goes on over the lines more indented than `col`. */
  map(col: number, depth: number, shape: KeyShape): Record<string, unknown> {
    this.count(depth);
    const out = {} as Record<string, unknown>;
    for (;;) {
      const line = this.lines[this.i]!;
      const colon = keyIndicator(line, col);
      if (colon < 0) giveUp();
      // the key as YAML reads it (spaces before the colon dropped); the full reading takes it with its
      // other white space trimmed (a full-width space typed before a key: readRecord.ts mapToData)
      const yamlKey = trimSpaces(line.slice(col, colon));
      const written = yamlKey.trim();
      if (!written || yamlKey.length > MAX_KEY || !plainKey(yamlKey) || typeof resolvePlain(yamlKey) !== 'string') giveUp();
      const key = canonicalKey(written);
      if (shape.has(key)) giveUp(); // written twice (or two names of one key): the full parse says so
      let value: unknown;
      let childShape: Shape = null;
      let v = colon + 1;
      while (v < line.length && line.charCodeAt(v) === SPACE) v++;
      if (v === line.length || line.charCodeAt(v) === HASH) {
        // the value, if any, on the lines below: more indented, or a sequence at the key's own column
        const next = this.nextSignificant(this.i + 1);
        if (next >= 0 && this.indent(next) === col && isEntry(this.lines[next]!, col)) {
          this.i = next;
          const items: Shape[] = [];
          value = this.seq(col, depth + 1, items);
          childShape = items;
        } else {
          ({ value, shape: childShape } = this.below(next, col, depth + 1));
        }
      } else {
        value = this.inline(v, col, depth + 1);
        childShape = flowShape(value, this);
      }
      setOwn(out, key, value); // as the yaml walk sets it: `__proto__` an own property, never the prototype
      shape.set(key, { written, shape: childShape });
      const next = this.i;
      if (next < 0) return out;
      const k = this.indent(next);
      if (k < col) return out;
      if (k > col) giveUp();
      if (isEntry(this.lines[next]!, col)) {
        return out; // the parent's sequence at this column goes on (or the full parse says what is wrong)
      }
    }
  }

  /** A block sequence whose dashes are at column `col`, the first on line this.i. */
  seq(col: number, depth: number, shape: Shape[]): unknown[] {
    this.count(depth);
    const out: unknown[] = [];
    for (;;) {
      const line = this.lines[this.i]!;
      let v = col + 1;
      while (v < line.length && line.charCodeAt(v) === SPACE) v++;
      let value: unknown;
      let itemShape: Shape = null;
      if (v === line.length || line.charCodeAt(v) === HASH) {
        ({ value, shape: itemShape } = this.below(this.nextSignificant(this.i + 1), col, depth + 1));
      } else if (isEntry(line, v)) {
        giveUp(); // - - a sequence in a sequence's entry
      } else if (!OPENS_INLINE.has(line.charCodeAt(v)) && keyIndicator(line, v) >= 0) {
        // - key: value, and the mapping's other keys at the column of the first
        const keys: KeyShape = new Map();
        value = this.map(v, depth + 1, keys);
        itemShape = keys;
      } else {
        value = this.inline(v, col, depth + 1);
        itemShape = flowShape(value, this);
      }
      out.push(value);
      shape.push(itemShape);
      const next = this.i;
      if (next < 0) return out;
      const k = this.indent(next);
      if (k < col) return out;
      if (k > col) giveUp();
      if (!isEntry(this.lines[next]!, col)) return out; // the parent mapping's next key (a sequence at its key's column)
    }
  }

  /**
   * The value of a key or an entry with nothing after it on its line: the node on the lines below when
   * `next` (its first line with content) is more indented than the collection at column `col`, else null.
   */
  private below(next: number, col: number, depth: number): { value: unknown; shape: Shape } {
    if (next >= 0 && this.indent(next) > col) {
      this.i = next;
      const holder: { shape: Shape } = { shape: null };
      const value = this.node(this.indent(next), col, depth, holder);
      return { value, shape: holder.shape };
    }
    this.count(depth);
    this.i = next;
    return { value: null, shape: null };
  }

  /** A node that begins a line, at column `col`, inside a collection at column `parent`. */
  node(col: number, parent: number, depth: number, holder: { shape: Shape }): unknown {
    const line = this.lines[this.i]!;
    if (isEntry(line, col)) {
      const items: Shape[] = [];
      holder.shape = items;
      return this.seq(col, depth, items);
    }
    if (!OPENS_INLINE.has(line.charCodeAt(col)) && keyIndicator(line, col) >= 0) {
      const keys: KeyShape = new Map();
      holder.shape = keys;
      return this.map(col, depth, keys);
    }
    const value = this.inline(col, parent, depth);
    holder.shape = flowShape(value, this);
    return value;
  }

  /**
   * A scalar or flow value starting at column `v` of line this.i, in a collection at column `parent`:
   * a plain scalar goes on over the next lines more indented than `parent`. Leaves this.i at the next
   * line with content (-1 at the end).
   */
  inline(v: number, parent: number, depth: number): unknown {
    this.count(depth);
    const line = this.lines[this.i]!;
    const c = line.charCodeAt(v);
    let value: unknown;
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      const flow = new Flow(line, v, this, depth);
      value = flow.value();
      this.flowShape = flow.shape;
      afterValue(line, flow.at);
    } else if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const q = quoted(line, v);
      value = q.value;
      afterValue(line, q.end);
    } else {
      return this.plain(line, v, parent);
    }
    // a quoted or flow value is whole on its line: a more indented line after it is not read here
    const next = this.nextSignificant(this.i + 1);
    if (next >= 0 && this.indent(next) > parent) giveUp();
    this.i = next;
    return value;
  }

  /** A plain scalar from column v of line this.i, folded over the lines after it more indented than `parent`. */
  private plain(line: string, v: number, parent: number): unknown {
    if (!plainStart(line, v)) giveUp();
    let end = line.indexOf(' #', v);
    if (end < 0) end = line.length;
    const first = trimSpaces(line.slice(v, end));
    if (hasKeyIndicator(first)) giveUp();
    let folded = first;
    let raw: string | undefined;
    let n = this.i + 1;
    for (; n < this.lines.length; n++) {
      const k = this.indent(n);
      if (k < 0) {
        // a blank or comment line ends the scalar here; a continuation after it is not read here
        const next = this.nextSignificant(n);
        if (next >= 0 && this.indent(next) > parent) giveUp();
        n = next;
        break;
      }
      if (k <= parent) break;
      // a comment ends the scalar on its line: what the yaml library makes of a line after it is not read here
      if (end < line.length) giveUp();
      const more = this.lines[n]!;
      const text = trimSpaces(more.slice(k));
      if (!plainStart(text, 0) || text.includes(' #') || hasKeyIndicator(text)) giveUp();
      folded += ' ' + text;
      raw = (raw ?? first) + '\n' + text;
    }
    this.i = n < this.lines.length ? n : -1;
    const value = resolvePlain(folded);
    return raw !== undefined && typeof value === 'string' ? unfoldChinese(value, raw) : value;
  }
}

/**
 * A flow collection on one line (`[a, b]`, `{姓名: 张三, 职务: [镇长]}`, nested), its scalars plain, none
 * holding a colon, `#` or quote, each mapping's keys plain strings written once.
 */
class Flow {
  at: number;
  shape: Shape = null;

  constructor(
    private readonly line: string,
    start: number,
    private readonly reader: { count(depth: number): void },
    private readonly depth: number,
  ) {
    this.at = start;
  }

  value(): unknown {
    const r = this.node(this.depth);
    this.shape = r.shape;
    return r.value;
  }

  private spaces(): void {
    while (this.line.charCodeAt(this.at) === SPACE) this.at++;
  }

  private node(depth: number): { value: unknown; shape: Shape } {
    this.reader.count(depth);
    this.spaces();
    const c = this.line.charCodeAt(this.at);
    if (c === 0x5b /* [ */) {
      this.at++;
      const value: unknown[] = [];
      const shape: Shape[] = [];
      for (;;) {
        this.spaces();
        if (this.line.charCodeAt(this.at) === 0x5d /* ] */) break;
        const item = this.node(depth + 1);
        value.push(item.value);
        shape.push(item.shape);
        if (!this.separator(0x5d)) break;
      }
      this.at++;
      return { value, shape };
    }
    if (c === 0x7b /* { */) {
      this.at++;
      const value = {} as Record<string, unknown>;
      const shape: KeyShape = new Map();
      for (;;) {
        this.spaces();
        if (this.line.charCodeAt(this.at) === 0x7d /* } */) break;
        const yamlKey = this.plainText();
        if (this.line.charCodeAt(this.at) !== COLON || this.line.charCodeAt(this.at + 1) !== SPACE) giveUp();
        this.at += 2;
        const written = yamlKey.trim();
        if (!written || yamlKey.length > MAX_KEY || !plainKey(yamlKey) || typeof resolvePlain(yamlKey) !== 'string') giveUp();
        const key = canonicalKey(written);
        if (shape.has(key)) giveUp();
        const item = this.node(depth + 1);
        setOwn(value, key, item.value);
        shape.set(key, { written, shape: item.shape });
        if (!this.separator(0x7d)) break;
      }
      this.at++;
      return { value, shape };
    }
    if (c === 0x22 || c === 0x27) {
      const q = quoted(this.line, this.at);
      this.at = q.end;
      return { value: q.value, shape: null };
    }
    const text = this.plainText();
    if (!text || this.line.charCodeAt(this.at) === COLON) giveUp();
    return { value: resolvePlain(text), shape: null };
  }

  /** After an item: a comma (true; a closing bracket may follow it) or the closing bracket itself (false). */
  private separator(close: number): boolean {
    this.spaces();
    const c = this.line.charCodeAt(this.at);
    if (c === 0x2c /* , */) {
      this.at++;
      return true;
    }
    if (c !== close) giveUp();
    return false;
  }

  /** A plain scalar up to a flow indicator or a colon, trimmed; one that may not begin there gives up. */
  private plainText(): string {
    const from = this.at;
    for (; this.at < this.line.length; this.at++) {
      const ch = this.line.charCodeAt(this.at);
      if (ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d || ch === COLON) break;
      if (ch === HASH || ch === 0x22 || ch === 0x27) giveUp();
    }
    if (this.at === this.line.length) giveUp(); // not closed on its line
    const text = trimSpaces(this.line.slice(from, this.at));
    if (text && !plainStart(text, 0)) giveUp();
    return text;
  }
}

/** The shape of a value read on one line (a quoted or plain scalar: none), or of a flow collection the reader just read. */
function flowShape(value: unknown, reader: Reader): Shape {
  if (value !== null && typeof value === 'object') {
    const shape = reader.flowShape;
    reader.flowShape = null;
    return shape;
  }
  return null;
}

/**
 * A quoted scalar closed on its line, from its opening quote at `at`: a double-quoted one without a
 * backslash (no escapes read here), a single-quoted one with '' for a quote. `end` is after the closing quote.
 */
function quoted(line: string, at: number): { value: string; end: number } {
  if (line.charCodeAt(at) === 0x22) {
    const end = line.indexOf('"', at + 1);
    if (end < 0) giveUp();
    const value = line.slice(at + 1, end);
    if (value.includes('\\')) giveUp();
    return { value, end: end + 1 };
  }
  let end = at + 1;
  for (;;) {
    end = line.indexOf("'", end);
    if (end < 0) giveUp();
    if (line.charCodeAt(end + 1) === 0x27) end += 2;
    else break;
  }
  return { value: line.slice(at + 1, end).replaceAll("''", "'"), end: end + 1 };
}

/**
 * A text without the spaces at its end. Only U+0020: YAML's white space is the space and the tab (YAML 1.2.2
 * §5.5 s-white; a tab gives up here), so a plain scalar keeps a full-width or no-break space at its end
 * (`标题: 通知　`), where String.prototype.trimEnd would drop it.
 */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Characters that begin a quoted or flow value (never a key read here). */
const OPENS_INLINE = new Set([0x5b, 0x7b, 0x22, 0x27]);

/** A sequence entry's dash at column col: `-` followed by a space or the line's end. */
function isEntry(line: string, col: number): boolean {
  return line.charCodeAt(col) === DASH && (col + 1 === line.length || line.charCodeAt(col + 1) === SPACE);
}

/** Where the colon ending a key on this line is (a `:` followed by a space or the line's end, before any comment), or -1. */
function keyIndicator(line: string, from: number): number {
  for (let k = from; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === COLON && (k + 1 === line.length || line.charCodeAt(k + 1) === SPACE)) return k;
    if (c === HASH && k > from && line.charCodeAt(k - 1) === SPACE) return -1;
  }
  return -1;
}

/** A plain text holding what YAML reads as a key's colon (`: ` or a `:` at its end). */
function hasKeyIndicator(text: string): boolean {
  return text.includes(': ') || text.endsWith(':');
}

/** Characters a key read here never holds: indicators, quotes, brackets. */
const NOT_IN_KEY = /[[\]{},#"'&*!|>%@`]/;
function plainKey(key: string): boolean {
  return plainStart(key, 0) && !NOT_IN_KEY.test(key);
}

/**
 * A plain scalar may begin here: not with an indicator (YAML 1.2.2 §7.3.3 ns-plain-first), except `-`,
 * `?` and `:` followed by a character that is not a space or another indicator.
 */
function plainStart(text: string, at: number): boolean {
  const c = text.charAt(at);
  if (!c) return false;
  if (c === '-' || c === '?' || c === ':') {
    const d = text.charAt(at + 1);
    return d !== '' && d !== ' ' && !INDICATORS.includes(d);
  }
  return !INDICATORS.includes(c);
}
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

/** After a quoted or flow value: nothing, or spaces and a comment. */
function afterValue(line: string, at: number): void {
  const rest = line.slice(at);
  if (rest.length && !/^ +(?:#.*)?$/.test(rest)) giveUp();
}

/**
 * A plain scalar's value by the YAML 1.2 core schema (YAML 1.2.2 §10.3.2): the yaml library's default
 * schema, tried in its order (null, bool, octal, decimal, hex, .inf/.nan, exponent, fixed).
 */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // every non-string form begins with one of ~ n N t T f F + - . or a digit
  if (!(c === 0x7e || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46 || c === 0x2b || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39))) return s;
  if (/^(?:~|[Nn]ull|NULL)$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return c === 0x74 || c === 0x54;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : c === 0x2d ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201d]/u;

/**
 * YAML folds a line break inside a text into a space; between two Chinese characters that space is
 * not wanted (Chinese has no spaces between words): 各村\n  社区 → 各村社区, while English keeps it.
 * `raw` is the scalar's source (from its first character to its last). A plain scalar, or a quoted one
 * without escapes, is the lines of its source folded (YAML 1.2.2 §6.5, §7.3, §7.4): each line without the
 * spaces and tabs at its ends, a line break between two lines a space, one followed by n empty lines n
 * line breaks. That folding is done again here; where it gives the value, each space it put between two
 * Chinese characters is left out — the folds themselves, never a space typed inside a line (各村 社区 各村
 * \n 社区 → 各村 社区 各村社区). A value it does not give (a double-quoted scalar with escapes) is
 * unfolded by looking for each fold's pair of characters in the value, within a bounded amount of
 * searching (a text of many such lines would otherwise be searched to its end once a line).
 */
export function unfoldChinese(value: string, raw: string): string {
  const lines = raw.split('\n');
  const last = lines.length - 1;
  const quote = raw.charAt(0);
  const quoted = quote === '"' || quote === "'";
  if (quoted && (raw.length < 2 || raw.charAt(raw.length - 1) !== quote || (quote === '"' && raw.includes('\\')))) return unfoldBySearch(value, lines);
  /** Where in the value each fold's space is that stands between two Chinese characters. */
  const drops: number[] = [];
  let at = 0; // how much of the value the lines so far give
  let empty = 0;
  let previous = ''; // the last character of the line before
  for (let i = 0; i <= last; i++) {
    let line = lines[i]!;
    if (quoted) {
      if (i === 0) line = line.slice(1);
      if (i === last) line = line.slice(0, -1);
    }
    let from = 0;
    let to = line.length;
    if (i > 0) while (from < to && isWhite(line.charCodeAt(from))) from++;
    if (i < last) while (to > from && isWhite(line.charCodeAt(to - 1))) to--;
    let text = line.slice(from, to);
    if (quote === "'") text = text.replaceAll("''", "'");
    if (i > 0 && i < last && text === '') {
      empty++;
      continue;
    }
    if (i > 0) {
      if (empty) {
        for (; empty > 0; empty--) if (value.charCodeAt(at++) !== 10) return unfoldBySearch(value, lines);
      } else {
        if (value.charCodeAt(at) !== SPACE) return unfoldBySearch(value, lines);
        if (previous && text && HAN.test(previous) && HAN.test(text.charAt(0))) drops.push(at);
        at++;
      }
    }
    if (!value.startsWith(text, at)) return unfoldBySearch(value, lines);
    at += text.length;
    if (text) previous = text.charAt(text.length - 1);
    else previous = '';
  }
  if (at !== value.length) return unfoldBySearch(value, lines);
  if (!drops.length) return value;
  let out = '';
  let kept = 0;
  for (const d of drops) {
    out += value.slice(kept, d);
    kept = d + 1;
  }
  return out + value.slice(kept);
}

const isWhite = (c: number) => c === SPACE || c === 9;

/**
 * The folds of a scalar whose value the folding above does not give: each line break's pair of
 * characters looked for in the value, after where the last one was, and the space between them left out
 * when both are Chinese. The searching is bounded by a few times the value's length: beyond that the
 * folds left are kept as they are.
 */
function unfoldBySearch(value: string, lines: string[]): string {
  let out = value;
  let from = 0;
  let budget = 4 * value.length + 4096;
  for (let i = 0; i + 1 < lines.length; i++) {
    const before = lines[i]!.trimEnd().slice(-1);
    const after = lines[i + 1]!.trimStart().charAt(0);
    if (!before || !after) continue;
    const at = out.indexOf(before + ' ' + after, from);
    budget -= (at < 0 ? out.length : at) - from;
    if (budget < 0) break;
    if (at < 0) continue;
    if (HAN.test(before) && HAN.test(after)) {
      out = out.slice(0, at + before.length) + out.slice(at + before.length + 1);
      from = at + before.length;
    } else from = at + before.length + 1;
  }
  return out;
}
