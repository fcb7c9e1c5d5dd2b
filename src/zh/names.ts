/** A person as a 公文 names one: the name and the posts held. */
export interface Person {
  name: string;
  posts: string[];
}

/** The marks that separate the names of a list typed as one text: 、，,；; and spaces (the ideographic space among them). */
const SEPARATORS = /[、，,；;\s]+/u;

/**
 * The names of a list typed as one text: "郭百高、李德武，魏靖" or "郭百高 李德武" → [郭百高, 李德武, 魏靖];
 * a full stop the list ends with (县政协办公室。) is no part of the last name.
 */
export function splitNames(text: string): string[] {
  return text.replace(/[。.]+\s*$/u, '').split(SEPARATORS).map((n) => n.trim()).filter(Boolean);
}

/** Joins names the way a list of people is printed: 郭百高、李德武、魏靖. */
export function joinNames(names: ReadonlyArray<string>, sep = '、'): string {
  return names.map((n) => n.trim()).filter(Boolean).join(sep);
}

/** "镇党委书记、镇长郭百高": posts before the name, as a sentence names a person. */
export function personInSentence(p: Person): string {
  return joinNames(p.posts) + p.name;
}

/** "杨立平（农建营党支部书记）": the name, posts in brackets, as a list names a person. */
export function personInList(p: Person): string {
  return p.posts.length ? `${p.name}（${joinNames(p.posts)}）` : p.name;
}
