/** A person as a 公文 names one: the name and the posts held. */
export interface Person {
  name: string;
  posts: string[];
}

/** The marks that separate the names of a list typed as one text: 、，,；; and spaces (the ideographic space among them). */
const SEPARATORS = /([、，,；;\s]+)/u;

/**
 * The names of a list typed as one text: "郭百高、李德武，魏靖" or "郭百高 李德武" → [郭百高, 李德武, 魏靖];
 * a full stop the list ends with (县政协办公室。) is no part of the last name; a post a space apart
 * from the name after it is that person's (驻村第一书记 周明 → 驻村第一书记周明), with the posts
 * before it joined by 、 (镇党委书记、镇长 郭百高 → 镇党委书记、镇长郭百高, one person).
 */
export function splitNames(text: string): string[] {
  // the separators are kept (odd indexes): a space and a 、 part names differently; a group of units typed with 、
  // and a comma before it (…张丙勇，公安、综治办…等有关部门的同志) is one entry, its 顿号 kept out of the split
  const parts = keepUnitGroups(text.replace(/[。.]+\s*$/u, '')).split(SEPARATORS);
  const items: Array<{ text: string; person: boolean; before: string }> = [];
  for (let i = 0; i < parts.length; i += 2) {
    const item = parts[i]!.trim();
    if (!item) continue;
    const before = (parts[i - 1] ?? '').trim();
    // a post and a name apart only by a space are one person: 驻村第一书记 周明 → 驻村第一书记周明
    const next = parts[i + 2]?.trim();
    const spaced = next !== undefined && /^\s+$/u.test(parts[i + 1]!);
    if (spaced && unitOfPost(item, next)) {
      // a unit a space before a post is that post's (镇卫生院 院长 陈红 → 镇卫生院院长陈红): read as one post
      parts[i + 2] = item + next;
      parts[i + 1] = parts[i - 1] ?? '';
      continue;
    }
    // (and a post such as 村会计 before a name: 村会计 张伟 → 村会计张伟)
    if (spaced && (POST_ENDING.test(item) || (OTHER_POST.test(item) && isPersonName(withoutNote(next)))) && PLAIN_NAME.test(next) && !POST_ENDING.test(next) && !OTHER_POST.test(next)) {
      items.push({ text: item + next, person: true, before });
      i += 2;
    } else if (spaced && UNIT_ENDING.test(item) && isPersonName(withoutNote(next)) && !PLACE_ENDING.test(withoutNote(next))) {
      // a unit and a name a space apart are one person of that unit: 县林业局 周伟 → 县林业局周伟; with the
      // post typed after the name, last or before a 、，, that post too: 县林业局 周伟 副局长 → 县林业局副局长周伟
      const post = parts[i + 4]?.trim();
      const postAfter = post !== undefined && /^\s+$/u.test(parts[i + 3]!) && POST_ENDING.test(post) && !/^\s+$/u.test(parts[i + 5] ?? '');
      items.push({ text: postAfter ? item + post + next : item + next, person: true, before });
      i += postAfter ? 4 : 2;
    } else if (spaced && isPersonName(item) && POST_ENDING.test(next) && !/^\s+$/u.test(parts[i + 3] ?? '')) {
      // the post typed after the name (周明 驻村第一书记), last of the list or before a 、，: as a post is written, before it
      items.push({ text: next + item, person: true, before });
      i += 2;
    } else items.push({ text: item, person: false, before });
  }
  // posts before a 、 go with the person after them (镇党委书记、镇长 郭百高: one person, as splitPeople reads it)
  for (let k = items.length - 2; k >= 0; k--) {
    const [post, person] = [items[k]!, items[k + 1]!];
    if (!post.person && POST_ENDING.test(post.text) && person.person && person.before === '、') {
      items.splice(k, 2, { text: `${post.text}、${person.text}`, person: true, before: post.before });
    }
  }
  return items.map((x) => x.text.replaceAll(KEPT_STOP, '、'));
}

/**
 * A group of units a list of people names together, its units joined by 顿号 and said at the end to be units and who of
 * them came: 公安、综治办、民政、司法、信访等有关部门的同志. 各村支部书记、主任等村干部 and 李强、王芳等同志 are no such group:
 * what follows 等 names no 部门 or 单位 (s8-qa).
 */
const UNIT_GROUP = /^[^、，,；;]+(?:、[^、，,；;]+)+等(?:有关|相关|各)?(?:部门|单位|科室|站所|机关)[^、，,；;]{0,6}(?:同志|人员|负责人|负责同志|干部|代表)$/u;
/** What stands for a 顿号 inside a group of units while the list is split (a character no typed text holds). */
const KEPT_STOP = '\u0001';

