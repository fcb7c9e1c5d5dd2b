import { say } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import type { SectionInput } from '../records/schema/common.js';
import { readSmallNumber, toChineseNumber } from '../zh/numerals.js';
import { occurrencesBefore, typedSpan } from './typedSpan.js';

/**
 * The count of points a speech announces in its 开头 (下面，我讲三点意见。 prose.md 讲话: "often 下面，我讲三点意见。"), typed by
 * the secretary: 讲 / 谈 / 强调 / 提 (以下) 三 / 3 点 / 个方面 (意见 …). The leader reads it aloud before the numbered sections.
 */
const ANNOUNCED = /(?:讲|谈|说|强调|提)(?:以下|这么)?([两一二三四五六七八九十]{1,2}|\d{1,2})(点|个方面)/gu;

/**
 * A count of points announced in a speech's 开头 that is not the number of its numbered sections (the leader says 三点意见 and
 * reads four: a section added to last year's speech, or one taken out): a warning at the count as typed, which is printed
 * as typed — {{章节数}} counts them (compile/views structureCounts), and the hint says so.
 */
export function warnAnnouncedCount(opening: ReadonlyArray<unknown> | undefined, sections: ReadonlyArray<SectionInput> | undefined, source: RecordSource, bag: DiagnosticBag): void {
  const numbered = sections?.filter((s) => s.numbered !== false).length ?? 0;
  if (numbered === 0) return;
  opening?.forEach((paragraph, i) => {
    if (typeof paragraph !== 'string') return;
    for (const m of paragraph.matchAll(ANNOUNCED)) {
      const typed = m[1]!;
      const count = /^\d/u.test(typed) ? Number(typed) : readSmallNumber(typed);
      if (count === undefined || count === numbered) continue;
      // (a 开头 typed on its line is the value of 开头 itself, not its first item)
      const path = source.locate(['opening', i]) ? ['opening', i] : ['opening'];
      bag.warn('announced-count', say('announced-count', { typed: m[0], sections: toChineseNumber(numbered), count: numbered }), {
        ...typedSpan(source, path, m[0], occurrencesBefore(paragraph, m[0], m.index)),
        path,
        hint: say('announced-count.hint', { measure: m[2]! }),
      });
    }
  });
}
