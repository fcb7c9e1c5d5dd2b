import type { z } from 'zod';
import { DiagnosticBag, type Diagnostic, type KeyPath, type Position } from '../diagnostics/diagnostic.js';
import { canonicalKind, describeKey, KEY_ALIASES } from './aliases.js';
import type { RecordSource } from './readRecord.js';
import { KINDS, type KindInfo, type KindName, type RecordOf } from './schema/index.js';
import { dict } from '../util/dict.js';
import { DATE_FORMS } from '../zh/dates.js';
import { hasHan } from '../zh/cjk.js';
import { didYouMean } from '../zh/didYouMean.js';

/** A record of one kind that passed its schema: the data is the schema's output. */
export interface RecordFor<K extends KindName> {
  kind: KindInfo<K>;
  /** Typed by the kind's schema; any key can be asked for by name (a template's `requires`). */
  data: RecordOf<K> & Readonly<Record<string, unknown>>;
}

/** A record that passed its kind's schema. */
export type ValidRecord = { [K in KindName]: RecordFor<K> }[KindName];

/** Whether a record is of this kind: narrows its data to that kind's. */
export function isKind<K extends KindName>(record: ValidRecord, kind: K): record is Extract<ValidRecord, RecordFor<K>> {
  return record.kind.kind === kind;
}

/** The record typed by the kind whose schema read it. */
const typedRecord = (kind: KindInfo, data: unknown): ValidRecord => ({ kind, data }) as ValidRecord;

/**
 * What is left of a record that failed its schema once the keys in error are taken out, when that
 * still passes: the later checks (totals, template keys, figures) run on it, so that one run reports
 * every mistake of the file. Nothing is rendered from it.
 */
export type PartialRecord = ValidRecord & {
  /** Top-level keys taken out because a value under them was in error. */
  removed: Set<string>;
};

type Issue = z.core.$ZodIssue;

const keyLabel = describeKey;

/** Rates a 总结 computes from its counts: written as keys, they are a mistake worth its own message. */
const COMPUTED_FIGURES: Readonly<Record<string, string>> = dict({
  办结率: '办结 / 受理',
  交办回复率: '交办已回复 / 上级交办',
  回复率: '交办已回复 / 上级交办',
  化解率: '化解 / 排查',
});

const TYPE_WORDS: Readonly<Record<string, string>> = dict({
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a mapping of keys (key: value)',
  date: 'a date',
});

