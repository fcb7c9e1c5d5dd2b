/**
 * What was made of a file's bytes (a template parsed, a config checked), kept by a key for the life of
 * the process and made again only when the file's bytes differ from the ones it was made from. The
 * bytes are read each time and compared (a few microseconds for a template or a config): a file's size
 * and mtime do not tell every edit — one character for another of as many bytes (张 for 李) saved
 * within the clock's tick, on FAT's 2 s, or copied with its time kept (`render --watch`, the serve page).
 * Within one run the reads themselves are kept too (./runMemo.ts).
 */
export function keptWhileSame<T>(): (key: string, bytes: Buffer, make: () => T) => T {
  const made = new Map<string, { bytes: Buffer; value: T }>();
  return (key, bytes, make) => {
    const hit = made.get(key);
    if (hit?.bytes.equals(bytes)) return hit.value;
    const value = make();
    made.set(key, { bytes, value });
    return value;
  };
}
