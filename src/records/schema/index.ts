import type { z } from 'zod';
import { minutesSchema } from './minutes.js';
import { planSchema } from './plan.js';
import { speechSchema } from './speech.js';
import { summarySchema } from './summary.js';
import { dict } from '../../util/dict.js';

/** Each kind's schema: what a record of that kind holds once read (`z.output`). */
const SCHEMAS = { minutes: minutesSchema, summary: summarySchema, plan: planSchema, speech: speechSchema };

/** minutes, summary, plan, speech. */
export type KindName = keyof typeof SCHEMAS;

/** A valid record's data, by kind: the schema's output. */
export type RecordOf<K extends KindName> = z.output<(typeof SCHEMAS)[K]>;

export interface KindInfo<K extends KindName = KindName> {
  kind: K;
  /** Chinese name, as in `gongwen new 纪要`. */
  zh: string;
  schema: (typeof SCHEMAS)[K];
  defaultTemplate: string;
}

/** Every kind by name (looked up by what a record or the command line writes, so by any string). */
export const KINDS: Readonly<Record<string, KindInfo>> = dict<KindInfo>({
  minutes: { kind: 'minutes', zh: '纪要', schema: SCHEMAS.minutes, defaultTemplate: 'minutes' },
  summary: { kind: 'summary', zh: '总结', schema: SCHEMAS.summary, defaultTemplate: 'summary' },
  plan: { kind: 'plan', zh: '实施方案', schema: SCHEMAS.plan, defaultTemplate: 'plan' },
  speech: { kind: 'speech', zh: '讲话', schema: SCHEMAS.speech, defaultTemplate: 'speech' },
});
