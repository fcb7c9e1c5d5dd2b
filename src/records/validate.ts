import type { z } from 'zod';
import type { KnownCode } from '../diagnostics/messages/codes.js';
import { DiagnosticBag, type KeyPath, type Position } from '../diagnostics/diagnostic.js';
import { aliasesOf, canonicalKind, KEY_ALIASES, sayKey } from './aliases.js';
import { say, type LocalText } from '../diagnostics/messages/index.js';
import type { RecordSource } from './readRecord.js';
import { readSignatureAsTyped } from './signature.js';
import { PRINTED_AFTER_SECTIONS, readHeadingsAsSections, readVerbKeysAsSections } from './headingSections.js';
import { keyColonTyped } from './textColons.js';
import { KINDS, type KindInfo, type KindName, type RecordOf } from './schema/index.js';
import { dict } from '../util/dict.js';
import { valueAt } from '../util/valueAt.js';
import { hasHan } from '../zh/cjk.js';
import { didYouMean } from '../zh/didYouMean.js';
import { isMeetingVerb, PROCEEDING_KEY, SUBJECT_AT_START } from '../zh/meeting.js';

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

/** Rates a 总结 computes from its counts: written as keys, they are a mistake worth its own message. */
const COMPUTED_FIGURES: Readonly<Record<string, string>> = dict({
  办结率: '办结 / 受理',
  交办回复率: '交办已回复 / 上级交办',
  回复率: '交办已回复 / 上级交办',
  化解率: '化解 / 排查',
});

/** A value as a message describes it (text "张三", a list, the number 3). */
function describeValue(v: unknown): LocalText {
  if (v === null) return say('value.nothing');
  if (Array.isArray(v)) return say('value.list');
  if (typeof v === 'object') return say('value.mapping');
  if (typeof v === 'string') return say('value.text', { text: v.length > 20 ? v.slice(0, 20) + '…' : v });
  if (typeof v === 'number') return say('value.number', { number: String(v) });
  if (typeof v === 'boolean') return say('value.boolean', { value: String(v) });
  return say('value.other', { type: typeof v, value: String(v) });
}

/**
 * keysAt's answers by schema and path: every record asks its kind's schema the same two questions
 * (readHeadingsAsSections below, ../config/applyConfig.ts), and the answer of a schema never changes.
 * Callers get their own copy of the list.
 */
const keysAsked = new WeakMap<z.ZodType, Map<string, readonly string[]>>();

/** The keys a schema accepts at a path (through optionals, unions, pipes and lazies); `[]` gives the top-level keys (for "did you mean", and what a config may give a record). */
export function keysAt(schema: z.ZodType, path: KeyPath): string[] {
  let bySchema = keysAsked.get(schema);
  if (!bySchema) keysAsked.set(schema, (bySchema = new Map()));
  // an index is any element of its list (keysOf): one answer for them all, so that a long-running
  // process (serve, --watch) keeps one entry for each place in the schema, not one for each index asked
  const key = path.map((k) => (typeof k === 'number' ? '#' : JSON.stringify(k))).join('.');
  let keys = bySchema.get(key);
  if (!keys) bySchema.set(key, (keys = keysOf(schema, path)));
  return [...keys];
}

