/**
 * Messages about the figures of a 总结 and of the wording gongwen writes itself: totals that must
 * add up, figures that must agree with the registers, {{名称}} references, periods, headings
 * (the compile stage).
 */
import { PERIOD_FORMS } from '../../zh/period.js';
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
    zh: () => '2009、2009H1、2009Q3、2009-05、2009-01..2009-10、2009-01-01..2009-06-30，或 2009年上半年（二〇〇九年上半年）、2009年第三季度、2009年5月、2009年1月至10月（2009年1-10月）、2009年1月1日至6月30日',
    en: () => PERIOD_FORMS,
    example: {},
  }),
  'register-mismatch': entry<{ figure: string; typed: number; counted: number }>({
    zh: (p) => `${p.figure}在记录中是 ${p.typed}，台账统计是 ${p.counted}`,
    en: (p) => `${p.figure} is ${p.typed} in the record but ${p.counted} in the registers`,
    example: { figure: '受理 (accepted)', typed: 12, counted: 10 },
  }),
  'figure-name': entry<{ name: string; key: string }>({
    zh: (p) => p.name,
    en: (p) => `${p.name} (${p.key})`,
    example: { name: '受理', key: 'accepted' },
  }),
  'figure-term': entry<{ name: string; value: number; from: '' | 'record' | 'registers' }>({
    zh: (p) => `${p.name} ${p.value}${p.from ? `（${p.from === 'record' ? '记录中填写' : '台账统计'}）` : ''}`,
    en: (p) => `${p.name} ${p.value}${p.from ? ` (${p.from === 'record' ? 'typed in the record' : 'from the registers'})` : ''}`,
    example: { name: '来信', value: 4, from: 'record' },
  }),
  'total-mismatch': entry<{ total: string; terms: string[]; result: number; allTyped: boolean }>({
    zh: (p) => `${p.total}，但${p.terms.join(' + ')} = ${p.result}${p.allTyped ? '（均为记录中填写的数字）' : ''}`,
    en: (p) => `${p.total}, but ${p.terms.join(' + ')} = ${p.result}${p.allTyped ? ' (all typed in the record)' : ''}`,
    example: { total: '受理 12', terms: ['来信 4', '来访 6'], result: 10, allTyped: true },
  }),
  'total-mismatch.total': entry<{ name: string; value: number; from: '' | 'record' | 'registers' }>({
    zh: (p) => `${p.name}是 ${p.value}${p.from ? `（${p.from === 'record' ? '记录中填写' : '台账统计'}）` : ''}`,
    en: (p) => `${p.name} is ${p.value}${p.from ? ` (${p.from === 'record' ? 'typed in the record' : 'from the registers'})` : ''}`,
    example: { name: '受理 (accepted)', value: 12, from: 'registers' },
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
  'rate-undefined.the-record': entry({
    zh: () => '本记录',
    en: () => 'the record',
    example: {},
  }),
  'rate.needs.closed': entry({
    zh: () => '办结和受理（或来信、来访……）',
    en: () => '办结 and 受理 (or 来信, 来访 …)',
    example: {},
  }),
  'rate.needs.replied': entry({
    zh: () => '上级交办和交办已回复',
    en: () => '上级交办 and 交办已回复',
    example: {},
  }),
  'rate.needs.resolved': entry({
    zh: () => '排查和化解',
    en: () => '排查 and 化解',
    example: {},
  }),
  'rate.none.accepted': entry({
    zh: () => '受理的信访',
    en: () => '受理 petitions',
    example: {},
  }),
  'rate.none.assigned': entry({
    zh: () => '上级交办的信访件',
    en: () => '上级交办件',
    example: {},
  }),
  'rate.none.found': entry({
    zh: () => '排查出的矛盾纠纷',
    en: () => 'disputes found (排查)',
    example: {},
  }),
  'figure-needs.period': entry({
    zh: () => '时期',
    en: () => '时期 (period)',
    example: {},
  }),
  'figure-needs.share': entry<{ part: string }>({
    zh: (p) => `${p.part}和受理`,
    en: (p) => `${p.part} and 受理`,
    example: { part: '来信' },
  }),
  'figure-needs.compared': entry<{ figure: string; earlier: string }>({
    zh: (p) => `本期和${p.earlier}的${p.figure}`,
    en: (p) => `${p.figure} of this period and of the earlier one (${p.earlier})`,
    example: { figure: '受理', earlier: '上年同期' },
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
  'did-you-mean.figures': entry<{ names: string[] }>({
    zh: (p) => `是不是 ${p.names.map((n) => `{{${n}}}`).join(' 或 ')}？`,
    en: (p) => `did you mean ${p.names.map((n) => `{{${n}}}`).join(' or ')}?`,
    example: { names: ['办结率', '化解率'] },
  }),
  'empty-period': entry<{ kind: string; several: boolean; period: string; code: string; ranges: string[] }>({
    zh: (p) => `${p.kind}台账在${p.period}（${p.code}）内没有登记：${p.ranges.join('；')}`,
    en: (p) => `the ${p.kind} register${p.several ? 's have' : ' has'} no rows in ${p.period} (${p.code}): ${p.ranges.join('; ')}`,
    example: { kind: '信访登记', several: false, period: '2010年上半年', code: '2010H1', ranges: ['信访.csv runs from 2009年1月3日 to 2009年6月28日'] },
  }),
  'empty-period.range': entry<{ register: string; first: string; last: string }>({
    zh: (p) => `${p.register}的登记从${p.first}到${p.last}`,
    en: (p) => `${p.register} runs from ${p.first} to ${p.last}`,
    example: { register: '信访.csv', first: '2009年1月3日', last: '2009年6月28日' },
  }),
  'empty-period.no-rows': entry<{ register: string }>({
    zh: (p) => `${p.register}没有任何登记`,
    en: (p) => `${p.register} has no rows at all`,
    example: { register: '信访.csv' },
  }),
  'empty-period.hint': entry<{ several: boolean }>({
    zh: () => '统计数字将全部为 0；请核对时期与台账',
    en: (p) => `its figures are all 0; check 时期 against the register${p.several ? 's' : ''}`,
    example: { several: false },
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
  'opening-repeated': entry<{ repeated: string }>({
    zh: (p) => `会议情况开头的“${p.repeated}”与程序根据日期、主持人、地点、会议名称写出的开头句重复，已略去；如需保留其中的内容，请写到对应项目中`,
    en: (p) => `会议情况 begins with "${p.repeated}", which the opening sentence gongwen writes from the date, chair, place and meeting already says: left out; put anything it adds into those keys`,
    example: { repeated: '11月28日下午，村党支部书记张国强主持召开村两委联席会议' },
  }),
  'verb-repeated.lead': entry<{ verb: string }>({
    zh: (p) => `引导语中已有“${p.verb}”：程序会写出“会议${p.verb}以下……事项：”，动词会重复`,
    en: (p) => `the lead text already says "${p.verb}": gongwen writes 会议${p.verb}以下…事项：, so the verb would be said twice`,
    example: { verb: '议定' },
  }),
  'verb-repeated.ends': entry<{ typed: string; verb: string }>({
    zh: (p) => `引导语以“${p.typed}”结尾，而程序会写出“会议${p.verb}以下……事项：”，已略去`,
    en: (p) => `the lead text ends with "${p.typed}", which gongwen writes itself (会议${p.verb}以下…事项：): left out`,
    example: { typed: '会议议定', verb: '议定' },
  }),
  'table-total-mismatch': entry<{ label: string; column: string; value: string; sum: string; rows: number }>({
    zh: (p) => `表格“${p.label}”行的“${p.column}”是 ${p.value}，但上面${p.rows}行之和是 ${p.sum}`,
    en: (p) => `the ${p.label} row's "${p.column}" is ${p.value}, but the ${p.rows} rows above it add up to ${p.sum}`,
    example: { label: '合计', column: '灭火器（个）', value: '21', sum: '20', rows: 2 },
  }),
  'table-total-mismatch.expected': entry({
    zh: () => '合计等于上面各行之和',
    en: () => 'the total to equal the sum of the rows above it',
    example: {},
  }),
  'table-total-mismatch.hint': entry({
    zh: () => '表格照填写的数字印出，请改正合计或有误的那一行',
    en: () => 'the table is printed as typed, so mend the total or the row that is wrong',
    example: {},
  }),
  'amount-styles-mixed': entry<{ typed: string; elsewhere: string }>({
    zh: (p) => `“${p.typed}”以元为单位，而本文其他处以万元为单位（“${p.elsewhere}”）：同一公文的金额应统一写法`,
    en: (p) => `"${p.typed}" is in 元 where the document writes 万元 elsewhere ("${p.elsewhere}"): one style of amount per document`,
    example: { typed: '36500元', elsewhere: '3.5万元' },
  }),
  'amount-styles-mixed.expected': entry<{ wan: string }>({
    zh: (p) => `${p.wan}（或全文都以元为单位）`,
    en: (p) => `${p.wan} (or every amount in 元)`,
    example: { wan: '3.65万元' },
  }),
  'amount-styles-mixed.unit': entry<{ typed: string; unit: string }>({
    zh: (p) => `“${p.typed}”以万元为单位，而记录的金额单位是“${p.unit}”（金额单位）：同一公文的金额应统一写法`,
    en: (p) => `"${p.typed}" is in 万元 where the record writes every amount in ${p.unit} (金额单位): one style of amount per document`,
    example: { typed: '12.5万元', unit: '元' },
  }),
  'amount-styles-mixed.unit-expected': entry<{ yuan: string }>({
    zh: (p) => `${p.yuan}（或去掉“金额单位: 元”）`,
    en: (p) => `${p.yuan} (or leave 金额单位: 元 out)`,
    example: { yuan: '125000元' },
  }),
  'decimal-comma': entry<{ typed: string; decimal: string }>({
    zh: (p) => `“${p.typed}”中的逗号不是小数点，也不是千位分隔符（其后应有三位数字）：是 ${p.decimal} 吗？`,
    en: (p) => `the comma of "${p.typed}" is no decimal point, nor a thousands separator (three digits follow one): ${p.decimal}?`,
    example: { typed: '12,5亩', decimal: '12.5亩' },
  }),
  'decimal-comma.hint': entry<{ decimal: string }>({
    zh: (p) => `写作 ${p.decimal}（照原样印出）`,
    en: (p) => `write ${p.decimal} (it is printed as typed)`,
    example: { decimal: '12.5亩' },
  }),
  'zero-count': entry<{ typed: string; verb: string }>({
    zh: (p) => `“${p.typed}”：没有的事公文不写 0，而写“未${p.verb}……”（或“……为零”）`,
    en: (p) => `"${p.typed}": an office writes none as 未${p.verb}…… (or ……为零), not as a count of 0`,
    example: { typed: '排查0件', verb: '排查出' },
  }),
  'typed-total-mismatch': entry<{ total: string; parts: string; sum: string }>({
    zh: (p) => `“共${p.total}”与其中各项之和不符：${p.parts}＝${p.sum}（照原样印出）`,
    en: (p) => `the total "${p.total}" is not the sum of its parts after 其中: ${p.parts} = ${p.sum} (printed as typed)`,
    example: { total: '56件', parts: '20件＋15件＋10件＋8件', sum: '53件' },
  }),
  'rate-change-percent': entry<{ typed: string; points: string }>({
    zh: (p) => `“${p.typed}”：比率的升降用“个百分点”，是“${p.points}”吗？（照原样印出）`,
    en: (p) => `"${p.typed}": a rate rises and falls by 个百分点 (percentage points): ${p.points}? (printed as typed)`,
    example: { typed: '提高了1.2%', points: '提高了1.2个百分点' },
  }),
  'percent-styles-mixed': entry<{ typed: string; elsewhere: string; digits: string }>({
    zh: (p) => `“${p.typed}”用汉字，而本文其他处的百分数用阿拉伯数字（“${p.elsewhere}”）${p.digits ? `：写作 ${p.digits}` : ''}`,
    en: (p) => `"${p.typed}" is in Chinese numerals where the document writes percentages in Arabic ones ("${p.elsewhere}")${p.digits ? `: write ${p.digits}` : ''}`,
    example: { typed: '百分之九十', elsewhere: '95%', digits: '90%' },
  }),
  'announced-count': entry<{ typed: string; sections: string; count: number }>({
    zh: (p) => `开头说“${p.typed}”，编号的章节有${p.sections}个`,
    en: (p) => `the opening says "${p.typed}" but the speech has ${p.count} numbered sections (章节)`,
    example: { typed: '讲三点', sections: '四', count: 4 },
  }),
  'announced-count.hint': entry<{ measure: string }>({
    zh: (p) => `写“{{章节数}}${p.measure}”，gongwen 按编号的章节数写出（照原样印出）`,
    en: (p) => `write {{章节数}}${p.measure} and gongwen writes the number of numbered sections (it is printed as typed)`,
    example: { measure: '点' },
  }),
  'verb-repeated.hint': entry({
    zh: () => '引导语中不要再写这个动词',
    en: () => 'write the lead text without the verb',
    example: {},
  }),
} as const;
