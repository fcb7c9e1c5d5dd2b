import type { DiagnosticBag, KeyPath } from '../diagnostics/diagnostic.js';
import { say } from '../diagnostics/messages/index.js';
import { mayBeTraditional, toSimplified, traditionalCharacters } from '../zh/simplified.js';
import { textsOf } from '../util/textsOf.js';
import type { RecordSource } from './readRecord.js';
import { setOwn } from '../util/dict.js';

/** A text longer than this is shown by its beginning in the message. */
const SHOWN = 20;

/**
 * Text typed in traditional characters (a phone or input method set to 繁體: 全鎮防汛工作會議): a warning at each
 * value, naming its characters with their simplified forms (zh/simplified traditionalCharacters). The text is
 * printed as typed — a name may be written so — and its keys were read already (records/aliases canonicalKey).
 * A record holding none of zh/simplified's TRADITIONAL_MARKS is not looked at further.
 */
export function reportTraditionalText(source: RecordSource, bag: DiagnosticBag): void {
  if (!mayBeTraditional(source.text)) return;
  const said: Array<Parameters<typeof warn>> = [];
  for (const { text, path } of textsOf(source.data)) {
    // the kind and template are read (紀要 is 纪要: records/aliases canonicalKind), not printed
    if (path.length === 1 && (path[0] === 'kind' || path[0] === 'template')) continue;
    const found = traditionalCharacters(text);
    if (!found.length) continue;
    const at = source.locate(path)?.value ?? source.locateNearest(path);
    said.push([bag, text, found, { start: at?.start, end: at?.end, path }]);
  }
  // a Markdown record's text after its front matter, line by line
  (source.body ?? '').split('\n').forEach((line, i) => {
    const found = traditionalCharacters(line);
    if (found.length) said.push([bag, line.trim(), found, { start: { line: (source.bodyLine ?? 1) + i, column: 1 } }]);
  });
  // a record typed in traditional characters throughout has one answer, --simplified: its first texts are said one by
  // one, the rest once, with their lines (17 code frames were more than a screen before the document)
  for (const args of said.slice(0, SAID_ONE_BY_ONE)) warn(...args);
  const rest = said.slice(SAID_ONE_BY_ONE);
  if (!rest.length) return;
  const lines = [...new Set(rest.map(([, , , where]) => where.start?.line).filter((l): l is number => l !== undefined))];
  bag.warn('traditional-text', say('traditional-text.more', { count: rest.length, lines }), { start: rest[0]![3].start, hint: say('traditional-text.more.hint') });
}

/** How many texts in traditional characters are said one by one before the rest are said once. */
const SAID_ONE_BY_ONE = 3;

function warn(
  bag: DiagnosticBag,
  text: string,
  found: Array<{ typed: string; simplified: string }>,
  where: { start?: { line: number; column: number }; end?: { line: number; column: number }; path?: KeyPath },
): void {
  const shown = [...text].length > SHOWN ? [...text].slice(0, SHOWN).join('') + '…' : text;
  const simplified = found.reduce((t, c) => t.replaceAll(c.typed, c.simplified), shown);
  bag.warn('traditional-text', say('traditional-text', { text: shown, typed: found.map((c) => c.typed), simplified: found.map((c) => c.simplified) }), {
    ...where,
    hint: say('traditional-text.hint', { simplified }),
  });
}

/**
 * `--simplified`: a record typed in traditional characters read converted (zh/simplified, as an existing document is:
 * readers/readDocument), every text of it and a Markdown record's body; its keys were read already (records/aliases
 * canonicalKey). Nothing is then said of them. A record holding none of TRADITIONAL_MARKS is left as it is.
 */
export function simplifyRecordText(source: RecordSource): void {
  if (!mayBeTraditional(source.text)) return;
  source.data = simplified(source.data);
  if (source.body !== undefined) source.body = toSimplified(source.body);
}

function simplified(value: unknown): unknown {
  if (typeof value === 'string') return toSimplified(value);
  if (Array.isArray(value)) return value.map(simplified);
  if (value && typeof value === 'object') {
    const out = {} as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) setOwn(out, k, simplified(v));
    return out;
  }
  return value;
}
