/**
 * Messages about existing documents: reading a DOCX (its zip and XML), a text or Markdown file
 * (src/readers, src/io/unzip.ts) and importing it into a record (src/import). `gongwen check`'s
 * findings are in ./check.ts.
 */
import { entry } from './entry.js';

export const documentMessages = {
  // zip archives (src/io/unzip.ts): why a DOCX or an XLSX cannot be read
  'page-number-line': entry<{ typed: string }>({
    zh: (p) => `“${p.typed}”是复制时带进来的页码，不是正文：没有写进公文`,
    en: (p) => `"${p.typed}" is a page number copied with the text, not a paragraph: left out of the document`,
    example: { typed: '— 2 —' },
  }),
  'zip.in': entry<{ where: string; reason: string }>({
    zh: (p) => `${p.where}：${p.reason}`,
    en: (p) => `${p.where}: ${p.reason}`,
    example: { where: '方案.docx', reason: 'an encrypted part' },
  }),
  'zip.not-zip': entry({
    zh: () => '不是 zip 压缩包，或文件不完整：其中没有 zip 目录',
    en: () => 'not a zip archive, or one cut off: it has no zip directory',
    example: {},
  }),
  'zip.not-xlsx': entry({
    zh: () => '不是 .xlsx 工作簿，或文件已损坏：其中没有 zip 目录（文件是否不完整？）',
    en: () => 'not an .xlsx workbook, or a corrupt one: it has no zip directory (is the file cut off?)',
    example: {},
  }),
  'zip.ole': entry({
    zh: () => '这是 Office 97–2003 文件（.doc、.xls），不是 zip 压缩包：请在 Word、Excel 或 WPS 中打开，另存为 .docx 或 .xlsx',
    en: () => 'an Office 97–2003 file (.doc, .xls), not a zip archive: open it in Word, Excel or WPS and save it as .docx or .xlsx',
    example: {},
  }),
  'zip.zip64': entry({
    zh: () => '这是 ZIP64 压缩包，比任何公文或台账都大，不予读取',
    en: () => 'a ZIP64 archive, larger than any document or register; not read',
    example: {},
  }),
  'zip.too-many-entries': entry<{ count: string; limit: string }>({
    zh: (p) => `压缩包中有 ${p.count} 个条目，超过上限 ${p.limit}，不予读取`,
    en: (p) => `${p.count} entries in the archive, more than the limit of ${p.limit}; not read`,
    example: { count: '70,000', limit: '65,535' },
  }),
  'zip.directory-damaged': entry({
    zh: () => '压缩包已损坏：zip 目录受损',
    en: () => 'the archive is corrupt: its zip directory is damaged',
    example: {},
  }),
  'zip.entry-zip64': entry<{ entry: string }>({
    zh: (p) => `${p.entry} 超过 4 GiB（ZIP64），比任何公文或台账都大，不予读取`,
    en: (p) => `${p.entry} is larger than 4 GiB (ZIP64), larger than any document or register; not read`,
    example: { entry: 'word/document.xml' },
  }),
  'zip.cannot-unpack': entry<{ entry: string; detail: string }>({
    zh: (p) => `压缩包已损坏：${p.entry} 无法解压（${p.detail}）`,
    en: (p) => `the archive is corrupt: ${p.entry} cannot be unpacked (${p.detail})`,
    example: { entry: 'word/document.xml', detail: 'invalid stored block lengths' },
  }),
  'zip.fewer-bytes': entry<{ entry: string }>({
    zh: (p) => `压缩包已损坏：${p.entry} 解压后的字节数少于 zip 目录所记`,
    en: (p) => `the archive is corrupt: ${p.entry} unpacks to fewer bytes than its zip directory declares`,
    example: { entry: 'word/document.xml' },
  }),
  'zip.more-bytes': entry<{ entry: string; size: string }>({
    zh: (p) => `压缩包已损坏：${p.entry} 解压后超过 zip 目录所记的 ${p.size} 字节`,
    en: (p) => `the archive is corrupt: ${p.entry} unpacks to more than the ${p.size} bytes its zip directory declares`,
    example: { entry: 'word/document.xml', size: '10,240' },
  }),
  'zip.no-entry': entry<{ entry: string }>({
    zh: (p) => `压缩包中没有 ${p.entry}`,
    en: (p) => `no ${p.entry} in the archive`,
    example: { entry: 'xl/worksheets/sheet1.xml' },
  }),
  'zip.encrypted': entry<{ entry: string }>({
    zh: (p) => `${p.entry} 已加密，不予读取`,
    en: (p) => `${p.entry} is encrypted; not read`,
    example: { entry: 'word/document.xml' },
  }),
  'zip.method': entry<{ entry: string; method: number }>({
    zh: (p) => `${p.entry} 用第 ${p.method} 种方法压缩，Office 从不使用这种方法，不予读取`,
    en: (p) => `${p.entry} is compressed by method ${p.method}, which Office never uses; not read`,
    example: { entry: 'word/document.xml', method: 14 },
  }),
  'zip.entry-too-large': entry<{ entry: string; size: string; limit: string }>({
    zh: (p) => `${p.entry} 解压后有 ${p.size}，超过上限 ${p.limit}`,
    en: (p) => `${p.entry} would unpack to ${p.size}, more than the limit of ${p.limit}`,
    example: { entry: 'word/document.xml', size: '300 MiB', limit: '256 MiB' },
  }),
  'zip.ratio': entry<{ entry: string; size: string; packed: string; ratio: number }>({
    zh: (p) => `${p.entry} 由 ${p.packed} 字节解压为 ${p.size}，超过 ${p.ratio} 比 1，不予读取（是否为“压缩炸弹”？）`,
    en: (p) => `${p.entry} would unpack to ${p.size} from ${p.packed} bytes, more than ${p.ratio} to 1; not read (a zip bomb?)`,
    example: { entry: 'word/document.xml', size: '200 MiB', packed: '200,000', ratio: 200 },
  }),
  'zip.total': entry<{ limit: string; ahead: boolean }>({
    zh: (p) => `压缩包解压后总计超过上限 ${p.limit}${p.ahead ? '，不予读取' : ''}`,
    en: (p) => (p.ahead ? `the archive would unpack to more than the limit of ${p.limit} in all; not read` : `the archive unpacks to more than the limit of ${p.limit} in all`),
    example: { limit: '1,024 MiB', ahead: true },
  }),
  'zip.misplaced': entry<{ entry: string }>({
    zh: (p) => `压缩包已损坏：${p.entry} 不在 zip 目录所记的位置`,
    en: (p) => `the archive is corrupt: ${p.entry} is not where its zip directory says`,
    example: { entry: 'word/document.xml' },
  }),
  'zip.cut-off': entry<{ entry: string }>({
    zh: (p) => `压缩包已损坏：${p.entry} 不完整`,
    en: (p) => `the archive is corrupt: ${p.entry} is cut off`,
    example: { entry: 'word/document.xml' },
  }),

  // the XML of a DOCX part (src/readers/xml.ts)
  'xml.in': entry<{ part: string; reason: string }>({
    zh: (p) => `${p.part} 部件：${p.reason}`,
    en: (p) => `${p.part}: ${p.reason}`,
    example: { part: 'word/document.xml', reason: 'no root element' },
  }),
  'xml.unterminated': entry<{ what: 'instruction' | 'comment' | 'cdata' }>({
    zh: (p) => `${{ instruction: '处理指令', comment: '注释', cdata: 'CDATA 段' }[p.what]}没有结束`,
    en: (p) => `an unterminated ${{ instruction: 'processing instruction', comment: 'comment', cdata: 'CDATA section' }[p.what]}`,
    example: { what: 'comment' },
  }),
  'xml.dtd': entry({
    zh: () => '有文档类型声明（<!DOCTYPE …>），OOXML 部件不会有这种内容，不予读取',
    en: () => 'a document type declaration (<!DOCTYPE …>), which OOXML parts never have; not read',
    example: {},
  }),
  'xml.unterminated-tag': entry<{ offset: number }>({
    zh: (p) => `第 ${p.offset} 个字符处的标签没有结束`,
    en: (p) => `an unterminated tag at offset ${p.offset}`,
    example: { offset: 1024 },
  }),
  'xml.mismatched': entry<{ name: string; open?: string }>({
    zh: (p) => `</${p.name}> ${p.open ? `结束的却是 <${p.open}>` : '前面没有对应的开始标签'}`,
    en: (p) => `</${p.name}> closes ${p.open ? `<${p.open}>` : 'nothing'}`,
    example: { name: 'w:p', open: 'w:r' },
  }),
  'xml.too-many-elements': entry<{ limit: number }>({
    zh: (p) => `元素超过 ${p.limit} 个`,
    en: (p) => `more than ${p.limit} elements`,
    example: { limit: 2000000 },
  }),
  'xml.too-deep': entry<{ limit: number }>({
    zh: (p) => `元素嵌套超过 ${p.limit} 层`,
    en: (p) => `elements nested more than ${p.limit} deep`,
    example: { limit: 256 },
  }),
  'xml.unclosed': entry<{ name: string }>({
    zh: (p) => `<${p.name}> 没有结束`,
    en: (p) => `<${p.name}> is never closed`,
    example: { name: 'w:body' },
  }),
  'xml.no-root': entry({
    zh: () => '没有根元素',
    en: () => 'no root element',
    example: {},
  }),

  // reading a document (src/readers)
  'docx.no-main-part': entry<{ part: string }>({
    zh: (p) => `文件包中没有 ${p.part}（这是 .docx 文件吗？）`,
    en: (p) => `no ${p.part} in the package (is it a .docx file?)`,
    example: { part: 'word/document.xml' },
  }),
  'docx.no-body': entry<{ part: string }>({
    zh: (p) => `${p.part} 中没有 w:body`,
    en: (p) => `${p.part} has no w:body`,
    example: { part: 'word/document.xml' },
  }),
  'docx.unreadable': entry<{ reason: string }>({
    zh: (p) => `无法读取的 DOCX：${p.reason}`,
    en: (p) => `not a DOCX that can be read: ${p.reason}`,
    example: { reason: 'no word/document.xml in the package' },
  }),
  'docx.footnote-placed': entry<{ id: string; paragraph: number }>({
    zh: (p) => `第 ${p.id} 号脚注作为正文放在第 ${p.paragraph} 段之后`,
    en: (p) => `footnote ${p.id} is placed after paragraph ${p.paragraph} as text`,
    example: { id: '2', paragraph: 14 },
  }),
  'document.not-a-file.folder': entry({
    zh: () => '这是文件夹，不是文档',
    en: () => 'is a folder, not a document',
    example: {},
  }),
  'document.not-a-file.not-regular': entry({
    zh: () => '这不是普通文件（而是管道、设备或套接字）：文档只从文件读取',
    en: () => 'is not a regular file (a pipe, a device or a socket): documents are read from files only',
    example: {},
  }),
  'document.empty-file': entry({
    zh: () => '文件是空的（0 字节）',
    en: () => 'the file is empty (0 bytes)',
    example: {},
  }),
  'document.is-pdf': entry({
    zh: () => '这是 PDF 文件，不是 Word 文档',
    en: () => 'this is a PDF, not a Word document',
    example: {},
  }),
  'document.is-pdf.hint': entry({
    zh: () => 'gongwen 读取 Word（.docx）、文字（.txt）和 Markdown（.md）文档：PDF 请先在 WPS 或 Word 中另存为 .docx',
    en: () => 'gongwen reads Word (.docx), text (.txt) and Markdown (.md) documents: save a PDF as .docx in WPS or Word first',
    example: {},
  }),
  'document.read-failed': entry<{ reason: string }>({
    zh: (p) => `无法读取文件：${p.reason}`,
    en: (p) => `cannot read the file: ${p.reason}`,
    example: { reason: 'EACCES: permission denied' },
  }),
  'document.too-large': entry<{ megabytes: number; limit: number }>({
    zh: (p) => `文件有 ${p.megabytes} MB，超过 ${p.limit} MB 的文档不予读取`,
    en: (p) => `the file is ${p.megabytes} MB; documents larger than ${p.limit} MB are not read`,
    example: { megabytes: 80, limit: 64 },
  }),
  'document.traditional': entry({
    zh: () => '文字是繁体字',
    en: () => 'the text is in traditional characters',
    example: {},
  }),
  'document.traditional.hint': entry({
    zh: () => '加上 --simplified 可转换为简体字',
    en: () => 'add --simplified to convert it to simplified characters',
    example: {},
  }),
  'document.empty': entry({
    zh: () => '文档中没有文字',
    en: () => 'no text found in the document',
    example: {},
  }),
  'document.textbox': entry<{ excerpt: string }>({
    zh: (p) => `文本框中的文字（“${p.excerpt}”）作为段落放在其锚点所在的位置`,
    en: (p) => `text in a text box ("${p.excerpt}") is placed as a paragraph where its anchor stands`,
    example: { excerpt: '附件：名单' },
  }),
  'document.pinyin': entry<{ count: number }>({
    zh: (p) => `字后的 ${p.count} 处拼音注音（如 据(jù)）已删去：这是转换工具留下的，不是正文`,
    en: (p) => `${p.count} pinyin gloss(es) after characters, such as 据(jù), left out: a converter's leftovers, not text`,
    example: { count: 3 },
  }),
  'document.numbering': entry<{ heading: string; due: string }>({
    zh: (p) => `标题“${p.heading}”序数不连续：此处应为 ${p.due}（GB/T 9704 §7.3.3）；按原文保留`,
    en: (p) => `heading "${p.heading}" breaks the sequence: ${p.due} was due here (GB/T 9704 §7.3.3); kept as written`,
    example: { heading: '三、工作要求', due: '二、' },
  }),
  'document.template-ignored': entry<{ template: string; file: string }>({
    zh: (p) => `--template ${p.template} 只用于记录；从 ${p.file} 读取的文档保留其原有结构`,
    en: (p) => `--template ${p.template} applies to records; a document read from ${p.file} keeps its own structure`,
    example: { template: 'minutes', file: '纪要.docx' },
  }),

  // importing a document into a record (src/import, src/cli/documents.ts)
  'import.not-minutes-paragraph': entry<{ excerpt: string }>({
    zh: (p) => `“${p.excerpt}…”既不是“会议+动词”段落，也不是标注：放在最后一段之后`,
    en: (p) => `"${p.excerpt}…" is not a 会议+verb paragraph or a label: placed after the last one`,
    example: { excerpt: '会后，各村要认真传达会议' },
  }),
  'import.after-points': entry<{ excerpt: string }>({
    zh: (p) => `编号要点之后的“${p.excerpt}…”并入最后一个要点`,
    en: (p) => `"${p.excerpt}…" after the numbered points is joined to the last point`,
    example: { excerpt: '以上事项请各村认真落实' },
  }),
  'import.second-table': entry<{ header: string }>({
    zh: (p) => `第二个表格（${p.header}）按文字行保留`,
    en: (p) => `a second table (${p.header}) is kept as lines of text`,
    example: { header: '序号　姓名　职务' },
  }),
  'import.after-subsections': entry<{ excerpt: string }>({
    zh: (p) => `“${p.excerpt}…”在所属章节的小节之后：放到各小节之前`,
    en: (p) => `"${p.excerpt}…" follows the subsections of its section: it is placed before them`,
    example: { excerpt: '各村要高度重视' },
  }),
  'import.table-before-heading': entry({
    zh: () => '第一个标题之前的表格放入一个无标题的章节',
    en: () => 'a table before the first heading is placed in an untitled section',
    example: {},
  }),
  'import.head-kept': entry<{ lines: string; kind: string }>({
    zh: (p) => `${p.kind}的版头（${p.lines}）按文字保留：只有实施方案记录有版头`,
    en: (p) => `the 版头 (${p.lines}) of a ${p.kind} is kept as text: only 实施方案 records have one`,
    example: { lines: '县人民政府办公室 县政办发〔2024〕3号', kind: '纪要' },
  }),
  'import.attachments-kept': entry<{ kind: string }>({
    zh: (p) => `${p.kind}的附件按文字放在最后一章之后：只有实施方案记录有附件`,
    en: (p) => `the 附件 of a ${p.kind} are kept as text after the last section: only 实施方案 records have attachments`,
    example: { kind: '总结' },
  }),
  'import-cli.unknown-kind': entry<{ kind: string }>({
    zh: (p) => `没有“${p.kind}”这种公文类型：请用 minutes（纪要）、summary（总结）、plan（实施方案）、speech（讲话）`,
    en: (p) => `unknown kind "${p.kind}": use minutes (纪要), summary (总结), plan (实施方案), speech (讲话)`,
    example: { kind: '通知' },
  }),
  'import-cli.no-file': entry<{ file: string }>({
    zh: (p) => `文件不存在：${p.file}`,
    en: (p) => `no such file: ${p.file}`,
    example: { file: '去年方案.docx' },
  }),
  'import-cli.same-file': entry<{ file: string }>({
    zh: (p) => `${p.file} 就是要导入的文档，不予覆盖`,
    en: (p) => `${p.file} is the document being imported; not written over`,
    example: { file: '方案.docx' },
  }),
  'import-cli.wrote': entry({
    zh: () => '已写入',
    en: () => 'wrote',
    example: {},
  }),
  'import.figures': entry<{ figures: string }>({
    zh: (p) => `从文字中读出的数字（${p.figures}）不能像记录要求的那样相加相符，只保留在文字中`,
    en: (p) => `the figures read from the text (${p.figures}) do not add up as a record's must; they are left in the text only`,
    example: { figures: '[{"受理":12}]' },
  }),
  'import.invalid': entry<{ reason: string }>({
    zh: (p) => `导入生成的记录未通过检查：${p.reason}`,
    en: (p) => `the imported record does not validate: ${p.reason}`,
    example: { reason: 'missing required key 标题 (title)' },
  }),

} as const;

