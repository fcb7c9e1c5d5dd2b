/**
 * "Did you mean": the known words nearest a word that is not one of them, by one rule for every
 * message that suggests (record keys and kinds, register columns and values, summary figures).
 *
 * Two words are as far apart as the characters the longer of them keeps outside their longest
 * common subsequence — counted in characters (汉字 as one), case ignored. A wrong, missing or extra
 * character is one (姓明 → 姓名, 参会人 → 参会人员), and so is a swap of two (chiar → chair) or a
 * character put in another place (来信比例 → 来信占比). A near miss is at most one such in a word of
 * up to five characters, two up to eleven (atendes → attendees), three beyond — and never as many as
 * the word is long, which would be any word at all.
 */

/** How far a word of this many characters may be from what was meant. */
export function nearMissLimit(length: number): number {
  return Math.min(length - 1, length <= 5 ? 1 : length <= 11 ? 2 : 3);
}

/** The characters the longer of two texts keeps outside their longest common subsequence. */
export function wordDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let prev = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    const row = [0];
    for (let j = 1; j <= t.length; j++) row.push(s[i - 1] === t[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!));
    prev = row;
  }
  return Math.max(s.length, t.length) - prev[t.length]!;
}

/** The characters of a text, as Array.from counts them (a pair of surrogates is one). */
function charCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) n--;
  }
  return n;
}

/**
 * The candidates a mistyped word is a near miss of, nearest first; of those as near, the ones the
 * word begins first (交办回复 → 交办回复率 before 交办已回复). Empty when none is near.
 */
export function nearestWords(word: string, candidates: Iterable<string>): string[] {
  const typed = word.toLowerCase();
  const length = charCount(typed);
  const limit = nearMissLimit(length);
  let best = limit + 1;
  let found: string[] = [];
  for (const c of candidates) {
    // the distance is at least the difference in length: most candidates are passed over without the
    // subsequence table (a record of 30,000 unknown keys took 6 s of suggestions against ~400 names)
    const lower = c.toLowerCase();
    if (Math.abs(charCount(lower) - length) > limit) continue;
    const d = wordDistance(typed, lower);
    if (d > limit) continue;
    if (d < best) {
      best = d;
      found = [c];
    } else if (d === best && !found.includes(c)) found.push(c);
  }
  return found.sort((a, b) => Number(b.toLowerCase().startsWith(typed)) - Number(a.toLowerCase().startsWith(typed)));
}

/** The one known word a mistyped word most likely meant, or undefined when none is near. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  return nearestWords(word, candidates)[0];
}
