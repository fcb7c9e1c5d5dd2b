import { MAX_RECORD_BYTES, MAX_RECORD_DEPTH, MAX_RECORD_NODES } from './limits.js';
import { closeSync, readFileSync, readSync } from 'node:fs';
import { openRegularFileSync } from '../io/openRegularFile.js';
import { isAlias, isMap, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, type Alias, type Document, type Node, type YAMLMap } from 'yaml';
import { DiagnosticBag, type KeyPath, type Position } from '../diagnostics/diagnostic.js';
import { canonicalKey } from './aliases.js';
import { setOwn } from '../util/dict.js';
import { flowPairsAsMeant } from '../util/flowCommas.js';
import { binaryKind } from '../io/binaryKind.js';
import { decodeText } from '../io/decodeText.js';
import { reportEncoding } from '../io/reportEncoding.js';
import { indentSlip, plainYamlError, protectTextColons, slippedItems } from './textColons.js';
import { say, type Text } from '../diagnostics/messages/index.js';
import { parseDate, PART_OF_DAY, WRITTEN_CLOCK } from '../zh/dates.js';
import { halfWidthDigits } from '../zh/numerals.js';
import { readPlainYaml, unfoldChinese, type Shape } from './plainYaml.js';

export interface Span {
  start: Position;
  end: Position;
}

/** A record as read: plain data under canonical keys, with the source position of every key and value. */
export interface RecordSource {
  file: string;
  text: string;
  /** undefined when the YAML could not be parsed (the errors are in the bag). */
  data: unknown;
  /** Markdown body after the front matter (for .md records), else undefined. */
  body?: string;
  /** First line of the body in the file (1-based). */
  bodyLine?: number;
  /** Where a key path is in the file: its key (for maps) and its value. */
  locate(path: KeyPath): { key?: Span; value?: Span } | undefined;
  /** The nearest located ancestor of a path (for a missing key: the map that lacks it). */
  locateNearest(path: KeyPath): Span | undefined;
  /** A key path with each key as the record writes it (信访.办理 for petitions.handled). */
  writtenPath(path: KeyPath): KeyPath;
  /** Top-level keys written on lines set aside for a YAML mistake: not "missing", only unreadable. */
  setAsideKeys?: ReadonlySet<string>;
}

/** The line and column (both from 1) of an offset in the parsed text. */
type LinePos = (offset: number) => { line: number; col: number };

/**
 * The line and column of an offset in a text that parsed without a mistake: yaml's LineCounter, told
 * where the lines begin by one scan of the text when a position is first asked for, which for a
 * record without mistakes is seldom. (A LineCounter handed to
 * parseDocument is told of each line as the text is parsed: about a fifth of parsing a record, for
 * positions only a message needs.) In a text without mistakes the parser tells LineCounter of every
 * line break, in order — between tokens, inside block scalars, inside quoted and plain scalars — so
 * the line starts are 0 and the offset after each \n (the same on every YAML text of the repository
 * that parses). In a text with mistakes it does not tell of the breaks inside the tokens it could not
 * read, and a mistake's position is its LineCounter's, as before: parseRecordText parses such a text
 * again with one.
 */
function lineIndex(text: string): LinePos {
  let counter: LineCounter | undefined;
  return (offset) => {
    if (!counter) {
      // told of the same line starts as parseDocument tells it (0, then after each \n); its search answers
      counter = new LineCounter();
      counter.addNewLine(0);
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) counter.addNewLine(nl + 1);
    }
    return counter.linePos(offset);
  };
}

/** A node's place in the parsed text: its first offset and the end of its value (yaml's Node.range[0], [1]). */
type Range = readonly [number, number];
const rangeOf = (node: Node | null | undefined): Range | undefined => (node?.range ? [node.range[0], node.range[1]] : undefined);

/**
 * The record's YAML with the lines of its mistakes blanked (line numbers kept), parsed again until
 * it reads, a few rounds at most: a line YAML stopped at, and for a bracket or quote never closed,
 * the line that opened it. Undefined when it still does not read.
 */
