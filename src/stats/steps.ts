import type { DisputeStep } from './figures.js';

/** A date at the start of a step: 2009年2月5日, 2月5日, 4月初, 6月中旬, 2009-02-05, 2009/2/5. */
const STEP_DATE = /^((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|上旬|中旬|下旬|初|底|末)|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/;
/** "1、" "2." "（3）" numbering before a step (not "4.25", a date). */
const NUMBERING = /^(?:[（(]\d{1,2}[)）]|\d{1,2}[、．]|\d{1,2}\.(?!\d))\s*/;
const LEADING = /^[\s，,：:、]+/;
const TRAILING = /[\s；;。，,]+$/;

/**
 * Reads the 调处经过 cell into dated steps. Steps are separated by line breaks
 * or ；/; — or by 。 when a date follows — and each starts with its date:
 * "1月25日，派出所出警；2月5日，组织双方调解" → [{date: "1月25日", text: "派出所出警"},
 * {date: "2月5日", text: "组织双方调解"}]. Dates stay as written. A piece that
 * does not start with a date continues the step before it; a first piece
 * without a date is a step without one. Trailing 。；, are dropped: the
 * template punctuates.
 */
export function parseSteps(cell: string | undefined): DisputeStep[] {
  if (!cell) return [];
  const pieces = cell
    .split(/\r?\n|\r|[；;]|。(?=\s*(?:\d{4}\s*年|\d{1,2}\s*月|\d{4}[-/.]))/)
    .map((s) => s.trim())
    .filter(Boolean);
  const steps: DisputeStep[] = [];
  for (const raw of pieces) {
    const piece = raw.replace(NUMBERING, '');
    const m = STEP_DATE.exec(piece);
    if (m) {
      const text = piece.slice(m[0].length).replace(LEADING, '').replace(TRAILING, '');
      steps.push({ date: m[1].replace(/\s+/g, ''), text });
      continue;
    }
    const text = piece.replace(TRAILING, '');
    const last = steps[steps.length - 1];
    if (last) last.text = last.text ? `${last.text}；${text}` : text;
    else steps.push({ text });
  }
  return steps;
}
