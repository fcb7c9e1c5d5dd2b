import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { endSentence, stripTrailingPunctuation } from '../zh/punctuation.js';
import { personInSentence, splitPostAndName } from '../zh/names.js';
import { renderPassage } from '../templates/renderPassage.js';
import type { DisputeCase } from '../stats/figures.js';

/** Trailing 。；，、： (and a half-width . typed as a full stop) dropped: sentences are joined and ended here. */
const bare = (s: string | undefined) => stripTrailingPunctuation((s ?? '').trim());

/** A name is told when the text has it, or has it without a generic ending (上坝村民 → 上坝, 赵家湾村民小组 → 赵家湾). */
function mentions(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const stem = name.replace(/(?:村民小组|村民|群众|等)$/u, '');
  return stem !== name && stem.length >= 2 && text.includes(stem);
}

/** Words that say a case is still being worked on: 正在化解, 正在协调, 仍在调解, 尚在处理, 协调中, 调解之中. */
const GOING_ON = /(?:正在|仍在|尚在)[\p{Script=Han}]|(?:协调|调解|调处|化解|处理|办理|商谈|协商)(?:之)?中/u;

/** How a document writes its amounts: 万元 from 10,000 up and 元 below (the habit), or all in one unit. */
export type AmountUnit = 'auto' | '元' | '万元';

/**
 * 6666元, 8万元, 9.6万元, 18.65万元 — one style in a document (GB/T 15835; prose.md "Large amounts"):
 * by default 万元 from 10,000 up and 元 below; `金额单位: 元` or `万元` writes every amount in that unit.
 * A 万元 figure keeps every digit it has (36500 → 3.65万元, never rounded); by default one that would need more than two
 * decimals (20000.5, 12345) is written in 元.
 */
export function amountText(amount: number, unit: AmountUnit = 'auto'): string {
  // (by default an amount whose 万元 form would need more than two decimals, 20000.5 → 2.00005万元, is written in 元:
  // prose.md's 万元 has one or two)
  const wan = unit === '万元' || (unit === 'auto' && amount >= 10_000 && Number.isInteger(Math.round(amount * 1e6) / 1e8));
  if (!wan) return `${amount}元`;
  return `${Number((amount / 10_000).toFixed(6))}万元`;
}

/**
 * An amount as Number.prototype.toLocaleString('en-US') writes it (12,345). A whole amount is grouped
 * here: the first Intl.NumberFormat of a process loads ICU's number data, 20–30 ms (a --cpu-prof of 100
 * example records: 32 ms in toLocaleString, for 10 总结 with disputes); a fraction is left to Intl.
 */
function enUS(amount: number): string {
  if (!Number.isSafeInteger(amount) || Object.is(amount, -0)) return amount.toLocaleString('en-US');
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+$)/g, ',');
  return amount < 0 ? `-${digits}` : digits;
}

function amountTold(text: string, amount: number): boolean {
  const forms = [String(amount), enUS(amount), `${Number((amount / 10_000).toFixed(6))}万`];
  return forms.some((f) => text.includes(f));
}

/**
 * One dispute as the numbered narrative of the 2009 half-year petitions summary, from whatever the case has:
 * date, place, what happened, parties (当事人为……), who mediated and the 包案领导
 * (由……调处，……包案; 由……包案), the dated steps, the agreement and its amount (涉及金额……), and
 * for a case still open 正在化解 (未化解: 尚未化解) at the end, as that summary ends them.
 * Nothing given is dropped, and nothing is said twice: a place, party, mediator or
 * amount the text already names is not added again; a step the 调处结果 repeats
 * (or a 调处结果 a step already says) is written once. A resolved case says nothing
 * more about its status (that summary does not); its 纠纷类别 is in the statistics table.
 */
export function disputeNarrative(c: DisputeCase, amountUnit: AmountUnit = 'auto', write: WritePassage = builtInPassage): string {
  const summary = bare(c.summary);
  const steps = c.steps.map((s) => ({ date: s.date, text: bare(s.text) }));
  const outcome = bare(c.outcome);
  const told = [summary, ...steps.map((s) => s.text), outcome].join('。');
  const parties = c.parties ?? [];
  const mediators = c.mediators ?? [];
  // The 调处结果 is written once: not after a step that already says it, and a step it repeats is left out.
  const outcomeInSteps = outcome !== '' && steps.some((s) => s.text.includes(outcome));
  // (nor after a text that says already that the work goes on: 正在协调, 仍在调解, 协调中 — 正在协调，正在化解 says it twice)
  const open = c.status === '正在化解' ? !GOING_ON.test(told) : false;
  const values = {
    opening: [c.date, c.place && !mentions(told, c.place) ? c.place : undefined, summary].filter(Boolean).join('，'),
    parties: parties.some((p) => !mentions(told, p)) ? parties.join('、') : undefined,
    mediators: mediators.some((m) => !mentions(told, m)) ? mediators.join('、') : undefined,
    // 包案 as the 2009 half-year summary puts it: the leader 带队 (副镇长、派出所所长赵雄伟带队…), the 包案领导 named as such
    // a post and a name typed a space apart (副乡长 向东) are written as a sentence names a person: 副乡长向东
    leader: c.leader && !mentions(told, c.leader) ? personInSentence(splitPostAndName(c.leader)) : undefined,
    steps: steps
      .filter((s) => (s.text !== '' || s.date) && (outcomeInSteps || outcome === '' || s.text === '' || !outcome.includes(s.text)))
      .map((s) => ({ when: s.date, text: s.text })),
    outcome: outcome !== '' && !outcomeInSteps && !summary.includes(outcome) ? outcome : '',
    amount: c.amount && !amountTold(told, c.amount) ? amountText(c.amount, amountUnit) : undefined,
    inProgress: open,
    unresolved: c.status === '未化解' && !/未化解|尚未/u.test(told),
  };
  return sentencesOf(write('summary-dispute-case', keepLines(values))).map(endSentence).join('');
}

/** Writes a passage partial with these values (src/templates/renderPassage.ts). */
export type WritePassage = (name: string, values: object) => string;

const builtInPassage: WritePassage = (name, values) => renderPassage(name, values, new DiagnosticBag());

/** A line break inside a value, kept apart from the partial's own, which separate sentences. */
const INNER_BREAK = '\u0003';

/** The values with their own line breaks set aside, to be given back in the sentences. */
function keepLines<T>(values: T): T {
  return JSON.parse(JSON.stringify(values, (_, v: unknown) => (typeof v === 'string' ? v.replace(/\n/g, INNER_BREAK) : v))) as T;
}

/** The partial's lines as sentences: empty ones left out, a line beginning with ， joined to the one before. */
function sentencesOf(written: string): string[] {
  const sentences: string[] = [];
  for (const raw of written.split('\n')) {
    const line = raw.trim().replaceAll(INNER_BREAK, '\n');
    if (line === '') continue;
    if (line.startsWith('，') && sentences.length) sentences[sentences.length - 1] += line;
    else sentences.push(line.replace(/^，/u, ''));
  }
  return sentences;
}
