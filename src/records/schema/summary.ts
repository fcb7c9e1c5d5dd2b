import { z } from 'zod';
import { parseDate, type DateParts } from '../../zh/dates.js';
import { amount, baseFields, colophonFields, count, dateText, names, paragraphs, section, signature, text } from './common.js';

export const petitionFiguresSchema = z
  .object({
    letters: count.optional(),
    visits: count.optional(),
    online: count.optional(),
    phone: count.optional(),
    accepted: count.optional(),
    handled: count.optional(),
    closed: count.optional(),
    assigned: count.optional(),
    assignedReplied: count.optional(),
    infoReports: count.optional(),
    collective: count.optional(),
    skipLevel: count.optional(),
    repeat: count.optional(),
  })
  .strict();

/** A step typed as one line with its date first — `- 3月15日: 召开协调会` (the colon then reads as text) — is a dated step. */
function datedStep(t: string): { date: DateParts | undefined; text: string } {
  const m = t.match(/^([^，,：:；;。]{3,20}?日)[：:，,]\s*(.+)$/u);
  const date = m ? parseDate(m[1]) : undefined;
  return date ? { date, text: m![2]! } : { date: undefined, text: t };
}

export const disputeStepSchema = z.union([
  text.transform(datedStep),
  z.object({ date: dateText.optional(), text }).strict(),
]);

export const disputeCaseSchema = z
  .object({
    id: text.optional(),
    date: dateText.optional(),
    place: text.optional(),
    parties: names.optional(),
    category: text.optional(),
    summary: text,
    mediators: names.optional(),
    steps: z.array(disputeStepSchema).optional(),
    outcome: text.optional(),
    amount: amount.optional(),
    status: z.enum(['已化解', '正在化解', '未化解']).optional(),
    leader: text.optional(),
  })
  .strict();

export const disputesSchema = z
  .object({
    found: count.optional(),
    resolved: count.optional(),
    inProgress: count.optional(),
    unresolved: count.optional(),
    cases: z.array(disputeCaseSchema).optional(),
    /** true: the cases listed are all the cases found (then 排查 must equal their number); else they are typical cases. */
    complete: z.boolean().optional(),
  })
  .strict();

/** 存在问题 / 工作打算: paragraphs, or a section ({标题, 内容, 要点 …}) whose title replaces the default heading. */
const closingPart = z.union([paragraphs, section]);

/** Figures of an earlier period, for comparisons (同比, 环比). */
const earlierPeriod = z
  .object({ petitions: petitionFiguresSchema.optional(), disputes: disputesSchema.omit({ cases: true, complete: true }).optional() })
  .strict();

export const summarySchema = z
  .object({
    ...baseFields,
    /** One string (broken into lines by gongwen when long), or a list of lines broken by hand. */
    title: z.union([text, z.array(text).min(1)]),
    organ: text.optional(),
    /** 2009H1, 2009年上半年, 2009Q3, 2009-05, 2009, 2009-01-01..2009-06-30 */
    period: text.optional(),
    intro: paragraphs.optional(),
    sections: z.array(section).optional(),
    petitions: petitionFiguresSchema.optional(),
    disputes: disputesSchema.optional(),
    /** Registers (台账) the figures are counted from, relative to the record. */
    registers: names.optional(),
    /** 存在问题 and 工作打算: paragraphs under a heading of their own, or a section naming its heading. */
    problems: closingPart.optional(),
    outlook: closingPart.optional(),
    /** 金额单位: 元 or 万元 for every amount; by default 万元 from 10,000 up. */
    amountUnit: z.enum(['元', '万元', 'auto']).optional(),
    /** The same period a year before (上年同期), for {{受理同比}} …; the period before (上期), for {{受理环比}} … */
    lastYear: earlierPeriod.optional(),
    previous: earlierPeriod.optional(),
    signature: signature.optional(),
    /** 版记: 抄送, 印发机关 and 印发日期 (GB/T 9704 §7.4). */
    ...colophonFields,
  })
  .strict();