function describeValue(v: unknown): string {
  if (v === null) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text "${v.length > 20 ? v.slice(0, 20) + '…' : v}"`;
  return `${typeof v === 'number' ? 'the number' : typeof v} ${String(v)}`;
}

/** The object keys a schema accepts at a key path (for "did you mean"). */
function keysAt(schema: z.ZodType, path: KeyPath): string[] {
  const out = new Set<string>();
  const visit = (s: unknown, rest: KeyPath, depth: number): void => {
    if (!s || depth > 40) return;
    const def = (s as { _zod: { def: Record<string, unknown> } })._zod.def;
    switch (def.type) {
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        if (rest.length === 0) Object.keys(shape).forEach((k) => out.add(k));
        else if (typeof rest[0] === 'string' && shape[rest[0]]) visit(shape[rest[0]], rest.slice(1), depth + 1);
        return;
      }
      case 'array':
        if (typeof rest[0] === 'number') visit(def.element, rest.slice(1), depth + 1);
        return;
      case 'optional':
      case 'nullable':
      case 'default':
        return visit(def.innerType, rest, depth + 1);
      case 'pipe':
        return visit(def.in, rest, depth + 1);
      case 'lazy':
        return visit((def.getter as () => unknown)(), rest, depth + 1);
      case 'union':
        for (const o of def.options as unknown[]) visit(o, rest, depth + 1);
        return;
      default:
        return;
    }
  };
  visit(schema, path, 0);
  return [...out];
}

export function suggest(word: string, candidates: string[]): string | undefined {
  return didYouMean(word, candidates);
}

/** Chooses the union branch that got furthest, so the message speaks of the form the user meant. */
function flattenUnion(issue: Issue & { errors?: Issue[][] }): Issue[] {
  const branches = issue.errors ?? [];
  // A branch that failed on the value's type as a whole (text where a mapping came, or a union of
  // such) is not the form the user meant when another branch got inside the value.
  const shallow = (i: Issue): boolean =>
    i.path.length === 0 &&
    (i.code === 'invalid_type' || (i.code === 'invalid_union' && ((i as Issue & { errors?: Issue[][] }).errors ?? []).every((b) => b.some(shallow))));
  const deep = branches.filter((b) => !b.some(shallow));
  if (deep.length) {
    const best = deep.reduce((a, b) => (b.length < a.length ? b : a));
    return best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
  }
  return [issue];
}

/** Keys the schema does not know: a computed figure written as a key, a misspelling, or text whose colon YAML took for a key's. */
function reportUnknownKeys(keys: string[], path: KeyPath, source: RecordSource, kind: KindInfo, bag: DiagnosticBag, fallback: Position | undefined): void {
  const known = keysAt(kind.schema, path);
  const candidates = [...known, ...Object.keys(KEY_ALIASES).filter((zh) => known.includes(KEY_ALIASES[zh]))];
  for (const key of keys) {
    const kloc = source.locate([...path, key]);
    const computed = COMPUTED_FIGURES[key];
    if (computed) {
      bag.error('computed-key', `"${key}" is computed, not written: ${computed}`, {
        start: kloc?.key?.start ?? fallback,
        end: kloc?.key?.end,
        path: [...path, key],
        hint: `take the line out; to cite it in a text, write {{${key === '回复率' ? '交办回复率' : key}}}`,
      });
      continue;
    }
    const guess = suggest(key, candidates);
    // a Chinese word like no key: most likely text whose half-width colon YAML took for a key's
    const maybeText = !guess && hasHan(key);
    bag.error('unknown-key', `unknown key "${key}"`, {
      start: kloc?.key?.start ?? fallback,
      end: kloc?.key?.end,
      path: [...path, key],
      expected: guess ? undefined : `one of ${known.map((k) => `"${k}"`).join(', ')}`,
      hint: guess
        ? `did you mean "${guess}"${KEY_ALIASES[guess] ? ` (${KEY_ALIASES[guess]})` : ''}?`
        : maybeText
          ? `if "${key}: …" is text, not a key, write its colon full-width "：" and put the line under the key it belongs to`
          : undefined,
    });
  }
}

function report(issue: Issue, source: RecordSource, kind: KindInfo, bag: DiagnosticBag): void {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const loc = source.locate(path);
  const at = loc?.value ?? loc?.key ?? source.locateNearest(path);
  const where = { start: at?.start, end: at?.end, path };
  switch (issue.code) {
    case 'invalid_union': {
      const branches = (issue as Issue & { errors?: Issue[][] }).errors ?? [];
      const topTypes = branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => (i as { expected: string }).expected));
      const key = path[path.length - 1];
      if (issue.input === undefined && topTypes.length) {
        bag.error('missing-key', `missing required key ${typeof key === 'string' ? keyLabel(key) : String(key)}`, {
          start: source.locateNearest(path.slice(0, -1))?.start,
          path,
          expected: [...new Set(topTypes.map((t) => TYPE_WORDS[t] ?? t))].join(' or '),
        });
        return;
      }
      for (const sub of flattenUnion(issue as Issue & { errors?: Issue[][] })) {
        if (sub === issue) {
          const expected = [...new Set(topTypes.map((t) => TYPE_WORDS[t] ?? t))].join(' or ');
          bag.error('wrong-type', expected ? `expected ${expected}, got ${describeValue(issue.input)}` : 'this value has none of the accepted forms', {
            ...where,
            hint: `see \`gongwen schema ${kind.kind}\``,
          });
        } else report(sub, source, kind, bag);
      }
      return;
    }
    case 'unrecognized_keys':
      return reportUnknownKeys(issue.keys, path, source, kind, bag, at?.start);
    case 'invalid_type': {
      const key = path[path.length - 1];
      if (issue.input === undefined) {
        const parent = source.locateNearest(path.slice(0, -1));
        bag.error('missing-key', `missing required key ${typeof key === 'string' ? keyLabel(key) : String(key)}`, {
          start: parent?.start,
          path,
          expected: TYPE_WORDS[issue.expected] ?? issue.expected,
        });
        return;
      }
      bag.error('wrong-type', `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`, where);
      return;
    }
    case 'invalid_value':
      bag.error('invalid-value', `"${String(issue.input)}" is not accepted here`, {
        ...where,
        expected: `one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`,
      });
      return;
    case 'too_small':
      bag.error('too-small', issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : `must be at least ${issue.minimum}`, where);
      return;
    default: {
      const params = (issue as { params?: { expected?: string } }).params;
      const expected = params?.expected ?? (/date/.test(issue.message) ? DATE_FORMS : undefined);
      bag.error('invalid-value', issue.message, { ...where, expected });
    }
  }
}

