import { z } from 'zod';
import { say } from '../../diagnostics/messages/index.js';
import { BEGINS_WITH_PART_OF_DAY } from '../../zh/dates.js';
import { bareVerb } from '../../zh/meeting.js';
import { withoutNote } from '../../zh/names.js';
import { stripSequenceMarks } from '../../zh/punctuation.js';
import { baseFields, colophonFields, dateText, items, names, paragraphs, people, refinementIssue, signature, text } from './common.js';

/** 会议指出 / 认为 / 强调 / 要求 / 决定 / 明确 …: the lead text, then points counted and enumerated. */
export const minutesSection = z
  .object({
    /** As gongwen writes it after 会议: 会议强调 and 强调， typed are 强调 (zh/meeting.ts bareVerb). */
    verb: text.transform(bareVerb),
    text: paragraphs.optional(),
    /** Measure word for the count: 点 → 五点, 个方面 → 六个方面. Without it the count is not written. */
    unit: text.optional(),
    points: items.optional(),
    /** Paragraphs after the points. */
    after: paragraphs.optional(),
    /** Decisions (议定, 决定 …) as 一、 paragraphs (default) or 1. paragraphs; `样式: 1.` typed plain is YAML's number 1, the same. */
    style: z.union([z.enum(['一、', '1.']), z.literal(1).transform(() => '1.' as const)]).optional(),
  })
  .strict();


/**
 * A member's report in a 支部委员会 纪要: 组织委员罗敏同志汇报了……. Who reported is written with their post as a person is
 * anywhere else, under 职务 (posts; several are joined with 、), or under 角色 (role); both is one key twice.
 */
const report = z
  .object({ role: text.optional(), posts: names.optional(), name: text, text })
  .strict()
  .superRefine((r, ctx) => {
    if (r.role !== undefined && r.posts !== undefined) ctx.addIssue({ ...refinementIssue(say('report-role-twice'), { code: 'duplicate-key' }), path: ['posts'] });
  })
  .transform(({ posts, ...r }) => ({ ...r, role: r.role ?? (posts?.length ? posts.join('、') : undefined) }));

/** A name as a list of people gives it, without the note typed after it: 钱明（外出务工） → 钱明. */
const bareName = (entry: string) => withoutNote(entry).trim();

/**
 * 出席, 请假 (on leave: away on business, with the meeting's leave), 缺席 (absent: did not come) and 列席 — two lists of
 * those not present, since a 纪要 may name both (GB/T 9704 §10.3 names 请假; a 支部委员会 writes 缺席).
 */
const attendanceShape = { present: names.optional(), onLeave: names.optional(), absent: names.optional(), observers: names.optional() };
const ATTENDANCE_KEYS = ['present', 'onLeave', 'absent', 'observers'] as const;
/** The lists of 出席情况 as a message names them. */
const ATTENDANCE_ZH = { present: '出席', onLeave: '请假', absent: '缺席', observers: '列席' } as const;