/**
 * The text with the 顿号 of each group of units that a comma separates from the people before or after it (潘序忠、程言振、
 * 张丙勇，公安、综治办…等有关部门的同志, as the seed 000 minutes type it) kept as one entry: joinNames gives it back its comma.
 */
function keepUnitGroups(text: string): string {
  if (!text.includes('、') || !/[，,]/u.test(text)) return text;
  return text.replace(/(?<=^|[，,；;])[^，,；;]+/gu, (part) => (UNIT_GROUP.test(part.trim()) ? part.replaceAll('、', KEPT_STOP) : part));
}

/** A name as a list gives it: two to five Han characters (a minority name with ·), a note in brackets after it (孙海（外出学习）). */
const PLAIN_NAME = /^[\p{Script=Han}·]{2,5}(?:[（(][^（()）]*[）)])?$/u;

/** The name without the note in brackets typed after it: 孙海（外出学习） → 孙海. */
export const withoutNote = (item: string) => item.replace(/[（(][^（()）]*[）)]$/u, '');

/**
 * How the name of a unit ends, which a person of it may follow a space apart (县林业局 周伟, 镇司法所
 * 刘洋): an office, a bureau, a station, a committee, a team sent to a village (驻村工作队 王磊, 信访专班). Three
 * characters at least: 林业局, not 局 — and a section of a bureau (安全股 龚丽, 办公科 王平).
 */
const UNIT_ENDING = /^[\p{Script=Han}（）()]{2,}(?:局|办|站|所|委|院|校|股|科|中心|公司|支行|大队|中队|办公室|工作队|工作组|专班)$/u;

/** Whether a unit is followed by a post of it (镇卫生院 院长, 县公安局 副局长), not by a post of a place (镇司法所 村主任). */
const unitOfPost = (unit: string, post: string) => UNIT_ENDING.test(unit) && POST_ENDING.test(post) && !/^[省市州县区旗乡镇村]/u.test(post);

/** Names of places, which after a unit are another unit, not a person: 白水镇, 河口村. */
const PLACE_ENDING = /[省市州县区旗乡镇村组]$/u;

/** A person's name, not a post or an organ: two to four Han characters (a minority name with ·) that end no post and name no unit (县委, 县政府, 信访办, 交警中队). */
const isPersonName = (item: string) =>
  /^[\p{Script=Han}·]{2,4}$/u.test(item) && !POST_ENDING.test(item) && !OTHER_POST.test(item) && !UNIT_WORD.test(item) && !GROUP.test(item);

/**
 * Words that name a unit, not a person: one that ends as an organ or a unit does (县委, 信访办, 交警中队, 中心校),
 * or begins with a place a unit is of (县一中, 镇小) — no surname is 县, 乡, 镇 or 村.
 */
const UNIT_WORD = /[委府协部局办室所站院处科厅队校]$|^[县乡镇村]/u;

/** How the name of an organ ends: 中共青石镇委员会, 青石镇人民政府, 县政府办公室, 县林业局, 县妇联, 镇综治中心. */
const ORGAN_ENDING = /(?:[委府部局办室所站院处科厅队联]|委员会|联合会|协会|中心)$/u;

/**
 * The organs a line of them names, as a 发文机关 or a joint 署名 is typed: split at 、 and commas, and at a space only where
 * what comes before it ends as an organ's name does — 中共青石镇委员会 青石镇人民政府 is two organs, 青石镇 人民政府 one
 * (青石镇人民政府), the space typed inside it.
 */
export function organsOf(line: string): string[] {
  const organs: string[] = [];
  for (const part of line.split(/[、，,]+/u)) {
    let name = '';
    for (const word of part.trim().split(/\s+/u).filter(Boolean)) {
      name += word;
      if (ORGAN_ENDING.test(name)) organs.push(name), (name = '');
    }
    if (name) organs.length && !ORGAN_ENDING.test(organs.at(-1)!) ? (organs[organs.length - 1] += name) : organs.push(name);
  }
  return organs;
}

/** Words that name a group of people, not one: 各村支部书记, 全体党员, 村两委成员, 有关人员. */
const GROUP = /^(?:各|全体|全[镇乡村县市区]|有关|相关|部分)|(?:们|等|人员|成员|干部|群众|代表)$/u;

/** Whether an entry of a list of people names a group, not one person (各村支部书记, 全体党员, 张三等5人): a headcount cannot count it. */
export function namesGroup(entry: string): boolean {
  return GROUP.test(withoutNote(entry.trim())) || UNIT_GROUP.test(entry.trim()) || /等\s*\d+\s*人|\d+\s*名/u.test(entry);
}

