/**
 * Messages about records: reading the file and its YAML, keys and values, dates
 * (src/records, the date reader of the Chinese-text utilities).
 */
import { entry } from './entry.js';

/** The types a schema asks for, in words (zod's names: string, number, array …). */
const TYPE_WORDS_EN: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a mapping of keys (key: value)',
  date: 'a date',
};
const TYPE_WORDS_ZH: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false（是或否）',
  array: '列表（每行以“- ”开头）',
  object: '一组项目（名称: 内容）',
  date: '日期',
};

export const recordMessages = {
  // reading the file (src/records/readRecord.ts)
  'record-too-large': entry<{ megabytes: string; limit: number }>({
    zh: (p) => `文件有 ${p.megabytes} MB，记录文件最大 ${p.limit} MB`,
    en: (p) => `the file is ${p.megabytes} MB; a record may be at most ${p.limit} MB`,
    example: { megabytes: '6.0', limit: 4 },
  }),
  'record-too-large.given': entry<{ megabytes: string; limit: number }>({
    zh: (p) => `记录有 ${p.megabytes} MB，记录最大 ${p.limit} MB`,
    en: (p) => `the record is ${p.megabytes} MB; a record may be at most ${p.limit} MB`,
    example: { megabytes: '6.0', limit: 4 },
  }),
  'record-too-large.hint': entry({
    zh: () => '这是记录吗？台账（登记表）应在记录的“台账:”下写明，不能单独生成文件',
    en: () => 'is this a record? Registers (台账) are named in a record under 台账:, not rendered themselves',
    example: {},
  }),
  'not-a-file.folder': entry({
    zh: () => '这是文件夹，不是记录文件',
    en: () => 'is a folder, not a record',
    example: {},
  }),
  'not-a-file.not-regular': entry({
    zh: () => '这不是普通文件（而是管道、设备或套接字）：记录只从文件读取',
    en: () => 'is not a regular file (a pipe, a device or a socket): records are read from files only',
    example: {},
  }),
  'read-failed': entry<{ reason: string }>({
    zh: (p) => `无法读取文件：${p.reason}`,
    en: (p) => `cannot read the file: ${p.reason}`,
    example: { reason: 'EACCES' },
  }),
  'record-too-deep': entry<{ levels: number }>({
    zh: (p) => `列表和项目嵌套过深，无法读取（最多 ${p.levels} 层）`,
    en: (p) => `lists and mappings are nested too deep to read (at most ${p.levels} levels)`,
    example: { levels: 64 },
  }),
  'record-too-deep.here': entry<{ levels: number }>({
    zh: (p) => `此处列表和项目嵌套超过 ${p.levels} 层`,
    en: (p) => `lists and mappings are nested more than ${p.levels} deep here`,
    example: { levels: 64 },
  }),
  'record-too-many-values': entry<{ values: string }>({
    zh: (p) => `展开别名（*名称）后，记录中的值超过 ${p.values} 个`,
    en: (p) => `the record holds more than ${p.values} values once its aliases (*name) are expanded`,
    example: { values: '200,000' },
  }),
  'record-too-many-values.hint': entry({
    zh: () => '请直接写出文字，不要层层引用别名',
    en: () => 'write the text out instead of repeating aliases of aliases',
    example: {},
  }),
  'alias-cycle': entry<{ alias: string }>({
    zh: (p) => `别名 *${p.alias} 引用了包含它自身的值`,
    en: (p) => `the alias *${p.alias} refers to the value that contains it`,
    example: { alias: 't' },
  }),
  'alias-unknown': entry<{ alias: string }>({
    zh: (p) => `此别名之前没有锚点 &${p.alias}`,
    en: (p) => `no anchor &${p.alias} before this alias`,
    example: { alias: 't' },
  }),
  'key-not-text': entry({
    zh: () => '项目名必须是文字，如“标题”“日期”',
    en: () => 'a key must be a name, such as 标题 or 日期',
    example: {},
  }),
  'duplicate-key': entry<{ written: string; first: string; key: string }>({
    zh: (p) => `“${p.written}”与前面的“${p.first}”重复：两者是同一项（${p.key}）`,
    en: (p) => `"${p.written}" repeats "${p.first}": both name the key "${p.key}"`,
    example: { written: '日期', first: 'date', key: 'date' },
  }),
  'stale-year': entry<{ phase: number; plan: number; title: boolean; signed: boolean }>({
    zh: (p) => `阶段的日期是${p.phase}年，方案是${p.plan}年（见${[p.title && '标题', p.signed && '成文日期'].filter(Boolean).join('和')}）：是否照搬了往年的方案？`,
    en: (p) => `the phase is dated ${p.phase}, the plan ${p.plan} (its ${[p.title && 'title', p.signed && '成文日期'].filter(Boolean).join(' and ')}): copied from last year?`,
    example: { phase: 2024, plan: 2025, title: true, signed: true },
  }),
  'print-date-before-signed': entry<{ printed: string; signed: string; line: number }>({
    zh: (p) => `印发日期${p.printed}早于成文日期${p.signed}（第${p.line}行）：公文先成文、后印发，请核对其中一个日期`,
    en: (p) => `the 印发日期 ${p.printed} is before the 成文日期 ${p.signed} (line ${p.line}): a document is printed after it is signed; check one of the two`,
    example: { printed: '2025年2月20日', signed: '2025年2月26日', line: 20 },
  }),
  'doc-number-year': entry<{ numbered: number; signed: string; line: number }>({
    zh: (p) => `发文字号的年份是${p.numbered}年，成文日期是${p.signed}（第${p.line}行）：发文字号按成文的年份编排，是否沿用了往年的文号？`,
    en: (p) => `the 发文字号 is of ${p.numbered}, the 成文日期 ${p.signed} (line ${p.line}): a 文号 is numbered in the year the document is signed; kept from last year's?`,
    example: { numbered: 2024, signed: '2025年2月26日', line: 20 },
  }),
  'title-year-period': entry<{ years: number[]; period: string; line: number }>({
    zh: (p) => `标题写的是${p.years.join('、')}年，时期是${p.period}（第${p.line}行）：是否沿用了往年的标题？`,
    en: (p) => `the title says ${p.years.join(', ')}, the 时期 is ${p.period} (line ${p.line}): kept from last year's title?`,
    example: { years: [2024], period: '2025年上半年', line: 4 },
  }),
  'title-year-signed': entry<{ years: number[]; signed: string; line: number }>({
    zh: (p) => `标题写的是${p.years.join('、')}年，成文日期是${p.signed}（第${p.line}行）：是否沿用了往年的标题？`,
    en: (p) => `the title says ${p.years.join(', ')}, the 成文日期 is ${p.signed} (line ${p.line}): kept from last year's title?`,
    example: { years: [2023], signed: '2025年7月3日', line: 11 },
  }),
  'phases-overlap': entry<{ name: string; from: string; previous: string; to: string; line: number }>({
    zh: (p) => `“${p.name}”从${p.from}开始，上一阶段“${p.previous}”（第${p.line}行）到${p.to}才结束，两个阶段时间重叠`,
    en: (p) => `"${p.name}" begins on ${p.from}, before the phase above, "${p.previous}" (line ${p.line}), ends on ${p.to}: the two overlap`,
    example: { name: '排查化解阶段', from: '2025年3月15日', previous: '动员部署阶段', to: '2025年3月20日', line: 12 },
  }),
  'signed-before-meeting': entry<{ signed: string; met: string; line: number }>({
    zh: (p) => `成文日期${p.signed}早于会议日期${p.met}（第${p.line}行）：纪要不能在开会之前成文，请核对其中一个日期`,
    en: (p) => `the 成文日期 ${p.signed} is before the meeting, ${p.met} (line ${p.line}): a 纪要 is not signed before the meeting it records; check one of the two`,
    example: { signed: '2025年10月8日', met: '2025年10月9日', line: 3 },
  }),
  'speech-stale-year': entry<{ said: string[]; year: number; key: string; line: number }>({
    zh: (p) => `开头说“${p.said.join('”“')}”，讲话是${p.year}年的（${p.key}，第${p.line}行）：是否沿用了往年的讲话稿？`,
    en: (p) => `the opening says ${p.said.map((s) => `"${s}"`).join(', ')} in a speech of ${p.year} (${p.key}, line ${p.line}): kept from last year's speech?`,
    example: { said: ['总结2024年', '部署2025年'], year: 2026, key: '日期', line: 4 },
  }),
  'list-dash': entry<{ dash: string }>({
    zh: (p) => `这一行以“${p.dash}”开头：列表的每一项以半角减号“-”加空格开头（中文输入法下请切换到英文标点再输入）`,
    en: (p) => `the line begins with "${p.dash}": a list's items begin with the half-width hyphen "-" and a space`,
    example: { dash: '—' },
  }),
  'comment-cut': entry<{ text: string }>({
    zh: (p) => `“${p.text}”没有写进公文：YAML 把空格后的 # 当作注释的开始`,
    en: (p) => `"${p.text}" is left out of the document: YAML reads a # after a space as the start of a comment`,
    example: { text: '#3楼和#5楼，发现隐患12处。' },
  }),
  'comment-cut.hint': entry({
    zh: () => '如是正文，请给整段文字加引号，或去掉 # 前的空格',
    en: () => 'if it is text, put the whole value in quotes, or take out the space before the #',
    example: {},
  }),
  'phase-reversed': entry<{ from: string; to: string }>({
    zh: (p) => `阶段的结束日期（${p.to}）早于开始日期（${p.from}）`,
    en: (p) => `the phase ends (${p.to}) before it begins (${p.from})`,
    example: { from: '2025年5月1日', to: '3月30日' },
  }),
  'unknown-verb': entry<{ verb: string }>({
    zh: (p) => `“${p.verb}”不是纪要在“会议”后面写的动词`,
    en: (p) => `"${p.verb}" is not a verb a 纪要 writes after 会议`,
    example: { verb: '要球' },
  }),
  'unknown-verb.expected': entry<{ verbs: string[] }>({
    zh: (p) => `动词，如${p.verbs.join('、')}`,
    en: (p) => `a verb such as ${p.verbs.join(', ')}`,
    example: { verbs: ['指出', '强调', '要求'] },
  }),
  'traditional-text': entry<{ text: string; typed: string[]; simplified: string[] }>({
    zh: (p) => `“${p.text}”中有繁体字：${p.typed.map((c, i) => `${c}（${p.simplified[i]}）`).join('、')}`,
    en: (p) => `traditional characters in "${p.text}": ${p.typed.map((c, i) => `${c} (${p.simplified[i]})`).join(', ')}`,
    example: { text: '全鎮防汛工作會議', typed: ['鎮', '會'], simplified: ['镇', '会'] },
  }),
  'traditional-text.more': entry<{ count: number; lines: number[] }>({
    zh: (p) => `另有${p.count}处文字是繁体字（第${p.lines.slice(0, 12).join('、')}${p.lines.length > 12 ? '……' : ''}行）：这份记录是用繁体字录入的`,
    en: (p) => `${p.count} more texts are in traditional characters (line${p.lines.length > 1 ? 's' : ''} ${p.lines.slice(0, 12).join(', ')}${p.lines.length > 12 ? ' …' : ''}): the record is typed in traditional characters`,
    example: { count: 14, lines: [8, 9, 12] },
  }),
  'traditional-text.more.hint': entry({
    zh: () => '公文用简体字：加 --simplified，整份记录转为简体字后生成',
    en: () => 'a 公文 is written in simplified characters: add --simplified to render the whole record converted',
    example: {},
  }),
  'traditional-text.hint': entry<{ simplified: string }>({
    zh: (p) => `公文用简体字：${p.simplified}；整份记录用繁体字输入时，加 --simplified 转换为简体字后生成`,
    en: (p) => `a 公文 is written in simplified characters: ${p.simplified}; a record typed in traditional characters renders converted with --simplified`,
    example: { simplified: '全镇防汛工作会议' },
  }),
  'duplicate-key.time-of-day': entry<{ time: string; date: string }>({
    zh: (p) => `${p.time}是一天中的时段，请写作 时段: ${p.time}，或写在日期后面：日期: ${p.date}${p.time}`,
    en: (p) => `a time of day is written under 时段 (time): 时段: ${p.time}, or after the date: 日期: ${p.date}${p.time}`,
    example: { time: '上午', date: '2025年6月18日' },
  }),
  'control-character': entry<{ code: string }>({
    zh: (p) => `字符 U+${p.code} 不能写入公文`,
    en: (p) => `the character U+${p.code} cannot be written into a document`,
    example: { code: '0007' },
  }),
  'control-character.escaped.hint': entry<{ escape: string }>({
    zh: (p) => `它写在双引号中的转义“${p.escape}”里：请删除这个转义`,
    en: (p) => `it is written as the escape "${p.escape}" inside double quotes: delete the escape`,
    example: { escape: '\\u0007' },
  }),
  'control-character.hint': entry({
    zh: () => '请删除该字符（它常随从其他程序复制的文字一起粘贴进来）',
    en: () => 'delete it (it often comes with text copied from another program)',
    example: {},
  }),

  // YAML mistakes people make (src/records/textColons.ts)
  'yaml.text-for-key': entry({
    zh: () => '此行是一段文字，而这里应是“名称: 内容”形式的项目',
    en: () => 'this line is text where a key (名称: 内容) was expected',
    example: {},
  }),
  'yaml.text-for-key.hint': entry({
    zh: () => '把这段文字缩进写到所属项目下（前言:、内容: 等），或写成以“- ”开头的列表项',
    en: () => 'put the text under the key it belongs to, indented (前言:, 内容: …), or make it a list item starting with "- "',
    example: {},
  }),
  'yaml.unclosed-bracket': entry<{ open: string }>({
    zh: (p) => `左括号 ${p.open} 没有对应的右括号`,
    en: (p) => `an opening ${p.open} is never closed`,
    example: { open: '[' },
  }),
  'yaml.unclosed-bracket.hint': entry<{ close: string }>({
    zh: (p) => `在同一行用 ${p.close} 结束，或把列表写成每行一个“- ”项`,
    en: (p) => `close it with ${p.close} on the same line, or write the list one "- " item a line`,
    example: { close: ']' },
  }),
  'yaml.colon-in-text': entry({
    zh: () => '这里的半角冒号“:”使 YAML 把它前面的文字当成了项目名',
    en: () => 'a colon ":" here makes YAML read the text before it as a key name',
    example: {},
  }),
  'yaml.colon-in-text.hint': entry({
    zh: () => '文字中的冒号请用全角“：”，或给整段文字加上引号（"…"）',
    en: () => 'write the colon full-width "：", or put the whole text in quotes ("…")',
    example: {},
  }),
  'yaml.key-colon-no-space': entry<{ typed: string }>({
    zh: (p) => `“${p.typed}”：项目名后的半角冒号要跟一个空格`,
    en: (p) => `"${p.typed}": the colon after a key name needs a space after it`,
    example: { typed: 'kind:纪要' },
  }),
  'yaml.key-colon-no-space.hint': entry<{ key: string; value: string }>({
    zh: (p) => `写成 ${p.key}: ${p.value}`,
    en: (p) => `write ${p.key}: ${p.value}`,
    example: { key: '类型', value: '纪要' },
  }),
  'key-colon-full-width': entry<{ typed: string; key: string; value: string; lines: number }>({
    zh: (p) => `“${p.typed}”的冒号是全角“：”，项目名后要用半角冒号加空格：${p.key}: ${p.value}${p.lines > 1 ? `（本文件有${p.lines}行如此）` : ''}`,
    en: (p) => `"${p.typed}" is typed with the full-width colon "：": a key name is followed by a half-width colon and a space, ${p.key}: ${p.value}${p.lines > 1 ? ` (${p.lines} lines of this file are typed so)` : ''}`,
    example: { typed: '类型：纪要', key: '类型', value: '纪要', lines: 9 },
  }),
  'key-colon-full-width.hint': entry({
    zh: () => '中文输入法下输入的冒号是全角的：切换到英文标点（或按 Shift）再输入“: ”',
    en: () => 'a Chinese input method types the full-width colon: switch it to English punctuation (or hold Shift) to type ": "',
    example: {},
  }),
  'yaml.tab-indent': entry({
    zh: () => '此行用制表符（Tab）缩进',
    en: () => 'a tab is used to indent this line',
    example: {},
  }),
  'yaml.tab-indent.lines': entry<{ lines: number[] }>({
    zh: (p) => `第 ${p.lines.slice(0, 6).join('、')}${p.lines.length > 6 ? ` 等 ${p.lines.length}` : ''} 行用制表符（Tab）缩进`,
    en: (p) => `a tab is used to indent lines ${p.lines.slice(0, 6).join(', ')}${p.lines.length > 6 ? ` … (${p.lines.length} lines)` : ''}`,
    example: { lines: [8, 9] },
  }),
  'yaml.tab-indent.hint': entry({
    zh: () => '请用空格缩进（每层两个空格）',
    en: () => 'indent with spaces (two per level)',
    example: {},
  }),
  'yaml.bad-indent': entry({
    zh: () => '此行的缩进与同组的其他行不一致',
    en: () => 'this line is indented differently from the lines it belongs with',
    example: {},
  }),
  'yaml.indent-slip': entry<{ key: string; above: string; off: number }>({
    zh: (p) => `“${p.key}”比上一行的“${p.above}”${p.off > 0 ? '多' : '少'}缩进了 ${Math.abs(p.off)} 个空格`,
    en: (p) => `"${p.key}" is indented ${Math.abs(p.off)} space${Math.abs(p.off) === 1 ? '' : 's'} ${p.off > 0 ? 'more' : 'less'} than "${p.above}" on the line above`,
    example: { key: '内容', above: '动词', off: 1 },
  }),
  'yaml.item-slip': entry<{ off: number }>({
    zh: (p) => `这一项比上一项多缩进了 ${p.off} 个空格：YAML 会把它读成上一项的接续文字`,
    en: (p) => `this item is indented ${p.off} space${p.off === 1 ? '' : 's'} more than the item above: YAML reads it as the rest of that item`,
    example: { off: 1 },
  }),
  'yaml.bad-indent.hint': entry({
    zh: () => '同一列表或同一组的项目用空格上下对齐',
    en: () => 'line up keys of the same list or mapping under each other, with spaces',
    example: {},
  }),
  'yaml.duplicate-key': entry({
    zh: () => '同一位置把这个项目写了两次',
    en: () => 'this key is written twice in the same place',
    example: {},
  }),
  'yaml.duplicate-key.named': entry<{ key: string; line?: number; first?: string; here?: string }>({
    zh: (p) => `“${p.key}”写了两次：${p.line === undefined ? '前面已写过' : `第 ${p.line} 行${p.first === undefined ? '已写过' : `（${p.first}）`}`}，这里又写${p.here === undefined ? '了一次' : `（${p.here}）`}`,
    en: (p) => `"${p.key}" is written twice: ${p.line === undefined ? 'once above' : `first at line ${p.line}${p.first === undefined ? '' : ` (${p.first})`}`}, again here${p.here === undefined ? '' : ` (${p.here})`}`,
    example: { key: '地点', line: 4, first: '镇会议室', here: '镇政府三楼' },
  }),
  'yaml.duplicate-key.hint': entry({
    zh: () => '保留其中一行',
    en: () => 'keep one of the two lines',
    example: {},
  }),
  'yaml.unclosed-quote': entry<{ quote: string }>({
    zh: (p) => `引号 ${p.quote} 没有结束`,
    en: (p) => `an opening ${p.quote} is never closed`,
    example: { quote: '"' },
  }),
  'yaml.unclosed-quote.hint': entry<{ quote: string }>({
    zh: (p) => `用 ${p.quote} 结束，或去掉引号`,
    en: (p) => `close it with ${p.quote}, or leave the quotes out`,
    example: { quote: '"' },
  }),
  'yaml.reserved-start': entry<{ character: string }>({
    zh: (p) => `YAML 中的值不能以“${p.character}”开头`,
    en: (p) => `a value cannot start with "${p.character}" in YAML`,
    example: { character: '@' },
  }),
  'yaml.reserved-start.quote': entry({
    zh: () => '请给这段文字加上引号',
    en: () => 'put the text in quotes',
    example: {},
  }),
  'yaml.reserved-start.hint': entry({
    zh: () => '请给这段文字加上引号，或换一个字符开头',
    en: () => 'put the text in quotes, or start it with another character',
    example: {},
  }),
  'yaml.other': entry<{ detail: string }>({
    zh: (p) => `YAML 格式错误：${p.detail}`,
    en: (p) => p.detail,
    example: { detail: 'Nested mappings are not allowed in compact mappings' },
  }),
  // a comma typed inside a value of a { } mapping (src/records/readRecord.ts flowPairsAsMeant)
  'comma-in-braces': entry<{ text: string; key: string }>({
    zh: (p) => `“${p.text}”中的半角逗号在 { } 里是分隔项目的：已按“${p.key}”的一个值读入`,
    en: (p) => `the half-width comma in "${p.text}" separates items inside { }: read as one value of ${p.key}`,
    example: { text: '1,690', key: '来信' },
  }),
  'comma-in-braces.hint': entry({
    zh: () => '在 { } 里，文字中的逗号请写成顿号“、”或全角逗号“，”，或给这段文字加引号',
    en: () => 'inside { }, write a comma in text as 、 or ，, or put the text in quotes',
    example: {},
  }),
  'yaml.warning': entry<{ detail: string }>({
    zh: (p) => `YAML 读取提醒：${p.detail}`,
    en: (p) => p.detail,
    example: { detail: 'Unresolved tag: !foo' },
  }),

  // a heading typed after the parts a 总结 prints last (src/records/headingSections.ts)
  'heading-moved': entry<{ key: string; after: string }>({
    zh: (p) => `“${p.key}”写在“${p.after}”之后，但总结先印各章节，再印“存在的问题”和“下一步工作打算”：这一部分印在它们之前，按章节编号`,
    en: (p) => `"${p.key}" is typed after "${p.after}", but a 总结 prints its sections first, then 存在的问题 and 下一步工作打算: this part is printed before them, numbered among the sections`,
    example: { key: '四、意见建议', after: '三、下步打算' },
  }),
  'heading-moved.hint': entry<{ last: string; first: string }>({
    zh: (p) => `要让它印在最后，把它的内容写进“${p.last}”；否则把它移到“${p.first}”之前，免得看错顺序`,
    en: (p) => `to have it printed last, write its text into "${p.last}"; else move it before "${p.first}" so that the record reads in the order printed`,
    example: { last: '三、下步打算', first: '二、存在的问题' },
  }),

  // a file that is no text at all (src/io/binaryKind.ts)
  'record-is-binary.zip': entry({
    zh: () => '这不是文字记录，而是 Word 或 WPS 文档、Excel 工作簿（.docx、.xlsx 一类的压缩包），只是文件名像记录',
    en: () => 'this is no text record but a Word or WPS document or an Excel workbook (a .docx or .xlsx package) under a record\'s name',
    example: {},
  }),
  'record-is-binary.zip.hint': entry({
    zh: () => 'Word 文档可以转成记录：gongwen import 文档.docx -o 记录.yaml；记录本身用记事本等编辑器保存为文字（UTF-8）',
    en: () => 'a Word document can be made a record: gongwen import document.docx -o record.yaml; a record itself is text, saved from a text editor (UTF-8)',
    example: {},
  }),
  'record-is-binary.ole': entry({
    zh: () => '这不是文字记录，而是旧版 Word、Excel 或 WPS 文件（.doc、.xls、.wps）',
    en: () => 'this is no text record but an old Word, Excel or WPS file (.doc, .xls, .wps)',
    example: {},
  }),
  'record-is-binary.ole.hint': entry({
    zh: () => '在 Word 或 WPS 中另存为 .docx，再用 gongwen import 文档.docx -o 记录.yaml 转成记录',
    en: () => 'save it as .docx in Word or WPS, then make it a record: gongwen import document.docx -o record.yaml',
    example: {},
  }),
  'record-is-binary.pdf': entry({
    zh: () => '这不是文字记录，而是 PDF 文件',
    en: () => 'this is no text record but a PDF',
    example: {},
  }),
  'record-is-binary.image': entry({
    zh: () => '这不是文字记录，而是一张图片（照片、截图或扫描件）',
    en: () => 'this is no text record but a picture (a photo, a screenshot or a scan)',
    example: {},
  }),
  'record-is-binary.image.hint': entry({
    zh: () => '图片里的文字不能直接生成公文：用 gongwen new 纪要 -o 纪要.yaml 生成样例，照图片的内容填写',
    en: () => 'a picture cannot be made a document: write the starter with gongwen new 纪要 -o 纪要.yaml and fill it in from the picture',
    example: {},
  }),
  'record-is-binary.pdf.hint': entry({
    zh: () => '记录是文字文件，如 gongwen new 纪要 -o 纪要.yaml 生成的样例，用记事本等编辑器填写',
    en: () => 'a record is a text file such as the starter gongwen new 纪要 -o 纪要.yaml writes, filled in with a text editor',
    example: {},
  }),

  // keys and values (src/records/validate.ts)
  'not-a-record': entry({
    zh: () => '记录应由“项目: 内容”组成，第一行写“类型:”',
    en: () => 'a record is a mapping of keys (key: value), starting with "kind:"',
    example: {},
  }),
  'missing-kind': entry({
    zh: () => '记录没有写明是哪一种公文',
    en: () => 'the record does not say what document it is',
    example: {},
  }),
  'not-a-record.expected': entry({
    zh: () => '类型: 纪要、总结、实施方案 或 讲话（也可写 minutes、summary、plan、speech）',
    en: () => 'kind: minutes | summary | plan | speech (纪要 | 总结 | 实施方案 | 讲话)',
    example: {},
  }),
  'kind-list': entry<{ kinds: string[]; names: string[] }>({
    zh: (p) => `类型: ${p.names.join('、')} 之一`,
    en: (p) => `kind: one of ${p.kinds.map((k, i) => `${k} (${p.names[i]})`).join(', ')}`,
    example: { kinds: ['minutes', 'summary', 'plan', 'speech'], names: ['纪要', '总结', '实施方案', '讲话'] },
  }),
  'kind-choices': entry<{ kinds: string[]; names: string[] }>({
    zh: (p) => `${p.names.map((n) => `“${n}”`).join('、')}之一`,
    en: (p) => `one of ${p.kinds.map((k, i) => `${k} (${p.names[i]})`).join(', ')}`,
    example: { kinds: ['minutes', 'summary', 'plan', 'speech'], names: ['纪要', '总结', '实施方案', '讲话'] },
  }),
  'one-of': entry<{ choices: string[] }>({
    zh: (p) => `${p.choices.map((c) => `“${c}”`).join('、')}之一`,
    en: (p) => `one of ${p.choices.map((c) => `"${c}"`).join(', ')}`,
    example: { choices: ['纪要', '总结'] },
  }),
  'one-of.keys': entry<{ keys: string[]; names: string[] }>({
    zh: (p) => `${p.names.map((n) => `“${n}”`).join('、')}之一`,
    en: (p) => `one of ${p.keys.map((k) => `"${k}"`).join(', ')}`,
    example: { keys: ['title', 'date'], names: ['标题', '日期'] },
  }),
  'key-name': entry<{ key: string; names: string[] }>({
    // the path after the message names the English key already: 缺少必填项目“标题”（title）
    zh: (p) => `“${p.names[0] ?? p.key}”`,
    en: (p) => (p.names.length ? `"${p.key}" (${p.names.join(' / ')})` : `"${p.key}"`),
    example: { key: 'title', names: ['标题'] },
  }),
  'unknown-kind': entry<{ kind: string }>({
    zh: (p) => `没有“${p.kind}”这种公文类型`,
    en: (p) => `unknown kind "${p.kind}"`,
    example: { kind: '会议记录' },
  }),
  'unknown-key': entry<{ key: string }>({
    zh: (p) => `无法识别的项目“${p.key}”`,
    en: (p) => `unknown key "${p.key}"`,
    example: { key: '参会人' },
  }),
  'unknown-key.text-colon': entry<{ key: string }>({
    zh: (p) => `如果“${p.key}: …”是一段文字而不是项目，请把冒号改成全角“：”，并把这一行写到所属项目下`,
    en: (p) => `if "${p.key}: …" is text, not a key, write its colon full-width "：" and put the line under the key it belongs to`,
    example: { key: '会议指出' },
  }),
  'did-you-mean': entry<{ guess: string }>({
    zh: (p) => `是不是“${p.guess}”？`,
    en: (p) => `did you mean "${p.guess}"?`,
    example: { guess: '出席人员' },
  }),
  'did-you-mean.either': entry<{ guesses: string[] }>({
    zh: (p) => `是不是${p.guesses.map((g) => `“${g}”`).join('或')}？`,
    en: (p) => `did you mean ${p.guesses.map((g) => `"${g}"`).join(' or ')}?`,
    example: { guesses: ['来信', '来访'] },
  }),
  'did-you-mean.alias': entry<{ guess: string; key: string }>({
    zh: (p) => `是不是“${p.guess}”（${p.key}）？`,
    en: (p) => `did you mean "${p.guess}" (${p.key})?`,
    example: { guess: '出席', key: 'attendees' },
  }),
  'computed-key': entry<{ key: string; how: string }>({
    zh: (p) => `“${p.key}”由程序计算，不用填写：${p.how}`,
    en: (p) => `"${p.key}" is computed, not written: ${p.how}`,
    example: { key: '办结率', how: '办结 ÷ 受理' },
  }),
  'computed-key.hint': entry<{ figure: string }>({
    zh: (p) => `删去这一行；要在文字中引用它，写 {{${p.figure}}}`,
    en: (p) => `take the line out; to cite it in a text, write {{${p.figure}}}`,
    example: { figure: '办结率' },
  }),
  'missing-key': entry<{ key: string }>({
    zh: (p) => `缺少必填项目${p.key}`,
    en: (p) => `missing required key ${p.key}`,
    example: { key: '"title" (标题)' },
  }),
  'types': entry<{ types: string[] }>({
    zh: (p) => p.types.map((t) => (Object.hasOwn(TYPE_WORDS_ZH, t) ? TYPE_WORDS_ZH[t] : t)).join('或'),
    en: (p) => p.types.map((t) => (Object.hasOwn(TYPE_WORDS_EN, t) ? TYPE_WORDS_EN[t] : t)).join(' or '),
    example: { types: ['date', 'number'] },
  }),
  'value.nothing': entry({ zh: () => '空值', en: () => 'nothing', example: {} }),
  'value.list': entry({ zh: () => '列表', en: () => 'a list', example: {} }),
  'value.mapping': entry({ zh: () => '一组项目', en: () => 'a mapping', example: {} }),
  'value.text': entry<{ text: string }>({
    zh: (p) => `文字“${p.text}”`,
    en: (p) => `text "${p.text}"`,
    example: { text: '张三' },
  }),
  'value.number': entry<{ number: string }>({
    zh: (p) => `数字 ${p.number}`,
    en: (p) => `the number ${p.number}`,
    example: { number: '3' },
  }),
  'value.boolean': entry<{ value: string }>({
    zh: (p) => `${p.value === 'true' ? '是' : '否'}（${p.value}）`,
    en: (p) => `boolean ${p.value}`,
    example: { value: 'true' },
  }),
  'value.other': entry<{ type: string; value: string }>({
    zh: (p) => `${p.type} 类型的值 ${p.value}`,
    en: (p) => `${p.type} ${p.value}`,
    example: { type: 'bigint', value: '3' },
  }),
  'wrong-type': entry<{ expected: string; got: string }>({
    zh: (p) => `应为${p.expected}，实际是${p.got}`,
    en: (p) => `expected ${p.expected}, got ${p.got}`,
    example: { expected: 'a list', got: 'text "张三"' },
  }),
  'wrong-type.empty': entry<{ key: string }>({
    zh: (p) => `“${p.key}”后面没有内容`,
    en: (p) => `nothing is written after "${p.key}"`,
    example: { key: '存在问题' },
  }),
  'wrong-type.empty.hint': entry({
    zh: () => '在冒号后面（或下一行缩进）写上内容；暂时不写就删去这一行',
    en: () => 'write its content after the colon (or indented on the next lines); if it is not written yet, delete the line',
    example: {},
  }),
  'unknown-key.section': entry<{ key: string }>({
    zh: (p) => `如果“${p.key}”是文中一部分的标题，请把这一部分写在“章节”下：章节: 下一行写 - 标题: ${p.key}，再下一行缩进写 内容: ……`,
    en: (p) => `if "${p.key}" is the heading of a part of the text, write that part under 章节 (sections): 章节: then - 标题: ${p.key} and, indented below it, 内容: …`,
    example: { key: '指导思想' },
  }),
  'unknown-key.proceeding': entry<{ key: string; sentence: string }>({
    zh: (p) => `“${p.key}”是会议做的事，不是会议的意见或决定：请写进“会议情况”，写成一句话，如 会议情况: ${p.sentence}`,
    en: (p) => `"${p.key}" is what the meeting did, not what it said or decided: write it in 会议情况 (proceedings) as a sentence, e.g. 会议情况: ${p.sentence}`,
    example: { key: '研究', sentence: '会议研究了今年防汛工作' },
  }),
  'unknown-key.section-verb': entry<{ key: string }>({
    zh: (p) => `如果“${p.key}”下面是会议的意见或决定，请写在“章节”下：章节: 下一行写 - 动词: 议定（或 指出、强调、要求……），再下一行缩进写 要点: 和各条`,
    en: (p) => `if what is under "${p.key}" is what the meeting said or decided, write it under 章节 (sections): 章节: then - 动词: 议定 (or 指出, 强调, 要求 …) and, indented below it, 要点: with the points`,
    example: { key: '会议议定事项' },
  }),
  'wrong-type.section-items.verb': entry<{ key: string; item: string }>({
    zh: (p) => `以“${p.item}:”开头的每一项是会议的一段意见或决定（会议强调，……），应写在“章节”下：把“${p.key}:”改为“章节:”，下面各项照原样写；“${p.key}”下只写一条条文字`,
    en: (p) => `each item that begins "${p.item}:" is one paragraph of what the meeting said or decided (会议强调，……), written under 章节 (sections): write 章节: instead of ${p.key}: and keep the items as they are; ${p.key} holds lines of text only`,
    example: { key: '要点', item: '动词' },
  }),
  'wrong-type.verb-as-key': entry<{ key: string; verb: string }>({
    zh: (p) => `这一项是会议${p.verb}的内容，应写在“章节”下：章节: 下一行写 - 动词: ${p.verb}，再下一行缩进写 内容: ……；“${p.key}”下只写一条条文字`,
    en: (p) => `this item is what the meeting said (会议${p.verb}，……), written under 章节 (sections): 章节: then - 动词: ${p.verb} and, indented below it, 内容: …; ${p.key} holds lines of text only`,
    example: { key: '要点', verb: '要求' },
  }),
  'wrong-type.section-items': entry<{ key: string; item: string }>({
    zh: (p) => `以“${p.item}:”开头的每一项是文中的一部分，应写在“章节”下：把“${p.key}:”改为“章节:”，下面各项照原样写；“${p.key}”下只写一条条文字`,
    en: (p) => `each item that begins "${p.item}:" is a part of the text, written under 章节 (sections): write 章节: instead of ${p.key}: and keep the items as they are; ${p.key} holds lines of text only`,
    example: { key: '前言', item: '标题' },
  }),
  'unknown-key.date-in-signature': entry({
    zh: () => '成文日期写在“落款”下：落款: 下一行缩进写 日期: 2026年7月3日',
    en: () => 'the date of the document goes under 落款 (signature): 落款: then, indented on the next line, 日期: 2026年7月3日',
    example: {},
  }),
  'speech-needs-title': entry({
    zh: () => '讲话稿需要标题（标题:）或场合（场合:）',
    en: () => 'a speech needs a title (标题) or an occasion (场合)',
    example: {},
  }),
  'table-row-cells': entry<{ cells: number; columns: number }>({
    zh: (p) => `这一行有 ${p.cells} 个单元格，而表格有 ${p.columns} 列`,
    en: (p) => `row has ${p.cells} cells but the table has ${p.columns} columns`,
    example: { cells: 2, columns: 3 },
  }),
  'too-small.above': entry<{ minimum: number }>({
    zh: (p) => `必须大于 ${p.minimum}`,
    en: (p) => `must be more than ${p.minimum}`,
    example: { minimum: 0 },
  }),
  'too-big.number': entry<{ maximum: number }>({
    zh: (p) => `不能大于 ${p.maximum}`,
    en: (p) => `must be at most ${p.maximum}`,
    example: { maximum: 4 },
  }),
  'wrong-type.no-form': entry({
    zh: () => '这个值不符合任何一种可接受的写法',
    en: () => 'this value has none of the accepted forms',
    example: {},
  }),
  'see-schema': entry<{ kind: string }>({
    zh: (p) => `可运行 \`gongwen schema ${p.kind}\` 查看各项写法`,
    en: (p) => `see \`gongwen schema ${p.kind}\``,
    example: { kind: 'minutes' },
  }),
  'invalid-value': entry<{ value: string }>({
    zh: (p) => `这里不能填“${p.value}”`,
    en: (p) => `"${p.value}" is not accepted here`,
    example: { value: '红色' },
  }),
  'too-small.items': entry<{ minimum: number }>({
    zh: (p) => `至少需要 ${p.minimum} 项`,
    en: (p) => `needs at least ${p.minimum} item(s)`,
    example: { minimum: 1 },
  }),
  'too-small.number': entry<{ minimum: number }>({
    zh: (p) => `不能小于 ${p.minimum}`,
    en: (p) => `must be at least ${p.minimum}`,
    example: { minimum: 0 },
  }),

  // dates (the one date reader, src/zh/dates.ts dateProblem)
  'date-not-date': entry({
    zh: () => '不是日期',
    en: () => 'not a date',
    example: {},
  }),
  'date-year-zero': entry({
    zh: () => '没有公元 0 年',
    en: () => 'there is no year 0',
    example: {},
  }),
  'date-year-early': entry<{ year: number }>({
    zh: (p) => `${p.year} 年早于公元 1000 年`,
    en: (p) => `the year ${p.year} is before 1000`,
    example: { year: 209 },
  }),
  'date-form': entry<{ text: string }>({
    zh: (p) => `“${p.text}”不是可识别的日期写法`,
    en: (p) => `"${p.text}" is not in a date form this reads`,
    example: { text: '六月中旬' },
  }),
  'date-month': entry<{ month: number }>({
    zh: (p) => `没有 ${p.month} 月`,
    en: (p) => `there is no month ${p.month}`,
    example: { month: 13 },
  }),
  'date-invalid': entry<{ date: string }>({
    zh: (p) => `${p.date}不存在`,
    en: (p) => `${p.date} does not exist`,
    example: { date: '2024年2月30日' },
  }),
  'date-weekday': entry<{ date: string; day: string; typed: string }>({
    zh: (p) => `${p.date}是星期${p.day}，不是星期${p.typed}`,
    en: (p) => `${p.date} is a 星期${p.day}, not 星期${p.typed}`,
    example: { date: '2024年6月18日', day: '二', typed: '三' },
  }),
  'date-time': entry<{ text: string }>({
    zh: (p) => `日期后的“${p.text}”不是时间`,
    en: (p) => `"${p.text}" after the date is not a time of day`,
    example: { text: '前后' },
  }),
  'date-forms': entry({
    zh: () => '2024-06-18、2024/6/18、2024.6.18、2024年6月18日、二〇二四年六月十八日、6月18日、20XX年6月18日；后面可以跟时间：2024年6月18日上午9:00、6月18日下午3时',
    en: () => '2024-06-18, 2024/6/18, 2024.6.18, 2024年6月18日, 二〇二四年六月十八日, 6月18日, 20XX年6月18日; a time may follow: 2024年6月18日上午9:00, 6月18日下午3时',
    example: {},
  }),
  'time-not-printed': entry<{ text: string }>({
    zh: (p) => `日期后的“${p.text}”不会印出，只印日期`,
    en: (p) => `"${p.text}" after this date is not printed: only the date is`,
    example: { text: '上午9:00' },
  }),
  'time-not-printed.hint': entry({
    zh: () => '请删去此日期中的时间',
    en: () => 'take the time out of this date',
    example: {},
  }),
  'time-disagrees': entry<{ time: string; dated: string }>({
    zh: (p) => `“时段”写的是${p.time}，日期后写的时间是${p.dated}，两者不一致：请改正其中一处，或删去“时段”`,
    en: (p) => `时段 (time) says ${p.time} but the date is followed by ${p.dated}: correct one of them, or leave 时段 out`,
    example: { time: '下午', dated: '上午9:00' },
  }),
  'attendance-present-and-absent': entry<{ name: string; list: '请假' | '缺席' }>({
    zh: (p) => `“${p.name}”既写在出席中，又写在${p.list}中，应到、实到人数会算错：请从其中一处删去`,
    en: (p) => `${p.name} is listed both as present and as ${p.list === '请假' ? 'on leave' : 'absent'} (${p.list}), which would print a wrong headcount (应到 … 实到 …): leave the name out of one of them`,
    example: { name: '钱明', list: '缺席' },
  }),
  'attendance-on-leave-and-absent': entry<{ name: string }>({
    zh: (p) => `“${p.name}”既写在请假中，又写在缺席中，两行会各印一次，应到人数会把一个人算两次：请只写在其中一处`,
    en: (p) => `${p.name} is listed both as on leave (请假) and as absent (缺席): both lines would print the name and 应到 would count one person twice; write it under one of them`,
    example: { name: '钱明' },
  }),
  'attendance-on-leave-unprinted.hint': entry({
    zh: () => '请假与缺席各印一行：在自己模板的 {{#if attendance.absent}} 之前加上 {{#if attendance.onLeave}}请假：{{attendance.onLeave}}{{/if}}（各占一行），或换用内置模板',
    en: () => '请假 and 缺席 print a line each: in your own template, add {{#if attendance.onLeave}}请假：{{attendance.onLeave}}{{/if}} (a line each) before {{#if attendance.absent}}, or use the built-in template',
    example: {},
  }),
  'attendance-name-twice': entry<{ name: string; list: string }>({
    zh: (p) => `“${p.name}”在${p.list}中写了两次，应到、实到人数会把一个人算两次：请删去一处`,
    en: (p) => `${p.name} is written twice under ${p.list}: 应到 and 实到 would count one person twice`,
    example: { name: '李华', list: '出席' },
  }),
  'signature-organs-missing': entry({
    zh: () => '缺少必填项目“署名”：在“落款”下写 署名: 发文机关名称，或在开头写 发文机关:（没有署名时，署名就是发文机关）',
    en: () => 'missing required key "organs" (署名): write 署名: with the issuing organ under 落款 (signature), or 发文机关: (issuer) at the top, which is the 署名 when none is given',
    example: {},
  }),
  'signature-date-twice': entry<{ top: string; signed: string }>({
    zh: (p) => `成文日期写了两处，且不一致：开头的“成文日期”是${p.top}，“落款”下的“日期”是${p.signed}；请只保留一处`,
    en: (p) => `the date of the document is written twice and differently: 成文日期 at the top says ${p.top}, 日期 under 落款 (signature) ${p.signed}; keep one`,
    example: { top: '2026年3月1日', signed: '2026年3月2日' },
  }),
  'report-role-twice': entry({
    zh: () => '“职务”和“角色”都是汇报人的职务，请只写一个',
    en: () => '职务 (posts) and 角色 (role) both give the reporter\'s post: write one',
    example: {},
  }),
  'attendance-twice': entry({
    zh: () => '这一项既写在顶层，又写在“出席情况:”下，请只保留一处',
    en: () => 'written both at the top and under 出席情况 (attendance): keep one',
    example: {},
  }),
} as const;
