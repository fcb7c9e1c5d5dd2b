/**
 * How a 纪要 names what a meeting did (prose.md, 纪要): 会议 + 指出 / 认为 / 强调 / 要求 / 议定 / 决定 ….
 */

/** Verbs of a meeting's decisions: their points are numbered paragraphs, not 一是……；二是……. */
export const DECISION_VERBS: ReadonlySet<string> = new Set(['议定', '决定', '研究决定', '商定', '确定', '审议通过', '同意']);

/**
 * The verb as gongwen writes it after 会议: typed with its subject or the mark after it (动词: 会议强调,
 * 动词: 指出，) it would read 会议会议强调，; a verb that is nothing but those is kept as typed.
 */
export function bareVerb(typed: string): string {
  const bare = typed.trim().replace(/^(?:本次|这次)?会议/u, '').replace(/[，,：:。.；;、\s]+$/u, '');
  return bare === '' ? typed : bare;
}
