import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { textsOf, type TypedText } from '../util/textsOf.js';
import type { RecordSource } from '../records/readRecord.js';
import { occurrencesBefore, typedSpan } from './typedSpan.js';

/**
 * A total typed in running text and its parts after 其中 (上半年共排查矛盾纠纷56件，其中土地纠纷20件，婚姻家庭纠纷15件，相邻纠纷
 * 10件，其他8件。): where the parts, two or more in the total's unit, do not add up to it — more than it, or fewer where one
 * of them is 其他 / 其余 (the list is then all of them) — a warning at the total with the sum. The text is printed as typed:
 * which figure is wrong only its writer knows. The figures a 总结 computes itself are checked where they are computed
 * (compile/reconcileFigures); these are the ones a secretary types herself.
 */

/** A total: 共 (and what was done) before a number and its unit, then, in the same sentence, 其中 and what follows. */
const TOTAL_THEN_PARTS = /共(?:计)?[\p{Script=Han}]{0,10}?(\d+)(件|起|次|处|人|户|个|家|名)(?![次批])([^。；;！？]*?)其中([^。；;！？]*)/gu;

/** A clause after the parts that counts something else: 办结83件, 已化解50件, 同比下降12.5%. */
const NEXT_COUNT = /[，,](?=(?:已|共|累计|全部)?(?:办结|办理|化解|结案|调处|回复|答复|处理|解决|息访|同比|环比|较|比))/u;

/** A part counted in each unit TOTAL_THEN_PARTS takes: 土地纠纷20件, one pattern a unit, built once. */
const PART_IN: Readonly<Record<string, RegExp>> = Object.fromEntries(
  ['件', '起', '次', '处', '人', '户', '个', '家', '名'].map((unit) => [unit, new RegExp(`([\\p{Script=Han}]{0,8}?)(\\d+)${unit}(?![次批])`, 'gu')]),
);

export function warnTypedTotals(data: Record<string, unknown>, source: RecordSource, bag: DiagnosticBag, texts: TypedText[] = textsOf(data)): void {
  for (const { text: typed, path } of texts) {
    if (!typed.includes('其中')) continue;
    // (a sentence ended with a half-width point after Chinese text or a count, 其他8件.受理…, ends there too: one character
    // for one, the places found stay where they are)
    const text = typed.replace(/(?<=[\p{Script=Han}%％])\.(?!\d)/gu, '。');
    for (const m of text.matchAll(TOTAL_THEN_PARTS)) {
      const [, total, unit, , after] = m as unknown as [string, string, string, string, string];
      // the parts: each number in the total's unit after 其中, up to a clause that begins another count (办结83件, 同比 …)
      const listed = after.split(NEXT_COUNT)[0]!;
      const parts = [...listed.matchAll(PART_IN[unit]!)];
      if (parts.length < 2) continue;
      const sum = parts.reduce((s, p) => s + Number(p[2]), 0);
      const whole = parts.some((p) => /^(?:其他|其余|其它)/u.test(p[1]!));
      if (sum === Number(total) || (sum < Number(total) && !whole)) continue;
      const said = `${total}${unit}`;
      const at = m.index + m[0].indexOf(said);
      bag.warn('typed-total-mismatch', say('typed-total-mismatch', { total: said, parts: parts.map((p) => `${p[2]}${unit}`).join('＋'), sum: `${sum}${unit}` }), {
        ...typedSpan(source, path, said, occurrencesBefore(text, said, at)),
        path,
      });
    }
  }
}
