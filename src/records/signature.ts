import { parseDate } from '../zh/dates.js';
import { aliasesOf } from './aliases.js';

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
export function signatureAsTyped(value: unknown): { value: unknown; twice: boolean } {
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