/**
 * Joins names the way a list of people is printed: 郭百高、李德武、魏靖; a group of units among them (splitNames keeps one whole)
 * a comma apart, as its typist wrote it and as GB/T 15834 §4.5 separates coordinate groups that hold 顿号 themselves:
 * 潘序忠、程言振、张丙勇，公安、综治办、民政、司法、信访等有关部门的同志.
 */
export function joinNames(names: ReadonlyArray<string>, sep = '、'): string {
  const kept = names.map((n) => n.trim()).filter(Boolean);
  return kept.map((n, i) => (i === 0 ? n : (UNIT_GROUP.test(n) || HEADCOUNT.test(n) || UNIT_GROUP.test(kept[i - 1]!) ? '，' : sep) + n)).join('');
}

/** The count a list of participants ends with (……安全员，共15人; 合计二十余人): said after a comma, not named as one of them. */
const HEADCOUNT = /^(?:共|合计|计|约)?[\d一二三四五六七八九十百两]+(?:余|多)?(?:人|名)$/u;

/** "镇党委书记、镇长郭百高": posts before the name, as a sentence names a person. */
export function personInSentence(p: Person): string {
  return joinNames(p.posts) + p.name;
}

/** "杨立平（农建营党支部书记）": the name, posts in brackets, as a list names a person. */
export function personInList(p: Person): string {
  return p.posts.length ? `${p.name}（${joinNames(p.posts)}）` : p.name;
}

/**
 * A person typed as one text with the posts before a space: "镇长 李明", "镇党委书记、镇长 郭百高"
 * → posts [镇长], name 李明. Without a space the text is the name as written ("镇长李明" stays whole:
 * where a post ends and a name begins cannot be told). A name with its posts in brackets after it (李明辉(镇党委副书记、镇长))
 * is read too; one with a note that is no post (孙海（外出学习）) is the name as written.
 */
export function splitPostAndName(text: string): Person {
  // the name with its posts in brackets after it, as a list writes a person (李明辉(镇党委副书记、镇长)): read as the
  // posts before a space (postsBeforeNames, which lists read with too)
  const listed = postsBeforeNames(text.trim());
  if (listed !== text.trim()) return splitPostAndName(listed);
  const m = /^(.+?)[ \u3000]+([\p{Script=Han}·]{2,5})$/u.exec(text.trim());
  // the words before the space must read as posts (…长, …书记, …主任 …) or a unit (县财政局), not as another name
  if (!m || !(POST_ENDING.test(m[1]!) || (UNIT_ENDING.test(m[1]!) && isPersonName(m[2]!) && !PLACE_ENDING.test(m[2]!)))) return { name: text.trim(), posts: [] };
  return { name: m[2]!, posts: splitNames(m[1]!) };
}

/**
 * How the title of a post ends: 镇长, 党委书记, 办公室主任, 人大主席, 组织委员, 干事, 助理, 总监. A 长
 * ends a post after the unit it heads (镇长, 组长, 所长, 河长, 秘书长, 理事长, 检察长) or the 指挥 of a 指挥部 (指挥长,
 * 副指挥长; 总指挥 too); after other
 * characters it ends a name as often (刘福长, 王学长), which is no post.
 */
const POST_ENDING = /(?:[省市州盟县区旗乡镇街村组屯寨户楼格片段路河湖林田站所局科股处厅部司署院校馆庭狱队连营团师军社会班园台厂矿场船机室行员书事察判挥]长|总指挥|书记|支书|主任|主席|委员|干事|助理|总监|专员|代表|负责人|经理|领导)$/u;

/** Posts a list may name without a person, which a post before them does not take for a name: 村主任 村会计. */
const OTHER_POST = /(?:会计|出纳|文书|干部|专干|[员医])$/u;

/**
 * The people of a part of a list that spaces separate (张丽 陈建国 副镇长 王刚 → 张丽 / 陈建国 / 副镇长 王刚):
 * each name with the posts a space before it; a post typed after the last name is that person's
 * (周明 驻村第一书记 → 驻村第一书记 周明); a post like 村会计 is no name to take the posts before it, nor is a group
 * (何敏 各村支部书记 are two entries).
 */