function keysOf(schema: z.ZodType, path: KeyPath): string[] {
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
        // the lazy's own inner schema, made once (zod's $ZodLazy innerType): def.getter() would build a new one, a z.object and all its keys, every call
        return visit((s as { _zod: { innerType: unknown } })._zod.innerType, rest, depth + 1);
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
function reportUnknownKeys(keys: string[], path: KeyPath, source: RecordSource, kind: KindInfo, bag: DiagnosticBag, fallback: Position | undefined, meant: Set<string>): void {
  const known = keysAt(kind.schema, path);
  const candidates = [...known, ...Object.keys(KEY_ALIASES).filter((zh) => known.includes(KEY_ALIASES[zh]))];
  for (const key of keys) {
    const kloc = source.locate([...path, key]);
    const computed = COMPUTED_FIGURES[key];
    if (computed) {
      bag.error('computed-key', say('computed-key', { key, how: computed }), {
        start: kloc?.key?.start ?? fallback,
        end: kloc?.key?.end,
        path: [...path, key],
        hint: say('computed-key.hint', { figure: key === '回复率' ? '交办回复率' : key }),
      });
      continue;
    }
    const guess = didYouMean(key, candidates);
    // the key it was meant to be (the English key of a Chinese guess) is then not also "missing"
    if (guess) meant.add(JSON.stringify([...path, KEY_ALIASES[guess] ?? guess]));
    // a Chinese word like no key: most likely text whose half-width colon YAML took for a key's
    // (text is one line: a key whose value is a block on the lines below, a list or keys, was meant as a key)
    const blockValue = kloc?.key && kloc.value && kloc.value.start.line > kloc.key.start.line;
    const maybeText = !guess && hasHan(key) && !blockValue;
    // 日期 at the top of a record whose date is the signature's (总结, 实施方案, 讲话)
    const dateInSignature = !guess && key === 'date' && path.length === 0 && known.includes('signature');
    // a heading typed as a key at the top with its part below it (主要任务: then a list) in a kind whose parts are its 章节: the keys a 章节 takes (标题 in a 总结 or 实施方案, 动词 in a 纪要)
    const sectionKeys = !guess && blockValue && path.length === 0 && hasHan(key) && [...key].length <= 8 && known.includes('sections') ? keysAt(kind.schema, ['sections', 0]) : [];
    // the key as the record writes it (发文字号, not the docNumber it stands for)
    const written = String(source.writtenPath([...path, key]).at(-1) ?? key);
    // what the meeting did (研究, 听取, 传达 …: zh/meeting PROCEEDING_KEY) typed as a key, at the top or as an item of
    // 章节, in a kind with 会议情况: it is a sentence of 会议情况 (会议研究了……), and an item so typed lacks no 动词
    const proceeding = !guess && PROCEEDING_KEY.test(written) && keysAt(kind.schema, []).includes('proceedings');
    if (proceeding && path[0] === 'sections' && path.length === 2) meant.add(JSON.stringify([...path, 'verb']));
    bag.error('unknown-key', say('unknown-key', { key: written }), {
      start: kloc?.key?.start ?? fallback,
      end: kloc?.key?.end,
      path: [...path, key],
      // the keys there are: in Chinese by their Chinese names (标题), in English by the keys (title)
      expected: guess ? undefined : say('one-of.keys', { keys: known, names: known.map((k) => aliasesOf(k)[0] ?? k) }),
      hint: guess
        ? KEY_ALIASES[guess]
          ? say('did-you-mean.alias', { guess, key: KEY_ALIASES[guess] })
          : hasHan(written) && aliasesOf(guess).length
            ? say('did-you-mean.alias', { guess: aliasesOf(guess)[0]!, key: guess }) // a key typed in Chinese near another's English key: that key by its Chinese name
            : say('did-you-mean', { guess })
        : proceeding
          ? say('unknown-key.proceeding', { key: written, sentence: proceedingSentence(written, valueAt(source.data, [...path, key])) })
          : dateInSignature
          ? say('unknown-key.date-in-signature')
          : sectionKeys.includes('title')
            ? say('unknown-key.section', { key: written })
            : sectionKeys.includes('verb')
              ? say('unknown-key.section-verb', { key: written })
              : maybeText
                ? say('unknown-key.text-colon', { key })
                : undefined,
    });
  }
}

/** Whether a 纪要 is the narrative form, which prints 章节: no 模板, or the built-in `minutes`. */
function printsNarrativeMinutes(data: unknown): boolean {
  const template = (data as { template?: unknown } | null)?.template;
  return template === undefined || template === 'minutes';
}

/**
 * What the meeting did, said as 会议情况 says it: 研究: 今年防汛工作 → 会议研究了今年防汛工作; a value that is no short
 * line of text or list of items (a paragraph, keys) is ……
 */
function proceedingSentence(key: string, value: unknown): string {
  // a list of short items (- 研究: [防汛值班安排, 村道硬化]) is said as the items are joined in a sentence, with 、
  const text = Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join('、') : value;
  const what = typeof text === 'string' && text.trim() !== '' && [...text.trim()].length <= 40 ? text.trim().replace(/[。.]$/u, '') : '……';
  return `${SUBJECT_AT_START.test(key) ? '' : '会议'}${key.replace(/了$/u, '')}了${what}`;
}

/**
 * An item typed as a 章节 is typed (- 动词: 强调 in a 纪要, - 标题: … in a 总结) in a list of text at the top of the
 * record (要点:, 内容: …): where such items go, with the key and the item's first key as the record writes them.
 */
function sectionItemHint(path: KeyPath, input: unknown, source: RecordSource, kind: KindInfo): LocalText | undefined {
  if (path.length !== 2 || typeof path[0] !== 'string' || typeof path[1] !== 'number' || path[0] === 'sections') return undefined;
  if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const keys = Object.keys(input);
  const sectionKeys = keysAt(kind.schema, ['sections', 0]);
  // - 要求: 要加强值班值守 — what the meeting said, typed with its verb as the key (a verb of zh/meeting.ts)
  if (sectionKeys.includes('verb') && keys.length === 1 && isMeetingVerb(keys[0]!)) {
    return say('wrong-type.verb-as-key', { key: String(source.writtenPath(path)[0] ?? path[0]), verb: keys[0]! });
  }
  // the key that makes an item a 章节: its 动词 in a 纪要, its 标题 elsewhere
  const head = sectionKeys.includes('verb') ? 'verb' : 'title';
  if (!keys.includes(head) || !keys.every((k) => sectionKeys.includes(k))) return undefined;
  const written = source.writtenPath([...path, head]);
  return say(head === 'verb' ? 'wrong-type.section-items.verb' : 'wrong-type.section-items', { key: String(written[0] ?? path[0]), item: String(written.at(-1) ?? head) });
}

/**
 * The types a union's branches expect of the value itself, through the unions nested in it: 标题 is text or a list of
 * lines, and text is a string or a number (schema/common.ts text, since YAML reads 2024 as a number) — said as text.
 */
function expectedOfValue(branches: Issue[][]): string[] {
  const types = branches.flatMap((b) =>
    b.flatMap((i) =>
      i.path.length !== 0 ? [] : i.code === 'invalid_type' ? [(i as { expected: string }).expected] : i.code === 'invalid_union' ? expectedOfValue((i as Issue & { errors?: Issue[][] }).errors ?? []) : [],
    ),
  );
  return types.includes('string') ? types.filter((t) => t !== 'number') : types;
}

function report(issue: Issue, source: RecordSource, kind: KindInfo, bag: DiagnosticBag, meant: Set<string>): void {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const loc = source.locate(path);
  const at = loc?.value ?? loc?.key ?? source.locateNearest(path);
  const where = { start: at?.start, end: at?.end, path };
  // a key written with nothing after it (存在问题: left to fill in later): said as such, whatever forms it takes
  const last = path[path.length - 1];
  if (issue.input === null && typeof last === 'string' && (issue.code === 'invalid_union' || issue.code === 'invalid_type')) {
    const written = String(source.writtenPath(path).at(-1) ?? last);
    bag.error('wrong-type', say('wrong-type.empty', { key: written }), { start: loc?.key?.start ?? at?.start, end: loc?.key?.end ?? at?.end, path, hint: say('wrong-type.empty.hint') });
    return;
  }
  switch (issue.code) {
    case 'invalid_union': {
      const branches = (issue as Issue & { errors?: Issue[][] }).errors ?? [];
      const topTypes = expectedOfValue(branches);
      const key = path[path.length - 1];
      if (issue.input === undefined && topTypes.length) {
        bag.error('missing-key', say('missing-key', { key: typeof key === 'string' ? sayKey(key) : String(key) }), {
          start: source.locateNearest(path.slice(0, -1))?.start,
          path,
          expected: say('types', { types: [...new Set(topTypes)] }),
        });
        return;
      }
      for (const sub of flattenUnion(issue as Issue & { errors?: Issue[][] })) {
        if (sub === issue) {
          const types = [...new Set(topTypes)];
          bag.error('wrong-type', types.length ? say('wrong-type', { expected: say('types', { types }), got: describeValue(issue.input) }) : say('wrong-type.no-form'), {
            ...where,
            hint: sectionItemHint(path, issue.input, source, kind) ?? say('see-schema', { kind: kind.kind }),
          });
        } else report(sub, source, kind, bag, meant);
      }
      return;
    }
    case 'unrecognized_keys':
      return reportUnknownKeys(issue.keys, path, source, kind, bag, at?.start, meant);
    case 'invalid_type': {
      const key = path[path.length - 1];
      if (issue.input === undefined) {
        const parent = source.locateNearest(path.slice(0, -1));
        bag.error('missing-key', say('missing-key', { key: typeof key === 'string' ? sayKey(key) : String(key) }), {
          start: parent?.start,
          path,
          expected: say('types', { types: [issue.expected] }),
        });
        return;
      }
      // a list typed with the dash a Chinese input method gives for - (— 动词: 指出): the dash is what is wrong
      const dash = issue.expected === 'array' && typeof issue.input === 'string' ? /^([—－–])\s/u.exec(issue.input)?.[1] : undefined;
      bag.error('wrong-type', say('wrong-type', { expected: say('types', { types: [issue.expected] }), got: describeValue(issue.input) }), {
        ...where,
        hint: dash === undefined ? undefined : say('list-dash', { dash }),
      });
      return;
    }
    case 'invalid_value':
      bag.error('invalid-value', say('invalid-value', { value: String(issue.input) }), {
        ...where,
        expected: say('one-of', { choices: issue.values.map((v) => String(v)) }),
      });
      return;
    case 'too_small':
      bag.error(
        'too-small',
        issue.origin === 'array'
          ? say('too-small.items', { minimum: Number(issue.minimum) })
          : issue.inclusive === false
            ? say('too-small.above', { minimum: Number(issue.minimum) })
            : say('too-small.number', { minimum: Number(issue.minimum) }),
        where,
      );
      return;
    case 'too_big':
      if (issue.origin === 'number') {
        bag.error('invalid-value', say('too-big.number', { maximum: Number(issue.maximum) }), where);
        return;
      }
      bag.error('invalid-value', issue.message, where);
      return;
    default: {
      // a refinement of the schema (src/records/schema/common.ts refinementIssue) gives its words
      // as a catalogue entry; any other check of zod's says its own (English) message
      const params = (issue as { params?: { reason?: LocalText; code?: KnownCode; expected?: LocalText } }).params;
      bag.error(params?.code ?? 'invalid-value', params?.reason ?? issue.message, { ...where, expected: params?.expected });
    }
  }
}

/**
 * Checks a record against the schema of its kind; every problem goes to the bag, with its position: the record
 * typed, or undefined. `meant` receives the key paths
 * (JSON) a misspelt key was meant to be (主待人 → ["chair"]), so that a later check does not say them missing too.
 */
export function validateRecord(source: RecordSource, bag: DiagnosticBag, meant = new Set<string>()): ValidRecord | undefined {
  const data = source.data;
  if (data === undefined) return undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    // a record typed on a Chinese input method, every key with the full-width colon (类型：纪要): said so, at the first
    const slips = source.text.split('\n').map((line, n) => ({ n, slip: keyColonTyped(line) })).filter((l) => l.slip?.colon === '：');
    const first = slips[0];
    if (first?.slip) {
      bag.error('not-a-record', say('key-colon-full-width', { typed: first.slip.typed, key: first.slip.key, value: first.slip.value, lines: slips.length }), {
        start: { line: first.n + 1, column: first.slip.column },
        end: { line: first.n + 1, column: first.slip.column + 1 },
        hint: say('key-colon-full-width.hint'),
      });
      return undefined;
    }
    bag.error('not-a-record', say('not-a-record'), {
      start: { line: 1, column: 1 },
      expected: say('not-a-record.expected'),
    });
    return undefined;
  }
  const record = data as Record<string, unknown>;
  const rawKind = record.kind;
  const kindLoc = source.locate(['kind']);
  const kindList = { kinds: Object.values(KINDS).map((k) => k.kind), names: Object.values(KINDS).map((k) => k.zh) };
  if (typeof rawKind !== 'string') {
    bag.error('missing-kind', say('missing-kind'), {
      start: kindLoc?.value?.start ?? { line: 1, column: 1 },
      path: ['kind'],
      expected: say('kind-list', kindList),
    });
    return undefined;
  }
  const kind = KINDS[canonicalKind(rawKind.trim())];
  if (!kind) {
    const guess = didYouMean(rawKind, Object.keys(KINDS));
    bag.error('unknown-kind', say('unknown-kind', { kind: rawKind }), {
      start: kindLoc?.value?.start,
      end: kindLoc?.value?.end,
      path: ['kind'],
      expected: say('kind-choices', kindList),
      hint: guess ? say('did-you-mean', { guess }) : undefined,
    });
    return undefined;
  }
  // a 实施方案 or 总结 typed with its headings as keys (指导思想:, 主要任务: …), a 纪要 with what the meeting did (议定事项:, 会议强调: …): those parts are its 章节
  const sectionKeys = keysAt(kind.schema, ['sections', 0]);
  if (sectionKeys.includes('title')) {
    // a heading typed after 存在的问题 or 下步打算 (四、意见建议:) is printed before them: said, not moved silently (s8-qa)
    const closing = Object.keys(source.data as object).filter((k) => PRINTED_AFTER_SECTIONS.has(k));
    const written = (k: string | undefined) => (k === undefined ? '' : String(source.writtenPath([k])[0] ?? k));
    const after = written(closing[0]);
    const last = written(closing.at(-1));
    for (const key of readHeadingsAsSections(source, keysAt(kind.schema, []))) {
      const at = source.locate([key])?.key;
      bag.warn('heading-moved', say('heading-moved', { key: written(key), after }), {
        start: at?.start,
        end: at?.end,
        path: [key],
        hint: say('heading-moved.hint', { last, first: after }),
      });
    }
  }
  // (only for the narrative 纪要, the built-in `minutes` or no 模板, which prints 章节: the header form and the 支部委员会
  // form have no place for them, and their keys are then said as unknown, as any other — s8-qa)
  else if (sectionKeys.includes('verb') && printsNarrativeMinutes(source.data)) {
    readVerbKeysAsSections(source, keysAt(kind.schema, []));
  }
  // a 落款 typed as an office types it (单位: under it, or one line): read as its 署名 and 成文日期
  readSignatureAsTyped(record, source, bag, ['signature', 'organ']);
  const result = kind.schema.safeParse({ ...record, kind: kind.kind }, { reportInput: true });
  if (!result.success) {
    // A misspelt key is one error, with its suggestion: the key it was meant to be is then not also
    // "missing" (`- 姓明: 张三` is unknown-key 姓明 → did you mean 姓名, not also missing 姓名).
    const found = new DiagnosticBag(bag.file);
    for (const issue of result.error.issues) report(issue, source, kind, found, meant);
    bag.merge(found.items.filter((d) => !(d.code === 'missing-key' && d.path && meant.has(JSON.stringify(d.path)))));
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
