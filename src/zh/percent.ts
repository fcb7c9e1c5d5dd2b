/**
 * A ratio as a percentage, as the 2009 summaries print their rates: 100%, 95%, 72.7% — whole
 * percent when exact to a tenth, otherwise one decimal (1 → 100%, 0.727 → 72.7%, 2/3 → 66.7%).
 */
export function formatPercent(ratio: number): string {
  const tenths = Math.round(ratio * 1000) / 10;
  return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)}%`;
}

/** numerator / denominator as a percentage (formatPercent); undefined when the denominator is zero or missing. */
export function percent(numerator: number | undefined, denominator: number | undefined): string | undefined {
  if (numerator === undefined || denominator === undefined || denominator === 0) return undefined;
  return formatPercent(numerator / denominator);
}

/** A percentage typed with a space before its sign or the full-width ％ (a phone's keyboard): 95 % and ９５％ (its digits made half-width first). */
const TYPED_PERCENT = /(?<=\d)(?:[ \u3000]*％|[ \u3000]+%)/gu;

/**
 * A percentage as GB/T 15835 writes it, the sign right after its number in the one form the document prints its own rates
 * with (formatPercent: 91.3%): 95 % → 95%, 35％ → 35%. A ％ after no number is left as typed.
 */
export function percentSigns(text: string): string {
  if (!/[%％]/u.test(text)) return text;
  return text.replace(TYPED_PERCENT, '%');
}
