import type { DiagnosticBag, KeyPath } from '../diagnostics/diagnostic.js';
import { say } from '../diagnostics/messages/index.js';
import { parseDate } from '../zh/dates.js';
import { aliasesOf } from './aliases.js';
import type { RecordSource } from './readRecord.js';

/**
 * A 落款 as secretaries type it, in the form the schemas read ({organs 署名, date 成文日期}; a config's 落款 too):
 * - the organs under 单位 or 机关 (organ), as an office calls the organ that signs (落款单位): its 署名;
 * - one line of text: the organs (落款: 青石镇人民政府, as a config's 落款 takes them), with the 成文日期 when a date
 *   ends it after a space (落款: 青石镇人民政府 2025年7月3日);
 * - a 署名 typed on the line of 落款 itself (落款: 单位: 青石镇人民政府), which YAML cannot read as a mapping (the colon is
 *   text then, src/records/textColons.ts): the organs, without the word before the colon — never a 署名 that reads
 *   单位：青石镇人民政府.
 * `twice`: 署名 and 单位 both typed (the 单位 is left out; the caller says it, at its key).
 */
function signatureAsTyped(value: unknown): { value: unknown; twice: boolean } {
  if (typeof value === 'string') return { value: signatureLine(value), twice: false };
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('organ' in value)) return { value, twice: false };
  const { organ, ...rest } = value as Record<string, unknown>;
  if ('organs' in rest) return { value: rest, twice: true };
  return { value: { organs: organ, ...rest }, twice: false };
}

/** The word a 署名 is typed after on the line of 落款 (署名:, 单位:, 落款单位: …), with its colon as YAML left it. */
const LABEL = new RegExp(`^(?:落款单位|${[...aliasesOf('organs'), ...aliasesOf('organ')].join('|')})\\s*[:：]\\s*`, 'u');

function signatureLine(line: string): { organs: string; date?: string } {
  const text = line.trim().replace(LABEL, '');
  const space = text.search(/\s\S+$/u);
  const last = space < 0 ? undefined : text.slice(space).trim();
  return last !== undefined && parseDate(last) ? { organs: text.slice(0, space).trim(), date: last } : { organs: text };
}

/**
 * A record's or a config's 落款 (`holder.signature`) read as typed (signatureAsTyped), in place; 署名 and 单位 both typed
 * is a duplicate-key error at the 单位, found at `organAt` in the source (the record's or the config's own key path).
 */
export function readSignatureAsTyped(holder: Record<string, unknown>, source: RecordSource, bag: DiagnosticBag, organAt: KeyPath): void {
  if (!('signature' in holder)) return;
  const typed = signatureAsTyped(holder.signature);
  if (typed.twice) {
    const at = source.locate(organAt)?.key;
    const written = String(source.writtenPath(['signature', 'organ'])[1] ?? 'organ');
    const first = String(source.writtenPath(['signature', 'organs'])[1] ?? 'organs');
    bag.error('duplicate-key', say('duplicate-key', { written, first, key: 'organs' }), { start: at?.start, end: at?.end, path: ['signature', 'organ'] });
  }
  holder.signature = typed.value;
}
