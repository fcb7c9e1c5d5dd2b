import { readSmallNumber } from './numerals.js';

/**
 * What a paragraph typed inside a section's text is, by its shape: a heading typed by hand
 * (（一）清理河道), an item of an ordinal list (一是……), a contact line (联系人：张三，联系电话：…),
 * or ordinary text. How it ends depends on it (prose.md, Punctuation: "A standalone heading 一、……
 * has no full stop"; 一是……；二是……；三是……。).
 */

/**
 * The sequence marks of GB/T 9704 §7.3.3 (一、 （一） 1. （1）, with the level each stands for and the numeral inside it
 * captured) and the circled ① of steps, as typed by hand (一. and 1、 too).
 */
const MARKS: ReadonlyArray<[kind: string, pattern: RegExp, level?: 1 | 2 | 3 | 4]> = [
  ['一、', /^([一二三四五六七八九十]{1,3})[、.．](?![一二三四五六七八九十])/u, 1],
  ['（一）', /^[（(]([一二三四五六七八九十]{1,3})[）)]/u, 2],
  // (not 2、3月份 or 3.15, which are months and a date: a 、 or . before a digit)
  ['1.', /^(\d{1,2})(?:[.．]|、)(?!\d)/u, 3],
  ['（1）', /^[（(](\d{1,2})[）)]/u, 4],
  ['①', /^[\u2460-\u2473]/u],
];

export type ParagraphShape =
  /** a sequence mark and a few words, no sentence mark inside or at its end: （一）清理河道 */
  | { kind: 'heading'; mark: string }
  /** a sequence mark before a sentence: 1.各村要……。 */
  | { kind: 'numbered'; mark: string }
  /** an item of an ordinal list: 一是…… (n = 1) */
  | { kind: 'ordinal'; n: number }
  /** 联系人：…，联系电话：… */
  | { kind: 'contact' }
  | { kind: 'text' };

/** Longest heading typed by hand that is still taken for one (a 2号 line holds 20 characters; a 3号 line 28). */
const HEADING_MAX = 30;

const ORDINAL = /^([一二三四五六七八九十]{1,3})是/u;
const DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12 (the ordinals of a list: up to 九十九). */
function ordinalValue(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const t = text.includes('十') ? (tens ? DIGIT[tens]! : 1) : 0;
  return t * 10 + (ones ? DIGIT[ones]! : 0);
}

/** The contact lines of a notice or a plan: 联系人：张三，联系电话：0731-1234567; 电子邮箱：…. */
const CONTACT = /^(?:联\s*系\s*人|联系电话|联系方式|咨询电话|监督电话|举报电话|值班电话|办公电话|电\s*话|手\s*机|传\s*真|电子邮箱|邮\s*箱|通讯地址|地\s*址|邮\s*编|邮政编码)\s*[：:]/u;

/**
 * Whether a line that begins as a contact line holds only its fields: 联系人：张三，联系电话：…; a
 * second number or name after a comma (联系人：张三，李四; 0739-5231234，13800001111（24小时）). A sentence written after them
 * (联系电话：0739-5231234，请各村于每周五前报送; 联系人：黄小军。各村务必按时上报) makes it a sentence.
 */
function onlyFields(t: string): boolean {
  const body = t.replace(/[；;，,、。.\s]+$/u, '');
  if (/[。！？!?]/u.test(body) || /\p{Script=Han}[.．]\p{Script=Han}/u.test(body)) return false;
  return body
    .split(/[，,；;]/u)
    .every((field) => /[：:]/u.test(field) || /^[\d\s\-－—转]+(?:[（(][^（）()]*[）)])?$/u.test(field) || /^\s*[\p{Script=Han}·]{2,4}\s*$/u.test(field));
}

/** Sentence marks that make a numbered line a sentence, not a heading. */
const SENTENCE_MARK = /[。；：！？;:!?]|[.](?!\d)/u;

/** The shape of one paragraph of text, read from how it was typed. */
export function paragraphShape(text: string): ParagraphShape {
  const t = text.trim();
  if (CONTACT.test(t) && onlyFields(t)) return { kind: 'contact' };
  const ordinal = ORDINAL.exec(t);
  if (ordinal) return { kind: 'ordinal', n: ordinalValue(ordinal[1]!) };
  for (const [mark, pattern] of MARKS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length);
    // a mark with a few words after it and no mark of a sentence (a typed ，；。 at its end makes it an item)
    const heading = rest !== '' && Array.from(rest).length <= HEADING_MAX && !SENTENCE_MARK.test(rest) && !/[，,、…]$/u.test(rest);
    return { kind: heading ? 'heading' : 'numbered', mark };
  }
  return { kind: 'text' };
}

/**
 * Whether a line typed under another begins a paragraph of its own: an item, a heading or a contact
 * line — one with a sentence after its fields too (联系电话：…，请各村于周五前报送), which is text to end
 * but still a line of its own.
 */
export function beginsParagraph(text: string): boolean {
  return paragraphShape(text).kind !== 'text' || CONTACT.test(text.trim());
}

/** Whether a line typed above another ends its paragraph: a heading, or a contact line (the line under it is another paragraph). */
export function endsParagraph(text: string): boolean {
  return paragraphShape(text).kind === 'heading' || CONTACT.test(text.trim());
}

/**
 * The sequence mark a paragraph was typed with, read as GB/T 9704 §7.3.3 reads it: its level (一、 1, （一） 2, 1. 3, （1） 4),
 * its number and its length: （3）调解处理。… → { level: 4, n: 3, length: 3 }. Undefined for a paragraph with none.
 */
export function typedSequenceMark(text: string): { level: 1 | 2 | 3 | 4; n: number; length: number } | undefined {
  for (const [, pattern, level] of MARKS) {
    if (level === undefined) continue;
    const m = pattern.exec(text);
    if (!m) continue;
    const n = /^\d/u.test(m[1]!) ? Number(m[1]) : readSmallNumber(m[1]!);
    return n === undefined ? undefined : { level, n, length: m[0].length };
  }
  return undefined;
}
