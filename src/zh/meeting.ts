/**
 * How a 纪要 names what a meeting did (prose.md, 纪要): 会议 + 指出 / 认为 / 强调 / 要求 / 议定 / 决定 …. The one
 * vocabulary of it: the verbs a section is typed with (动词:, a key at the top such as 会议强调: or 议定事项:, an item
 * typed - 要求: …) and the subject before them (会议, 本次会议, 这次会议).
 */

/** Verbs of a meeting's decisions: their points are numbered paragraphs, not 一是……；二是……. */
export const DECISION_VERBS: ReadonlySet<string> = new Set(['议定', '决定', '研究决定', '商定', '确定', '审议通过', '同意']);

/**
 * Verbs of what a meeting said: 会议指出，……, 会议号召，……. Not 研究: what a meeting studies is a topic (会议研究了春耕工作),
 * and 会议研究，…… is no sentence; its decisions are 研究决定.
 */
export const SAID_VERBS: ReadonlySet<string> = new Set(['指出', '强调', '要求', '认为', '提出', '明确', '部署', '号召']);

/**
 * What a meeting did with what it names right after the verb, its object (会议传达学习了县委……精神; 会议听取了……的汇报): written
 * 会议 + verb + 了 + object, without the comma of the verbs that say (会议强调，……).
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(['传达学习', '传达', '学习', '听取', '审议', '通报', '讨论', '研究']);

/** What 听取 names, said as the thing heard: 汇报, 报告, 发言 … (会议听取了……情况 needs 的汇报). */
export const HEARD_THING = /(?:汇报|报告|通报|说明|发言|讲话|介绍|意见|建议|述职)$/u;

/**
 * Words an office puts before a meeting's verb (会议一致同意, 原则通过, 研究同意, 充分肯定, 再次强调, 进一步明确): the
 * verb is after them.
 */
const VERB_ADVERB = /^(?:一致|原则|研究|充分|再次|进一步|高度|专门|认真)(?=\p{Script=Han})/u;

/** A section's verb without the words an office puts before it: 一致同意 → 同意, 研究同意 → 同意; 研究决定, a verb of its own, stays. */
export const verbAfterAdverb = (verb: string): string => (DECISION_VERBS.has(verb) || SAID_VERBS.has(verb) ? verb : verb.replace(VERB_ADVERB, ''));

/** A decision verb, with the words an office may put before it: 一致同意, 原则同意, 研究同意 (会议研究同意以下事项：). */
export const isDecisionVerb = (verb: string): boolean => DECISION_VERBS.has(verbAfterAdverb(verb));

/** A verb a 纪要's section is written with after 会议: a decision or what the meeting said. */
export const isMeetingVerb = (word: string): boolean => DECISION_VERBS.has(word) || SAID_VERBS.has(word);

/** Every verb of a meeting, as a pattern's alternation. */
const VERBS = [...DECISION_VERBS, ...SAID_VERBS].join('|');

/**
 * A paragraph of a printed 纪要 that says what the meeting did (会议指出，……; 会议一致认为，…… with the adverb kept in
 * the verb, which prints it back), as a pattern's source: the verb, then what follows the mark after it (`gongwen import`).
 */
export const MEETING_VERB_PARAGRAPH = `^会议((?:一致)?(?:${VERBS}))[，,：:](.*)$`;

/** The meeting as the subject of its verb, as a pattern's source: 会议, 本次会议, 这次会议. */
const THIS = '(?:本次|这次)';
export const MEETING_SUBJECT = `${THIS}?会议`;
/** Text that begins with the meeting as its subject (会议传达了……, 本次会议……). */
export const SUBJECT_AT_START = new RegExp(`^${MEETING_SUBJECT}`, 'u');

/**
 * What a meeting's convener goes on to do in the sentence that convenes it (……主持召开了某会议，专题研究……,
 * 传达学习……, 听取了……汇报): text that begins so continues the opening rather than beginning a sentence.
 */
const PROCEEDING_WORDS = '(?:专题|集中|认真)?(?:研究|传达|学习|听取|审议|讨论|部署|通报)';
export const GOES_ON_FROM_OPENING = new RegExp(`^${PROCEEDING_WORDS}(?!室|处|科|站|所)`, 'u');

/**
 * What a meeting did that its 会议情况 tells (研究, 专题研究, 听取了, 会议讨论), typed as a key: no verb of a 纪要's sections
 * (会议研究，…… is no sentence), but a key as typed, not text (records/textColons.ts).
 */
export const PROCEEDING_KEY = new RegExp(`^(?:${MEETING_SUBJECT})?${PROCEEDING_WORDS}了?$`, 'u');

const SAYING = new RegExp(`^${MEETING_SUBJECT}(?:一致)?(?:${VERBS})$`, 'u');
/** The meeting and its verb, a clause's opening (会议指出, 本次会议明确, 会议一致同意): never an item of a list after it (zh/shortItems). */
export const isMeetingSaying = (words: string): boolean => SAYING.test(words);

/**
 * What a meeting did typed as a key, as the printed 纪要 heads it (议定事项, 会议议定, 本次会议强调, 会议研究决定的事项,
 * 会议议定了以下事项), as a pattern's source whose one group is the verb (records/headingSections.ts, and the JSON Schema).
 */
export const MEETING_VERB_KEY = `${THIS}?(?:会议)?(${VERBS})(?:的|了)?(?:以下|如下)?(?:事项|意见|决定)?`;
const VERB_KEY = new RegExp(`^${MEETING_VERB_KEY}$`, 'u');
/** The verb a key typed for what a meeting did names (要求, 会议强调, 议定事项 → 议定); undefined for any other word. */
export const verbOfKey = (word: string): string | undefined => VERB_KEY.exec(word.trim())?.[1];

/**
 * The verb as gongwen writes it after 会议: typed with its subject or the mark after it (动词: 会议强调,
 * 动词: 指出，) it would read 会议会议强调，; a verb that is nothing but those is kept as typed.
 */
export function bareVerb(typed: string): string {
  const bare = typed.trim().replace(SUBJECT_AT_START, '').replace(/[，,：:。.；;、\s]+$/u, '');
  return bare === '' ? typed : bare;
}
