import { z } from 'zod';
// zod's objects parse through code it writes with `new Function` on first use, which the bundle's code
// cache cannot hold (scripts/runtime/loadCommands.js): jitless, one 纪要 → DOCX takes 515 M → 479 M
// instructions (callgrind, whole process), and 100 records the same CPU time (/usr/bin/time, 3 pairs).
z.config({ jitless: true });
import { dateProblem, parseDate } from '../../zh/dates.js';
import { joinPaddedNames, postsBeforeNames, splitNames, splitPeople, splitPostAndName } from '../../zh/names.js';
import { halfWidthDigits, readAmountText, readSmallNumber } from '../../zh/numerals.js';
import { stripSequenceMarks } from '../../zh/punctuation.js';
import { localize, say, type LocalText } from '../../diagnostics/messages/index.js';
import type { KnownCode } from '../../diagnostics/messages/codes.js';

/**
 * A problem a refinement finds, as zod carries it: the English for zod's own message, the catalogue
 * entry in `params` for gongwen's (src/records/validate.ts reads `reason`, `code` and `expected`).
 */
export function refinementIssue(reason: LocalText, params: { code?: KnownCode; expected?: LocalText } = {}) {
  return { code: 'custom' as const, message: localize(reason, 'en'), params: { reason, ...params } };
}

/**
 * Text; a number typed where text is expected (a year, a count) is taken as text. A space typed
 * after a full-width mark (`注意事项： 不得…`, often after a colon that was half-width) is not kept:
 * Chinese has no spaces after its punctuation.
 */
export const text = z
  .union([z.string(), z.number()])
  .transform((v) => {
    const t = String(v).trim();
    // (a text without a space or a tab, most of them, has nothing to take out)
    return t.includes(' ') || t.includes('\t') ? t.replace(/([：，；。、！？])[ \t]+/gu, '$1') : t;
  });

/**
 * A list gongwen numbers (要点, 议题, 共识): a sequence mark typed before an item is left out (1、各村… → 各村…), and the
 * numbers 1. 2. 3. typed before every item in order before a date too (1.12月10日前… → 12月10日前…; 1.5万元 is kept:
 * zh/punctuation stripSequenceMarks).
 */
export const items = z.array(text).transform(stripSequenceMarks);

/** Paragraphs: one string (a line each), or a list. */
export const paragraphs = z
  .union([text, z.array(text)])
  .transform((v) => (Array.isArray(v) ? v : v.split(/\n+/)).map((s) => s.trim()).filter(Boolean));

/** Names: a list, or one string separated by 、，, or spaces: "郭百高、李德武" (a padded 谭  军 one name: zh/names joinPaddedNames). */
export const names = z
  .union([text, z.array(text)])
  .transform((v) => (Array.isArray(v) ? v.map((s) => joinPaddedNames(s.trim())).filter(Boolean) : splitNames(joinPaddedNames(v))));

/**
 * A date as records write it: 2009-01-24, 2009/1/24, 2009年1月24日, 二〇〇九年一月二十四日, 6月30日,
 * 20XX年9月10日, with a time of day and a weekday after it (2024年6月18日（星期二）上午9:00).
 */
export const dateText = z
  .union([z.string(), z.date()])
  .superRefine((v, ctx) => {
    const problem = dateProblem(v);
    // an impossible or unreadable date: the problem is said, with the forms a date is written in
    if (problem) ctx.addIssue(refinementIssue(problem, { code: 'date-invalid', expected: say('date-forms') }));
  })
  .transform((v) => parseDate(v)!);

/**
 * A count, as a number or as a secretary may type it: 12, 1,690, 12件, 十, 十二件 (units 件 人 次 起 个
 * after it), and in the full-width digits of a phone's keyboard (１２, ３５件, 1，690). Anything else
 * (十几, 约10) stays text and is said to be no number.
 */
export const count = z.preprocess(readCount, z.number().int().nonnegative());

