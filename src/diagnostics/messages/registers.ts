/**
 * Messages about registers (台账): finding and opening their files, workbooks and CSV, their header
 * and columns, and each row's cells (src/registers, src/stats).
 */
import { entry } from './entry.js';

/** Where a cell stands: a spreadsheet's row and column letter, or a YAML register's line. */
interface Cell {
  /** The spreadsheet row, or the line of a YAML register where the row starts. */
  row: number;
  /** A YAML register: its rows are named by line. */
  yaml?: boolean;
  /** The spreadsheet column's letter (B, AA); none in YAML, whose rows name their keys. */
  letter?: string;
}

const rowEn = (c: Cell, row = c.row) => (c.yaml ? `the row at line ${row}` : `row ${row}`);
const rowZh = (c: Cell, row = c.row) => (c.yaml ? `第 ${row} 行开始的一条` : `第 ${row} 行`);
const inColumnEn = (c: { letter?: string }) => (c.letter ? ` in column ${c.letter}` : '');
const inColumnZh = (c: { letter?: string }) => (c.letter ? `${c.letter} 列的` : '');
/** A register's kind as people call it. */
const KIND_ZH = { 信访登记: '信访登记', 矛盾纠纷: '矛盾纠纷' } as const;
type KindName = keyof typeof KIND_ZH;

