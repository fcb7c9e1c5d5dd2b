export interface Person {
  name: string;
  posts: string[];
}

/** "镇党委书记、镇长郭百高": posts before the name, as a sentence names a person. */
export function personInSentence(p: Person): string {
  return p.posts.join('、') + p.name;
}

/** "杨立平（农建营党支部书记）": the name, posts in brackets, as a list names a person. */
export function personInList(p: Person): string {
  return p.posts.length ? `${p.name}（${p.posts.join('、')}）` : p.name;
}
