import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { say } from '../diagnostics/messages/index.js';
import type { RecordSource } from './readRecord.js';

/** A text longer than this is shown by its beginning in the message. */
const SHOWN = 20;

/**
 * Where the YAML of a line begins a comment after something typed before it (` #`), outside quotes; -1 for none.
 * A comment begins at a # after a space or a tab (YAML 1.2 §6.6), which quotes hide.
 */
function commentAt(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      // a quote opens a quoted scalar only where a value begins (after `key: `, `- `, `[`, `{`, `,`, or at the line's start)
      const before = line.slice(0, i).trimEnd();
      if (before === '' || /[:\-[{,]$/u.test(before)) quote = ch;
    } else if (ch === '#' && i > 0 && /[ \t]/u.test(line[i - 1]!)) return i;
  }
  return -1;
}

/**
 * Text cut off by YAML as a comment: `内容: 检查了安置小区 #3楼和#5楼，发现隐患12处。` keeps 检查了安置小区 only, and
 * `内容: #1隐患点已整改。` nothing — #3楼, #1机组, #话题# are ordinary in an office's text. A # after a space with a
 * character right after it (#3楼, not the `# 也可写…` of a comment written as one, as the starters write theirs), after
 * something typed on its line, is said at the # with what was left out (comment-cut). Lines inside a block scalar
 * (| or >) and a Markdown record's body keep their # and are not looked at.
 */
export function reportCutText(source: RecordSource, bag: DiagnosticBag): void {
  if (!source.text.includes('#')) return;
  const lines = source.text.split('\n');
  const last = source.bodyLine !== undefined ? source.bodyLine - 1 : lines.length;
  let blockIndent = -1;
  for (let n = 0; n < Math.min(last, lines.length); n++) {
    const line = lines[n]!.replace(/\r$/u, '');
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (line.trimStart().startsWith('#')) continue;
    // a block scalar's lines follow: `key: |`, `- >-`
    if (/(?:^|:|-)\s*[|>][-+0-9]*\s*(?:#.*)?$/u.test(line) && /(?::|^\s*-)\s+[|>]/u.test(line)) {
      blockIndent = indent;
      continue;
    }
    const at = commentAt(line);
    if (at < 0 || !/\S/u.test(line[at + 1] ?? ' ')) continue;
    const cut = line.slice(at).trim();
    const shown = [...cut].length > SHOWN ? [...cut].slice(0, SHOWN).join('') + '…' : cut;
    bag.warn('comment-cut', say('comment-cut', { text: shown }), {
      start: { line: n + 1, column: at + 1 },
      end: { line: n + 1, column: line.length + 1 },
      hint: say('comment-cut.hint'),
    });
  }
}
