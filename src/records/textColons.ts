import { hasHan } from '../zh/cjk.js';
import { mayBeTraditional, toSimplified } from '../zh/simplified.js';
import { didYouMean } from '../zh/didYouMean.js';
import { canonicalKey, KEY_ALIASES } from './aliases.js';
import { PROCEEDING_KEY, verbOfKey } from '../zh/meeting.js';
import { isHeadingName, isNumberedHeading } from './headingSections.js';
import { stripSequenceMark } from '../zh/punctuation.js';
import { say, type Text } from '../diagnostics/messages/index.js';

/**
 * Pasted Chinese text is full of half-width colons: `现将工作总结如下:`, `主送: 各乡镇党委、政府,县直各单位:`,
 * a list item `- 分类统计如下:`. YAML takes a `:` followed by a space or the line's end as a key
 * indicator, and then fails ("Nested mappings are not allowed in compact mappings") or makes a mapping
 * of a sentence. Before the YAML is parsed, each such colon that does not end a key is written `：`
 * (one UTF-16 unit for one, so every position in the file stays where it was):
 *
 * - in a plain value after a key, on its line (`主送: 各乡镇:` → `主送: 各乡镇：`);
 * - on the continuation lines of a plain value that goes on over several lines;
 * - where the "key" before a colon reads as text: it holds punctuation or spaces, is longer than a
 *   key is, or ends the way a lead sentence ends (如下, 以下);
 * - in a list item holding one unknown word and a colon (`- 分类统计如下:`, `- 注意事项: 不得…`), unless
 *   the word is a near miss of a known key (`- 姓明: 张三`), which validation reports with its suggestion.
 *
 * Known keys — English or Chinese, `姓名: 张三` inside a list of people — are left as keys.
 * Block scalars (`|`, `>`), quoted and flow values and comments are never touched.
 */
