/**
 * A rate as the seeds print it: 100%, 95%, 72.7% — whole percent when exact,
 * otherwise one decimal. Undefined when the denominator is zero or missing.
 */
export function percent(numerator: number | undefined, denominator: number | undefined): string | undefined {
  if (numerator === undefined || denominator === undefined || denominator === 0) return undefined;
  const pct = (numerator / denominator) * 100;
  const rounded = Math.round(pct * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}
