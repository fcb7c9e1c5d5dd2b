/** Messages of `gongwen check`: its findings against GB/T 9704 and the lines it prints around them (src/check, src/cli/documents.ts). */
import { entry } from './entry.js';

/** A run's font as the DOCX names it (`theme:minorEastAsia`, `(default)` when none) and its size in pt. */
interface Font {
  font: string;
  size?: number;
}
const fontEn = (f: Font) => `${f.font.replace(/^theme:/, 'theme font ')} ${f.size ?? '?'} pt`;
const fontZh = (f: Font) => `${f.font === '(default)' ? '默认字体' : f.font.replace(/^theme:/, '主题字体 ')} ${f.size ?? '?'} 磅`;
const SIDE_ZH = { top: '上白边', left: '左白边', right: '右白边', bottom: '下白边' } as const;

export const checkMessages = {
  // findings of `gongwen check` (src/check/checkDocx.ts); what the standard says is quoted in src/check/rules.ts
  'check.no-sections': entry({
    zh: () => '文档没有给出页面尺寸（没有 w:sectPr）：Word 将按地区使用默认纸张，Letter 或 A4',
    en: () => 'the document gives no page size (no w:sectPr): Word then uses its default, Letter or A4 by locale',
    example: {},
  }),
  'check.no-page-size': entry({
    zh: () => '没有给出页面尺寸（w:pgSz）：Word 将使用默认纸张，很多地区是 Letter，不是 A4（210 × 297 mm）',
    en: () => 'no page size given (w:pgSz): Word then uses its default, Letter in many locales, not A4 (210 × 297 mm)',
    example: {},
  }),
  'check.paper': entry<{ width: number; height: number }>({
    zh: (p) => `页面为 ${p.width} × ${p.height} mm，不是 A4（210 × 297 mm）`,
    en: (p) => `the page is ${p.width} × ${p.height} mm, not A4 (210 × 297 mm)`,
    example: { width: 215.9, height: 279.4 },
  }),
  'check.margins': entry<{ margins: readonly string[] }>({
    zh: (p) => `页边距：${p.margins.join('，')}`,
    en: (p) => `margins: ${p.margins.join(', ')}`,
    example: { margins: ['top 25.4 mm (37 ± 1 mm)'] },
  }),
  'check.margin': entry<{ side: keyof typeof SIDE_ZH; mm?: number; want: number }>({
    zh: (p) => `${SIDE_ZH[p.side]}${p.mm === undefined ? '未设置' : ` ${p.mm} mm`}（应为 ${p.want} ± 1 mm）`,
    en: (p) => `${p.side} ${p.mm === undefined ? 'not given' : `${p.mm} mm`} (${p.want} ± 1 mm)`,
    example: { side: 'top', mm: 25.4, want: 37 },
  }),
  'check.grid': entry<{ problems: readonly string[] }>({
    zh: (p) => `正文${p.problems.join('；并且')}`,
    en: (p) => `the text is ${p.problems.join('; and ')}`,
    example: { problems: ['not 22 lines a page: no line grid, and 0 of 12 body paragraphs have exact 579-twip (28.95 pt) line spacing'] },
  }),
  'check.grid.lines': entry<{ gridType?: string; pitch?: number; exact: number; body: number }>({
    zh: (p) => `不是每面 22 行：${p.gridType ? `网格为“${p.gridType}”，行距 ${p.pitch} 缇` : '没有行网格'}，${p.body} 个正文段落中有 ${p.exact} 个设为固定值 579 缇（28.95 磅）行距`,
    en: (p) => `not 22 lines a page: ${p.gridType ? `grid "${p.gridType}" of ${p.pitch} twips` : 'no line grid'}, and ${p.exact} of ${p.body} body paragraphs have exact 579-twip (28.95 pt) line spacing`,
    example: { gridType: 'lines', pitch: 312, exact: 0, body: 12 },
  }),
  'check.grid.chars': entry<{ condensed: number; runs: number }>({
    zh: (p) => `不是每行 28 字：没有字符网格（w:docGrid linesAndChars），${p.runs} 处文字中有 ${p.condensed} 处紧缩 0.2 磅或以上（16 磅的字在 156 mm 内每行只能排 27 个）`,
    en: (p) => `not 28 characters a line: no character grid (w:docGrid linesAndChars) and ${p.condensed} of ${p.runs} runs of text condensed by 0.2 pt or more (16 pt characters fit 27 a line in 156 mm)`,
    example: { condensed: 0, runs: 30 },
  }),
  'check.title-font': entry<Font>({
    zh: (p) => `标题为${fontZh(p)}，不是 2号（22 磅）小标宋`,
    en: (p) => `the title is in ${fontEn(p)}, not 2号 (22 pt) 小标宋`,
    example: { font: '宋体', size: 18 },
  }),
  'check.heading-form': entry<{ source: string; level: number; form: string }>({
    zh: (p) => `“${p.source}”不是标准规定的第 ${p.level} 层序数写法：${p.form}`,
    en: (p) => `"${p.source}" is not written as the standard writes level ${p.level}: ${p.form}`,
    example: { source: '(一)', level: 2, form: '（一）' },
  }),
  'check.heading-back': entry<{ source: string; before: number }>({
    zh: (p) => `“${p.source}”重复或倒退：同一层的上一个标题是第 ${p.before} 个`,
    en: (p) => `"${p.source}" repeats or goes back: the heading before it at this level was number ${p.before}`,
    example: { source: '二、', before: 2 },
  }),
  'check.heading-gap': entry<{ source: string; before: number }>({
    zh: (p) => `“${p.source}”跳号：同一层的上一个标题是第 ${p.before} 个`,
    en: (p) => `"${p.source}" leaves a gap: the heading before it at this level was number ${p.before}`,
    example: { source: '四、', before: 2 },
  }),
  'check.level-skipped': entry<{ level: number; source: string; above: number }>({
    zh: (p) => `第 ${p.level} 层标题（${p.source}）直接在${p.above ? `第 ${p.above} 层标题` : '正文开头'}之下，跳过了第 ${p.above + 1} 层`,
    en: (p) => `a level-${p.level} heading (${p.source}) right under level ${p.above || 'none'}: level ${p.above + 1} is skipped`,
    example: { level: 3, source: '1.', above: 1 },
  }),
  'check.heading-font': entry<Font & { level: number; name: string }>({
    zh: (p) => `第 ${p.level} 层标题为${fontZh(p)}，不是 3号（16 磅）${p.name}`,
    en: (p) => `a level-${p.level} heading in ${fontEn(p)}, not 3号 (16 pt) ${p.name}`,
    example: { level: 1, name: '黑体', font: '宋体', size: 16 },
  }),
  'check.body-font': entry<Font & { count: number }>({
    zh: (p) => `${p.count} 处文字为${fontZh(p)}，不是 3号（16 磅）仿宋（第一处在此）`,
    en: (p) => `${p.count} run(s) of text in ${fontEn(p)}, not 3号 (16 pt) 仿宋 (first here)`,
    example: { count: 4, font: '宋体', size: 12 },
  }),
  'check.punctuation': entry<{ mark: string; at: number }>({
    zh: (p) => `中文中有半角“${p.mark}”（第 ${p.at} 个字符）`,
    en: (p) => `half-width "${p.mark}" among Chinese text at character ${p.at}`,
    example: { mark: ',', at: 12 },
  }),
  'check.punctuation.more': entry<{ count: number }>({
    zh: (p) => `另有 ${p.count} 段中文中有半角标点`,
    en: (p) => `${p.count} more paragraph(s) with half-width punctuation among Chinese text`,
    example: { count: 5 },
  }),
  'check.doc-number': entry<{ number: string; yearShort: boolean; yearBrackets: boolean; di: boolean; zero: boolean }>({
    zh: (p) => `发文字号“${p.number}”：${[
      p.yearShort && '年份未标全称', p.yearBrackets && '年份未用六角括号“〔〕”括入', p.di && '发文顺序号前加了“第”字', p.zero && '发文顺序号编了虚位（前面有 0）',
    ].filter(Boolean).join('；')}`,
    en: (p) => `发文字号 "${p.number}": ${[
      p.yearShort && 'the year is not in full', p.yearBrackets && 'the year is not in 六角括号 〔〕', p.di && '"第" before the number', p.zero && 'a leading zero in the number',
    ].filter(Boolean).join('; ')}`,
    example: { number: '镇发[2024]第05号', yearShort: false, yearBrackets: true, di: true, zero: true },
  }),
  'check.date-circle': entry<{ date: string }>({
    zh: (p) => `成文日期“${p.date}”中的零写成了○（圆圈，U+25CB）；数字零是〇（U+3007），且标准用阿拉伯数字`,
    en: (p) => `成文日期 "${p.date}" writes the zero as ○ (a circle, U+25CB); the numeral is 〇 (U+3007), and the standard writes Arabic numerals`,
    example: { date: '二○二四年六月十八日' },
  }),
  'check.date-chinese': entry<{ date: string }>({
    zh: (p) => `成文日期“${p.date}”用汉字数字；标准用阿拉伯数字（2012年3月9日）`,
    en: (p) => `成文日期 "${p.date}" in Chinese numerals; the standard writes Arabic numerals (2012年3月9日)`,
    example: { date: '二〇二四年六月十八日' },
  }),
  'check.date-form': entry<{ date: string; yearShort: boolean }>({
    zh: (p) => `成文日期“${p.date}”：${p.yearShort ? '年份未标全称' : '月、日编了虚位（前面有 0）'}`,
    en: (p) => `成文日期 "${p.date}": ${p.yearShort ? 'the year is not in full' : 'a leading zero in the month or day'}`,
    example: { date: '2024年06月18日', yearShort: false },
  }),
  'check.no-page-number': entry({
    zh: () => '没有页码：页脚中没有 PAGE 域',
    en: () => 'no page number: no footer with a PAGE field',
    example: {},
  }),
  'check.page-number-dash': entry<{ side: 'odd' | 'even' }>({
    zh: (p) => `${p.side === 'odd' ? '单' : '双'}页页码格式为“numberInDash”（w:pgNumType），印出的是连字符“- N -”，不是“— N —”（左右各一条一字线 U+2014）`,
    en: (p) => `the ${p.side} pages' number is formatted "numberInDash" (w:pgNumType), which prints "- N -" with hyphens, not "— N —" (一字线 U+2014 each side)`,
    example: { side: 'odd' },
  }),
  'check.page-number-text': entry<{ side: 'odd' | 'even'; text: string }>({
    zh: (p) => `${p.side === 'odd' ? '单' : '双'}页页码为“${p.text}”，不是“— N —”（左右各一条一字线 U+2014）`,
    en: (p) => `the ${p.side} pages' number reads "${p.text}", not "— N —" (一字线 U+2014 each side)`,
    example: { side: 'even', text: '- N -' },
  }),
  'check.page-number-font': entry<Font & { side: 'odd' | 'even' }>({
    zh: (p) => `${p.side === 'odd' ? '单' : '双'}页页码为${fontZh(p)}，不是 4号（14 磅）宋体`,
    en: (p) => `the ${p.side} pages' number is in ${fontEn(p)}, not 4号 (14 pt) 宋体`,
    example: { side: 'odd', font: '仿宋', size: 10.5 },
  }),
  'check.one-footer': entry({
    zh: () => '单双页共用一个页脚：页码无法做到单页居右、双页居左',
    en: () => 'odd and even pages share one footer: the number cannot be right on odd pages and left on even ones',
    example: {},
  }),
  'check.page-number-side': entry<{ side: 'odd' | 'even'; placed: string }>({
    zh: (p) => `${p.side === 'odd' ? '单页页码' : '双页页码'}位置为 ${p.placed}，不是${p.side === 'odd' ? '居右' : '居左'}`,
    en: (p) => `the ${p.side} pages' number is placed ${p.placed}, not ${p.side === 'odd' ? 'right' : 'left'}`,
    example: { side: 'odd', placed: 'center' },
  }),
  'check.colophon-rules': entry({
    zh: () => '版记前后没有分隔线',
    en: () => 'the 版记 has no rules (分隔线) around it',
    example: {},
  }),
  'check.colophon-font': entry<Font>({
    zh: (p) => `版记中有一行为${fontZh(p)}，不是 4号（14 磅）仿宋`,
    en: (p) => `a line of the 版记 in ${fontEn(p)}, not 4号 (14 pt) 仿宋`,
    example: { font: '仿宋', size: 16 },
  }),
  'check.copy-to-stop': entry({
    zh: () => '抄送没有以句号结束（最后一个抄送机关名称后标句号）',
    en: () => '抄送 does not end with a full stop (最后一个抄送机关名称后标句号)',
    example: {},
  }),
  'check.printed-date': entry({
    zh: () => '印发日期没有写成 2012年3月9日 的形式（阿拉伯数字，不编虚位）',
    en: () => '印发日期 not written as 2012年3月9日 (Arabic numerals, no leading zeros)',
    example: {},
  }),
  'check.minutes-no-attendees': entry({
    zh: () => '纪要没有“出席：”（§10.3 允许“可以根据实际制定”，如本地的“参会人员”写法）',
    en: () => 'a 纪要 without 出席： (the local 参会人员 form is allowed by §10.3 "可以根据实际制定")',
    example: {},
  }),
  'check.minutes-label-font': entry<Font & { label: string }>({
    zh: (p) => `标注“${p.label}”为${fontZh(p)}，不是 3号黑体`,
    en: (p) => `the label "${p.label}" is in ${fontEn(p)}, not 3号黑体`,
    example: { label: '出席：', font: '仿宋', size: 16 },
  }),

  // what `gongwen check` prints around the findings (src/cli/documents.ts)
  'check-cli.not-docx': entry<{ files: readonly string[] }>({
    zh: (p) => `check 只读取 DOCX 文件（.docx、.dotx、.docm、.dotm），以下文件不是：${p.files.join('、')}`,
    en: (p) => `check reads DOCX files (.docx, .dotx, .docm, .dotm); not: ${p.files.join(', ')}`,
    example: { files: ['方案.pdf'] },
  }),
  'check-cli.unreadable': entry({
    zh: () => '无法读取',
    en: () => 'cannot be read',
    example: {},
  }),
  'check-cli.clean': entry<{ file: string }>({
    zh: (p) => `${p.file}：未发现不符合 GB/T 9704-2012 之处`,
    en: (p) => `${p.file}: no departures from GB/T 9704-2012 found`,
    example: { file: '方案.docx' },
  }),
  'check-cli.where': entry<{ file: string; paragraph?: number; page?: number }>({
    zh: (p) => `${p.file}${p.paragraph !== undefined ? `:第 ${p.paragraph} 段` : ''}${p.page !== undefined ? `（第 ${p.page} 页）` : ''}`,
    en: (p) => [p.file, p.paragraph !== undefined ? `¶${p.paragraph}` : '', p.page !== undefined ? `p.${p.page}` : ''].filter(Boolean).join(':'),
    example: { file: '方案.docx', paragraph: 12, page: 2 },
  }),
  'check-cli.severity': entry<{ severity: 'error' | 'warning' }>({
    zh: (p) => (p.severity === 'error' ? '错误' : '警告'),
    en: (p) => p.severity,
    example: { severity: 'warning' },
  }),
  'check-cli.finding': entry<{ rule: string; message: string; excerpt?: string }>({
    zh: (p) => `[${p.rule}]：${p.message}${p.excerpt ? `——“${p.excerpt}”` : ''}`,
    en: (p) => ` [${p.rule}] ${p.message}${p.excerpt ? ` — “${p.excerpt}”` : ''}`,
    example: { rule: 'title-font', message: 'the title is in 宋体 18 pt, not 2号 (22 pt) 小标宋', excerpt: '关于做好防汛工作的通知' },
  }),
  'check-cli.ok': entry({
    zh: () => '通过',
    en: () => 'ok',
    example: {},
  }),
  'check-cli.summary': entry<{ files: number; errors: number; warnings: number; clean: number }>({
    zh: (p) => `检查了 ${p.files} 个文件：${p.errors} 个错误，${p.warnings} 个警告；${p.clean} 个文件没有问题`,
    en: (p) => `${p.files} file(s) checked: ${p.errors} error(s), ${p.warnings} warning(s); ${p.clean} file(s) clean`,
    example: { files: 3, errors: 2, warnings: 5, clean: 1 },
  }),
} as const;
