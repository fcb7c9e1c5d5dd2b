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
