/**
 * Breaks a long 标题 into lines as GB/T 9704 §7.3.1 asks: "回行时，要做到词意完整，排列对称，长短适宜，
 * 间距恰当，标题排列应当使用梯形或菱形" — each line a whole number of words, the lines balanced,
 * in a 梯形 (each line no longer than the one above) or 菱形 (the middle line the longest), never one
 * or two characters alone on a line.
 */

/**
 * Characters of a 2号 (22 pt) title on one line of the 156 mm 版心 (GB/T 9704 §5.2.1: 156 mm ×
 * 225 mm; §7.3.1: 标题 2号小标宋): 156 mm = 442.2 pt, / 22 pt = 20.1, so 20.
 */
export const TITLE_LINE_CHARS = 20;

/** Lines a title is balanced over at the most. */
const MAX_TITLE_LINES = 4;

/** Terms a line never breaks inside: document types and words the segmenter splits (信/访, 实施/方案). */
const WHOLE_TERMS = [
  '实施方案', '工作方案', '实施意见', '指导意见', '实施细则', '工作总结', '工作要点', '工作计划', '工作报告', '会议纪要', '纪要',
  '讲话', '通知', '意见', '报告', '总结', '方案', '信访', '纠纷', '维稳', '综治', '党支部', '支部委员会', '委员会', '专题会议', '工作会议',
  '矛盾纠纷', '排查化解', '社会稳定', '风险评估', '人居环境', '春节期间', '大接访', '三会一课',
  '上半年', '下半年', '第一季度', '第二季度', '第三季度', '第四季度',
  // the work a 公文 of a town is about, two words the segmenter cuts apart (森林|防火)
  '森林防火', '安全生产', '防汛抗旱', '疫情防控', '扫黑除恶', '乡村振兴', '环境整治', '专项整治', '专项行动', '基层治理',
  // terms of the work whose first characters the segmenter makes a word of their own (高|标准, 安全|隐患, 经济|普查)
  '高标准农田', '安全隐患', '隐患排查', '自建房', '经济普查', '人口普查', '农业普查',
  // the issuers a cited title (《》) begins with, which the segmenter cuts (办公|厅)
  '中共中央办公厅', '国务院办公厅', '中共中央', '国务院', '办公厅', '办公室', '人民政府', '人民代表大会',
];

/** The words of a title, by the ICU segmenter Node carries (Intl.Segmenter, granularity "word"), as their lengths. */
// made on first use, when a title is long enough to break: making it loads ICU's Chinese word
// dictionary, about 93 M instructions (callgrind) — more than Node's own start — which a 纪要 with a
// short title never needs
let segmenter: Intl.Segmenter | undefined;
const wordLengths = (chars: string[]): number[] =>
  [...(segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(chars.join(''))].map((s) => Array.from(s.segment).length);

/** Where the WHOLE_TERMS stand in a text: [first, after last] character of each. */
function termSpans(text: string): Array<[number, number]> {
  return WHOLE_TERMS.flatMap((term) => {
    const found: Array<[number, number]> = [];
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const from = Array.from(text.slice(0, at)).length;
      found.push([from, from + Array.from(term).length]);
    }
    return found;
  });
}

/** Where a line may end: after index i (between chars[i-1] and chars[i]). */
function breakable(chars: string[], words: number[]): boolean[] {
  const text = chars.join('');
  const ok = new Array<boolean>(chars.length + 1).fill(false);
  // word boundaries
  let offset = 0;
  for (const n of words) {
    offset += n;
    ok[offset] = true;
  }
  const forbid = (from: number, to: number) => {
    for (let i = from + 1; i < to; i++) ok[i] = false;
  };
  // each term is a word: its ends are places a line may end (the segmenter may have read 厅国 as one word), and no
  // place inside it is — the ends of all first, so that a term inside a longer one (信访 in 信访工作) stays whole
  const terms = termSpans(text);
  for (const [from, to] of terms) ok[from] = ok[to] = true;
  for (const [from, to] of terms) forbid(from, to);
  // a year (二〇〇九年, 2009年), a number with its unit, and anything in quotes or brackets stays whole — the
  // straight quotes of a pasted title too ("美丽屋场"), which are curled after the title is broken; a 《》 longer than a
  // line cannot, and is cut between the words of the title it cites (its terms and years still whole, above and here)
  // (and an ordinal, 第12次, 第三期: one word, GB/T 9704 §7.3.1 词意完整)
  for (const m of text.matchAll(/第[〇一二三四五六七八九十0-9]+[次期届批号轮个]|[〇一二三四五六七八九0-9]{2,4}年|\d+[%个件项]?|“[^”]*”|"[^"]*"|《[^》]*》|（[^）]*）|\([^)]*\)/gu)) {
    const from = Array.from(text.slice(0, m.index)).length;
    const length = Array.from(m[0]).length;
    if (m[0].startsWith('《') && length > TITLE_LINE_CHARS) continue;
    forbid(from, from + length);
  }
  // never start a line with punctuation that closes, nor end one with punctuation that opens
  chars.forEach((c, i) => {
    if (/[，。、；：！？”’》）]/u.test(c)) ok[i] = false;
    if (/[“‘《（]/u.test(c)) ok[i + 1] = false;
  });
  ok[0] = false;
  ok[chars.length] = false;
  return ok;
}

