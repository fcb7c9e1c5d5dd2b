/**
 * A lookup table keyed by text that comes from users (record keys, kinds, figure names, register
 * values). It has no prototype, so `constructor`, `toString` or `__proto__` typed in a record are
 * ordinary unknown names, never Object's own members.
 */
export function dict<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Whether `key` is one of `table`'s own entries (not something inherited from Object). */
export function hasEntry(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * `table[key] = value` as an own, enumerable, writable property, whatever the key: an assignment to
 * `__proto__` would set the prototype, so that one key is defined instead (an assignment keeps an object's
 * fast shape, which defineProperty does not). For objects built from what users type (a record's keys).
 */
export function setOwn(table: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
  else table[key] = value;
}