/**
 * A misspelt key is one error, with its suggestion: the key it was meant to be is then not also
 * "missing" (`- 姓明: 张三` is unknown-key 姓明 → did you mean 姓名, not also missing 姓名).
 */
function oneErrorPerMisspelling(items: Diagnostic[]): Diagnostic[] {
  const meant = new Set<string>();
  for (const d of items) {
    const m = d.code === 'unknown-key' && d.hint?.match(/^did you mean "([^"]+)"(?: \(([^)]+)\))?/);
    if (m && d.path) meant.add(JSON.stringify([...d.path.slice(0, -1), m[2] ?? m[1]]));
  }
  return items.filter((d) => !(d.code === 'missing-key' && d.path && meant.has(JSON.stringify(d.path))));
}

/** Checks a record against the schema of its kind; every problem goes to the bag, with its position. */
export function validateRecord(source: RecordSource, bag: DiagnosticBag): ValidRecord | undefined {
  const data = source.data;
  if (data === undefined) return undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    bag.error('not-a-record', 'a record is a mapping of keys (key: value), starting with "kind:"', {
      start: { line: 1, column: 1 },
      expected: 'kind: minutes | summary | plan | speech (纪要 | 总结 | 实施方案 | 讲话)',
    });
    return undefined;
  }
  const record = data as Record<string, unknown>;
  const rawKind = record.kind;
  const kindLoc = source.locate(['kind']);
  const kindList = Object.values(KINDS).map((k) => `${k.kind} (${k.zh})`).join(', ');
  if (typeof rawKind !== 'string') {
    bag.error('missing-kind', 'the record does not say what document it is', {
      start: kindLoc?.value?.start ?? { line: 1, column: 1 },
      path: ['kind'],
      expected: `kind: one of ${kindList}`,
    });
    return undefined;
  }
  const kind = KINDS[canonicalKind(rawKind.trim())];
  if (!kind) {
    const guess = suggest(rawKind, Object.keys(KINDS));
    bag.error('unknown-kind', `unknown kind "${rawKind}"`, {
      start: kindLoc?.value?.start,
      end: kindLoc?.value?.end,
      path: ['kind'],
      expected: `one of ${kindList}`,
      hint: guess ? `did you mean "${guess}"?` : undefined,
    });
    return undefined;
  }
  const result = kind.schema.safeParse({ ...record, kind: kind.kind }, { reportInput: true });
  if (!result.success) {
    const found = new DiagnosticBag(bag.file);
    for (const issue of result.error.issues) report(issue, source, kind, found);
    bag.merge(oneErrorPerMisspelling(found.items));
    return undefined;
  }
  return typedRecord(kind, result.data);
}

/**
 * The record without the keys the schema rejected (see PartialRecord), or undefined when what is left
 * does not pass either (a required key was in error). Reports nothing: validateRecord has.
 */
export function salvageRecord(source: RecordSource): PartialRecord | undefined {
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const rawKind = (data as Record<string, unknown>).kind;
  const kind = typeof rawKind === 'string' ? KINDS[canonicalKind(rawKind.trim())] : undefined;
  if (!kind) return undefined;
  const record = structuredClone({ ...(data as Record<string, unknown>), kind: kind.kind }) as Record<string, unknown>;
  const removed = new Set<string>();
  // Take out the value in error at its own key (never an element of a list: the positions of the
  // elements after it would move); a value of the wrong type inside a list takes its list's key out.
  const remove = (path: (string | number)[], keys?: string[]): boolean => {
    let cut = keys ? path.length : path.length - 1;
    while (cut >= 0 && cut < path.length && typeof path[cut] !== 'string') cut--;
    if (cut < 0) return false;
    const parentPath = keys ? path : path.slice(0, cut);
    let parent: unknown = record;
    for (const p of parentPath) parent = (parent as Record<string | number, unknown> | undefined)?.[p];
    if (!parent || typeof parent !== 'object') return false;
    for (const key of keys ?? [path[cut] as string]) delete (parent as Record<string, unknown>)[key];
    removed.add(String(path[0] ?? keys?.[0]));
    return true;
  };
  for (let attempt = 0; attempt < 4; attempt++) {
    const result = kind.schema.safeParse(record);
    if (result.success) return { ...typedRecord(kind, result.data), removed };
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (path[0] === 'kind') return undefined;
      const ok = issue.code === 'unrecognized_keys' ? remove(path, issue.keys) : remove(path);
      if (!ok) return undefined;
    }
  }
  return undefined;
}