export const minutesSchema = z
  .object({
    ...baseFields,
    mark: text.optional(),
    /** One string (broken into lines by gongwen when long), or a list of lines broken by hand. */
    title: z.union([text, z.array(text).min(1)]),
    meeting: text.optional(),
    date: dateText.optional(),
    /** Time of day: 上午, 下午, 晚. */
    time: text.optional(),
    place: text.optional(),
    chair: people.optional(),
    /** What the meeting heard: one report, or several (an 安委会, a 联席会议), a list. */
    heard: z.union([text, z.array(text).min(1)]).optional(),
    proceedings: text.optional(),
    leadIn: text.optional(),
    sections: z.array(minutesSection).optional(),
    /** Header-block form: free paragraphs after 时间/地点/参加人员, and numbered points. */
    text: paragraphs.optional(),
    points: items.optional(),
    /** Branch-committee form (支部委员会): organ, basis, topics, members' reports, consensus. */
    organ: text.optional(),
    basis: text.optional(),
    topics: items.optional(),
    reports: z.array(report).optional(),
    consensus: z.object({ lead: text.optional(), points: z.array(text).min(1).transform(stripSequenceMarks) }).strict().optional(),
    closing: paragraphs.optional(),
    /** 出席 / 请假 / 列席 (GB/T 9704 §10.3). */
    attendance: z.object(attendanceShape).strict().optional(),
    /** 出席: / 请假: / 列席: written at the top, as secretaries often do: the same as under 出席情况. */
    ...attendanceShape,
    /** The local 参会人员 form. */
    participants: names.optional(),
    recorders: names.optional(),
    recordersLabel: text.optional(),
    signature: signature.optional(),
    /** 版记: 抄送, 印发机关 and 印发日期 (GB/T 9704 §7.4). */
    ...colophonFields,
  })
  .strict()
  .superRefine((r, ctx) => {
    // a member copied into 出席 from the last meeting's list and also written under 缺席 / 请假, or written under both of
    // those: the headcount would be wrong
    const listOf = (key: (typeof ATTENDANCE_KEYS)[number]) => ({
      path: r[key] !== undefined ? [key] : ['attendance', key],
      names: r[key] ?? r.attendance?.[key] ?? [],
    });
    const present = new Set(listOf('present').names.map(bareName));
    const onLeave = listOf('onLeave');
    const absent = listOf('absent');
    for (const [list, away] of [['请假', onLeave], ['缺席', absent]] as const) {
      away.names.forEach((name, i) => {
        if (present.has(bareName(name))) ctx.addIssue({ ...refinementIssue(say('attendance-present-and-absent', { name: bareName(name), list }), { code: 'invalid-value' }), path: [...away.path, i] });
      });
    }
    const leave = new Set(onLeave.names.map(bareName));
    absent.names.forEach((name, i) => {
      if (leave.has(bareName(name))) ctx.addIssue({ ...refinementIssue(say('attendance-on-leave-and-absent', { name: bareName(name) }), { code: 'invalid-value' }), path: [...absent.path, i] });
    });
    for (const key of ATTENDANCE_KEYS) {
      if (r[key] !== undefined && r.attendance?.[key] !== undefined) ctx.addIssue({ ...refinementIssue(say('attendance-twice'), { code: 'duplicate-key' }), path: [key] });
      // a name typed twice in one list (出席: 王建 李华 张强 李华) is counted twice in 应到 and 实到
      const listKey = r[key] !== undefined ? ([key] as const) : (['attendance', key] as const);
      const seen = new Set<string>();
      (r[key] ?? r.attendance?.[key] ?? []).forEach((name, i) => {
        const bare = bareName(name);
        if (seen.has(bare)) ctx.addIssue({ ...refinementIssue(say('attendance-name-twice', { name: bare, list: ATTENDANCE_ZH[key] }), { code: 'invalid-value' }), path: [...listKey, i] });
        seen.add(bare);
      });
    }
    // 时段: 下午 beside a date typed with 上午9:00: one of them is wrong
    const dated = r.date?.time;
    if (r.time !== undefined && dated !== undefined && !dated.startsWith(r.time) && BEGINS_WITH_PART_OF_DAY.test(dated)) {
      ctx.addIssue({ ...refinementIssue(say('time-disagrees', { time: r.time, dated }), { code: 'invalid-value' }), path: ['time'] });
    }
  })
  .transform(({ present, onLeave, absent, observers, ...rest }) => {
    // 时段: 上午 beside a date typed with 上午9:00 says the same: the date's time is printed, not the 时段 alone
    // (上午9:00 was left out); 时段: 上午 beside a date typed 2024-05-09 9:00 is 上午9:00
    const dated = rest.date?.time;
    if (rest.time !== undefined && dated !== undefined) rest.time = dated.startsWith(rest.time) ? dated : rest.time + dated;
    if (present === undefined && onLeave === undefined && absent === undefined && observers === undefined) return rest;
    const attendance = rest.attendance ?? {};
    return {
      ...rest,
      attendance: {
        present: attendance.present ?? present,
        onLeave: attendance.onLeave ?? onLeave,
        absent: attendance.absent ?? absent,
        observers: attendance.observers ?? observers,
      },
    };
  });