export function protectTextColons(yaml: string, knownKeys: ReadonlySet<string> = KNOWN_KEYS): string {
  const lines = yaml.split('\n');
  /** Lines more indented than this belong to a block scalar, a quoted or flow value, or a plain value's continuation. */
  let blockIndent = -1;
  let continuationIndent = -1;
  /** A key with an empty value: its value may start on the next, more indented line. */
  let openKeyIndent = -1;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (/^\s*$/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (continuationIndent >= 0) {
      // a known key one column right of the key above (  - 动词: 强调 /      内容: …) is a slip of the indent, not text:
      // left as a key, YAML stops at it and indentSlip says so
      if (indent > continuationIndent && !line.trimStart().startsWith('#') && !slippedKey(line, indent, continuationIndent, knownKeys)) {
        lines[n] = widenIndicators(line, indent);
        continue;
      }
      continuationIndent = -1;
    }
    if (line.trimStart().startsWith('#') || /^(---|\.\.\.)\s*$/.test(line)) continue;
    // a plain text starting on the line after `key:` (前言:\n  今年以来…:\n  现将…如下:)
    const parentIndent = openKeyIndent;
    const startsValue = parentIndent >= 0 && indent > parentIndent && !line.trimStart().startsWith('- ');
    openKeyIndent = -1;

    // indentation and list dashes: "  - - text"
    const lead = line.match(/^(\s*(?:-\s+)*)/)![1]!;
    const isItem = lead.includes('-');
    const dashCol = lead.lastIndexOf('-');
    const content = line.slice(lead.length);
    const contentCol = lead.length;
    const quotedItem = quotedLead(content);
    if (quotedItem !== undefined) {
      lines[n] = line.slice(0, contentCol) + widenIndicators(quotedItem, 0);
      continuationIndent = isItem ? dashCol : startsValue ? parentIndent : indent - 1;
      continue;
    }
    if (/^["'[{|>&*!]/.test(content)) {
      if (/^["'[{]/.test(content) && closedOnLine(content)) continue;
      blockIndent = isItem ? dashCol : startsValue ? parentIndent : indent - 1;
      continue;
    }
    const at = indicatorAt(content, 0);
    if (at < 0) {
      // no colon that YAML would read as a key: a plain value, which may go on over the next lines
      if (isItem) continuationIndent = dashCol;
      else if (startsValue) continuationIndent = parentIndent;
      continue;
    }
    const word = content.slice(0, at).trim();
    const alone = !nextLineContinuesMap(lines, n, contentCol, knownKeys);
    // a heading typed as a key at the top with its number (一、指导思想:, 二、检查范围和重点: src/records/headingSections.ts), or one
    // of the record's own keys so typed (三、存在的问题:, canonicalKey), is a key
    const bareWord = stripSequenceMark(word);
    const numberedHeading = indent === 0 && !isItem && word !== bareWord && (isHeadingName(bareWord) || KNOWN_KEYS.has(bareWord) || isNumberedHeading(word));
    // an item of 章节 typed with what the meeting did as its key (- 强调: …, - 研究: …) is a mapping, as typed in flow style
    // ({强调: …}): a verb's is read as that section (headingSections readVerbKeysAsSections), 研究's refused as in flow style
    const verbItem = isItem && alone && (verbOfKey(word) !== undefined || PROCEEDING_KEY.test(word)) && canonicalKey(parentKey(lines, n, dashCol)) === 'sections';
    // and one typed with a heading of last year's document as its key (- 指导思想: …, - 一、工作目标: …) under the record's
    // 章节 is a mapping too: a section titled so (headingSections readHeadingsAsSections), as the key at the top is
    const headingItem = isItem && alone && (isHeadingName(bareWord) || isNumberedHeading(word)) && canonicalKey(parentKey(lines, n, dashCol)) === 'sections';
    const asText = !numberedHeading && !verbItem && !headingItem && (readsAsText(word) || ((isItem || startsValue) && alone && !isKeyLike(word, knownKeys)));
    if (asText) {
      lines[n] = line.slice(0, contentCol) + widenIndicators(content, 0);
      continuationIndent = isItem ? dashCol : startsValue ? parentIndent : indent - 1;
      if (isItem && content.slice(at + 1).trim() === '') subItemsAsText(lines, n, dashCol);
      continue;
    }
    // a key: what follows on the line is its value
    const valueStart = at + 1;
    const value = content.slice(valueStart);
    const v = value.trimStart();
    const keyCol = contentCol;
    if (v === '' || v.startsWith('#')) {
      openKeyIndent = keyCol;
      continue;
    }
    const quotedValue = quotedLead(value);
    if (quotedValue !== undefined) {
      lines[n] = line.slice(0, contentCol + valueStart) + widenIndicators(quotedValue, 0);
      continuationIndent = keyCol;
      continue;
    }
    if (/^["'[{|>&*!]/.test(v)) {
      if (/^["'[{]/.test(v) && closedOnLine(v)) continue;
      blockIndent = keyCol;
      continue;
    }
    lines[n] = line.slice(0, contentCol + valueStart) + widenIndicators(value, 0);
    continuationIndent = keyCol;
  }
  return lines.join('\n');
}

/**
 * A point typed with sub-points under it (`- 责任落实到位:` and, deeper, `- 镇村两级落实包保责任`, `- 每个隐患点…`): its
 * colon is the text's (above), and the sub-points are the rest of its text, one from the next by a comma: the first
 * dash becomes a space and each later one `，` (one UTF-16 unit for one), so that the plain value reads
 * 责任落实到位：镇村两级落实包保责任，每个隐患点…, not with the list's dashes in it.
 */
function subItemsAsText(lines: string[], item: number, dashCol: number): void {
  let first = true;
  for (let m = item + 1; m < lines.length; m++) {
    const line = lines[m]!;
    if (/^\s*$/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (indent <= dashCol) return;
    if (!/^-\s/.test(line.slice(indent))) return;
    lines[m] = line.slice(0, indent) + (first ? ' ' : '，') + line.slice(indent + 1);
    first = false;
  }
}

/**
 * A line typed as a known key and its value without the space YAML needs after the colon (`类型:纪要`), or with the
 * full-width colon a Chinese input method types (`类型：纪要`): the key, the colon typed, its column (from 1) and the
 * value; undefined for any other line.
 */
export function keyColonTyped(line: string): { key: string; colon: ':' | '：'; column: number; value: string; typed: string } | undefined {
  const m = /^(\s*(?:-\s+)?)([^\s:：#"'[{]{1,12})([:：])(?!\s|$)(.+)$/u.exec(line.replace(/\r$/u, ''));
  if (!m && !/^\s*(?:-\s+)?[^\s:：#]{1,12}：/u.test(line)) return undefined;
  // (the full-width colon is a slip with a space after it too: 类型： 纪要)
  const parts = m ?? /^(\s*(?:-\s+)?)([^\s:：#"'[{]{1,12})(：)\s*(.*)$/u.exec(line.replace(/\r$/u, ''));
  if (!parts || !KNOWN_KEYS.has(parts[2]!)) return undefined;
  return { key: parts[2]!, colon: parts[3] as ':' | '：', column: parts[1]!.length + parts[2]!.length + 1, value: parts[4]!.trim(), typed: line.trim() };
}

/** Every key that a record may write, in English or Chinese. */
const KNOWN_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(KEY_ALIASES),
  ...Object.values(KEY_ALIASES),
  'id', // 编号 of a case: the one key without a Chinese name of its own here
]);

/** The offset of the first `:` that YAML would read as a key indicator (followed by a space or the end), outside quotes; -1 when none. */
function indicatorAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) return -1;
    if (ch === ':' && (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '\t')) return i;
  }
  return -1;
}

/** `:` followed by a space or the end of the text → `：`, up to a comment. */
function widenIndicators(text: string, from: number): string {
  let out = text;
  for (let i = indicatorAt(out, from); i >= 0; i = indicatorAt(out, i + 1)) {
    out = out.slice(0, i) + '：' + out.slice(i + 1);
  }
  return out;
}

/**
 * A value typed beginning with a half-width quote and going on after it on its line (`内容: "三个到位"要落实到位`, `- "放管服"
 * 改革…`, as typed in a chat): YAML takes the quoted words for the whole value and stops at what follows ("Unexpected
 * scalar at node end"). Its two quotes are written “ ” (one unit for one), as gongwen prints "…" in text anyway, and the
 * value is the text typed; undefined for any other value (a quoted value alone, one before a comment, a quoted key).
 */
function quotedLead(value: string): string | undefined {
  const open = value.length - value.trimStart().length;
  if (value[open] !== '"') return undefined;
  const close = value.indexOf('"', open + 1);
  if (close < 0 || value.slice(open + 1, close).includes('\\')) return undefined;
  const rest = value.slice(close + 1);
  if (rest.trim() === '' || /^\s+#/u.test(rest) || /^\s*:(?:\s|$)/u.test(rest)) return undefined;
  return `${value.slice(0, open)}“${value.slice(open + 1, close)}”${rest}`;
}

function closedOnLine(v: string): boolean {
  const open = v[0];
  if (open === '"') return /^"(?:[^"\\]|\\.)*"/.test(v);
  if (open === "'") return /^'(?:[^']|'')*'/.test(v);
  const close = open === '[' ? ']' : '}';
  let depth = 0;
  for (const ch of v) {
    if (ch === open) depth++;
    else if (ch === close && --depth === 0) return true;
  }
  return false;
}

/** A "key" that is text: it holds punctuation or spaces, is longer than keys are, or ends like a lead sentence (如下). */
function readsAsText(word: string): boolean {
  if (word === '') return false;
  if (!hasHan(word)) return false; // English keys (sectionsLevel), misspelt or not
  if (/[，。、；！？,;!?（）()“”《》\s]/u.test(word)) return true;
  if (/(如下|以下|如次|下列)$/u.test(word)) return true;
  return Array.from(word).length > 12;
}

/** A known key, or a near miss of one (which validation reports with its suggestion). */
function isKeyLike(word: string, known: ReadonlySet<string>): boolean {
  if (known.has(word)) return true;
  if (!hasHan(word)) return true; // English words: keys, misspelt or not
  // a Chinese misspelling is a wrong, missing, extra or swapped character (zh/didYouMean), in traditional characters too
  // (階斷 for 階段: its simplified form, 阶断, is a slip of 阶段, as records/aliases reads a key typed so)
  return didYouMean(word, known) !== undefined || (mayBeTraditional(word) && didYouMean(toSimplified(word), known) !== undefined);
}

/** The key whose value the list item at line `n` (its dash at `dashCol`) belongs to: the first line above less indented, or as indented and no item; '' at the top. */
function parentKey(lines: string[], n: number, dashCol: number): string {
  for (let m = n - 1; m >= 0; m--) {
    const line = lines[m]!;
    if (/^\s*(#.*)?$/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    const rest = line.trimStart();
    if (indent > dashCol || (indent === dashCol && rest.startsWith('- '))) continue;
    const at = indicatorAt(rest, 0);
    return at < 0 ? '' : rest.slice(0, at).replace(/^(?:-\s+)+/u, '').trim();
  }
  return '';
}

/** Whether the next non-blank line is a further key of the same mapping (`- 动词: 强调\n  内容: …`): a known key, or a near miss of one. */
function nextLineContinuesMap(lines: string[], n: number, contentCol: number, known: ReadonlySet<string>): boolean {
  for (let m = n + 1; m < lines.length; m++) {
    const next = lines[m]!;
    if (/^\s*(#.*)?$/.test(next)) continue;
    const indent = next.length - next.trimStart().length;
    const rest = next.trimStart();
    const at = indicatorAt(rest, 0);
    return indent === contentCol && at >= 0 && isKeyLike(rest.slice(0, at).trim(), known);
  }
  return false;
}

/** A line that is a known key (`内容: …`) indented exactly one column more than `keyCol`, the key above it. */
function slippedKey(line: string, indent: number, keyCol: number, known: ReadonlySet<string>): boolean {
  if (indent !== keyCol + 1) return false;
  const content = line.slice(indent);
  const at = indicatorAt(content, 0);
  return at > 0 && known.has(content.slice(0, at).trim());
}

/**
 * A key indented a column or two off the key of its mapping on the line above (`  - 动词: 强调` then `     内容:` or
 * `   内容:`), near where YAML stopped (the line of `offset`, or the next one): that key, the key above, how far off
 * (positive: too far right), its line (0-based) and indent. Undefined when the lines there are no such slip.
 */
export function indentSlip(yaml: string, offset: number, known: ReadonlySet<string> = KNOWN_KEYS): { key: string; above: string; off: number; line: number; indent: number } | undefined {
  const lines = yaml.split('\n');
  const starts: number[] = [];
  for (let i = 0, o = 0; i < lines.length; o += lines[i]!.length + 1, i++) starts.push(o);
  let line = 0;
  while (line + 1 < lines.length && starts[line + 1]! <= offset) line++;
  for (const m of [line, nextSignificant(lines, line + 1)]) {
    if (m < 1) continue;
    const text = lines[m]!;
    const indent = text.length - text.trimStart().length;
    if (text.trimStart().startsWith('- ')) continue;
    const at = indicatorAt(text, indent);
    const key = at > indent ? text.slice(indent, at).trim() : '';
    if (!known.has(key)) continue;
    const p = previousSignificant(lines, m - 1);
    if (p < 0) continue;
    const lead = lines[p]!.match(/^(\s*(?:-\s+)*)/)![1]!;
    const aboveAt = indicatorAt(lines[p]!, lead.length);
    const above = aboveAt > lead.length ? lines[p]!.slice(lead.length, aboveAt).trim() : '';
    const off = indent - lead.length;
    // a key with nothing after it on its line has its value below: a key more indented there is inside it
    const aboveValue = aboveAt > 0 ? lines[p]!.slice(aboveAt + 1).trim() : '';
    if (!above || off === 0 || Math.abs(off) > 2 || (off > 0 && (aboveValue === '' || aboveValue.startsWith('#')))) continue;
    return { key, above, off, line: m, indent };
  }
  return undefined;
}

/**
 * List items typed a column or two right of the item above (`      - 由村委会牵头…` then `       - 各组组长…`), which YAML
 * reads as the rest of that item's text (…排查 - 各组组长为第一责任人) without a word: each such line (0-based), its dash's
 * column as typed and the column of the dash above. Only after an item of plain text; never inside a block scalar.
 */
export function slippedItems(yaml: string): Array<{ line: number; indent: number; to: number }> {
  const lines = yaml.split('\n');
  const out: Array<{ line: number; indent: number; to: number }> = [];
  let blockIndent = -1;
  lines.forEach((line, n) => {
    if (/^\s*(#.*)?$/.test(line)) return;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && indent > blockIndent) return;
    blockIndent = /[:-]\s+[|>][-+0-9]*\s*(#.*)?$/.test(line) ? indent : -1;
    if (!/^ *-(?: |$)/.test(line)) return;
    const above = /^( *)- (.*)$/.exec(lines[previousSignificant(lines, n - 1)] ?? '');
    if (!above) return;
    const to = above[1]!.length;
    const text = above[2]!.trim();
    if (indent <= to || indent > to + 2 || text === '' || /^["'[{|>&*!#-]/.test(text) || indicatorAt(text, 0) >= 0) return;
    out.push({ line: n, indent, to });
  });
  return out;
}

function nextSignificant(lines: string[], from: number): number {
  for (let m = from; m < lines.length; m++) if (!/^\s*(#.*)?$/.test(lines[m]!)) return m;
  return -1;
}

function previousSignificant(lines: string[], from: number): number {
  for (let m = from; m >= 0; m--) if (!/^\s*(#.*)?$/.test(lines[m]!)) return m;
  return -1;
}

/**
 * A YAML parse error in plain words, with the fix; never YAML's jargon ("Nested mappings are not
 * allowed in compact mappings"). `offset` is where the error is in the (protected) YAML text;
 * `opener` is the bracket or quote never closed, which the caller shows where it was opened.
 */
export function plainYamlError(
  code: string, message: string, yaml: string, offset: number, lineOf: (offset: number) => number = (o) => yaml.slice(0, o).split('\n').length,
): { message: Text; hint?: Text; opener?: string } {
  if (/Implicit map keys need to be followed by map values/.test(message)) {
    return { message: say('yaml.text-for-key'), hint: say('yaml.text-for-key.hint') };
  }
  if (/Flow sequence|Flow mapping/.test(message)) {
    const [open, close] = /sequence/.test(message) ? ['[', ']'] : ['{', '}'];
    return { message: say('yaml.unclosed-bracket', { open }), hint: say('yaml.unclosed-bracket.hint', { close }), opener: open };
  }
  if (/Nested mappings|mapping values|Implicit keys|Implicit map keys|MULTILINE_IMPLICIT_KEY|BLOCK_AS_IMPLICIT_KEY/.test(code + ' ' + message)) {
    // a key typed without the space after its colon (类型:纪要): the colon is the key's, the space is what is missing
    const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
    const slip = keyColonTyped(yaml.slice(lineStart, yaml.indexOf('\n', offset) < 0 ? undefined : yaml.indexOf('\n', offset)));
    if (slip && slip.colon === ':') return { message: say('yaml.key-colon-no-space', { typed: slip.typed }), hint: say('yaml.key-colon-no-space.hint', { key: slip.key, value: slip.value }) };
    return { message: say('yaml.colon-in-text'), hint: say('yaml.colon-in-text.hint') };
  }
  switch (code) {
    case 'TAB_AS_INDENT':
      return { message: say('yaml.tab-indent'), hint: say('yaml.tab-indent.hint') };
    case 'BAD_INDENT':
      return { message: say('yaml.bad-indent'), hint: say('yaml.bad-indent.hint') };
    case 'DUPLICATE_KEY': {
      const twice = keyWrittenBefore(yaml, offset);
      if (!twice) return { message: say('yaml.duplicate-key'), hint: say('yaml.duplicate-key.hint') };
      return {
        message: say('yaml.duplicate-key.named', { key: twice.key, line: twice.first === undefined ? undefined : lineOf(twice.first.offset), first: twice.first?.value, here: twice.value }),
        hint: say('yaml.duplicate-key.hint'),
      };
    }
    case 'MISSING_CHAR': {
      const quote = /"/.test(message) ? '"' : /'/.test(message) ? "'" : undefined;
      if (quote) return { message: say('yaml.unclosed-quote', { quote }), hint: say('yaml.unclosed-quote.hint', { quote }), opener: quote };
      // a bracket: YAML names the one it misses (]), the message the one that was opened ([)
      const close = /]/.test(message) ? ']' : /}/.test(message) ? '}' : undefined;
      if (close) {
        const open = close === ']' ? '[' : '{';
        return { message: say('yaml.unclosed-bracket', { open }), hint: say('yaml.unclosed-bracket.hint', { close }), opener: open };
      }
      return { message: say('yaml.other', { detail: message.split('\n')[0]! }) };
    }
    case 'BAD_SCALAR_START': {
      const character = yaml[offset] ?? '';
      return {
        message: say('yaml.reserved-start', { character }),
        hint: character === '@' || character === '`' ? say('yaml.reserved-start.quote') : say('yaml.reserved-start.hint'),
      };
    }
    default:
      return { message: say('yaml.other', { detail: message.split('\n')[0]! }) };
  }
}

/**
 * The key YAML says is written twice, at `offset` (where the second starts), its value on that line, and the first of the
 * same mapping written so: the lines above at its column, up to the line that opens the mapping (a parent key, or the
 * `- ` of its list item). Values are what follows the colon on the key's own line (none for a block below it).
 */
function keyWrittenBefore(yaml: string, offset: number): { key: string; value?: string; first?: { offset: number; value?: string } } | undefined {
  const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
  const column = offset - lineStart;
  const lines = yaml.split('\n');
  const at = yaml.slice(0, lineStart).split('\n').length - 1;
  const typed = /^([^:]+?)\s*:(?:\s+(.*))?$/u.exec(lines[at]!.slice(column));
  if (!typed) return undefined;
  const key = typed[1]!;
  const valueOf = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);
  let lineOffset = lineStart;
  for (let n = at - 1; n >= 0; n--) {
    const line = lines[n]!;
    lineOffset -= line.length + 1;
    if (/^\s*(#.*)?$/u.test(line)) continue;
    const before = line.slice(0, column);
    // a line of this mapping has only spaces before the column, or the `- ` that opens its item
    if (!/^ *(?:- +)?$/u.test(before) || before.length < column) return { key, value: valueOf(typed[2]) };
    const other = /^([^:]+?)\s*:(?:\s+(.*))?$/u.exec(line.slice(column));
    if (other && other[1] === key) return { key, value: valueOf(typed[2]), first: { offset: lineOffset + column, value: valueOf(other[2]) } };
    if (/-/u.test(before)) break;
  }
  return { key, value: valueOf(typed[2]) };
}
