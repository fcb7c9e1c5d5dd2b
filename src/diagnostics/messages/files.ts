/** Messages about files: encodings, output files that exist or cannot be written (src/io). */
import { entry } from './entry.js';

export const fileMessages = {
  'mixed-encoding': entry<{ line: number; lineEncoding: string; encoding: string }>({
    zh: (p) => `编码不一致：第 ${p.line} 行是 ${p.lineEncoding}，文件其余部分是 ${p.encoding}`,
    en: (p) => `mixed encoding: line ${p.line} is ${p.lineEncoding}, the rest of the file ${p.encoding}`,
    example: { line: 3, lineEncoding: 'GBK', encoding: 'UTF-8' },
  }),
  'mixed-encoding.not': entry<{ line: number; encoding: string }>({
    zh: (p) => `编码不一致：第 ${p.line} 行不是 ${p.encoding}，而文件其余部分是 ${p.encoding}`,
    en: (p) => `mixed encoding: line ${p.line} is not ${p.encoding}, the rest of the file ${p.encoding}`,
    example: { line: 3, encoding: 'UTF-8' },
  }),
  'mixed-encoding.more': entry<{ count: number; file: string; encoding: string }>({
    zh: (p) => `${p.file ? `${p.file} 中` : ''}还有 ${p.count} 行不是 ${p.encoding}`,
    en: (p) => `${p.count} more line${p.count === 1 ? '' : 's'}${p.file ? ` of ${p.file}` : ''} ${p.count === 1 ? 'is' : 'are'} not ${p.encoding}`,
    example: { count: 2, file: '纪要.yaml', encoding: 'UTF-8' },
  }),
  'mixed-encoding.expected': entry<{ encoding: string }>({
    zh: (p) => `每一行都是 ${p.encoding}`,
    en: (p) => `every line in ${p.encoding}`,
    example: { encoding: 'UTF-8' },
  }),
  'invalid-byte': entry<{ bytes: string; line: number; column: number; encoding: string; several: boolean }>({
    zh: (p) => `第 ${p.line} 行第 ${p.column} 列的字节 ${p.bytes} 不是 ${p.encoding}，与文件其余部分不同`,
    en: (p) => `byte${p.several ? 's' : ''} ${p.bytes} at line ${p.line}, column ${p.column} ${p.several ? 'are' : 'is'} not ${p.encoding}, as the rest of the file is`,
    example: { bytes: 'B7', line: 2, column: 12, encoding: 'UTF-8', several: false },
  }),
  'invalid-byte.expected': entry<{ encoding: string }>({
    zh: (p) => `${p.encoding} 文字`,
    en: (p) => `${p.encoding} text`,
    example: { encoding: 'UTF-8' },
  }),
  'save-again-retype': entry({
    zh: () => '请把文件另存为 UTF-8 编码，再重新输入乱码的文字',
    en: () => 'save the file again as UTF-8, then retype what is garbled',
    example: {},
  }),
  'output-exists': entry<{ file: string }>({
    zh: (p) => `${p.file} 已存在；如要替换，请加 --force`,
    en: (p) => `${p.file} exists; use --force to replace it`,
    example: { file: 'out/纪要.docx' },
  }),
  'output-failed': entry<{ file: string; reason: string }>({
    zh: (p) => `无法写入 ${p.file}：${p.reason}`,
    en: (p) => `cannot write ${p.file}: ${p.reason}`,
    example: { file: 'out/纪要.docx', reason: 'the disk is full (ENOSPC)' },
  }),
  'write-error.ENOSPC': entry({ zh: () => '磁盘已满', en: () => 'the disk is full', example: {} }),
  'write-error.EDQUOT': entry({ zh: () => '磁盘配额已用完', en: () => 'the disk quota is used up', example: {} }),
  'write-error.EACCES': entry({ zh: () => '没有写入权限', en: () => 'permission denied', example: {} }),
  'write-error.EPERM': entry({ zh: () => '没有写入权限', en: () => 'permission denied', example: {} }),
  'write-error.EROFS': entry({ zh: () => '磁盘是只读的', en: () => 'the disk is read-only', example: {} }),
  'write-error.ENOTDIR': entry({ zh: () => '路径中有一部分是文件而不是文件夹', en: () => 'a part of the path is a file, not a folder', example: {} }),
  'write-error.EISDIR': entry({ zh: () => '这是一个文件夹', en: () => 'it is a folder', example: {} }),
  'write-error.ENAMETOOLONG': entry({ zh: () => '文件名太长', en: () => 'the name is too long', example: {} }),
  'write-error.EFBIG': entry({ zh: () => '文件超过了允许写入的大小（ulimit -f）', en: () => 'the file is larger than a file may be here (a file-size limit, ulimit -f)', example: {} }),
  'write-error.EIO': entry({ zh: () => '磁盘报告读写错误', en: () => 'the disk reported an input/output error', example: {} }),
  'write-error.EPIPE': entry({ zh: () => '输出在写完之前被关闭', en: () => 'the output was closed before everything was written', example: {} }),
  // the command line of render (src/render.ts, RenderUsageError)
  'usage.format-mismatch': entry<{ output: string; named: string; format: string }>({
    zh: (p) => `--output ${p.output} 的扩展名是 .${p.named}，而 --format 是 ${p.format}`,
    en: (p) => `--output ${p.output} is named .${p.named} but --format is ${p.format}`,
    example: { output: '方案.pdf', named: 'pdf', format: 'docx' },
  }),
  'usage.one-file': entry<{ output: string; count: number }>({
    zh: (p) => `--output ${p.output} 是一个文件，而记录有 ${p.count} 份：请给出文件夹（如 out/）`,
    en: (p) => `--output ${p.output} names one file, but there are ${p.count} records: give a folder (such as out/)`,
    example: { output: '纪要.docx', count: 3 },
  }),
  'usage.stdout-markdown-only': entry<{ format: string }>({
    zh: (p) => `-o - 表示写到标准输出，只能用于 Markdown：${p.format} 请用 --output 给出文件名或文件夹，如 -o out/`,
    en: (p) => `-o - means standard output, which takes Markdown only: for ${p.format} give --output a file or a folder, such as -o out/`,
    example: { format: 'DOCX' },
  }),
  'usage.stdin-no-name': entry<{ format: string }>({
    zh: (p) => `来自标准输入（-）的记录没有文件名，无法写出 ${p.format.toUpperCase()}：请用 --output 给出文件名，如 -o 纪要.${p.format}`,
    en: (p) => `a record from standard input (-) has no name to write ${p.format.toUpperCase()} under: give --output a file name, such as -o 纪要.${p.format}`,
    example: { format: 'docx' },
  }),
  'usage.output-is-record': entry<{ target: string }>({
    zh: (p) => `${p.target} 是正在生成的记录之一，不会被覆盖`,
    en: (p) => `${p.target} is one of the records being rendered; it is never written over`,
    example: { target: 'records/纪要.md' },
  }),
  'usage.same-output': entry<{ first: string; second: string; target: string }>({
    zh: (p) => `${p.first} 和 ${p.second} 都会写到 ${p.target}`,
    en: (p) => `${p.first} and ${p.second} would both be written to ${p.target}`,
    example: { first: 'a/纪要.yaml', second: 'b/纪要.yaml', target: 'out/纪要.docx' },
  }),
  // each clash on a line of its own, indented under the CLI's "error: "
  'usage.clashes': entry<{ clashes: string[]; advice: boolean }>({
    zh: (p) => `${p.clashes.join('\n       ')}\n       没有写出任何文件${p.advice ? '：请把它们生成到不同的文件夹（--output），或给其中一份改名' : ''}`,
    en: (p) => `${p.clashes.join('\n       ')}\n       nothing was written${p.advice ? ': render them into different folders (--output), or rename one' : ''}`,
    example: { clashes: ['a/纪要.yaml and b/纪要.yaml would both be written to out/纪要.docx'], advice: true },
  }),
  'internal-error': entry<{ detail: string }>({
    zh: (p) => `gongwen 无法处理这份记录：${p.detail}`,
    en: (p) => `gongwen could not process this record: ${p.detail}`,
    example: { detail: 'Cannot read properties of undefined' },
  }),
  'internal-error.too-deep': entry({
    zh: () => '记录嵌套过深，无法处理',
    en: () => 'the record is nested too deeply to be processed',
    example: {},
  }),
  'internal-error.hint': entry({
    zh: () => '请把这份记录连同此信息作为 gongwen 的缺陷报告给我们',
    en: () => 'please report this, with the record, as a gongwen bug',
    example: {},
  }),
} as const;
