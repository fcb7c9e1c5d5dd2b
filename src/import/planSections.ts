/**
 * The parts of an imported 实施方案 that its template writes from keys of their own, read back out of the
 * sections ./sections.ts toSections made: the 领导小组 typed as aligned lines (组  长：李明辉  镇长 / 副组长：… /
 * 成  员：马超  派出所所长 / 何敏  应急办主任), and phases typed as run-in subsections with their dates
 * (1.动员部署阶段（4月1日至4月10日）。召开动员会……) — so that a plan copied from last year is edited in 领导小组 and
 * 阶段, where a wrong date or a moved person is said, rather than in lines of text.
 */
import type { Obj, SectionOut } from './sections.js';
import { joinPaddedNames } from '../zh/names.js';

/**
 * 组长 / 副组长 / 成员 as typed, spaced to align (组  长：, 成　员：), with what follows the colon; a 指挥部's 指挥长 and
 * 副指挥长 (指 挥 长：) are its 组长 and 副组长 (records/aliases: 指挥长, 副指挥长).
 */
const GROUP_LINE = /^(组[\s\u3000]*长|副[\s\u3000]*组[\s\u3000]*长|指[\s\u3000]*挥[\s\u3000]*长|副[\s\u3000]*指[\s\u3000]*挥[\s\u3000]*长|成[\s\u3000]*员)[\s\u3000]*[:：][\s\u3000]*(.+)$/u;
type GroupKey = '组长' | '副组长' | '指挥长' | '副指挥长' | '成员';
/** A line that only continues the list above it: a person and their posts, no label and no sentence (何敏  应急办主任; 张建国  党委委员、武装部长). */
const CONTINUATION = /^[\p{Script=Han}\s\u3000·、]{2,40}$/u;
/** One person of an aligned line: the name, then after the spaces that align it, the posts (王立新  镇党委副书记、镇长). */
const NAME_THEN_POSTS = /^([\p{Script=Han}·]{2,4})[\s\u3000]+(\S.*)$/u;
/** 领导小组下设办公室，…: the group's office. */
const OFFICE = /^(领导小组|指挥部|工作组)?下设办公室/u;

/** A day as a phase's dates are typed: 4月1日, or with its year 2024年4月1日. */
const DAY = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日';
/** A phase's title: its name and its dates in brackets (动员部署阶段（4月1日至4月10日）。). */
const PHASE = new RegExp(`^(.+?阶段)[（(](${DAY})\\s*(?:至|到|—|－|-|～|~)\\s*(${DAY})[）)][。.]?$`, 'u');

/**
 * The person of one aligned line as the record writes one: {姓名, 职务} where a name stands before its posts — each line
 * is one person, whose posts may be joined by 、 (镇党委副书记、镇长 is one person's, not a second person) — else the
 * line as typed, its spaces to align made one (各村党支部书记).
 */
const personOf = (line: string): string | Obj => {
  // (a two-character name padded to line up with longer ones, 谭  军  乡长, is one name: zh/names joinPaddedNames)
  const typed = joinPaddedNames(line.trim());
  const m = typed.match(NAME_THEN_POSTS);
  return m ? { 姓名: m[1]!, 职务: m[2]!.trim() } : typed.replace(/[\s\u3000]+/gu, ' ');
};

/** One more sentence in the comment above 章节 (a plan can have both a group and phases). */
const note = (comments: Map<string, string>, text: string) => {
  const before = comments.get('章节');
  if (!before?.includes(text)) comments.set('章节', before ? `${before}；${text}` : text);
};

/** Reads the 领导小组 and the phases out of `sections` (and their subsections) in place; says each in `comments`. */
export function readPlanSections(sections: SectionOut[], comments: Map<string, string>): void {
  for (const s of sections) {
    groupOf(s, comments);
    phasesOf(s, comments);
    if (s.小节?.length) readPlanSections(s.小节, comments);
  }
}

function groupOf(s: SectionOut, comments: Map<string, string>): void {
  const lines = s.内容;
  const first = lines?.findIndex((t) => GROUP_LINE.test(t)) ?? -1;
  if (!lines || first < 0) return;
  const people: Partial<Record<GroupKey, Array<string | Obj>>> = {};
  let k = first;
  let key: GroupKey | undefined;
  for (; k < lines.length; k++) {
    const m = lines[k]!.match(GROUP_LINE);
    if (m) {
      // the label as GROUP_LINE matched it, its spaces to align left out (组  长 → 组长)
      key = m[1]!.replace(/[\s\u3000]/gu, '') as GroupKey;
      if (people[key]) break;
      people[key] = [personOf(m[2]!)];
    } else if (key && key !== '组长' && key !== '指挥长' && CONTINUATION.test(lines[k]!)) people[key]!.push(personOf(lines[k]!));
    else break;
  }
  if (!people.组长 && !people.指挥长) return;
  // the 组长 one person; the 副组长 and 成员 a list, or the one
  const group: Obj = Object.fromEntries(Object.entries(people).map(([label, list]) => [label, list.length === 1 ? list[0] : list]));
  const after = lines.slice(k);
  if (after[0] && OFFICE.test(after[0])) group.办公室 = after.shift();
  s.内容 = lines.slice(0, first);
  if (!s.内容.length) delete s.内容;
  s.领导小组 = group;
  if (after.length) s.结尾 = after;
  note(comments, `“${people.指挥长 ? '指挥长' : '组  长'}：…”“${people.指挥长 ? '副指挥长' : '副组长'}：…”“成  员：…”几行读作领导小组，“下设办公室”一句读作办公室；核对每人的姓名和职务`);
}

function phasesOf(s: SectionOut, comments: Map<string, string>): void {
  const subs = s.小节;
  if (!subs?.length) return;
  const phases = subs.map((sub) => {
    const m = sub.段首标题 && !sub.小节?.length && !sub.表格 ? sub.标题?.match(PHASE) : undefined;
    return m && { 名称: m[1]!, 起: m[2]!, 止: m[3]!, ...(sub.内容?.length ? { 内容: sub.内容 } : {}) };
  });
  if (!phases.every(Boolean)) return;
  s.阶段 = phases;
  delete s.小节;
  note(comments, `“某某阶段（某月某日至某月某日）”读作阶段的名称和起止日期${phases.some((p) => !/年/.test(p!.起)) ? '（日期照原文，没有年份：照搬去年的方案时记得改）' : ''}`);
}
