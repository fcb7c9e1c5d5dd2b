/** The value at a key path (keys and list indices) of data as read, or undefined where the path leaves it. */
export function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let at = data;
  for (const k of path) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[k] : undefined;
  return at;
}