/** A count typed as text; its source is also the JSON Schema's pattern for counts (../jsonSchema.ts). */
export const COUNT_TEXT = /^([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+|[一二三四五六七八九十]{1,3})\s*[件人次起个]?$/u;

function readCount(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = COUNT_TEXT.exec(value.trim());
  if (!m) return value;
  const written = m[1]!;
  const digits = halfWidthDigits(written);
  return /\d/.test(digits) ? Number(digits.replace(/[,，]/g, '')) : (readSmallNumber(written) ?? value);
}

/**
 * An amount of money, as a number or as typed with its unit: 6666, 6,666, 6666元, 1.5万元, ６６６６元 (zh/numerals
 * readAmountText, which a register's 涉及金额 cell is read with too: registers/cells parseNumberCell). Anything else
 * (六千元, 约6000) stays text and is said to be no number.
 */
export const amount = z.preprocess(readAmount, z.number().nonnegative());

function readAmount(value: unknown): unknown {
  return typeof value === 'string' ? (readAmountText(value) ?? value) : value;
}

/**
 * A person with posts: {name: 郭百高, posts: [镇党委书记, 镇长]}, "镇党委书记、镇长 郭百高" (the posts
 * before a space), or "镇党委书记、镇长郭百高" as it is to be printed.
 */
export const person = z.union([
  text.transform((written) => splitPostAndName(joinPaddedNames(written))),
  z
    .object({ name: text, posts: names.optional() })
    .strict()
    .transform((p) => ({ name: p.name, posts: p.posts ?? [] })),
]);

export const dateStyle = z.enum(['arabic', 'chinese', '阿拉伯数字', '汉字']).transform((v) => (v === '汉字' ? 'chinese' : v === '阿拉伯数字' ? 'arabic' : v));

/** 发文机关署名 and 成文日期 (GB/T 9704 §7.3.5). */
export const signature = z
  .object({
    organs: names,
    date: dateText.optional(),
  })
  .strict();

export const table = z
  .object({
    caption: text.optional(),
    columns: z.array(text).min(1),
    rows: z.array(z.array(text)),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.rows.forEach((row, i) => {
      if (row.length !== t.columns.length) {
        ctx.addIssue({ ...refinementIssue(say('table-row-cells', { cells: row.length, columns: t.columns.length })), path: ['rows', i] });
      }
    });
  });

/** Something computed that a paragraph list can place: the statistics passage, the dispute list, the statistics table. */
export const insert = z
  .object({ insert: z.enum(['petitions', 'disputes', 'statistics-table', '信访统计', '矛盾纠纷', '统计表']) })
  .strict()
  .transform((v) => ({
    insert: ({ 信访统计: 'petitions', 矛盾纠纷: 'disputes', 统计表: 'statistics-table' } as Record<string, string>)[v.insert] ?? v.insert,
  }));

export const member = person;

/**
 * One person or several: a list, one {姓名, 职务}, or one text with the people in it (张丽、陈建国;
 * 副镇长 王刚; 镇党委书记、镇长 郭百高; or one a line), always given on as a list.
 */
export const people = z.union([
  z.array(member),
  // one a line, as pasted from a list (副组长: | and a line each), is a person a line, as a list's items are
  text.transform((written) => postsBeforeNames(joinPaddedNames(written)).split(/\n+/u).flatMap((line) => (line.trim() ? splitPeople(line) : []))),
  member.transform((one) => [one]),
]);

/** 领导小组: 组长 / 副组长 / 成员 with posts; its office and duties. */
export const leadingGroup = z
  .object({
    name: text.optional(),
    style: z.enum(['list', 'sentence']).optional(),
    leader: people,
    deputies: people.optional(),
    members: people.optional(),
    office: text.optional(),
    duties: paragraphs.optional(),
  })
  .strict();

export const phase = z
  .object({
    name: text,
    from: dateText.optional(),
    to: dateText.optional(),
    text: paragraphs.optional(),
  })
  .strict();

export const step = z.union([
  text.transform((t) => ({ name: undefined as string | undefined, text: [t] })),
  z.object({ name: text.optional(), text: paragraphs }).strict(),
]);

export interface SectionInput {
  title?: string;
  runIn?: boolean;
  numbered?: boolean;
  sectionsLevel?: number;
  text?: Array<string | { insert: string }>;
  points?: string[];
  unit?: string;
  after?: string[];
  steps?: Array<{ name?: string; text: string[] }>;
  group?: z.output<typeof leadingGroup>;
  phases?: Array<z.output<typeof phase>>;
  table?: z.output<typeof table>;
  sections?: SectionInput[];
  closing?: string[];
}

/**
 * A section of a document, to four levels: 一、 （一） 1. （1）, numbered by the renderer.
 * Its content comes in this order: text, points (一是……；二是……。), steps (①②),
 * the leading group, phases (as numbered run-in subsections), a table, subsections, then closing paragraphs.
 */
export const section: z.ZodType<SectionInput> = z.lazy(() =>
  z
    .object({
      title: text.optional(),
      runIn: z.boolean().optional(),
      numbered: z.boolean().optional(),
      /** The level of this section's subsections and phases: 3 numbers them 1. 2. directly under 一、 */
      sectionsLevel: z.number().int().min(2).max(4).optional(),
      text: z
        .union([text, z.array(z.union([text, insert]))])
        .transform((v) =>
          (Array.isArray(v) ? v : [v]).flatMap((item): Array<string | { insert: string }> =>
            typeof item === 'string' ? item.split(/\n+/).map((s) => s.trim()).filter(Boolean) : [item],
          ),
        )
        .optional(),
      points: items.optional(),
      unit: text.optional(),
      after: paragraphs.optional(),
      steps: z.array(step).optional(),
      group: leadingGroup.optional(),
      phases: z.array(phase).optional(),
      table: table.optional(),
      sections: z.array(section).optional(),
      /** Paragraphs after its phases and subsections (以上各阶段工作要环环相扣。). */
      closing: paragraphs.optional(),
    })
    .strict(),
) as unknown as z.ZodType<SectionInput>;

export const attachment = z
  .object({
    title: text,
    text: paragraphs.optional(),
    table: table.optional(),
    sections: z.array(section).optional(),
  })
  .strict();

/** 版记 fields shared by the kinds that have one. */
export const colophonFields = {
  cc: names.optional(),
  printer: text.optional(),
  printDate: dateText.optional(),
  keywords: names.optional(),
  report: names.optional(),
  distribute: names.optional(),
};

export const headFields = {
  issuer: text.optional(),
  docNumber: z
    .union([
      text,
      z.object({ code: text, year: z.number().int(), number: z.number().int().positive() }).strict(),
    ])
    .optional(),
  copyNumber: text.optional(),
  secrecy: text.optional(),
  urgency: text.optional(),
  signer: text.optional(),
};

export const baseFields = {
  kind: z.string(),
  template: text.optional(),
  dateStyle: dateStyle.optional(),
};