export const registerMessages = {
  // the same mistake past the rows said one by one (src/registers/checkRows.ts, SAID_ONE_BY_ONE)
  'register.more-like-this': entry<{ count: number; from: number; to: number; yaml?: boolean }>({
    zh: (p) => `还有 ${p.count} ${p.yaml ? '条' : '行'}有同样的错误（${p.yaml ? '第 ' + p.from + ' 行开始的一条' : '第 ' + p.from + ' 行'}至${p.yaml ? '第 ' + p.to + ' 行开始的一条' : '第 ' + p.to + ' 行'}），不再逐行列出`,
    en: (p) => `the same mistake in ${p.count} more rows (${p.yaml ? 'the rows at lines' : 'rows'} ${p.from} to ${p.to}), not listed one by one`,
    example: { count: 999980, from: 22, to: 1000001 },
  }),
  // the cells of a row (src/registers/rowReader.ts, checkRows.ts)
  'register.missing-cell': entry<Cell & { name: string }>({
    zh: (p) => `${rowZh(p)}没有填写${p.name}${p.letter ? `（${p.letter} 列为空）` : ''}`,
    en: (p) => `${rowEn(p)} has no ${p.name}${p.letter ? ` (column ${p.letter} is empty)` : ''}`,
    example: { row: 4, letter: 'B', name: '登记日期' },
  }),
  'register.bad-date': entry<{ text: string; letter?: string }>({
    zh: (p) => `${inColumnZh(p)}日期“${p.text}”不存在`,
    en: (p) => `"${p.text}"${inColumnEn(p)} is not a date that exists`,
    example: { text: '2009-02-30', letter: 'B' },
  }),
  'register.date-without-year': entry<{ text: string; letter?: string }>({
    zh: (p) => `${inColumnZh(p)}日期“${p.text}”没有年份`,
    en: (p) => `"${p.text}"${inColumnEn(p)} has no year`,
    example: { text: '3月2日', letter: 'B' },
  }),
  'register.date-without-year.expected': entry<{ date: string }>({
    zh: (p) => `写上年份，如上一行的年份：${p.date}`,
    en: (p) => `the year written with it, as in the row above: ${p.date}`,
    example: { date: '2025年3月2日' },
  }),
  'register.excel-date-serial': entry<{ text: string; letter?: string; date: string }>({
    zh: (p) => `${inColumnZh(p)}“${p.text}”是 Excel 的日期序号，已按 Excel 的算法读作 ${p.date}（这一列其余的序号也照此读出）`,
    en: (p) => `"${p.text}"${inColumnEn(p)} is an Excel date serial, read as Excel reads it: ${p.date} (and so is every other one of this column)`,
    example: { text: '45717', letter: 'B', date: '2025-03-01' },
  }),
  'register.excel-date-serial.hint': entry<{ date: string }>({
    zh: (p) => `在 Excel 中把这一列设为日期格式后再保存，日期就会存成 ${p.date}`,
    en: (p) => `in Excel, give the column a date format before saving: it is then saved as ${p.date}`,
    example: { date: '2025-03-01' },
  }),
  'register.traditional': entry<{ text: string; letter?: string; typed: string[]; simplified: string[]; counted: string }>({
    zh: (p) => `${inColumnZh(p)}“${p.text}”是繁体字（${p.typed.map((c, i) => `${c} → ${p.simplified[i]}`).join('、')}）：按“${p.counted}”统计（这一列其余的繁体字也照此）`,
    en: (p) => `"${p.text}"${inColumnEn(p)} is in traditional characters (${p.typed.map((c, i) => `${c} → ${p.simplified[i]}`).join(', ')}): counted as ${p.counted} (and so is every other such cell of this column)`,
    example: { text: '石門村', letter: 'F', typed: ['門'], simplified: ['门'], counted: '石门村' },
  }),
  'register.date-order': entry<{ name: string; date: string; letter?: string; earlierName: string; earlier: string }>({
    zh: (p) => `${inColumnZh(p)}${p.name} ${p.date} 早于${p.earlierName} ${p.earlier}`,
    en: (p) => `${p.name} ${p.date}${inColumnEn(p)} is before the ${p.earlierName} ${p.earlier}`,
    example: { name: '办结日期', date: '2026-03-10', letter: 'H', earlierName: '登记日期', earlier: '2026-03-15' },
  }),
  'register.source-is-channel': entry<{ text: string; channel: string; sources: readonly string[] }>({
    zh: (p) => `${p.text}是信访形式（${p.channel}），写在“信访形式”列；来源是${p.sources.join('或')}`,
    en: (p) => `${p.text} is a 信访形式 (${p.channel}), written in the 信访形式 column; the 来源 is ${p.sources.join(' or ')}`,
    example: { text: '微信', channel: '网上信访', sources: ['直接受理', '上级交办'] },
  }),
  'register.date-forms': entry({
    zh: () => '日期，如 2009-01-24、2009/1/24 或 2009年1月24日',
    en: () => 'a date such as 2009-01-24, 2009/1/24 or 2009年1月24日',
    example: {},
  }),
  'register.choices': entry<{ choices: readonly string[] }>({
    zh: (p) => `${p.choices.join('、')}之一`,
    en: (p) => p.choices.join(' / '),
    example: { choices: ['网上信访'] },
  }),
  'register.unknown-value': entry<{ what: string; text: string; letter?: string }>({
    zh: (p) => `${inColumnZh(p)}${p.what}“${p.text}”无法识别`,
    en: (p) => `unknown ${p.what} "${p.text}"${inColumnEn(p)}`,
    example: { what: '信访形式', text: '来电话', letter: 'C' },
  }),
  'register.did-you-mean.left-out': entry<{ guess: string }>({
    zh: (p) => `是不是“${p.guess}”？此行未计入统计`,
    en: (p) => `did you mean "${p.guess}"?; row left out`,
    example: { guess: '来电' },
  }),
  'register.row-left-out': entry({
    zh: () => '此行未计入统计（--skip-bad-rows）',
    en: () => 'row left out (--skip-bad-rows)',
    example: {},
  }),
  'register.bad-yes-no': entry<{ text: string; letter?: string }>({
    zh: (p) => `${inColumnZh(p)}“${p.text}”不是“是”或“否”`,
    en: (p) => `"${p.text}"${inColumnEn(p)} is not yes or no`,
    example: { text: '也许', letter: 'K' },
  }),
  'register.yes-no-forms': entry({
    zh: () => '是/否、Y/N 或 true/false',
    en: () => '是/否, Y/N or true/false',
    example: {},
  }),
  'register.bad-number': entry<{ text: string; letter?: string }>({
    zh: (p) => `${inColumnZh(p)}“${p.text}”不是数字`,
    en: (p) => `"${p.text}"${inColumnEn(p)} is not a number`,
    example: { text: '六千', letter: 'L' },
  }),
  'register.number-forms': entry({
    zh: () => '数字，如 6666、6,666 元或 8万元',
    en: () => 'a number such as 6666, 6,666 元 or 8万元',
    example: {},
  }),
  'register.bad-people': entry<{ text: string; letter?: string }>({
    zh: (p) => `${inColumnZh(p)}人数“${p.text}”不是正整数`,
    en: (p) => `人数 "${p.text}"${inColumnEn(p)} is not a whole number of people`,
    example: { text: '2.5', letter: 'E' },
  }),
  'register.people-forms': entry({
    zh: () => '1 或以上的整数',
    en: () => 'a whole number, 1 or more',
    example: {},
  }),
  'register.negative-amount': entry<{ text: string; letter?: string }>({
    zh: (p) => `${inColumnZh(p)}涉及金额 ${p.text} 是负数`,
    en: (p) => `涉及金额 ${p.text}${inColumnEn(p)} is negative`,
    example: { text: '-500', letter: 'J' },
  }),
  'register.amount-forms': entry({
    zh: () => '0 元或以上的金额',
    en: () => 'an amount of 0 元 or more',
    example: {},
  }),
  'register.duplicate-id': entry<Cell & { id: string; first: number }>({
    zh: (p) => `${inColumnZh(p)}编号“${p.id}”重复：${rowZh(p, p.first)}已用过，${rowZh(p)}又用了一次`,
    en: (p) => `编号 "${p.id}"${inColumnEn(p)} is used twice: first at ${rowEn(p, p.first)}, again at ${rowEn(p)}`,
    example: { id: 'X001', letter: 'A', first: 3, row: 9 },
  }),
  'register.duplicate-id.expected': entry({
    zh: () => '同一本台账中每个编号只用一次',
    en: () => 'each 编号 once in a register',
    example: {},
  }),
  'register.duplicate-id.other': entry<{ id: string; letter?: string; file: string; yaml?: boolean; first: number }>({
    zh: (p) => `${inColumnZh(p)}编号“${p.id}”重复：${p.file} 第 ${p.first} 行已用过`,
    en: (p) => `编号 "${p.id}"${inColumnEn(p)} is used twice: first in ${p.file} at ${p.yaml ? 'line' : 'row'} ${p.first}, again here`,
    example: { id: 'X001', letter: 'A', file: '信访.csv', first: 3 },
  }),
  'register.duplicate-id.other.expected': entry({
    zh: () => '所给的各本台账中每个编号只用一次',
    en: () => 'each 编号 once across the registers given',
    example: {},
  }),
  'register.duplicate-id.other.hint': entry({
    zh: () => '每本台账只给一次（CSV 或 XLSX，不要两个都给）',
    en: () => 'give each register once (the CSV or the XLSX, not both)',
    example: {},
  }),

  'register.totals-row': entry<Cell & { word: string }>({
    zh: (p) => `${rowZh(p)}是“${p.word}”行，不是一条登记，未计入统计；统计数由 gongwen 逐行计算`,
    en: (p) => `${rowEn(p)} is a "${p.word}" row, not an entry: left out of the counts, which gongwen makes from the rows`,
    example: { row: 58, word: '合计' },
  }),

  'register.totals-row-mismatch': entry<Cell & { word: string; name: string; text: string; rows: number; sum: string }>({
    zh: (p) => `${rowZh(p)}“${p.word}”行的${p.name}${p.letter ? `（${p.letter} 列）` : ''}是 ${p.text}，但上面 ${p.rows} 行之和是 ${p.sum}`,
    en: (p) => `${rowEn(p)} is a "${p.word}" row whose ${p.name}${inColumnEn(p)} is ${p.text}, but the ${p.rows} rows above it add up to ${p.sum}`,
    example: { row: 58, letter: 'E', word: '合计', name: '人数', text: '61', rows: 56, sum: '60' },
  }),
  'register.totals-row-mismatch.expected': entry({
    zh: () => '合计（小计）等于上面各行之和；该行不计入统计，统计数由 gongwen 逐行计算',
    en: () => 'the total to be the sum of the rows above it; the row is left out of the counts, which gongwen makes from the rows',
    example: {},
  }),

  // the header and its columns (src/registers/columns.ts, registerBuilder.ts)
  'register.unknown-column': entry<{ name: string; kind: KindName }>({
    zh: (p) => `“${p.name}”不是${KIND_ZH[p.kind]}台账的列，已忽略`,
    en: (p) => `column "${p.name}" is not a ${p.kind} column and is ignored`,
    example: { name: '信访方式', kind: '信访登记' },
  }),
  'register.unknown-key': entry<{ name: string; kind: KindName }>({
    zh: (p) => `项目“${p.name}”不是${KIND_ZH[p.kind]}台账的列，已忽略`,
    en: (p) => `key "${p.name}" is not a ${p.kind} column and is ignored`,
    example: { name: '备注', kind: '矛盾纠纷' },
  }),
  'register.duplicate-column': entry<{ name: string; first: string; column: number }>({
    zh: (p) => `列“${p.name}”与第 ${p.column} 列“${p.first}”重复，只读取前一列`,
    en: (p) => `column "${p.name}" repeats "${p.first}" (column ${p.column}); only the first is read`,
    example: { name: '日期', first: '登记日期', column: 2 },
  }),
  'register.missing-column': entry<{ kind: KindName; name: string }>({
    zh: (p) => `${KIND_ZH[p.kind]}台账没有“${p.name}”列`,
    en: (p) => `the ${p.kind} register has no "${p.name}" column`,
    example: { kind: '信访登记', name: '登记日期' },
  }),
  'register.missing-column.expected': entry<{ names: readonly string[] }>({
    zh: (p) => `名为${p.names.map((n) => `“${n}”`).join('或')}的列`,
    en: (p) => `a column named ${p.names.map((n) => `"${n}"`).join(' or ')}`,
    example: { names: ['登记日期'] },
  }),
  'register.no-header': entry<{ file: string }>({
    zh: (p) => `${p.file} 没有表头行`,
    en: (p) => `${p.file} has no header row`,
    example: { file: '信访.csv' },
  }),
  'register.no-header.expected': entry({
    zh: () => '写明各列名称的表头行（编号、登记日期、信访形式……或 编号、排查日期、化解状态……）',
    en: () => 'a header row naming the columns (编号, 登记日期, 信访形式 … or 编号, 排查日期, 化解状态 …)',
    example: {},
  }),
  'register.unknown-kind': entry<{ file: string }>({
    zh: (p) => `无法判断 ${p.file} 是信访登记台账还是矛盾纠纷台账`,
    en: (p) => `cannot tell whether ${p.file} is a 信访登记 or a 矛盾纠纷 register`,
    example: { file: '台账.csv' },
  }),
  'register.unknown-kind.expected': entry({
    zh: () => '信访登记的列（登记日期、信访形式、办理状态……）或矛盾纠纷的列（排查日期、纠纷类别、化解状态……）',
    en: () => '信访登记 columns (登记日期, 信访形式, 办理状态 …) or 矛盾纠纷 columns (排查日期, 纠纷类别, 化解状态 …)',
    example: {},
  }),

  // YAML registers (src/registers/tables.ts, yamlRegister.ts)
  'register.not-a-list': entry({
    zh: () => 'YAML 台账应是一组登记，每条登记写成一组“列名: 值”',
    en: () => 'a YAML register is a list of rows, one mapping per row',
    example: {},
  }),
  'register.not-a-list.expected': entry({
    zh: () => '- 编号: X001\n  登记日期: 2009-01-24\n  ……',
    en: () => '- 编号: X001\n  登记日期: 2009-01-24\n  …',
    example: {},
  }),
  'register.bad-row': entry({
    zh: () => 'YAML 台账的每条登记应是一组“列名: 值”',
    en: () => 'each row of a YAML register is a mapping of column names to values',
    example: {},
  }),
  'register.duplicate-key': entry<{ key: string; first: string }>({
    zh: (p) => `同一条登记中“${p.key}”与“${p.first}”重复，只读取“${p.first}”`,
    en: (p) => `"${p.key}" repeats "${p.first}" in the same row; only "${p.first}" is read`,
    example: { key: '日期', first: '登记日期' },
  }),
  'register.yaml-syntax': entry<{ detail: string }>({
    zh: (p) => `YAML 格式错误：${p.detail}`,
    en: (p) => p.detail,
    example: { detail: 'Implicit map keys need to be followed by map values' },
  }),

  // files and folders (src/registers/read.ts, paths.ts, readSpreadsheet.ts)
  'register.same-twice': entry<{ file: string; kept: string }>({
    zh: (p) => `未读取 ${p.file}：${p.kept} 是同一本台账`,
    en: (p) => `${p.file} is not read: ${p.kept} holds the same register`,
    example: { file: '台账/信访.csv', kept: '台账/信访.xlsx' },
  }),
  'register.same-twice.hint': entry({
    zh: () => '如要读取这一份，请直接给出该文件',
    en: () => 'give the file itself to read this form instead',
    example: {},
  }),
  'register.none-in-folder': entry<{ folder: string }>({
    zh: (p) => `${p.folder} 中没有台账文件（.xlsx、.csv、.yaml）`,
    en: (p) => `no register files (.xlsx, .csv, .yaml) in ${p.folder}`,
    example: { folder: '台账' },
  }),
  'register.unsupported-format': entry<{ file: string }>({
    zh: (p) => `无法把“${p.file}”作为台账读取`,
    en: (p) => `cannot read "${p.file}" as a register`,
    example: { file: '信访.docx' },
  }),
  'register.formats': entry({
    zh: () => '.csv、.xlsx、.yaml 或 .yml 文件',
    en: () => '.csv, .xlsx, .yaml or .yml',
    example: {},
  }),
  'register.old-workbook': entry<{ file: string }>({
    zh: (p) => `${p.file} 是 Excel 97–2003 工作簿（二进制 .xls 格式），gongwen 不读取这种格式`,
    en: (p) => `${p.file} is an Excel 97–2003 workbook (the binary .xls format), which gongwen does not read`,
    example: { file: '信访.xls' },
  }),
  'register.old-workbook.hint': entry({
    zh: () => '请在 Excel 或 WPS 中打开，另存为 .xlsx 工作簿（另存为 → Excel 工作簿），或另存为 CSV UTF-8',
    en: () => 'open it in Excel or WPS and save it as an .xlsx workbook (另存为 → Excel 工作簿), or as CSV UTF-8',
    example: {},
  }),
  'register.unreadable': entry<{ file: string; reason: string }>({
    zh: (p) => `无法读取 ${p.file}：${p.reason}`,
    en: (p) => `cannot read ${p.file}: ${p.reason}`,
    example: { file: '信访.xlsx', reason: 'the workbook has no sheets' },
  }),
  'register.unreadable.hint': entry({
    zh: () => '这是 Excel 或 WPS 保存的 .xlsx 工作簿吗？请在 Excel 中打开后重新保存',
    en: () => 'is it an .xlsx workbook saved by Excel or WPS? open it in Excel and save it again',
    example: {},
  }),
  'register.not-found': entry<{ file: string }>({
    zh: (p) => `文件不存在：${p.file}`,
    en: (p) => `no such file: ${p.file}`,
    example: { file: '信访.csv' },
  }),
  'register.open-failed': entry<{ file: string; code: string }>({
    zh: (p) => `无法读取 ${p.file}（${p.code}）`,
    en: (p) => `cannot read ${p.file} (${p.code})`,
    example: { file: '信访.csv', code: 'EACCES' },
  }),
  'register.not-a-file': entry<{ file: string; what: 'folder' | 'fifo' | 'device' | 'socket' | 'other' }>({
    zh: (p) => `${p.file} 是${{ folder: '文件夹', fifo: '命名管道（FIFO）', device: '设备', socket: '套接字', other: '特殊文件' }[p.what]}，不是台账文件`,
    en: (p) => `${p.file} is ${{ folder: 'a folder', fifo: 'a FIFO (named pipe)', device: 'a device', socket: 'a socket', other: 'not a regular file' }[p.what]}, not a register file`,
    example: { file: '台账', what: 'folder' },
  }),
  'register.not-a-file.expected': entry({
    zh: () => '普通的 .csv、.xlsx 或 .yaml 文件',
    en: () => 'a regular .csv, .xlsx or .yaml file',
    example: {},
  }),
  'register.too-large': entry<{ file: string; mebibytes: string; limit: number }>({
    zh: (p) => `${p.file} 有 ${p.mebibytes} MiB，YAML 台账最大 ${p.limit} MiB`,
    en: (p) => `${p.file} is ${p.mebibytes} MiB, more than the ${p.limit} MiB gongwen reads in a YAML register`,
    example: { file: '信访.yaml', mebibytes: '80', limit: 64 },
  }),
  'register.too-large.hint': entry({
    zh: () => '大的台账请用 CSV 或 XLSX 保存，这两种格式分块读取',
    en: () => 'keep large registers in CSV or XLSX, which are read a block at a time',
    example: {},
  }),
  'register.workbook-as-csv': entry<{ file: string; zip: boolean }>({
    zh: (p) => `${p.file} 是${p.zip ? ' Excel 工作簿（zip 文件）' : ' Excel 97–2003 工作簿（.xls）'}，不是 CSV 文本：请改用它本来的扩展名（.xlsx），或在 Excel 中另存为 CSV UTF-8`,
    en: (p) => `${p.file} is ${p.zip ? 'an Excel workbook (a zip file)' : 'an Excel 97–2003 workbook (.xls)'}, not CSV text: give it its own extension (.xlsx), or save it from Excel as CSV UTF-8`,
    example: { file: '信访.csv', zip: true },
  }),
  'register.no-text': entry<{ file: string; picture: boolean }>({
    zh: (p) => `${p.file} 不是台账，而是${p.picture ? '一张图片（照片、截图或扫描件）' : ' PDF 文件'}`,
    en: (p) => `${p.file} is no register but ${p.picture ? 'a picture (a photo, a screenshot or a scan)' : 'a PDF'}`,
    example: { file: '信访台账.csv', picture: true },
  }),
  'register.no-text.hint': entry({
    zh: () => '台账是 Excel 工作簿（.xlsx）或 CSV 文件：请用登记时的 Excel 表格，或在 Excel 中另存为 CSV UTF-8',
    en: () => 'a register is an Excel workbook (.xlsx) or a CSV file: use the spreadsheet it was kept in, or save it from Excel as CSV UTF-8',
    example: {},
  }),
  'register.unknown-sheet': entry<{ file: string; sheet: string }>({
    zh: (p) => `${p.file} 中没有名为“${p.sheet}”的工作表`,
    en: (p) => `${p.file} has no sheet named "${p.sheet}"`,
    example: { file: '台账.xlsx', sheet: '信访' },
  }),
  'register.sheets': entry<{ sheets: readonly string[] }>({
    zh: (p) => `其中的工作表之一：${p.sheets.map((s) => `“${s}”`).join('、')}`,
    en: (p) => `one of its sheets: ${p.sheets.map((s) => `"${s}"`).join(', ')}`,
    example: { sheets: ['矛盾纠纷'] },
  }),
  'register.no-register-sheet': entry<{ file: string; sheets: readonly string[] }>({
    zh: (p) => `${p.file} 的工作表都没有台账的列；其工作表为${p.sheets.map((s) => `“${s}”`).join('、')}`,
    en: (p) => `no sheet of ${p.file} has a register's columns; its sheets are ${p.sheets.map((s) => `"${s}"`).join(', ')}`,
    example: { file: '台账.xlsx', sheets: ['汇总'] },
  }),
  'register.no-register-sheet.expected': entry({
    zh: () => '表头写明信访登记的列（编号、登记日期、信访形式……）或矛盾纠纷的列（编号、排查日期、化解状态……）的工作表',
    en: () => 'a sheet whose header row names 信访登记 columns (编号, 登记日期, 信访形式 …) or 矛盾纠纷 columns (编号, 排查日期, 化解状态 …)',
    example: {},
  }),
  'register.no-register-sheet.hint': entry({
    zh: () => '用 --sheet 指定要读取的工作表',
    en: () => 'name the sheet to read with --sheet',
    example: {},
  }),
  'register.too-many': entry<{ limit: number }>({
    zh: (p) => `一次运行中同一类台账超过 ${p.limit} 本`,
    en: (p) => `more than ${p.limit} registers of one kind in one run`,
    example: { limit: 65535 },
  }),

  // the hint under an encoding problem of a register (src/registers/readSpreadsheet.ts REGISTER_ENCODING_HINT,
  // said through this entry once src/io/reportEncoding.ts takes a catalogue text for its hint)
  'register.encoding-hint': entry({
    zh: () => '请把文件统一另存为一种编码（Excel：另存为 → CSV UTF-8）',
    en: () => 'save the file again in one encoding (Excel: 另存为 → CSV UTF-8)',
    example: {},
  }),

  // reasons a CSV or workbook cannot be read (thrown by src/registers/csv.ts, xlsx*.ts)
  'csv.row-too-long': entry<{ row: number; limit: string }>({
    zh: (p) => `第 ${p.row} 行超过 ${p.limit} 个字符：是否有引号（"）没有结束？`,
    en: (p) => `row ${p.row} is longer than ${p.limit} characters: is a quote (") left open?`,
    example: { row: 12, limit: '1,048,576' },
  }),
  'csv.too-many-fields': entry<{ row: number; limit: string }>({
    zh: (p) => `第 ${p.row} 行超过 ${p.limit} 列（Excel 的最后一列是 XFD）`,
    en: (p) => `row ${p.row} has more than ${p.limit} fields (Excel's last column is XFD)`,
    example: { row: 12, limit: '16,384' },
  }),
  'xlsx.no-workbook': entry<{ part: string }>({
    zh: (p) => `其中没有 ${p.part}（这是 .xlsx 文件吗？）`,
    en: (p) => `no ${p.part} in the workbook (is it an .xlsx file?)`,
    example: { part: 'xl/workbook.xml' },
  }),
  'xlsx.no-sheets': entry({
    zh: () => '工作簿中没有工作表',
    en: () => 'the workbook has no sheets',
    example: {},
  }),
  'xlsx.sheet-no-part': entry<{ sheet: string }>({
    zh: (p) => `工作表“${p.sheet}”在工作簿中没有对应的部件`,
    en: (p) => `the sheet "${p.sheet}" has no part in the workbook`,
    example: { sheet: 'Sheet1' },
  }),
  'xlsx.part-missing': entry<{ part: string }>({
    zh: (p) => `工作簿已损坏：其中没有 ${p.part}`,
    en: (p) => `the workbook is corrupt: no ${p.part} in it`,
    example: { part: 'xl/worksheets/sheet1.xml' },
  }),
  'xlsx.dtd': entry<{ part: string }>({
    zh: (p) => `${p.part} 声明了 DTD（<!DOCTYPE>），工作簿不会有这种内容，拒绝读取`,
    en: (p) => `${p.part} declares a DTD (<!DOCTYPE>), which no workbook has; refused`,
    example: { part: 'xl/worksheets/sheet1.xml' },
  }),
  'xlsx.in': entry<{ part: string; reason: string }>({
    zh: (p) => `${p.part} 部件：${p.reason}`,
    en: (p) => `${p.part}: ${p.reason}`,
    example: { part: 'xl/worksheets/sheet1.xml', reason: 'row 12 is cut off' },
  }),
  'xlsx.tag-cut-off': entry({
    zh: () => '单元格标签不完整',
    en: () => 'a cell tag is cut off',
    example: {},
  }),
  'xlsx.beyond-column': entry<{ cell: string }>({
    zh: (p) => `单元格 ${p.cell} 超出了 Excel 的最后一列（XFD）`,
    en: (p) => `cell ${p.cell} is beyond Excel's last column (XFD)`,
    example: { cell: 'XFE1' },
  }),
  'xlsx.row-too-long': entry<{ row: number; limit: number }>({
    zh: (p) => `第 ${p.row} 行的 XML 超过 ${p.limit} Mi 个字符`,
    en: (p) => `row ${p.row} is longer than ${p.limit} Mi characters of XML`,
    example: { row: 12, limit: 8 },
  }),
  'xlsx.no-sheet-data': entry<{ part: string; limit?: number }>({
    zh: (p) => `工作簿已损坏：${p.part} ${p.limit ? `的前 ${p.limit} MiB 中` : '中'}没有 <sheetData>`,
    en: (p) => `the workbook is corrupt: ${p.part} has no <sheetData>${p.limit ? ` in its first ${p.limit} MiB` : ''}`,
    example: { part: 'xl/worksheets/sheet1.xml', limit: 8 },
  }),
  'xlsx.sheet-cut-off': entry<{ part: string; row: number }>({
    zh: (p) => `工作簿已损坏：${p.part} 在第 ${p.row} 行之后不完整`,
    en: (p) => `the workbook is corrupt: ${p.part} is cut off after row ${p.row}`,
    example: { part: 'xl/worksheets/sheet1.xml', row: 120 },
  }),
  'xlsx.row-order': entry<{ row: number; after: number }>({
    zh: (p) => `第 ${p.row} 行排在第 ${p.after} 行之后`,
    en: (p) => `row ${p.row} comes after row ${p.after}`,
    example: { row: 3, after: 7 },
  }),
  'xlsx.beyond-row': entry<{ cell?: string; row: string; limit: string }>({
    zh: (p) => `${p.cell ? `单元格 ${p.cell} 在` : ''}第 ${p.row} 行，超出了 Excel 的最后一行（${p.limit}）`,
    en: (p) => `${p.cell ? `cell ${p.cell} is in ` : ''}row ${p.row}, beyond Excel's last row (${p.limit})`,
    example: { cell: 'A1048577', row: '1,048,577', limit: '1,048,576' },
  }),
  'xlsx.row-cut-off': entry<{ row: number }>({
    zh: (p) => `第 ${p.row} 行不完整`,
    en: (p) => `row ${p.row} is cut off`,
    example: { row: 12 },
  }),
  'xlsx.cell-cut-off': entry<{ cell: string }>({
    zh: (p) => `单元格 ${p.cell} 不完整`,
    en: (p) => `cell ${p.cell} is cut off`,
    example: { cell: 'C12' },
  }),
  'xlsx.bad-cell': entry<{ cell: string; value: string; what: 'number' | 'boolean' | 'date' }>({
    zh: (p) => `单元格 ${p.cell} 的值“${p.value}”不是${{ number: '数字', boolean: '布尔值', date: '日期' }[p.what]}`,
    en: (p) => `cell ${p.cell} holds "${p.value}", not a ${p.what}`,
    example: { cell: 'B3', value: 'abc', what: 'number' },
  }),
  'xlsx.no-shared-string': entry<{ cell: string; index: string }>({
    zh: (p) => `单元格 ${p.cell} 引用了第 ${p.index} 号共享字符串，工作簿中没有`,
    en: (p) => `cell ${p.cell} refers to shared string ${p.index}, which the workbook does not have`,
    example: { cell: 'C4', index: '999' },
  }),
  'xlsx.unknown-type': entry<{ cell: string; type: string }>({
    zh: (p) => `单元格 ${p.cell} 的类型“${p.type}”无法识别`,
    en: (p) => `cell ${p.cell} has an unknown type "${p.type}"`,
    example: { cell: 'D5', type: 'x' },
  }),
  'xlsx.no-sst': entry<{ part: string }>({
    zh: (p) => `工作簿已损坏：${p.part} 中没有 <sst>`,
    en: (p) => `the workbook is corrupt: ${p.part} has no <sst>`,
    example: { part: 'xl/sharedStrings.xml' },
  }),
  'xlsx.shared-string-too-long': entry<{ limit: number }>({
    zh: (p) => `有一个共享字符串超过 ${p.limit} MiB`,
    en: (p) => `a shared string is longer than ${p.limit} MiB`,
    example: { limit: 8 },
  }),
  'xlsx.shared-strings-cut-off': entry({
    zh: () => '共享字符串不完整',
    en: () => 'the shared strings are cut off',
    example: {},
  }),
  'xlsx.too-many-shared-strings': entry<{ part: string; count: string; chars: string }>({
    zh: (p) => `${p.part} 中的共享字符串超过 ${p.count} 个或 ${p.chars} Mi 个字符，超出 gongwen 的保存上限；请把台账另存为 CSV（CSV UTF-8），这种格式分块读取`,
    en: (p) => `${p.part} holds more than ${p.count} shared strings or ${p.chars} Mi characters of them, more than gongwen keeps; save the register as CSV (CSV UTF-8), which is read a block at a time`,
    example: { part: 'xl/sharedStrings.xml', count: '4,000,000', chars: '64' },
  }),
} as const;
