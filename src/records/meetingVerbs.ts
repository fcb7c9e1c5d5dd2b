import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { say } from '../diagnostics/messages/index.js';
import { didYouMean } from '../zh/didYouMean.js';
import { verbAfterAdverb, DECISION_VERBS, OBJECT_VERBS, SAID_VERBS } from '../zh/meeting.js';
import type { RecordSource } from './readRecord.js';

/** The verbs gongwen writes a 纪要's sections with (zh/meeting): what a misspelt verb is held against. */
const MEETING_VERBS = [...SAID_VERBS, ...DECISION_VERBS];

/**
 * Other verbs an office writes after 会议 (prose.md, 纪要: 会议重申，……; 会议充分肯定了……; 会议号召……), printed as
 * typed without a word: none of them is a misspelling of a verb of MEETING_VERBS (肯定 is one character from 确定). The
 * verbs that take what the meeting heard or studied (传达学习, 听取, 审议 …: zh/meeting OBJECT_VERBS) are among them.
 */
const OTHER_VERBS: ReadonlySet<string> = new Set(['重申', '肯定', '希望', '建议', '倡议', '提醒', '指示', '通过', ...OBJECT_VERBS]);

/**
 * A 纪要's section whose 动词 is no verb of a meeting (要球 for 要求, 各村做好 typed where the verb goes): printed as typed
 * (会议要球，……), so said as a warning at the verb, with the verb it most likely meant (zh/didYouMean) or the verbs there are.
 */
export function reportUnknownVerbs(sections: unknown, source: RecordSource, bag: DiagnosticBag): void {
  if (!Array.isArray(sections)) return;
  sections.forEach((section, i) => {
    const verb = (section as { verb?: unknown } | null)?.verb;
    if (typeof verb !== 'string' || verb === '') return;
    const bare = verbAfterAdverb(verb);
    if (MEETING_VERBS.includes(bare) || OTHER_VERBS.has(bare)) return;
    const path = ['sections', i, 'verb'];
    const at = source.locate(path)?.value ?? source.locateNearest(path);
    const guess = didYouMean(bare, MEETING_VERBS);
    bag.warn('unknown-verb', say('unknown-verb', { verb }), {
      start: at?.start,
      end: at?.end,
      path,
      expected: guess ? undefined : say('unknown-verb.expected', { verbs: MEETING_VERBS }),
      hint: guess ? say('did-you-mean', { guess: verb.slice(0, verb.length - bare.length) + guess }) : undefined,
    });
  });
}
