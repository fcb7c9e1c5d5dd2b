/**
 * The command line's own words (src/cli): `--help` of the program and of every command, and the lines
 * a run prints beside the diagnostics — wrote, ok, the summary at the end of a batch, usage errors,
 * the progress line, `templates list`, `serve`, `--verbose`, `--watch`. Chinese counts records with
 * 份, files with 个, findings with 条.
 */
import { entry } from './entry.js';

/** A text without values, once in each language. */
const text = (zh: string, en: string) => entry({ zh: () => zh, en: () => en, example: {} });

const KIND_ARGUMENT = text(
  '纪要|minutes、总结|summary、实施方案|plan、讲话|speech，一种模板（minutes-header、minutes-branch、实施意见），或 配置|config（gongwen.config.yaml）',
  'minutes|纪要, summary|总结, plan|实施方案, speech|讲话, a template (minutes-header, minutes-branch, 实施意见), or config|配置 for gongwen.config.yaml',
);

/** --help: descriptions, arguments, options and the texts after them. */
const help = {
  'help.usage': text('用法：', 'Usage:'),
  'help.arguments': text('参数：', 'Arguments:'),
  'help.options': text('选项：', 'Options:'),
  'help.commands': text('命令：', 'Commands:'),
  'help.global-options': text('全局选项：', 'Global Options:'),
  'help.default': entry<{ value: string }>({ zh: (p) => `默认：${p.value}`, en: (p) => `default: ${p.value}`, example: { value: '"text"' } }),
  'help.choices': entry<{ values: string }>({ zh: (p) => `可选：${p.values}`, en: (p) => `choices: ${p.values}`, example: { values: '"text", "json"' } }),
  'help.help': text('显示命令的帮助', 'display help for command'),
  'help.version': text('显示版本号', 'output the version number'),
  'help.after-error': text('（运行 gongwen --help 查看用法）', '(run gongwen --help for usage)'),
  'help.program': text(
    '从 YAML 记录编写公文（纪要、总结、实施方案、讲话），生成按 GB/T 9704-2012 排版的 Markdown、DOCX 和 PDF。',
    'Compile Chinese office documents (纪要, 总结, 实施方案, 讲话) from YAML records to Markdown, DOCX and PDF laid out by GB/T 9704-2012.',
  ),
  'help.program.after': text(
    `
示例：
  $ gongwen render examples/minutes-town-petition.yaml            Markdown 输出到终端
  $ gongwen render examples/ --format docx --output out/          每个示例都生成 DOCX
  $ gongwen render 纪要.yaml --format pdf --output 纪要.pdf --force
  $ gongwen validate records/                                      检查每份记录，一次列出全部错误
  $ gongwen new 纪要 --output 会议纪要.yaml                          写一份待填写的样板记录
  $ gongwen templates list
  $ gongwen schema minutes --output minutes.schema.json
  $ gongwen stats examples/registers/信访台账2009.csv --period 2009H1

文种：minutes（纪要）、summary（总结）、plan（实施方案）、speech（讲话）。
退出码：0 成功，1 有输入无效，2 用法错误。`,
    `
Examples:
  $ gongwen render examples/minutes-town-petition.yaml            Markdown to the terminal
  $ gongwen render examples/ --format docx --output out/          every example as DOCX
  $ gongwen render 纪要.yaml --format pdf --output 纪要.pdf --force
  $ gongwen validate records/                                      check every record, all errors at once
  $ gongwen new 纪要 --output 会议纪要.yaml                          a starter record to fill in
  $ gongwen templates list
  $ gongwen schema minutes --output minutes.schema.json
  $ gongwen stats examples/registers/信访台账2009.csv --period 2009H1

Kinds: minutes (纪要), summary (总结), plan (实施方案), speech (讲话).
Exit codes: 0 success, 1 an input was invalid, 2 usage error.`,
  ),
  'help.quiet': text('只显示错误和警告，不显示其他各行', 'print only errors and warnings (no "ok", "wrote" or count lines)'),
  'help.verbose': text('说明每份记录所用的配置、模板、台账和用时', 'say which config file, template and registers each record used, and the time taken'),
  'help.lang': text('提示和帮助的语言：zh（中文）或 en（英文）；默认依次看 GONGWEN_LANG、LC_ALL、LC_MESSAGES、LANG 和系统区域设置', 'the language of messages and help: zh (Chinese) or en (English); by default from GONGWEN_LANG, LC_ALL, LC_MESSAGES, LANG, then the system locale'),
  'help.force': text('替换已有的文件', 'replace an existing file'),
  'help.skip-bad-rows': text('略过台账中有误的行（仍会报告）', 'leave out bad register rows (they are still reported)'),
  'help.kind': KIND_ARGUMENT,

  'help.render': text('把记录生成 Markdown、DOCX 或 PDF', 'render records to Markdown, DOCX or PDF'),
  'help.render.records': text('记录文件（.yaml、.md）、文件夹、通配模式（"记录/*.yaml"），或用 - 表示标准输入', 'record files (.yaml, .md), folders, patterns ("记录/*.yaml"), or - for standard input'),
  'help.render.format': text('输出格式（默认：按 --output 的文件名判断，否则为 md）', 'output format (default: from the --output file name, else md)'),
  'help.render.output': text('输出文件；多份记录时为输出文件夹（不给时 Markdown 输出到标准输出）', 'output file, or folder for several records (Markdown goes to stdout without it)'),
  'help.render.template': text('使用这个模板，而不用记录自己的模板', "template to use instead of the record's own"),
  'help.render.force': text('替换已有的输出文件', 'replace existing output files'),
  'help.render.keep-punctuation': text('不把半角标点转换为全角', 'do not convert half-width punctuation to full-width'),
  'help.render.font-profile': text('DOCX 中的字体：gb2312（仿宋_GB2312 等，默认）或 plain（仿宋 等）', 'fonts in the DOCX: gb2312 (仿宋_GB2312 …, the default) or plain (仿宋 …)'),
  'help.render.simplified': text('把繁体字转换为简体字后生成（用繁体字输入的记录，或已有文档 .docx、.txt、.md）', 'convert traditional characters to simplified (a record typed in them, or an existing document: .docx, .txt, .md)'),
  'help.validate.simplified': text('把繁体字转换为简体字后检查（与 render --simplified 相同）', 'check with traditional characters converted to simplified (as render --simplified)'),
  'help.render.reporter': text('诊断信息的输出方式：text，或 json（在标准输出上输出一个数组；Markdown 需要 --output）', 'how diagnostics are printed: text, or json (one array on stdout; needs --output for Markdown)'),
  'help.render.watch': text('记录、其台账、模板或配置文件改动后重新生成（按 Ctrl-C 停止）', 'render again whenever a record, its registers, template or config file changes (Ctrl-C stops)'),
  'help.render.debounce': text('与 --watch 同用：最后一次改动后等待这么多毫秒再生成', 'with --watch: wait this long after the last change before rendering'),
  'help.render.after': text(
    '\n示例：\n  $ gongwen render examples/minutes-town-petition.yaml\n  $ gongwen render examples/ --format docx --output out/\n  $ gongwen render 方案.yaml --format pdf -o 方案.pdf --force\n  $ gongwen render 纪要.yaml -f docx -o out/ --watch',
    '\nExamples:\n  $ gongwen render examples/minutes-town-petition.yaml\n  $ gongwen render examples/ --format docx --output out/\n  $ gongwen render 方案.yaml --format pdf -o 方案.pdf --force\n  $ gongwen render 纪要.yaml -f docx -o out/ --watch',
  ),

  'help.validate': text('检查记录（结构、合计、模板），不写任何文件', 'check records (schema, totals, templates) without writing anything'),
  'help.validate.records': text('记录文件或文件夹', 'record files or folders'),
  'help.validate.reporter': text('诊断信息的输出方式：text，或 json（在标准输出上输出一个数组，供编辑器和脚本使用）', 'how diagnostics are printed: text, or json (one array on stdout, for editors and scripts)'),
  'help.validate.after': text(
    '\n示例：\n  $ gongwen validate examples/\n  $ gongwen validate 纪要.yaml 总结.yaml\n  $ gongwen validate records/ --reporter json',
    '\nExamples:\n  $ gongwen validate examples/\n  $ gongwen validate 纪要.yaml 总结.yaml\n  $ gongwen validate records/ --reporter json',
  ),

  'help.new': text('写一份某文种的样板记录（已填好内容，可直接生成）', 'write a filled-in starter record of a kind, which renders as it is'),
  'help.new.output': text('写入这个文件，而不是标准输出', 'write to this file instead of stdout'),
  'help.new.after': text(
    '\n示例：\n  $ gongwen new 纪要 --output 会议纪要.yaml\n  $ gongwen new plan > 方案.yaml\n  $ gongwen new 配置 --output gongwen.config.yaml',
    '\nExamples:\n  $ gongwen new 纪要 --output 会议纪要.yaml\n  $ gongwen new plan > 方案.yaml\n  $ gongwen new 配置 --output gongwen.config.yaml',
  ),

  'help.schema': text('输出某文种记录的 JSON Schema（供带 YAML 语言服务的编辑器使用）', "print the JSON Schema of a kind's records (for editors with a YAML language server)"),
  'help.schema.output': text('写入这个文件', 'write to this file'),

  'help.templates': text('列出、显示和导出模板', 'list, show and eject templates'),
  'help.templates.list': text('现有的模板：内置的，以及本项目 ./gongwen-templates 中的', "the templates there are: built-in, and the project's own in ./gongwen-templates"),
  'help.templates.show': text('显示一个模板', 'print a template'),
  'help.templates.name': text('模板名称（见 gongwen templates list）', 'the name of a template (see gongwen templates list)'),
  'help.templates.eject': entry<{ dir: string }>({
    zh: (p) => `把内置模板复制到 ./${p.dir}/，在那里修改`,
    en: (p) => `copy a built-in template into ./${p.dir}/ to change it there`,
    example: { dir: 'gongwen-templates' },
  }),
  'help.templates.eject.force': text('替换已有的副本', 'replace an existing copy'),

  'help.stats': text('按时段统计台账中的信访和纠纷', 'count petitions and disputes in registers (台账) for a period'),
  'help.stats.registers': text('台账文件：CSV、XLSX 或 YAML', 'register files: CSV, XLSX or YAML'),
  'help.stats.period': text('时段：2009、2009H1、2009Q3、2009-05、2009-01-01..2009-06-30', 'period: 2009, 2009H1, 2009Q3, 2009-05, 2009-01-01..2009-06-30'),
  'help.stats.by': text('按某一列分类计数（如 村社区、问题类别）', 'break the counts down by a column (e.g. 村社区, 问题类别)'),
  'help.stats.format': text('输出格式', 'output format'),
  'help.stats.sheet': text('要读取的工作表（默认：第一个有台账各列的工作表）', "the sheet of a workbook to read (default: the first with a register's columns)"),
  'help.stats.output': text('写入这个文件（CSV 为带字节顺序标记的 UTF-8，Excel 可直接打开）', 'write to this file (a CSV: UTF-8 with a byte order mark, which Excel opens)'),
  'help.stats.encoding': text('utf-8-bom、utf-8 或 gbk（用于旧版 Excel）', 'utf-8-bom, utf-8 or gbk (for an old Excel)'),
  'help.stats.force': text('替换已有的输出文件', 'replace an existing output file'),
  'help.stats.after': text(
    '\n示例：\n  $ gongwen stats examples/registers/信访台账2009.csv --period 2009H1\n  $ gongwen stats examples/registers/ --period 2009 --by 村社区 --format json\n  $ gongwen stats 台账.xlsx --sheet 信访登记 --format csv -o 统计.csv',
    '\nExamples:\n  $ gongwen stats examples/registers/信访台账2009.csv --period 2009H1\n  $ gongwen stats examples/registers/ --period 2009 --by 村社区 --format json\n  $ gongwen stats 台账.xlsx --sheet 信访登记 --format csv -o 统计.csv',
  ),

  'help.serve': text('以网页（地址 127.0.0.1）提供一个文件夹中的记录：每份记录一个表单、实时预览、下载', 'serve the records of a folder as a page on 127.0.0.1: a form per record, a live preview, downloads'),
  'help.serve.folder': text('记录所在的文件夹', 'the folder of records'),
  'help.serve.port': text('端口（默认：一个空闲端口）', 'port (default: a free one)'),
  'help.serve.host': text('在这个地址上监听，而不是 127.0.0.1（会给出警告）', 'listen on this address instead of 127.0.0.1 (with a warning)'),
  'help.serve.open': text('在浏览器中打开网页', 'open the page in the browser'),

  'help.check': text('列出 DOCX 文件与 GB/T 9704-2012 不符之处（从不修改文件）', 'report every departure of DOCX files from GB/T 9704-2012 (never changes them)'),
  'help.check.files': text('DOCX 文件，Word、WPS 或 gongwen 保存的均可', 'DOCX files, as Word, WPS or gongwen saved them'),
  'help.check.reporter': text('检查结果的输出方式', 'how findings are printed'),
  'help.check.after': text(
    '\n示例：\n  $ gongwen check 方案.docx\n  $ gongwen check *.docx --reporter json\n\n退出码：0 没有错误（可以有警告），1 有“错误”级的问题或有文件无法读取，2 用法错误。',
    '\nExamples:\n  $ gongwen check 方案.docx\n  $ gongwen check *.docx --reporter json\n\nExit codes: 0 no errors (warnings allowed), 1 findings of severity error or a file that cannot be read, 2 usage.',
  ),

  'help.import': text('把已有文档（DOCX、纯文本、Markdown）读成一份记录', 'read an existing document (DOCX, plain text, Markdown) into a record'),
  'help.import.file': text('一个 .docx、.txt 或 .md 文件（不带前置元数据）', 'a .docx, .txt or .md (without front matter)'),
  'help.import.kind': text('纪要|minutes、总结|summary、实施方案|plan、讲话|speech（默认：按标题和正文推断）', 'minutes|纪要, summary|总结, plan|实施方案, speech|讲话 (default: guessed from the title and text)'),
  'help.import.output': text('把记录写入这个文件（默认：标准输出）', 'write the record to this file (default: stdout)'),
  'help.import.simplified': text('把繁体字转换为简体字', 'convert traditional characters to simplified'),
  'help.import.after': text(
    '\n示例：\n  $ gongwen import 去年方案.docx -o 方案.yaml\n  $ gongwen import 纪要.txt --kind 纪要 --simplified',
    '\nExamples:\n  $ gongwen import 去年方案.docx -o 方案.yaml\n  $ gongwen import 纪要.txt --kind 纪要 --simplified',
  ),
} as const;