function spacedPeople(item: string): string[] {
  const chunks = item.trim().split(/[ \u3000]+/u).filter(Boolean);
  const groups: string[] = [];
  let posts: string[] = [];
  for (const [k, chunk] of chunks.entries()) {
    const next = chunks[k + 1];
    // a unit before a post is that post's: 镇卫生院 院长 陈红 → 陈红（镇卫生院院长）
    if (next !== undefined && unitOfPost(chunk, next)) chunks[k + 1] = chunk + next;
    // a group (各村支部书记, 全体党员) is an entry of its own, never the post of the name before it (何敏 各村支部书记)
    else if (namesGroup(chunk)) (groups.push(...posts, chunk), (posts = []));
    else if (POST_ENDING.test(chunk)) posts.push(chunk);
    // a unit before a name is that person's (县财政局 谢平 → 谢平（县财政局）); before anything else it is a unit
    else if (UNIT_ENDING.test(chunk) && next !== undefined && isPersonName(withoutNote(next)) && !PLACE_ENDING.test(withoutNote(next))) posts.push(chunk);
    else if (OTHER_POST.test(chunk)) (groups.push(...posts, chunk), (posts = []));
    else (groups.push([...posts, chunk].join(' ')), (posts = []));
  }
  const last = groups[groups.length - 1];
  if (posts.length && last !== undefined && isPersonName(last)) groups[groups.length - 1] = [...posts, last].join(' ');
  else groups.push(...posts);
  return groups;
}

/**
 * People typed as one text: "张丽、陈建国、刘芳", "副镇长 王刚", "镇党委书记、镇长 郭百高" (one person: a
 * post before 、 belongs to the person after it). Each is read by splitPostAndName.
 */
export function splitPeople(text: string): Array<{ name: string; posts: string[] }> {
  const items = text.replace(/[。.]+\s*$/u, '').split(/[、，,；;]/u).flatMap(spacedPeople).filter(Boolean);
  const people: string[] = [];
  let posts = '';
  for (const item of items) {
    if (POST_ENDING.test(item) && !/[ \u3000]/u.test(item)) posts += `${item}、`;
    // a post like 村会计 names no one the posts before it could be given to
    else if (OTHER_POST.test(item) && posts) (people.push(posts.slice(0, -1), item), (posts = ''));
    else (people.push(posts + item), (posts = ''));
  }
  if (posts) people.push(posts.slice(0, -1));
  return people.map(splitPostAndName);
}
/**
 * One of the people a 称谓 addresses: 同志们, 各位领导, 尊敬的各位来宾, 各位代表, 各位村（社区）党支部书记. A 开头 whose first
 * words only begin like a 称谓 (同志们的辛勤付出，换来了…：) names no one and is no 称谓.
 */
const ADDRESSEE = /^(?:尊敬的|亲爱的)?[\p{Script=Han}（）()]{0,10}?(?:们|們|同志|领导|領導|代表|来宾|來賓|嘉宾|嘉賓|朋友|老师|老師|乡亲|鄉親|同仁|同事|干部|幹部|职工|職工|党员|黨員|员|員|书记|書記|支书|支書|主任|长|長|负责人|負責人)$/u;

/** Whether a word is one of the people a 称谓 addresses (同志们, 各位领导, 尊敬的各位来宾). */
export function isAddressee(word: string): boolean {
  return ADDRESSEE.test(word);
}

/**
 * A 称谓 as a speech prints it: the people addressed, typed with commas or spaces only, listed with 顿号 (各位领导,同志们 →
 * 各位领导、同志们; 同志们,各位村支书 → 同志们、各位村支书); one typed with 、 too groups them as its writer chose
 * (各位领导、各位来宾，同志们，朋友们), and a text that is not all people addressed is left as typed.
 */
export function listAddressees(text: string): string {
  if (text.includes('、')) return text;
  const addressees = text.split(/[，,\s]+/u).filter(Boolean);
  return addressees.length > 1 && addressees.every(isAddressee) ? addressees.join('、') : text;
}

/**
 * A two-character name padded with spaces to line up with longer ones, as a Word list types it (`谭  军  乡长`, `邓  辉
 * 刘  勇`): a single Han character, spaces and a single Han character are one name (谭军), never two people.
 */
export function joinPaddedNames(text: string): string {
  return text.replace(/(^|[\s、，,；;：:])(\p{Script=Han})[ \u3000]+(\p{Script=Han})(?=[\s、，,；;（(]|$)/gmu, '$1$2$3');
}

/**
 * People typed as a list or a register writes them, each name with its posts in brackets after it: 李明辉(镇党委副书记、
 * 镇长) is written 镇党委副书记、镇长 李明辉, the posts before a space, as splitPeople and splitPostAndName read
 * them, where the words in brackets read as posts; a note in brackets (李明辉(代), 韩冬(下乡督查)) stays
 * with its name as typed.
 */
export function postsBeforeNames(text: string): string {
  return text.replace(/(^|[\s、，,；;])([\p{Script=Han}·]{2,5})\s*[（(]([^（()）]+)[）)](?=$|[\s、，,；;])/gu, (typed, before: string, name: string, inside: string) => {
    const p = splitPostAndName(`${inside} ${name}`);
    return p.posts.length && p.name === name ? `${before}${inside} ${name}` : typed;
  });
}

