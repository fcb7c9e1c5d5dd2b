/**
 * Every string of data as read (a record's values, at any depth) with its key path, in the order typed: what the checks
 * of a record's wording look at (records/traditionalText, compile/amountStyles).
 */
export interface TypedText {
  text: string;
  path: Array<string | number>;
}

export function textsOf(value: unknown, path: Array<string | number> = [], out: TypedText[] = []): TypedText[] {
  if (typeof value === 'string') out.push({ text: value, path });
  else if (Array.isArray(value)) value.forEach((v, i) => textsOf(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) textsOf(v, [...path, k], out);
  return out;
}
