/**
 * What `gongwen serve` answers the page (src/serve): refused requests, records it cannot edit,
 * limits. The page is in Chinese; the English is for a page that follows the user's language.
 */
import { entry } from './entry.js';

export const serveMessages = {
  'serve.unknown-host': entry({
    zh: () => '请求的主机名不是本服务器',
    en: () => 'the request names a host other than this server',
    example: {},
  }),
  'serve.cross-site': entry({
    zh: () => '不接受来自其他网站的请求',
    en: () => 'requests from other sites are not accepted',
    example: {},
  }),
  'serve.wrong-token': entry({
    zh: () => '访问令牌不对：请打开 gongwen serve 打印的地址',
    en: () => 'wrong access token: open the address gongwen serve printed',
    example: {},
  }),
  'serve.no-token': entry({
    zh: () => '没有访问令牌：请打开 gongwen serve 打印的地址',
    en: () => 'no access token: open the address gongwen serve printed',
    example: {},
  }),
  'serve.no-route': entry<{ method: string; path: string }>({
    zh: (p) => `没有这个地址：${p.method} ${p.path}`,
    en: (p) => `no such address: ${p.method} ${p.path}`,
    example: { method: 'GET', path: '/api/nothing' },
  }),
  'serve.unknown-kind': entry({
    zh: () => '没有这个类型',
    en: () => 'no such kind of record',
    example: {},
  }),
  'serve.unknown-starter': entry({
    zh: () => '没有这个模板的示例记录',
    en: () => 'no starter record of that name',
    example: {},
  }),
  'serve.exists': entry<{ name: string }>({
    zh: (p) => `${p.name} 已存在，请换一个文件名`,
    en: (p) => `${p.name} exists: choose another name`,
    example: { name: '纪要.yaml' },
  }),
  'serve.no-libreoffice': entry<{ packages: string }>({
    zh: (p) => `生成 PDF 需要 LibreOffice，本机未安装（Debian/Ubuntu：apt-get install ${p.packages}）`,
    en: (p) => `a PDF needs LibreOffice, which is not installed here (Debian/Ubuntu: apt-get install ${p.packages})`,
    example: { packages: 'libreoffice-writer' },
  }),
  'serve.register-format': entry({
    zh: () => '台账须是 .csv、.xlsx 或 .yaml 文件',
    en: () => 'a register is a .csv, .xlsx or .yaml file',
    example: {},
  }),
  'serve.record-not-object': entry({
    zh: () => '记录须是一个对象（键: 值）',
    en: () => 'a record is an object (key: value)',
    example: {},
  }),
  'serve.markdown-edit': entry({
    zh: () => 'Markdown 记录请在编辑器里修改；页面只编辑 YAML 记录',
    en: () => 'edit a Markdown record in an editor; the page edits YAML records only',
    example: {},
  }),
  'serve.markdown-preview': entry({
    zh: () => 'Markdown 记录请在编辑器里修改；页面只预览它',
    en: () => 'edit a Markdown record in an editor; the page only previews it',
    example: {},
  }),
  'serve.record-too-large': entry<{ megabytes: number }>({
    zh: (p) => `记录超过 ${p.megabytes} MB`,
    en: (p) => `the record is larger than ${p.megabytes} MB`,
    example: { megabytes: 4 },
  }),
  'serve.record-too-large.short': entry({
    zh: () => '记录太大',
    en: () => 'the record is too large',
    example: {},
  }),
  'serve.not-a-mapping': entry({
    zh: () => '记录不是“键: 值”的形式',
    en: () => 'the record is not a mapping of keys (key: value)',
    example: {},
  }),
  'serve.yaml-error': entry({
    zh: () => 'YAML 有错误，见下方的诊断',
    en: () => 'the YAML has mistakes: see the diagnostics below',
    example: {},
  }),
  'serve.too-deep': entry<{ levels: number }>({
    zh: (p) => `记录嵌套超过 ${p.levels} 层`,
    en: (p) => `the record nests more than ${p.levels} levels`,
    example: { levels: 64 },
  }),
  'serve.too-deep.internal': entry({
    zh: () => '记录嵌套太深，无法处理',
    en: () => 'the record is nested too deep to process',
    example: {},
  }),
  'serve.internal-record': entry<{ detail: string }>({
    zh: (p) => `gongwen 无法处理这份记录：${p.detail}`,
    en: (p) => `gongwen could not process this record: ${p.detail}`,
    example: { detail: 'Cannot read properties of undefined' },
  }),
  'serve.file-outside': entry<{ name: string }>({
    zh: (p) => `${p.name} 不在本文件夹内：页面只读本文件夹里的文件（台账、模板）`,
    en: (p) => `${p.name} is not in this folder: the page reads files of this folder only (registers, templates)`,
    example: { name: '../信访.csv' },
  }),
  'serve.outside-record': entry({
    zh: () => '记录引用了本文件夹以外的文件',
    en: () => 'the record names files outside this folder',
    example: {},
  }),
  'serve.record-invalid': entry({
    zh: () => '记录有错误，不能生成文件',
    en: () => 'the record has errors: no file is made',
    example: {},
  }),
  'serve.bad-period': entry<{ text: string }>({
    zh: (p) => `“${p.text}”不是可识别的时期`,
    en: (p) => `"${p.text}" is not a period`,
    example: { text: '今年上半年' },
  }),
  'serve.request-too-large': entry<{ megabytes: number }>({
    zh: (p) => `请求太大（上限 ${p.megabytes} MB）`,
    en: (p) => `the request is too large (at most ${p.megabytes} MB)`,
    example: { megabytes: 8 },
  }),
  'serve.not-json': entry({
    zh: () => '请求须是 JSON（Content-Type: application/json）',
    en: () => 'the request must be JSON (Content-Type: application/json)',
    example: {},
  }),
  'serve.bad-json': entry({
    zh: () => '请求的 JSON 有错误',
    en: () => 'the request\'s JSON has mistakes',
    example: {},
  }),
  'serve.json-not-object': entry({
    zh: () => '请求须是一个 JSON 对象',
    en: () => 'the request must be a JSON object',
    example: {},
  }),
  'serve.internal': entry<{ detail: string }>({
    zh: (p) => `服务器内部错误：${p.detail}`,
    en: (p) => `internal server error: ${p.detail}`,
    example: { detail: 'EMFILE' },
  }),
  // which records the page may open (src/serve/confine.ts)
  'serve.bad-path': entry({
    zh: () => '记录路径无效',
    en: () => 'not a valid record path',
    example: {},
  }),
  'serve.outside': entry<{ link?: boolean }>({
    zh: (p) => `只能访问本文件夹内的记录${p.link ? '（符号链接指向文件夹外）' : ''}`,
    en: (p) => `only records in this folder can be opened${p.link ? ' (a symbolic link points outside it)' : ''}`,
    example: { link: true },
  }),
  'serve.not-a-record-file': entry({
    zh: () => '只能读写记录文件（.yaml、.yml、.md）',
    en: () => 'only record files (.yaml, .yml, .md) are read and written',
    example: {},
  }),
  'serve.no-record': entry<{ name: string }>({
    zh: (p) => `没有记录 ${p.name}`,
    en: (p) => `no record ${p.name}`,
    example: { name: '纪要.yaml' },
  }),
  'serve.not-regular': entry({
    zh: () => '记录须是普通文件',
    en: () => 'a record must be a regular file',
    example: {},
  }),
  'serve.no-folder': entry<{ folder: string }>({
    zh: (p) => `没有文件夹 ${p.folder}`,
    en: (p) => `no folder ${p.folder}`,
    example: { folder: '二〇二四' },
  }),
} as const;
