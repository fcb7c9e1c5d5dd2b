import { z } from 'zod';
import { say } from '../../diagnostics/messages/index.js';
import { formatDate } from '../../zh/dates.js';
import { organsOf } from '../../zh/names.js';
import { attachment, baseFields, colophonFields, dateText, headFields, names, paragraphs, refinementIssue, section, signature, text } from './common.js';

/**
 * A 实施方案's 落款 may leave out its 署名: the 署名 is the issuing organ (GB/T 9704 §7.3.5), so 发文机关: given at the top
 * is the 署名 (its 文件 left out: 隰县人民政府文件 signs 隰县人民政府). Without either the 署名 is missing.
 */
const signatureOfIssuer = signature.extend({ organs: names.optional() });

/**
 * The organs that sign for the issuer named in the 版头: 发文机关标志 without its 文件, one organ a line for a joint
 * document (中共平江县委办公室 平江县人民政府办公室文件 signs 中共平江县委办公室 / 平江县人民政府办公室, as the same organs
 * typed under 署名 do; zh/names organsOf: 青石镇 人民政府 is one organ).
 */
const issuerOrgans = (issuer: string | undefined) =>
  issuer === undefined ? undefined : organsOf(issuer.trim().replace(/\s*文件$/u, ''));

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
    signature: signatureOfIssuer.optional(),
    /** 成文日期: typed at the top, as in a 通知 copied from: the 落款's date when the 落款 gives none. */
    date: dateText.optional(),
    notes: paragraphs.optional(),
    ...colophonFields,
  })
  .strict()
  .superRefine((r, ctx) => {
    const signs = r.signature !== undefined || r.date !== undefined;
    if (signs && !r.signature?.organs?.length && r.issuer === undefined) {
      ctx.addIssue({ ...refinementIssue(say('signature-organs-missing'), { code: 'missing-key' }), path: r.signature ? ['signature'] : ['date'] });
    }
    const [top, signed] = [r.date, r.signature?.date].map((d) => d && formatDate(d));
    if (top && signed && top !== signed) {
      ctx.addIssue({ ...refinementIssue(say('signature-date-twice', { top, signed }), { code: 'duplicate-key' }), path: ['date'] });
    }
  })
  .transform(({ date, ...r }) => {
    if (r.signature === undefined && date === undefined) return { ...r, signature: undefined };
    const organs = r.signature?.organs?.length ? r.signature.organs : (issuerOrgans(r.issuer) ?? []);
    return { ...r, signature: { organs, date: r.signature?.date ?? date } };
  });
