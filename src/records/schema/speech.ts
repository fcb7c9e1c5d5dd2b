import { z } from 'zod';
import { baseFields, dateText, paragraphs, section, text } from './common.js';

export const speechSchema = z
  .object({
    ...baseFields,
    title: z.union([text, z.array(text)]).transform((v) => (Array.isArray(v) ? v : [v])),
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
  .strict();

export type SpeechRecord = z.output<typeof speechSchema>;
