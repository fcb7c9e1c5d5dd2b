import { parse as parseYaml } from 'yaml';

/**
 * The front matter a template rendered, as the yaml library's `parse` reads it (a mistake throws).
 * The built-in templates write it as `key: <JSON>` lines — the `yaml` helper writes every value as
 * JSON (src/templates/helpers.ts), and JSON is YAML 1.2 — which JSON.parse reads to the same values at
 * a fraction of the cost (a parse of the yaml library costs about 0.7 ms however short the text: a
 * twentieth of a record in a batch). Any other front matter — a comment, a plain or block value, a key
 * written twice, characters YAML and JSON may read apart — is read by the yaml library.
 * test/unit/front-matter.test.ts holds the two readings to each other.
 */
export function readFrontMatter(text: string): unknown {
  return jsonLines(text) ?? parseYaml(text);
}

/** One line of the front matter: a plain key, then a colon, a space and a JSON value (or nothing, null). */
const LINE = /^([A-Za-z][A-Za-z0-9_]*):(?: (.*))?$/;
/** Keys the YAML 1.2 core schema reads as null or a boolean (YAML 1.2.2 §10.3.2): the yaml library names them '' and 'true'/'false'. */
const NOT_A_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * What this reading leaves to the yaml library: C0 controls but the line feed (JSON escapes them in
 * strings), DEL and C1, the line and paragraph separators, BOM, surrogates, U+FFFE/FFFF, and numbers of
 * 16 digits or more (where converting the digits might round apart).
 */
const NOT_HERE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|\d{16}/;

/** The `key: <JSON>` reading, or undefined where the front matter is written otherwise. */
export function jsonLines(text: string): Record<string, unknown> | undefined {
  if (NOT_HERE.test(text)) return undefined;
  const out: Record<string, unknown> = {};
  let any = false;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const m = LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    if (NOT_A_STRING_KEY.test(key) || Object.prototype.hasOwnProperty.call(out, key)) return undefined;
    // the spaces around the value, and only they: YAML's white space is the space and the tab (YAML 1.2.2
    // §5.5), so `"x"` and a no-break or full-width space after it are a mistake there, `1` and one after it a text
    const raw = trimSpaces(m[2] ?? '');
    let value: unknown = null;
    // only JSON as JSON.stringify writes it (so no key written twice, which YAML refuses and JSON.parse
    // takes the last of), and no `__proto__` key, which the two may make apart
    if (raw !== '') {
      if (raw.includes('__proto__')) return undefined;
      try {
        value = JSON.parse(raw);
      } catch {
        return undefined;
      }
      // (a value nested deeper than JSON.stringify's stack throws here, a mistake the caller says: the yaml
      // library's parse of it overflows too, and a second such parse in a process was seen to end Node 20
      // with "RegExpCompiler Allocation failed")
      if (JSON.stringify(value) !== raw) return undefined;
    }
    out[key] = value;
    any = true;
  }
  return any ? out : undefined;
}

/** A text without the U+0020 spaces at its ends. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}
