/**
 * A record edited in the page, written back into the user's YAML: the `yaml` package's Document API
 * (parseDocument, setIn, deleteIn, toString) changes only the values that changed, so the keys'
 * order and the comments the user wrote stay where they were.
 */
import { localize, say, type LocalText } from '../diagnostics/messages/index.js';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { protectTextColons } from '../records/textColons.js';

/** How deep the page's JSON may nest: the records' own limit (README "Safety": 64 levels). */
export const MAX_DEPTH = 64;

export class TooDeep extends Error {
  constructor(readonly text: LocalText) {
    super(localize(text, 'en'));
  }
}

/** `value`'s nesting depth, stopping (TooDeep) past MAX_DEPTH. */
export function checkDepth(value: unknown, depth = 0): void {
  if (depth > MAX_DEPTH) throw new TooDeep(say('serve.too-deep', { levels: MAX_DEPTH }));
  if (value && typeof value === 'object') for (const v of Object.values(value)) checkDepth(v, depth + 1);
}

/**
 * A record's YAML as `gongwen render` reads it (src/records/readRecord.ts parseRecordText): its line ends made \n,
 * and a half-width colon that ends a text (现将…总结如下:, 同志们:) the text's, written ：, not a key's.
 */
export function recordYaml(text: string): string {
  return protectTextColons(text.replace(/\r\n?/g, '\n'));
}

/**
 * The YAML text of `original` with `data` in place of its values; a new file when `original` is empty.
 * `original` is read as `gongwen render` reads it (recordYaml): a colon that ends a text is written back ：,
 * as the document prints it, and the comments stay.
 */
export function editYaml(original: string, data: unknown): string {
  const doc = parseDocument(recordYaml(original), { keepSourceTokens: false });
  if (doc.errors.length || !isMap(doc.contents)) {
    // a file the page cannot edit in place (broken YAML) is written anew from the form
    const fresh = parseDocument('{}');
    fresh.contents = fresh.createNode(data) as typeof fresh.contents;
    return fresh.toString();
  }
  apply(doc, [], data);
  return doc.toString();
}

function apply(doc: Document, path: (string | number)[], value: unknown): void {
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  if (Array.isArray(value) && isSeq(node)) {
    for (let i = node.items.length - 1; i >= value.length; i--) doc.deleteIn([...path, i]);
    value.forEach((v, i) => (i < node.items.length ? apply(doc, [...path, i], v) : doc.addIn(path, doc.createNode(v))));
    return;
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && isMap(node)) {
    const keys = Object.keys(value);
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!keys.includes(key)) doc.deleteIn([...path, key]);
    }
    for (const key of keys) {
      const v = (value as Record<string, unknown>)[key];
      if (node.has(key)) apply(doc, [...path, key], v);
      else doc.setIn([...path, key], doc.createNode(v));
    }
    return;
  }
  if (isScalar(node) && (node.value === value || (value !== null && typeof value !== 'object' && String(node.value) === String(value) && typeof node.value === typeof value))) return;
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    node.value = value;
    return;
  }
  doc.setIn(path, doc.createNode(value));
}