/** The lines a run prints beside the diagnostics. */
const run = {
  'cli.error': text('错误', 'error'),
  'cli.warning': text('警告', 'warning'),
  'cli.wrote': entry<{ file: string }>({ zh: (p) => `已写入 ${p.file}`, en: (p) => `wrote ${p.file}`, example: { file: 'out/纪要.docx' } }),
  'cli.wrote-template': entry<{ file: string }>({
    zh: (p) => `已写入 ${p.file}：此后从这个文件夹生成的记录都使用它`,
    en: (p) => `wrote ${p.file}: records rendered from this folder now use it`,
    example: { file: 'gongwen-templates/minutes.hbs' },
  }),
  'cli.ok': entry<{ file: string }>({ zh: (p) => `通过 ${p.file}`, en: (p) => `ok ${p.file}`, example: { file: '纪要.yaml' } }),
  'cli.validated': entry<{ checked: number; valid: number; invalid: number }>({
    zh: (p) => `检查了 ${p.checked} 份记录：${p.valid} 份有效，${p.invalid} 份有误`,
    en: (p) => `${p.checked} record(s) checked: ${p.valid} valid, ${p.invalid} invalid`,
    example: { checked: 3, valid: 2, invalid: 1 },
  }),
  'cli.rendered': entry<{ total: number; rendered: number; failed: number; written: number }>({
    zh: (p) => `共 ${p.total} 份记录：${p.rendered} 份已生成，${p.failed} 份出错${p.written ? `，写入 ${p.written} 个文件` : ''}`,
    en: (p) => `${p.total} record(s): ${p.rendered} rendered, ${p.failed} failed${p.written ? `, ${p.written} file(s) written` : ''}`,
    example: { total: 3, rendered: 2, failed: 1, written: 2 },
  }),
  'cli.progress': text('正在生成', 'rendering'),
  'cli.lang-invalid': entry<{ value: string }>({
    zh: (p) => `--lang ${p.value}：语言只能是 zh（中文）或 en（英文）`,
    en: (p) => `--lang ${p.value}: the language is zh (Chinese) or en (English)`,
    example: { value: 'fr' },
  }),
  'cli.lang-missing': text('--lang 后面要写语言：zh（中文）或 en（英文）', '--lang needs a language: zh (Chinese) or en (English)'),
  'cli.unknown-kind': entry<{ name: string; kinds: string }>({
    zh: (p) => `没有“${p.name}”这个文种：可用 ${p.kinds}`,
    en: (p) => `unknown kind "${p.name}": use one of ${p.kinds}`,
    example: { name: '通知', kinds: 'minutes (纪要), summary (总结)' },
  }),
  'cli.watch-stdin': text('--watch 跟踪的是文件：来自标准输入（-）的记录无法跟踪', '--watch follows files: a record from standard input (-) cannot be watched'),
  'cli.json-needs-output': text('--reporter json 把诊断信息输出到标准输出：请用 --output 给出 Markdown 的去处', '--reporter json prints the diagnostics on standard output: give --output for the Markdown'),
  'cli.stdin-once': text('“-”（来自标准输入的记录）只能给一次', '"-" (a record from standard input) can be given once'),
  'cli.no-such-input': entry<{ paths: string }>({ zh: (p) => `没有这个文件或文件夹：${p.paths}`, en: (p) => `no such file or folder: ${p.paths}`, example: { paths: '纪要.yaml' } }),
  'cli.no-records': entry<{ inputs: string }>({
    zh: (p) => `${p.inputs} 中没有记录（.yaml、.yml、.md）`,
    en: (p) => `no records (.yaml, .yml, .md) in ${p.inputs}`,
    example: { inputs: '记录/' },
  }),
  'cli.stdin-too-large': entry<{ mb: number }>({
    zh: (p) => `标准输入超过 ${p.mb} MB；一份记录最多这么大`,
    en: (p) => `standard input holds more than ${p.mb} MB; a record may be at most that`,
    example: { mb: 8 },
  }),
  'cli.not-a-file': entry<{ reason: string }>({
    zh: (p) => `${p.reason}：记录只从普通文件读取`,
    en: (p) => `${p.reason}: records are read from regular files only`,
    example: { reason: 'is a pipe (FIFO)' },
  }),
  'cli.refused.fifo': text('是管道（FIFO）', 'is a pipe (FIFO)'),
  'cli.refused.device': text('是设备', 'is a device'),
  'cli.refused.socket': text('是套接字', 'is a socket'),
  'cli.refused.other': text('不是普通文件', 'is not a regular file'),
  'cli.refused.unlisted': entry<{ code: string }>({ zh: (p) => `无法列出其中的文件（${p.code}）`, en: (p) => `cannot be listed (${p.code})`, example: { code: 'EACCES' } }),
  'cli.no-template': entry<{ name: string }>({
    zh: (p) => `没有名为“${p.name}”的模板（见 gongwen templates list）`,
    en: (p) => `no template "${p.name}" (see gongwen templates list)`,
    example: { name: '通知' },
  }),
  'cli.no-builtin-template': entry<{ name: string }>({
    zh: (p) => `没有名为“${p.name}”的内置模板（见 gongwen templates list）`,
    en: (p) => `no built-in template "${p.name}" (see gongwen templates list)`,
    example: { name: '通知' },
  }),
  'cli.templates.heading': text('名称|文种|来源|说明', 'name|kind|source|description'),
  'cli.templates.builtin': text('内置', 'builtin'),
  'cli.templates.project': text('本项目', 'project'),
  'cli.templates.file': text('文件', 'file'),
  'cli.watching': entry<{ count: number }>({
    zh: (p) => `正在跟踪 ${p.count} 个文件的改动；按 Ctrl-C 停止`,
    en: (p) => `watching ${p.count} file(s) for changes; Ctrl-C stops`,
    example: { count: 3 },
  }),
  'cli.verbose.compiled': entry<{ file: string; time: string }>({ zh: (p) => `${p.file}：编译用时 ${p.time}`, en: (p) => `${p.file}: compiled in ${p.time}`, example: { file: '纪要.yaml', time: '12 ms' } }),
  'cli.verbose.config': text('配置：', 'config:'),
  'cli.verbose.template': text('模板：', 'template:'),
  'cli.verbose.registers': text('台账：', 'registers:'),
  'cli.verbose.no-config': text('无（本文件夹及上级文件夹中没有 gongwen.config.yaml）', 'none (no gongwen.config.yaml in this folder or above)'),
  'cli.verbose.no-template': text('没有找到', 'none found'),
  'cli.verbose.worker-stopped': entry<{ started: boolean; reason: string; returned: number }>({
    zh: (p) =>
      p.started
        ? `有一个工作线程中途停止（${p.reason}），它未完成的 ${p.returned} 份记录已由其他线程重新渲染，文档不受影响`
        : `有一个工作线程未能启动（${p.reason}），记录已由其他线程渲染，文档不受影响`,
    en: (p) =>
      p.started
        ? `a worker thread stopped (${p.reason}); the ${p.returned} record(s) it held were rendered again by the other threads, and the documents are the same`
        : `a worker thread could not start (${p.reason}); the other threads rendered the records, and the documents are the same`,
    example: { started: true, reason: 'Worker terminated due to reaching memory limit: JS heap out of memory', returned: 2 },
  }),
  'cli.verbose.finished': entry<{ time: string }>({ zh: (p) => `全部用时 ${p.time}`, en: (p) => `finished in ${p.time}`, example: { time: '120 ms' } }),
  'cli.serve.not-a-folder': entry<{ folder: string }>({ zh: (p) => `${p.folder} 不是文件夹`, en: (p) => `${p.folder} is not a folder`, example: { folder: '记录' } }),
  'cli.serve.bad-port': entry<{ port: string }>({
    zh: (p) => `--port ${p.port} 不是端口号（0–65535）`,
    en: (p) => `--port ${p.port} is not a port number (0–65535)`,
    example: { port: 'http' },
  }),
  'cli.serve.cannot-listen': entry<{ address: string; reason: string }>({
    zh: (p) => `无法在 ${p.address} 上监听：${p.reason}`,
    en: (p) => `cannot listen on ${p.address}: ${p.reason}`,
    example: { address: '127.0.0.1:8080', reason: 'EACCES' },
  }),
  'cli.serve.port-in-use': text('端口已被占用', 'the port is in use'),
  'cli.serve.host-warning': entry<{ host: string; folder: string }>({
    zh: (p) => `--host ${p.host}：网络上的其他计算机也能打开这个网页；任何人只要有地址（及其中的令牌），就能读取和修改 ${p.folder} 中的记录`,
    en: (p) => `--host ${p.host}: the page can be reached from other computers on the network; anyone with the address (and its token) can read and change the records in ${p.folder}`,
    example: { host: '0.0.0.0', folder: '记录' },
  }),
  'cli.serve.started': entry<{ folder: string }>({ zh: (p) => `gongwen serve：${p.folder} 中的记录`, en: (p) => `gongwen serve: the records in ${p.folder}`, example: { folder: '/home/办公室/记录' } }),
  'cli.serve.open': text('在浏览器中打开上面的地址（其中含有访问令牌）；按 Ctrl-C 停止服务', 'open the address above in a browser (it holds the access token); Ctrl-C stops the server'),
  'cli.serve.stopped': text('gongwen serve：已停止', 'gongwen serve: stopped'),
  // commander's own errors (src/cli/commanderErrors.ts)
  'cli.unknown-option': entry<{ option: string }>({ zh: (p) => `没有“${p.option}”这个选项`, en: (p) => `unknown option '${p.option}'`, example: { option: '--fromat' } }),
  'cli.unknown-command': entry<{ command: string }>({ zh: (p) => `没有“${p.command}”这个命令`, en: (p) => `unknown command '${p.command}'`, example: { command: 'rendre' } }),
  'cli.missing-argument': entry<{ argument: string }>({ zh: (p) => `缺少参数“${p.argument}”`, en: (p) => `missing required argument '${p.argument}'`, example: { argument: 'records' } }),
  'cli.option-needs-value': entry<{ option: string }>({ zh: (p) => `选项“${p.option}”后面要写一个值`, en: (p) => `option '${p.option}' argument missing`, example: { option: '-o, --output <path>' } }),
  'cli.invalid-choice': entry<{ option: string; value: string; choices: string }>({
    zh: (p) => `选项“${p.option}”的值“${p.value}”无效；可选的值：${p.choices}`,
    en: (p) => `option '${p.option}' argument '${p.value}' is invalid. Allowed choices are ${p.choices}.`,
    example: { option: '-f, --format <format>', value: 'odt', choices: 'md, docx, pdf, html' },
  }),
  'cli.too-many-arguments': entry<{ expected: string; received: string }>({
    zh: (p) => `参数太多：应有 ${p.expected} 个，给了 ${p.received} 个`,
    en: (p) => `too many arguments. Expected ${p.expected} argument(s) but got ${p.received}.`,
    example: { expected: '1', received: '2' },
  }),
  'cli.did-you-mean': entry<{ names: string }>({ zh: (p) => `（是不是要写 ${p.names}？）`, en: (p) => `(Did you mean ${p.names}?)`, example: { names: '--format' } }),
  'cli.stdout-failed': entry<{ reason: string }>({
    zh: (p) => `无法写入标准输出：${p.reason}`,
    en: (p) => `cannot write to standard output: ${p.reason}`,
    example: { reason: 'EPIPE' },
  }),
} as const;

export const cliMessages = { ...help, ...run } as const;
