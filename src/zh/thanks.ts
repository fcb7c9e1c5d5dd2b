/**
 * The words a speech ends with to thank its audience: 谢谢大家！, 谢谢！, 谢谢各位!! (typed as a chat is typed: the marks are
 * tidied later), 感谢大家。, 謝謝大家 (a speech pasted in traditional characters). compile's 致谢 (not said twice after a
 * 结尾 that says it) and `gongwen import`'s (the last paragraph read as the 致谢) read the same words.
 */
const THANKS = String.raw`(?:谢谢|謝謝|感谢|感謝)(?:大家|各位|您们|你们)?\s*[！!。.]*`;
const WHOLE = new RegExp(String.raw`^\s*${THANKS}\s*$`, 'u');
/**
 * The thanks a paragraph ends with, after the mark that ends the sentence before it (kept with that sentence). A
 * half-width point typed after Chinese or a closing mark ends the sentence before the thanks too, as widenPunctuation
 * reads it: …的环境.谢谢大家! → 环境。谢谢大家！
 */
const THANKS_AFTER = new RegExp(String.raw`(?<=[。！!？?]|(?<=[\p{Script=Han}”’）])\.)\s*(${THANKS})\s*$`, 'u');

/** A paragraph that is the thanks and nothing else: 谢谢大家！ (import makes it the 致谢). */
export const isThanks = (paragraph: string): boolean => WHOLE.test(paragraph);

/** A paragraph whose last sentence thanks the audience, or that is nothing else: …扎实做好各项工作!谢谢大家!. */
export const endsWithThanks = (paragraph: string): boolean => WHOLE.test(paragraph) || THANKS_AFTER.test(paragraph);

/**
 * A paragraph whose last sentence thanks the audience, cut before the thanks: …扎实做好各项工作。谢谢大家！ → the text and
 * 谢谢大家！, which a speech prints as a paragraph of its own. Undefined for a paragraph that is the thanks alone or has none.
 */
export function splitThanks(paragraph: string): { text: string; thanks: string } | undefined {
  const m = THANKS_AFTER.exec(paragraph);
  if (!m || m.index === 0) return undefined;
  const thanks = m[1]!.trim();
  return { text: paragraph.slice(0, m.index).trimEnd(), thanks: /[！!。.]$/u.test(thanks) ? thanks : `${thanks}！` };
}