function withoutBrokenLines(yaml: string, first: Document, firstCounter: LinePos): { doc: Document; yaml: string; lineCounter: LinePos; setAside: string[] } | undefined {
  const lines = yaml.split('\n');
  const blank = new Set<number>();
  let doc = first;
  let counter = firstCounter;
  for (let round = 0; round < 8 && doc.errors.length; round++) {
    for (const e of doc.errors) {
      let line = counter(e.pos[0]).line - 1;
      if (/Flow sequence|Flow mapping|MISSING_CHAR|Missing closing/.test(`${e.code} ${e.message}`)) {
        // the line that opened what is never closed
        for (let k = Math.min(line, lines.length - 1); k >= 0; k--) {
          if (!blank.has(k) && /[[{"']/.test(lines[k]!)) {
            line = k;
            break;
          }
        }
      }
      blank.add(Math.min(line, lines.length - 1));
    }
    const text = lines.map((l, i) => (blank.has(i) ? '' : l)).join('\n');
    const lineCounter = new LineCounter();
    doc = parseDocument(text, { ...yamlOptions(text), lineCounter });
    counter = lineCounter.linePos;
    if (!doc.errors.length) {
      // keys at the top level (a tab where an indent should be is the mistake, not a nesting)
      const setAside = [...blank].map((i) => /^\t*([^\s:：#-][^:：#]*?)\s*[:：]/.exec(lines[i]!)?.[1]).filter((k): k is string => Boolean(k));
      return { doc, yaml: text, lineCounter: counter, setAside };
    }
  }
  return undefined;
}

const pathKey = (path: KeyPath) => JSON.stringify(path);

/**
 * The walk's key paths are kept as the text JSON.stringify gives the path without its closing `]`, so
 * that a child's is its parent's and one part more (pathKey of the whole path, stringified once a
 * node, was a tenth of reading a record): `[` for the top, `["章节"`, `["章节",0`.
 */
const ROOT = '[';
const childOf = (at: string, part: string | number): string => (at === ROOT ? ROOT : at + ',') + (typeof part === 'number' ? String(part) : JSON.stringify(part));
const keyOf = (at: string): string => at + ']';

/** Reads and decodes a record file; problems go to the bag. */
export async function readRecord(file: string, bag: DiagnosticBag, given?: Uint8Array): Promise<RecordSource | undefined> {
  if (given && saidBinary(given, bag)) return undefined;
  if (given && given.byteLength > MAX_RECORD_BYTES) {
    bag.error('record-too-large', say('record-too-large.given', { megabytes: (given.byteLength / 2 ** 20).toFixed(1), limit: MAX_RECORD_BYTES / 2 ** 20 }));
    return undefined;
  }
  const bytes = given ?? (await readRegularFile(file, MAX_RECORD_BYTES, bag));
  if (!bytes || (!given && saidBinary(bytes, bag))) return undefined;
  const decoded = decodeText(bytes);
  // a stray byte, or a line in another encoding: an error at its line, not the whole file in the wrong one
  reportEncoding(decoded.problems ?? [], (decoded.problemLines ?? 0) - (decoded.problems?.length ?? 0), decoded.encoding, undefined, bag, say('save-again-retype'));
  return parseRecordText(decoded.text, file, bag);
}


/**
 * Whether a record's first bytes are a Word document, workbook or PDF (src/io/binaryKind.ts), which is then said as
 * such, with how to make a record of it, not as lines that are not UTF-8 or as a file too large.
 */
function saidBinary(head: Uint8Array, bag: DiagnosticBag): boolean {
  const kind = binaryKind(head);
  if (kind) bag.error('record-is-binary', say(`record-is-binary.${kind}`), { hint: say(`record-is-binary.${kind}.hint`) });
  return kind !== undefined;
}

/** The bytes of a regular file of at most `limit` bytes (src/io/openRegularFile.ts). */
async function readRegularFile(file: string, limit: number, bag: DiagnosticBag): Promise<Uint8Array | undefined> {
  let fd: number | undefined;
  try {
    const opened = openRegularFileSync(file);
    fd = opened.fd;
    if (fd === undefined) {
      bag.error('not-a-file', opened.stats.isDirectory() ? say('not-a-file.folder') : say('not-a-file.not-regular'));
      return undefined;
    }
    if (opened.stats.size > limit) {
      // a scanned PDF or a Word file with pictures is often over the limit: said as what it is, not as too large
      const head = Buffer.alloc(8);
      if (saidBinary(head.subarray(0, readSync(fd, head, 0, 8, 0)), bag)) return undefined;
      bag.error('record-too-large', say('record-too-large', { megabytes: (opened.stats.size / 2 ** 20).toFixed(1), limit: limit / 2 ** 20 }), {
        hint: say('record-too-large.hint'),
      });
      return undefined;
    }
    return readFileSync(fd);
  } catch (err) {
    bag.error('read-failed', say('read-failed', { reason: (err as NodeJS.ErrnoException).code ?? String(err) }));
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export { MAX_RECORD_BYTES, MAX_RECORD_DEPTH, MAX_RECORD_NODES };

/** Splits "---\nyaml\n---\nbody" (Markdown with front matter) from a plain YAML record. */
function splitFrontMatter(text: string): { yaml: string; yamlLine: number; body?: string; bodyLine?: number } {
  const m = text.match(/^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!m) return { yaml: text, yamlLine: 1 };
  const yaml = m[1];
  const bodyLine = m[0].split('\n').length + (m[0].endsWith('\n') ? 0 : 1);
  return { yaml, yamlLine: 2, body: text.slice(m[0].length), bodyLine };
}

/** How a record's YAML is parsed: every mistake said (not thrown), a key written twice an error. */
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;
/**
 * The yaml library finds a key written twice by comparing each key with every key before it in its
 * mapping: a mapping of 20,000 keys took 4.3 s to parse (0.34 s without the check), one of 100,000
 * (`k1: v` …, 1.1 MB) 314 s. A text of more lines than this is parsed without that check, and the walk
 * (mapToData) says a key written twice, at the same key, in its own words ('duplicate-key').
 */
const UNIQUE_KEYS_LINES = 2000;
const LARGE_YAML_OPTIONS = { ...YAML_OPTIONS, uniqueKeys: false } as const;
function yamlOptions(text: string): typeof YAML_OPTIONS | typeof LARGE_YAML_OPTIONS {
  let lines = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) if (++lines > UNIQUE_KEYS_LINES) return LARGE_YAML_OPTIONS;
  return YAML_OPTIONS;
}

/** How parseRecordText reads: `plain: false` always through the yaml library (tests hold the two readings to each other). */
export interface ParseOptions {
  plain?: boolean;
}

export function parseRecordText(text: string, file: string, bag: DiagnosticBag, options: ParseOptions = {}): RecordSource | undefined {
  const source = text.replace(/\r\n?/g, '\n');
  const isMarkdown = /\.(md|markdown)$/i.test(file) || source.startsWith('---\n');
  const parts = isMarkdown ? splitFrontMatter(source) : { yaml: source, yamlLine: 1 };
  const lineOffset = parts.yamlLine - 1;
  // an item a column right of the item above, which YAML reads as the rest of it: said, and read lined up
  const slipped = slippedItems(parts.yaml);
  const reindented = new Map<number, { typed: number; read: number }>();
  let typed = parts.yaml;
  if (slipped.length) {
    const lines = typed.split('\n');
    for (const slip of slipped) {
      bag.error('yaml-syntax', say('yaml.item-slip', { off: slip.indent - slip.to }), {
        start: { line: slip.line + 1 + lineOffset, column: slip.indent + 1 },
        end: { line: slip.line + 1 + lineOffset, column: slip.indent + 2 },
        hint: say('yaml.bad-indent.hint'),
      });
      lines[slip.line] = lines[slip.line]!.slice(slip.indent - slip.to);
      reindented.set(slip.line + 1, { typed: slip.indent, read: slip.to });
    }
    typed = lines.join('\n');
  }
  // half-width colons in pasted text read as text, not as keys
  const yamlText = protectTextColons(typed);
  // A record in the plain subset of YAML (src/records/plainYaml.ts) is read without the yaml library;
  // the positions of its keys and values, which only a message needs, are then worked out by the full
  // parse when a message first asks for one (always for a record whose lines were read lined up).
  const plain = options.plain === false || slipped.length ? undefined : readPlainYaml(yamlText);
  let full: FullRead | undefined;
  const fullRead = (into: DiagnosticBag) => (full ??= readYaml(yamlText, source, lineOffset, into, reindented));
  if (!plain) fullRead(bag);
  else reportUnwritableCharacters(source, bag);

  // a key's and a value's line and column are worked out when asked for (a message, a warning), once
  const located = new Map<string, { key?: Span; value?: Span; written?: string }>();
  const fullLocate = (path: KeyPath) => {
    const { locations, span } = fullRead(new DiagnosticBag(file));
    const k = pathKey(path);
    let loc = located.get(k);
    if (!loc) {
      const place = locations.get(k);
      if (!place) return undefined;
      // only the parts the place has (a key without a value, a value without a written key)
      loc = {};
      if (place.key) loc.key = span(place.key);
      if (place.value) loc.value = span(place.value);
      if (place.written !== undefined) loc.written = place.written;
      located.set(k, loc);
    }
    return loc;
  };
  // read plainly: whether a path is there and its keys as written come from the plain reading's shape;
  // its spans, when asked for, from the full parse
  const locate = !plain
    ? fullLocate
    : (path: KeyPath): { key?: Span; value?: Span; written?: string } | undefined => {
        const at = shapeAt(plain.shape, path);
        if (!at) return undefined;
        return {
          get key() {
            return fullLocate(path)?.key;
          },
          get value() {
            return fullLocate(path)?.value;
          },
          written: at.written,
        };
      };
  return {
    file,
    text: source,
    data: plain ? plain.data : full!.data,
    setAsideKeys: new Set((plain ? [] : full!.setAside).map((k) => canonicalKey(k))),
    body: parts.body,
    bodyLine: parts.bodyLine,
    locate,
    writtenPath(path) {
      return path.map((part, i) => (typeof part === 'string' ? (locate(path.slice(0, i + 1))?.written ?? part) : part));
    },
    locateNearest(path) {
      for (let n = path.length; n >= 0; n--) {
        const loc = locate(path.slice(0, n));
        if (loc) return loc.key ?? loc.value;
      }
      return undefined;
    },
  };
}

/** A key path in the plain reading's shape: there, with its key as written (for a mapping's key), or undefined. */
function shapeAt(shape: Shape, path: KeyPath): { written?: string } | undefined {
  let here: Shape = shape;
  let written: string | undefined;
  for (const part of path) {
    if (here instanceof Map) {
      const entry = typeof part === 'string' ? here.get(part) : undefined;
      if (!entry) return undefined;
      written = entry.written;
      here = entry.shape;
    } else if (Array.isArray(here)) {
      if (typeof part !== 'number' || !(part in here)) return undefined;
      written = undefined;
      here = here[part]!;
    } else return undefined;
  }
  return written === undefined ? {} : { written };
}

/** The yaml library's reading of a record: its values, each key path's place, the keys on lines set aside. */
interface FullRead {
  data: unknown;
  locations: Map<string, Place>;
  span: (range: Range | undefined) => Span | undefined;
  setAside: string[];
}

/** `reindented`: lines already read with another indent than typed (slippedItems), which positions are put back for. */
function readYaml(yamlText: string, source: string, lineOffset: number, bag: DiagnosticBag, reindented = new Map<number, { typed: number; read: number }>()): FullRead {
  const deep = tooDeepForParser(yamlText);
  if (deep >= 0) {
    const p = lineIndex(yamlText)(deep);
    bag.error('record-too-deep', say('record-too-deep', { levels: MAX_RECORD_DEPTH }), { start: { line: p.line + lineOffset, column: p.col } });
    reportUnwritableCharacters(source, bag);
    return { data: undefined, locations: new Map(), span: () => undefined, setAside: [] };
  }
  let options = yamlOptions(yamlText);
  let doc = parseDocument(yamlText, options);
  let lineCounter = lineIndex(yamlText);
  // lines read with another indent than typed (tabs as spaces, a slipped key lined up): their indent as typed and as read
  const reread = (text: string) => {
    yamlText = text;
    options = yamlOptions(text);
    doc = parseDocument(text, options);
    lineCounter = lineIndex(text);
  };
  // lines indented with tabs: said once, and read with two spaces a tab, so that the rest of the record is
  // checked (a misspelt key on those lines is said too), at the columns of the file (tabIndents)
  const tabs = doc.errors.some((e) => e.code === 'TAB_AS_INDENT') ? tabIndents(yamlText) : undefined;
  if (tabs && !parseDocument(tabs.text, yamlOptions(tabs.text)).errors.some((e) => e.code === 'TAB_AS_INDENT')) {
    const first = tabs.lines[0]!;
    bag.error('yaml-syntax', tabs.lines.length === 1 ? say('yaml.tab-indent') : say('yaml.tab-indent.lines', { lines: tabs.lines.map((l) => l + lineOffset) }), {
      start: { line: first + lineOffset, column: 1 },
      end: { line: first + lineOffset, column: tabs.widths.get(first)!.typed + 1 },
      hint: say('yaml.tab-indent.hint'),
    });
    for (const [line, width] of tabs.widths) reindented.set(line, width);
    reread(tabs.text);
  }
  // a key a column or two off the key above it (  - 动词: 强调 /      内容: …): said as that, at the key, whatever YAML
  // made of it, and read lined up, so that the rest of the record is checked (textColons indentSlip)
  for (let round = 0; round < 8; round++) {
    const e = doc.errors.find((x) => INDENT_SLIP_ERROR.test(`${x.code} ${x.message}`));
    const slip = e && indentSlip(yamlText, e.pos[0]);
    if (!slip) break;
    const typed = reindented.get(slip.line + 1)?.typed ?? slip.indent;
    bag.error('yaml-syntax', say('yaml.indent-slip', { key: slip.key, above: slip.above, off: slip.off }), {
      start: { line: slip.line + 1 + lineOffset, column: typed + 1 },
      end: { line: slip.line + 1 + lineOffset, column: typed + 1 + slip.key.length },
      hint: say('yaml.bad-indent.hint'),
    });
    const lines = yamlText.split('\n');
    lines[slip.line] = ' '.repeat(slip.indent - slip.off) + lines[slip.line]!.slice(slip.indent);
    reindented.set(slip.line + 1, { typed, read: slip.indent - slip.off });
    reread(lines.join('\n'));
  }
  if (doc.errors.length) {
    // the positions of its mistakes as yaml's LineCounter gives them (see lineIndex)
    const counter = new LineCounter();
    doc = parseDocument(yamlText, { ...options, lineCounter: counter });
    lineCounter = counter.linePos;
  }

  // positions in the file, through the line index of the text that was parsed
  const positionsOf = (counter: LinePos) => (offset: number): Position => {
    const p = counter(offset);
    const width = reindented.get(p.line);
    // a column after a line's indent as read is as far after its indent as typed in the file
    const column = !width ? p.col : p.col > width.read ? p.col + (width.typed - width.read) : Math.min(p.col, width.typed + 1);
    return { line: p.line + lineOffset, column };
  };
  const spanOf = (at: (offset: number) => Position) => (range: Range | undefined): Span | undefined =>
    range ? { start: at(range[0]), end: at(range[1]) } : undefined;
  const pos = positionsOf(lineCounter);

  const said = new Set<string>();
  /** Where the parser first ran out of stack in a record nested far too deep (said once, below). */
  let overflow: number | undefined;
  for (const e of doc.errors) {
    if (/Maximum call stack/.test(e.message)) {
      overflow = Math.min(overflow ?? e.pos[0], e.pos[0]);
      continue;
    }
    const plain = plainYamlError(e.code, e.message, yamlText, e.pos[0], (offset) => pos(offset).line);
    // a bracket or quote never closed is shown where it was opened, not where YAML gave up
    const openedAt = plain.opener ? yamlText.lastIndexOf(plain.opener, e.pos[0]) : -1;
    const start = openedAt >= 0 ? pos(openedAt) : pos(e.pos[0]);
    const end = openedAt >= 0 ? pos(openedAt + 1) : pos(e.pos[1]);
    // one error per mistake: YAML may report a colon twice at the same place
    const once = `${start.line}:${JSON.stringify(plain.message)}`;
    if (said.has(once)) continue;
    said.add(once);
    bag.error('yaml-syntax', plain.message, { start, end, hint: plain.hint });
  }
  for (const w of doc.warnings) {
    bag.warn('yaml-warning', say('yaml.warning', { detail: w.message.split('\n')[0]! }), { start: pos(w.pos[0]), end: pos(w.pos[1]) });
  }
  const locations = new Map<string, Place>();
  reportUnwritableCharacters(source, bag);
  // A record with a YAML mistake still gets every other check in the same run: the lines in error
  // are set aside and the rest is read (the record is not rendered; its mistakes are all said).
  const salvaged = doc.errors.length ? withoutBrokenLines(yamlText, doc, lineCounter) : { doc, yaml: yamlText, lineCounter, setAside: [] as string[] };
  const span = spanOf(positionsOf(salvaged?.lineCounter ?? lineCounter));
  const walk: Walk | undefined = salvaged && { doc: salvaged.doc, locations, span: (node) => span(rangeOf(node)), spanOf: span, bag, yaml: salvaged.yaml, nodes: 0, resolving: new Set(), aliases: new Map(), stopped: false };
  const saidBefore = bag.items.length;
  const data = walk ? toData(walk, walk.doc.contents as Node | null, [], ROOT, 0) : undefined;
  // The parser runs out of stack at a depth that depends on the process's state (its compiled code):
  // one message for it, and none where the walk of the lines left says where the nesting passes the
  // limit (a place that does not move)
  if (overflow !== undefined && !bag.items.slice(saidBefore).some((d) => d.code === 'record-too-deep')) {
    bag.error('record-too-deep', say('record-too-deep', { levels: MAX_RECORD_DEPTH }), { start: pos(overflow) });
  }
  return { data, locations, span, setAside: salvaged?.setAside ?? [] };
}

/** YAML's errors where a key a column off its mapping's may be the cause (textColons indentSlip looks). */
const INDENT_SLIP_ERROR = /MULTILINE_IMPLICIT_KEY|BLOCK_AS_IMPLICIT_KEY|BAD_INDENT|MISSING_CHAR|Nested mappings|mapping values|Sequence item/;

/**
 * The lines (1-based) whose indent holds a tab, and the text with each such tab two spaces (a level, as
 * the hint asks); `widths` gives each such line's indent as typed and as read, to put a position back.
 */
function tabIndents(text: string): { text: string; lines: number[]; widths: Map<number, { typed: number; read: number }> } | undefined {
  const lines: number[] = [];
  const widths = new Map<number, { typed: number; read: number }>();
  const out = text.split('\n').map((line, i) => {
    const indent = /^[ \t]*/.exec(line)![0];
    if (!indent.includes('\t') || indent.length === line.length) return line;
    const read = indent.replace(/\t/g, '  ');
    lines.push(i + 1);
    widths.set(i + 1, { typed: indent.length, read: read.length });
    return read + line.slice(indent.length);
  });
  return lines.length ? { text: out.join('\n'), lines, widths } : undefined;
}

/**
 * Nesting not handed to the yaml library's parser: its recursion runs out of stack some 800 levels
 * down (a flow sequence, from a script's top), and in Node 20 a few such records read in one process
 * ended it — "FATAL ERROR: RegExpCompiler Allocation failed", exit 134, no message said (a regular
 * expression compiled on a nearly full stack): `gongwen validate` of a folder of four 100 KB records
 * `标题: [[[…` 50,000 deep. Four times the record's limit, far under that.
 */
const PARSER_DEPTH = 4 * MAX_RECORD_DEPTH;

/**
 * Where the text's nesting first passes the record's limit, when it goes on past PARSER_DEPTH; else -1.
 * The nesting is counted from above, so that a text under PARSER_DEPTH is parsed as before: the
 * indentation levels open at a line, the dashes that begin it, and the brackets `[` `{` not yet closed
 * (in quotes and comments too).
 */
export function tooDeepForParser(text: string): number {
  // at most PARSER_DEPTH counted, without the count: no line indented 128 or more (so fewer levels than
  // that), none begun by 32 dashes or more, fewer than 96 brackets (the examples: ~18 µs a record, ~96 counted)
  if (!DEEP_INDENT.test(text) && !MANY_DASHES.test(text) && fewerThan(text, 96)) return -1;
  const indents: number[] = [];
  let flow = 0;
  let past = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let k = start;
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < end) {
      const indent = k - start;
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      while (text.charCodeAt(k) === 45 /* - */ && (k + 1 === end || text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 9)) {
        dashes++;
        k++;
        while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      }
      const block = indents.length + dashes;
      for (let depth = block + flow; ; k++) {
        if (depth > MAX_RECORD_DEPTH + 1 && past < 0) past = k; // (the top mapping is a level here, none for the walk)
        if (depth > PARSER_DEPTH) return past;
        if (k >= end) break;
        const c = text.charCodeAt(k);
        if (c === 0x5b || c === 0x7b) depth = block + ++flow;
        else if ((c === 0x5d || c === 0x7d) && flow > 0) depth = block + --flow;
      }
    }
    start = end + 1;
  }
  return -1;
}

const DEEP_INDENT = /^[ \t]{128}/m;
const MANY_DASHES = /^[ \t]*(?:-[ \t]+){31}-/m;
/** Whether the text holds fewer than `n` of `[` and `{`. */
function fewerThan(text: string, n: number): boolean {
  for (let at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) if (--n <= 0) return false;
  for (let at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at + 1)) if (--n <= 0) return false;
  return true;
}

/** Where a key path is in the parsed text: its key's and its value's range, and the key as written. */
interface Place {
  key?: Range;
  value?: Range;
  written?: string;
}

interface Walk {
  doc: Document;
  /** Each key path's place, by pathKey. */
  locations: Map<string, Place>;
  /** A node's span in the file, for a message said while walking. */
  span: (n: Node | null | undefined) => Span | undefined;
  /** The span in the file of a range of the text parsed. */
  spanOf: (range: Range | undefined) => Span | undefined;
  bag: DiagnosticBag;
  yaml: string;
  /** Values made so far, aliases expanded (bounded by MAX_RECORD_NODES). */
  nodes: number;
  /** Anchors being expanded: an alias to one of them refers to itself. */
  resolving: Set<Node>;
  /**
   * Each alias's anchored value, found once (resolveAlias): the yaml library's Alias.resolve(doc)
   * visits the whole document at every call, which made an alias expanded 100,000 times (a "billion
   * laughs" of ten lines) cost 1.7 s of CPU before its error.
   */
  aliases: Map<Node, Node | undefined>;
  /** A limit was passed and reported: the rest is not read. */
  stopped: boolean;
  /** The outermost alias being expanded, where a limit passed inside it is reported. */
  outerAlias?: Node;
}

/** A mapping: its keys under their canonical names, each key's and value's place kept for messages. */
/**
 * 时间: 上午 written after 日期: 2025年6月18日 (both name the key date): a time of day alone is the 纪要's 时段, or
 * goes after the date (zh/dates PART_OF_DAY, WRITTEN_CLOCK); undefined for a second date.
 */
function timeOfDayHint(key: string, second: Node | null, first: unknown): Text | undefined {
  if (key !== 'date' || !isScalar(second) || typeof second.value !== 'string' || typeof first !== 'string') return undefined;
  const time = second.value.trim();
  if (parseDate(time) || !TIME_OF_DAY.test(halfWidthDigits(time))) return undefined;
  return say('duplicate-key.time-of-day', { time, date: first.trim() });
}
const TIME_OF_DAY = new RegExp(`^(?:${PART_OF_DAY}|${WRITTEN_CLOCK})`, 'u');

function mapToData(w: Walk, node: YAMLMap, path: Array<string | number>, at: string, depth: number): Record<string, unknown> {
  // own properties only, so a key "__proto__" is an ordinary (unknown) key, never the object's prototype
  const out = {} as Record<string, unknown>;
  const seen = new Map<string, string>();
  w.resolving.add(node);
  for (const pair of node.flow ? flowPairsAsMeantSaid(w, node, path) : node.items) {
    const keyNode = pair.key as Node | null;
    const rawKey = isScalar(keyNode) ? String(keyNode.value) : isAlias(keyNode) || isMap(keyNode) || isSeq(keyNode) ? '' : String(keyNode);
    const keyRange = rangeOf(keyNode);
    if (!rawKey.trim()) {
      const keySpan = w.span(keyNode);
      w.bag.error('key-not-text', say('key-not-text'), { start: keySpan?.start, end: keySpan?.end, path });
      continue;
    }
    const key = canonicalKey(rawKey.trim());
    if (seen.has(key)) {
      const keySpan = w.span(keyNode);
      const first = seen.get(key)!;
      // the same key typed the same way twice: named with the line and value of each, as YAML's own check is said
      // (textColons plainYamlError); another name of the same key (时间 after 日期) with the key both name
      const firstLine = w.spanOf(w.locations.get(keyOf(childOf(at, key)))?.key)?.start.line;
      const shown = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined);
      const message = first === rawKey
        ? say('yaml.duplicate-key.named', { key: rawKey.trim(), line: firstLine, first: shown(out[key]), here: shown(isScalar(pair.value) ? pair.value.value : undefined) })
        : say('duplicate-key', { written: rawKey, first, key });
      w.bag.error('duplicate-key', message, {
        start: keySpan?.start,
        end: keySpan?.end,
        path: [...path, key],
        hint: timeOfDayHint(key, pair.value as Node | null, out[key]),
      });
      continue;
    }
    seen.set(key, rawKey);
    const childPath = [...path, key];
    const childAt = childOf(at, key);
    const childKey = keyOf(childAt);
    w.locations.set(childKey, { key: keyRange, written: rawKey.trim() });
    const value = toData(w, pair.value as Node | null, childPath, childAt, depth + 1);
    setOwn(out, key, value);
    if (!w.locations.get(childKey)?.value) {
      w.locations.set(childKey, { key: keyRange, value: keyRange, written: rawKey.trim() });
    }
  }
  w.resolving.delete(node);
  return out;
}

/**
 * A `{…}` mapping's pairs as a secretary meant them (util/flowCommas.ts): a value typed with a half-width comma inside it
 * (镇长,党委副书记 is two posts, 1,690 one count; its punctuation is then the text's) said once, at its first comma.
 */
function flowPairsAsMeantSaid(w: Walk, node: YAMLMap, path: Array<string | number>): Pair[] {
  return flowPairsAsMeant(w.yaml, node, (pair, comma) => {
    const at = w.spanOf([comma, comma + 1]);
    const keyText = isScalar(pair.key) ? String(pair.key.value).trim() : '';
    w.bag.warn('comma-in-braces', say('comma-in-braces', { text: (pair.value as Scalar).value as string, key: keyText }), {
      start: at?.start, end: at?.end, path: [...path, canonicalKey(keyText)], hint: say('comma-in-braces.hint'),
    });
  });
}

/** The value an alias names (undefined for an unknown anchor), looked up in the document once per alias. */
function resolveAlias(w: Walk, alias: Alias): Node | undefined {
  if (!w.aliases.has(alias)) w.aliases.set(alias, alias.resolve(w.doc) as Node | undefined);
  return w.aliases.get(alias);
}

function toData(w: Walk, node: Node | null, path: Array<string | number>, at: string, depth: number): unknown {
  if (node === null || node === undefined || w.stopped) return null;
  if (++w.nodes > MAX_RECORD_NODES || depth > MAX_RECORD_DEPTH) {
    w.stopped = true;
    const tooDeep = depth > MAX_RECORD_DEPTH;
    w.bag.error(tooDeep ? 'record-too-deep' : 'record-too-many-values',
      tooDeep
        ? say('record-too-deep.here', { levels: MAX_RECORD_DEPTH })
        : say('record-too-many-values', { values: MAX_RECORD_NODES.toLocaleString('en') }),
      { start: w.span(w.outerAlias ?? node)?.start, end: w.span(w.outerAlias ?? node)?.end, path: path.slice(0, 1), hint: tooDeep ? undefined : say('record-too-many-values.hint') });
    return null;
  }
  if (isAlias(node)) {
    const target = resolveAlias(w, node);
    if (!target || w.resolving.has(target)) {
      w.bag.error(target ? 'alias-cycle' : 'alias-unknown',
        target ? say('alias-cycle', { alias: node.source }) : say('alias-unknown', { alias: node.source }),
        { start: w.span(node)?.start, end: w.span(node)?.end, path });
      return null;
    }
    w.resolving.add(target);
    const outer = w.outerAlias;
    w.outerAlias ??= node;
    try {
      return toData(w, target, path, at, depth);
    } finally {
      w.resolving.delete(target);
      w.outerAlias = outer;
    }
  }
  const key = keyOf(at);
  const here = w.locations.get(key) ?? {};
  here.value = rangeOf(node);
  w.locations.set(key, here);
  if (isMap(node)) return mapToData(w, node, path, at, depth);
  if (isSeq(node)) {
    w.resolving.add(node);
    const out = node.items.map((item, i) => toData(w, item as Node, [...path, i], childOf(at, i), depth + 1));
    w.resolving.delete(node);
    return out;
  }
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.type === 'QUOTE_DOUBLE') reportEscapedUnwritable(w, node as Scalar<string>, path);
    if (typeof node.value === 'string' && node.type !== 'BLOCK_LITERAL' && node.range) {
      const raw = w.yaml.slice(node.range[0], node.range[1]);
      if (raw.includes('\n')) return unfoldChinese(node.value, raw);
    }
    return node.value;
  }
  return null;
}

/**
 * Characters a document cannot hold: C0 controls other than tab and line break (ESC, BEL, NUL …),
 * U+FFFE / U+FFFF, and halves of surrogate pairs (XML 1.0 §2.2 Char). Each is an error at its
 * line and column, shown escaped; a record that has one renders nothing.
 */
function reportUnwritableCharacters(text: string, bag: DiagnosticBag): void {
  // every character the search below can match is one of these UTF-16 units; a text without any (no
  // control character, no surrogate: most records) is not searched with the slower pattern of pairs
  if (!MAYBE_UNWRITABLE.test(text)) return;
  const bad = new RegExp(UNWRITABLE, 'gu');
  let count = 0;
  for (const m of text.matchAll(bad)) {
    if (++count > 20) break;
    const before = text.slice(0, m.index);
    const line = before.split('\n').length;
    const column = m.index - before.lastIndexOf('\n');
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    bag.error('control-character', say('control-character', { code }), {
      start: { line, column },
      end: { line, column: column + 1 },
      hint: say('control-character.hint'),
    });
  }
}

/**
 * The same characters written as escapes in a double-quoted string ("会议\u0007纪要", "\ud800", "\x1b"):
 * the text holds none of them (reportUnwritableCharacters found nothing), the value does. Said once
 * per string, at the string, naming the first such character and its escape.
 */
function reportEscapedUnwritable(w: Walk, node: Scalar<string>, path: Array<string | number>): void {
  if (!MAYBE_UNWRITABLE.test(node.value)) return;
  const bad = UNWRITABLE.exec(node.value);
  const raw = node.range ? w.yaml.slice(node.range[0], node.range[1]) : '';
  if (!bad || MAYBE_UNWRITABLE.test(raw)) return; // typed as it is: said by reportUnwritableCharacters
  const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const escape = escapeOf(raw, bad[0].charCodeAt(0)) ?? `\\u${code}`;
  const at = w.span(node);
  w.bag.error('control-character', say('control-character', { code }), { start: at?.start, end: at?.end, path, hint: say('control-character.escaped.hint', { escape }) });
}

/** The escape of a double-quoted YAML string (YAML 1.2 §5.7) that stands for the UTF-16 unit `unit`. */
function escapeOf(raw: string, unit: number): string | undefined {
  const named: Readonly<Record<string, number>> = { '0': 0, a: 7, b: 8, v: 0x0b, f: 0x0c, e: 0x1b };
  // (an escaped backslash is passed over: in "\\x08" the x08 is text)
  for (const m of raw.matchAll(/\\(?:\\|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0abvfe]))/gu)) {
    if (m[0] === '\\\\') continue;
    const hex = m[1] ?? m[2] ?? m[3];
    if ((hex !== undefined ? parseInt(hex, 16) : named[m[4]!]) === unit) return m[0];
  }
  return undefined;
}

/** Characters a document cannot hold (reportUnwritableCharacters). */
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** The UTF-16 units reportUnwritableCharacters looks at: C0 controls but tab and line breaks, DEL, U+FFFE/FFFF, surrogates. */
const MAYBE_UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\ud800-\udfff]/;