/** For each character, whether the segmenter made it a word of its own (not one of a term it cut: 办公|厅, 国|务院). */
function oneCharWords(words: number[], text: string): boolean[] {
  const single = words.flatMap((n) => new Array<boolean>(n).fill(n === 1));
  for (const [from, to] of termSpans(text)) single.fill(false, from, to);
  return single;
}

/** For each place a line may end, whether it is inside a 《》 (only one longer than a line is ever cut: breakable). */
function insideBookTitle(chars: string[]): boolean[] {
  const inside = new Array<boolean>(chars.length + 1).fill(false);
  let depth = 0;
  chars.forEach((c, i) => {
    if (c === '《') depth++;
    else if (c === '》') depth = Math.max(0, depth - 1);
    inside[i + 1] = depth > 0;
  });
  return inside;
}

/** How good a set of line lengths is: lower is better. */
function cost(lengths: number[], chars: string[], breaks: number[], single: boolean[], inBookTitle: boolean[]): number {
  let c = 0;
  const max = Math.max(...lengths);
  const min = Math.min(...lengths);
  c += max - min; // balance
  for (const len of lengths) if (len > TITLE_LINE_CHARS) c += 1000;
  if (min <= 2) c += 500; // never one or two characters alone
  if (min * 2 < max) c += 3; // 长短适宜: no line less than half the longest where the words allow it
  // 梯形 (each line no longer than the one above) or 菱形 (the middle the longest); an inverted 梯形 is the worst
  const trapezoid = lengths.every((l, i) => i === 0 || l <= lengths[i - 1]!);
  const diamond = lengths.length === 3 && lengths[1]! >= lengths[0]! && lengths[1]! >= lengths[2]!;
  if (!trapezoid && !diamond) c += 6;
  // a line that ends after 的 or 关于…的 phrase, or before the document type, reads well
  for (const b of breaks) {
    if (chars[b - 1] === '的') c -= 3;
    if (/[的和及与暨上中之]/u.test(chars[b]!)) c += 8; // a line never starts with a word that binds to the one before
    if (chars.slice(b, b + 2).join('') === '关于') c -= 4;
    // after 关于 the line of what the document is about begins (县农业农村局关于 / 2025年高标准农田……)
    if (chars.slice(b - 2, b).join('') === '关于') c -= 3;
    if (single[b - 1] && single[b]) c += 8; // between two one-character words: the segmenter was unsure (人/居)
    if (/^(实施方案|实施意见|工作方案|工作总结|会议纪要|纪要|讲话|通知|意见|方案|总结)/u.test(chars.slice(b).join(''))) c -= 2;
    // a cited title (《》) begins a line of sense; cut inside one (only one longer than a line) where nothing else fits
    if (chars[b] === '《') c -= 3;
    if (inBookTitle[b]) c += 6;
  }
  return c;
}

/** The lines of a title: one when it fits, else the best balanced breaking into as few lines as fit. */
export function titleLines(title: string, width = TITLE_LINE_CHARS): string[] {
  const chars = Array.from(title.trim());
  if (chars.length <= width) return [title.trim()];
  // a title of more than four lines is not a title a 公文 has: it is left to the writer to wrap
  // (and the search below, which grows with the lines, stays small)
  if (chars.length > MAX_TITLE_LINES * width) return [title.trim()];
  const words = wordLengths(chars);
  const ok = breakable(chars, words);
  const single = oneCharWords(words, chars.join(''));
  const inBookTitle = insideBookTitle(chars);
  const positions = ok.map((v, i) => (v ? i : -1)).filter((i) => i > 0);
  let best: { breaks: number[]; cost: number } | undefined;
  for (let lines = Math.ceil(chars.length / width); lines <= Math.ceil(chars.length / width) + 1 && !best; lines++) {
    // each break within a line's width of the one before, and the rest able to fit in the lines left
    const choose = (start: number, left: number, acc: number[]): void => {
      const prev = acc.at(-1) ?? 0;
      if (left === 0) {
        if (chars.length - prev > width) return;
        const bounds = [0, ...acc, chars.length];
        const lengths = bounds.slice(1).map((b, i) => b - bounds[i]!);
        if (lengths.some((l) => l > width)) return;
        const c = cost(lengths, chars, acc, single, inBookTitle);
        if (!best || c < best.cost) best = { breaks: [...acc], cost: c };
        return;
      }
      for (let k = start; k < positions.length; k++) {
        const at = positions[k]!;
        if (at - prev > width) break;
        if (chars.length - at > width * left) continue;
        choose(k + 1, left - 1, [...acc, at]);
      }
    };
    choose(0, lines - 1, []);
  }
  if (!best) return [title.trim()]; // no breaking keeps words whole: the writer wraps it
  const bounds = [0, ...best.breaks, chars.length];
  return bounds.slice(1).map((b, i) => chars.slice(bounds[i], b).join(''));
}
