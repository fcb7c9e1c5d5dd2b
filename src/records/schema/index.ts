import type { z } from 'zod';
import { minutesSchema } from './minutes.js';
import { planSchema } from './plan.js';
import { speechSchema } from './speech.js';
import { summarySchema } from './summary.js';
import { dict } from '../../util/dict.js';

export interface KindInfo {
  kind: string;
  /** Chinese name, as in `gongwen new 纪要`. */
  zh: string;
  schema: z.ZodType;
  defaultTemplate: string;
}

export const KINDS: Readonly<Record<string, KindInfo>> = dict({
  minutes: { kind: 'minutes', zh: '纪要', schema: minutesSchema, defaultTemplate: 'minutes' },
  summary: { kind: 'summary', zh: '总结', schema: summarySchema, defaultTemplate: 'summary' },
  plan: { kind: 'plan', zh: '实施方案', schema: planSchema, defaultTemplate: 'plan' },
  speech: { kind: 'speech', zh: '讲话', schema: speechSchema, defaultTemplate: 'speech' },
});
