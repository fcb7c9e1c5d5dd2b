/**
 * Messages about the figures of a 总结 and of the wording gongwen writes itself: totals that must
 * add up, figures that must agree with the registers, {{名称}} references, periods, headings
 * (the compile stage).
 */
import { entry } from './entry.js';

export const figureMessages = {
  'bad-period': entry<{ text: string }>({
    zh: (p) => `“${p.text}”不是可识别的时期`,
    en: (p) => `"${p.text}" is not a period`,
    example: { text: '今年上半年' },
  }),
  'bad-period.missing': entry({
    zh: () => '根据台账统计的总结需要写明时期（时期:）',
    en: () => 'a summary that counts registers needs a period (时期)',
    example: {},
  }),
  'period-forms': entry({
    zh: () => '2009H1、2009年上半年、二〇〇九年上半年、2009Q3、2009-05、2009 或 2009-01-01..2009-06-30',
    en: () => '2009H1, 2009年上半年, 二〇〇九年上半年, 2009Q3, 2009-05, 2009, or 2009-01-01..2009-06-30',
    example: {},
  }),
  'register-mismatch': entry<{ figure: string; typed: number; counted: number }>({
    zh: (p) => `${p.figure}在记录中是 ${p.typed}，台账统计是 ${p.counted}`,
    en: (p) => `${p.figure} is ${p.typed} in the record but ${p.counted} in the registers`,
    example: { figure: '受理 (accepted)', typed: 12, counted: 10 },
  }),
  'total-mismatch': entry<{ total: string; value: string; sum: string; result: number }>({
    zh: (p) => `${p.total}是 ${p.value}，但 ${p.sum} = ${p.result}`,
    en: (p) => `${p.total} is ${p.value}, but ${p.sum} = ${p.result}`,
    example: { total: '受理 (accepted)', value: '12', sum: '来信 4 + 来访 6', result: 10 },
  }),
  'total-mismatch.all-typed': entry({
    zh: () => '（均为记录中填写的数字）',
    en: () => ' (all typed in the record)',
    example: {},
  }),
  'total-mismatch.parts': entry({
    zh: () => '各分项之和等于合计，或删去合计由程序计算',
    en: () => 'the parts to add up to the total, or leave the total out to have it computed',
    example: {},
  }),
  'total-mismatch.disputes': entry({
    zh: () => '化解 + 正在化解 + 未化解（标为未化解的案件）之和等于排查',
    en: () => '化解 + 正在化解 + 未化解 (cases marked 未化解) to add up to 排查',
    example: {},
  }),
  'cases-not-all': entry<{ found: number; listed: number }>({
    zh: (p) => `排查 ${p.found} 件，但“全部列出: true”下只列了 ${p.listed} 件`,
    en: (p) => `排查 (found) is ${p.found}, but ${p.listed} cases are listed as all of them (全部列出: true)`,
    example: { found: 12, listed: 3 },
  }),
  'cases-not-all.expected': entry({
    zh: () => '列出全部案件，或删去“全部列出”只列典型案例',
    en: () => 'every case listed, or 全部列出 left out to list typical cases (典型案例)',
    example: {},
  }),
  'cases-too-many': entry<{ found: number; listed: number }>({
    zh: (p) => `列出了 ${p.listed} 件案件，多于排查的 ${p.found} 件`,
    en: (p) => `${p.listed} cases are listed, more than the ${p.found} found (排查)`,
    example: { found: 2, listed: 3 },
  }),
  'cases-too-many.expected': entry({
    zh: () => '排查件数不少于列出的案件数',
    en: () => 'a 排查 at least as large as the number of cases',
    example: {},
  }),
  'count-exceeds-total': entry<{ part: string; value: number; total: string; totalValue: number }>({
    zh: (p) => `${p.part}（${p.value}）多于${p.total}（${p.totalValue}）`,
    en: (p) => `${p.part} (${p.value}) is more than ${p.total} (${p.totalValue})`,
    example: { part: '办结', value: 14, total: '受理', totalValue: 12 },
  }),
  'insert-unavailable.petitions': entry({
    zh: () => '“插入: 信访”需要信访数字（信访: 或 台账:）',
    en: () => '"insert: petitions" needs petition figures (petitions: or registers:)',
    example: {},
  }),
  'insert-unavailable.disputes': entry({
    zh: () => '“插入: 矛盾纠纷”需要矛盾纠纷数字（矛盾纠纷: 或 台账:）',
    en: () => '"insert: disputes" needs dispute figures (disputes: or registers:)',
    example: {},
  }),
  'insert-unavailable.kind': entry<{ name: string }>({
    zh: (p) => `“插入: ${p.name}”只能用于总结记录`,
    en: (p) => `"insert: ${p.name}" is only available in a summary (总结) record`,
    example: { name: 'petitions' },
  }),
  'rate-undefined': entry<{ name: string; shown: string; period: string; none: string }>({
    zh: (p) => `{{${p.name}}} 写作“${p.shown}”：${p.period}没有${p.none}，无法计算`,
    en: (p) => `{{${p.name}}} is written as "${p.shown}": ${p.period} has no ${p.none} to divide by`,
    example: { name: '办结率', shown: '—', period: '2009年上半年', none: '受理' },
  }),
  'rate-undefined.hint': entry({
    zh: () => '按本期情况改写这句话，或不写这个比率',
    en: () => 'reword the sentence for this period, or leave the rate out',
    example: {},
  }),
  'figure-unavailable': entry<{ name: string; needs: string }>({
    zh: (p) => `{{${p.name}}} 需要${p.needs}，记录和台账都没有提供`,
    en: (p) => `{{${p.name}}} needs ${p.needs}, which neither the record nor its registers give`,
    example: { name: '受理同比', needs: '上年同期的受理' },
  }),
  'figure-unavailable.compared': entry<{ earlier: string }>({
    zh: (p) => `${p.earlier}: 下写出该时期的信访: / 矛盾纠纷: 数字（受理: 1690 …）`,
    en: (p) => `${p.earlier}: with 信访: / 矛盾纠纷: figures of that period (受理: 1690 …)`,
    example: { earlier: '上年同期' },
  }),
  'figure-unavailable.where': entry<{ needs: string }>({
    zh: (p) => `在信访: / 矛盾纠纷: 下写出${p.needs}，或给出能统计它的台账（台账:）`,
    en: (p) => `${p.needs} under 信访: / 矛盾纠纷:, or registers (台账:) that count it`,
    example: { needs: '受理' },
  }),
  'unknown-figure': entry<{ name: string }>({
    zh: (p) => `没有名为 {{${p.name}}} 的计算数字`,
    en: (p) => `{{${p.name}}} names no computed figure`,
    example: { name: '办结律' },
  }),
  'unknown-figure.none': entry({
    zh: () => '信访:、矛盾纠纷: 或 台账: 给出的数字',
    en: () => 'figures from petitions:, disputes: or registers:',
    example: {},
  }),
  'did-you-mean.figures': entry<{ names: string }>({
    zh: (p) => `是不是 ${p.names}？`,
    en: (p) => `did you mean ${p.names}?`,
    example: { names: '{{办结率}}' },
  }),
  'empty-period': entry<{ register: string; period: string; code: string; ranges: string }>({
    zh: (p) => `${p.register}在${p.period}（${p.code}）内没有登记：${p.ranges}`,
    en: (p) => `the ${p.register} has no rows in ${p.period} (${p.code}): ${p.ranges}`,
    example: { register: '信访登记台账', period: '2010年上半年', code: '2010H1', ranges: '信访.csv 从2009年1月3日到2009年6月28日' },
  }),
  'empty-period.hint': entry({
    zh: () => '统计数字将全部为 0；请核对时期与台账',
    en: () => 'its figures are all 0; check 时期 against the registers',
    example: {},
  }),
  'too-deep.sections': entry({
    zh: () => '出现第五层标题：公文结构层次只有四层（一、（一）1.（1），GB/T 9704 §7.3.3）',
    en: () => 'a fifth level of headings: a 公文 numbers four (一、 （一） 1. （1）, GB/T 9704 §7.3.3)',
    example: {},
  }),
  'too-deep.sections.expected': entry({
    zh: () => '把这些内容写成上一层的段落（内容:），或减少层次（小节层级）',
    en: () => 'these as paragraphs (内容) of the section above, or fewer levels (小节层级)',
    example: {},
  }),
  'verb-repeated.starts': entry<{ typed: string; verb: string }>({
    zh: (p) => `正文以“${p.typed}”开头，而程序会自动写出“会议${p.verb}，……”`,
    en: (p) => `the text starts with "${p.typed}", which gongwen writes itself (会议${p.verb}，…)`,
    example: { typed: '会议强调', verb: '强调' },
  }),
  'verb-repeated.lead': entry<{ verb: string }>({
    zh: (p) => `引导语中已有“${p.verb}”：程序会写出“会议${p.verb}以下……事项：”，动词会重复`,
    en: (p) => `the lead text already says "${p.verb}": gongwen writes 会议${p.verb}以下…事项：, so the verb would be said twice`,
    example: { verb: '议定' },
  }),
  'verb-repeated.hint': entry({
    zh: () => '引导语中不要再写这个动词',
    en: () => 'write the lead text without the verb',
    example: {},
  }),
} as const;
