import { say } from '../../diagnostics/messages/index.js';
import { z } from 'zod';
import { baseFields, dateText, paragraphs, refinementIssue, section, text } from './common.js';

export const speechSchema = z
  .object({
    ...baseFields,
    /** Without a title, the occasion gives one: 在全县信访工作会议上的讲话. */
    title: z.union([text, z.array(text)]).transform((v) => (Array.isArray(v) ? v : [v])).optional(),
    speaker: text.optional(),
    occasion: text.optional(),
    date: dateText.optional(),
    /** Default 同志们： */
    salutation: text.optional(),
    opening: paragraphs.optional(),
    sections: z.array(section).optional(),
    closing: paragraphs.optional(),
    /** Default 谢谢大家！; false leaves it out. */
    thanks: z.union([text, z.literal(false)]).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    // (标题: [] or 标题: "" is no title: the speech would be printed without one)
    if (!r.title?.some((line) => line !== '') && !r.occasion) {
      ctx.addIssue({ ...refinementIssue(say('speech-needs-title')), path: ['title'] });
    }
  });
