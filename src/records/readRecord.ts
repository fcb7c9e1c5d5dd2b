import { readFile } from 'node:fs/promises';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { DiagnosticBag, type KeyPath, type Position } from '../diagnostics/diagnostic.js';
import { canonicalKey } from './aliases.js';
import { decodeText } from '../io/decodeText.js';
import { plainYamlError, protectTextColons } from './textColons.js';

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
}

const pathKey = (path: KeyPath) => JSON.stringify(path);

/** Reads and decodes a record file; problems go to the bag. */
export async function readRecord(file: string, bag: DiagnosticBag): Promise<RecordSource | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    bag.error('read-failed', `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return undefined;
  }
  return parseRecordText(decodeText(bytes).text, file, bag);
}

/** Splits "---\nyaml\n---\nbody" (Markdown with front matter) from a plain YAML record. */
function splitFrontMatter(text: string): { yaml: string; yamlLine: number; body?: string; bodyLine?: number } {
  const m = text.match(/^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!m) return { yaml: text, yamlLine: 1 };
  const yaml = m[1];
  const bodyLine = m[0].split('\n').length + (m[0].endsWith('\n') ? 0 : 1);
  return { yaml, yamlLine: 2, body: text.slice(m[0].length), bodyLine };
}

export function parseRecordText(text: string, file: string, bag: DiagnosticBag): RecordSource | undefined {
  const source = text.replace(/\r\n?/g, '\n');
  const isMarkdown = /\.(md|markdown)$/i.test(file) || source.startsWith('---\n');
  const parts = isMarkdown ? splitFrontMatter(source) : { yaml: source, yamlLine: 1 };
  const lineOffset = parts.yamlLine - 1;
  const lineCounter = new LineCounter();
  // half-width colons in pasted text read as text, not as keys (point 1 of issue 9)
  const yamlText = protectTextColons(parts.yaml);
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });

  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const span = (node: Node | null | undefined): Span | undefined =>
    node?.range ? { start: pos(node.range[0]), end: pos(node.range[1]) } : undefined;

  const said = new Set<string>();
  for (const e of doc.errors) {
    const plain = plainYamlError(e.code, e.message, yamlText, e.pos[0]);
    // one error per mistake: YAML may report a colon twice at the same place
    const once = `${pos(e.pos[0]).line}:${plain.message}`;
    if (said.has(once)) continue;
    said.add(once);
    bag.error('yaml-syntax', plain.message, { start: pos(e.pos[0]), end: pos(e.pos[1]), hint: plain.hint });
  }
  for (const w of doc.warnings) {
    bag.warn('yaml-warning', w.message.split('\n')[0], { start: pos(w.pos[0]), end: pos(w.pos[1]) });
  }
  const locations = new Map<string, { key?: Span; value?: Span; written?: string }>();
  const data = doc.errors.length ? undefined : toData(doc, doc.contents as Node | null, [], locations, span, bag, yamlText);

  const locate = (path: KeyPath) => locations.get(pathKey(path));
  return {
    file,
    text: source,
    data,
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

function toData(
  doc: Document,
  node: Node | null,
  path: Array<string | number>,
  locations: Map<string, { key?: Span; value?: Span; written?: string }>,
  span: (n: Node | null | undefined) => Span | undefined,
  bag: DiagnosticBag,
  yaml: string,
): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return toData(doc, node.resolve(doc) as Node, path, locations, span, bag, yaml);
  const here = locations.get(pathKey(path)) ?? {};
  here.value = span(node);
  locations.set(pathKey(path), here);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, string>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const rawKey = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const key = canonicalKey(rawKey.trim());
      const keySpan = span(keyNode);
      if (seen.has(key)) {
        bag.error('duplicate-key', `"${rawKey}" repeats "${seen.get(key)}": both name the key "${key}"`, {
          start: keySpan?.start,
          end: keySpan?.end,
          path: [...path, key],
        });
        continue;
      }
      seen.set(key, rawKey);
      const childPath = [...path, key];
      locations.set(pathKey(childPath), { key: keySpan, written: rawKey.trim() });
      out[key] = toData(doc, pair.value as Node | null, childPath, locations, span, bag, yaml);
      if (!locations.get(pathKey(childPath))?.value) {
        locations.set(pathKey(childPath), { key: keySpan, value: keySpan, written: rawKey.trim() });
      }
    }
    return out;
  }
  if (isSeq(node)) {
    return node.items.map((item, i) => toData(doc, item as Node, [...path, i], locations, span, bag, yaml));
  }
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.type !== 'BLOCK_LITERAL' && node.range) {
      const raw = yaml.slice(node.range[0], node.range[1]);
      if (raw.includes('\n')) return unfoldChinese(node.value, raw);
    }
    return node.value;
  }
  return null;
}

const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201d]/u;

/**
 * YAML folds a line break inside a text into a space; between two Chinese characters that space is
 * not wanted (Chinese has no spaces between words): 各村\n  社区 → 各村社区, while English keeps it.
 * `raw` is the scalar's source: each line break in it gives the pair of characters on either side,
 * and the first space between that pair in the value, from where the last one was, is taken out.
 */
function unfoldChinese(value: string, raw: string): string {
  const lines = raw.split('\n');
  let out = value;
  let from = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const before = lines[i]!.trimEnd().slice(-1);
    const after = lines[i + 1]!.trimStart().charAt(0);
    if (!before || !after) continue;
    const at = out.indexOf(before + ' ' + after, from);
    if (at < 0) continue;
    if (HAN.test(before) && HAN.test(after)) {
      out = out.slice(0, at + before.length) + out.slice(at + before.length + 1);
      from = at + before.length;
    } else from = at + before.length + 1;
  }
  return out;
}
