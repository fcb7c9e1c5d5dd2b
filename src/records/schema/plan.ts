import { z } from 'zod';
import { attachment, baseFields, colophonFields, headFields, paragraphs, section, signature, text } from './common.js';

/** 实施方案 and 实施意见. */
export const planSchema = z
  .object({
    ...baseFields,
    ...headFields,
    title: z.union([text, z.array(text)]).transform((v) => (Array.isArray(v) ? v : [v])),
    subtitle: paragraphs.optional(),
    addressee: text.optional(),
    basis: paragraphs.optional(),
    sections: z.array(section).optional(),
    attachments: z.array(attachment).optional(),
    signature: signature.optional(),
    notes: paragraphs.optional(),
    ...colophonFields,
  })
  .strict();
