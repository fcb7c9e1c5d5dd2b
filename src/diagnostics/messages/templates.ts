/**
 * Messages about templates and the document they render: finding a template, its front matter,
 * Handlebars errors, blocks and headings in its output (src/templates, src/model, the pipeline).
 */
import { entry } from './entry.js';

export const templateMessages = {
  'unknown-template': entry<{ name: string }>({
    zh: (p) => `没有名为“${p.name}”的模板`,
    en: (p) => `no template "${p.name}"`,
    example: { name: '纪要-乡镇' },
  }),
  'see-templates': entry({
    zh: () => '可运行 `gongwen templates list` 查看现有模板',
    en: () => 'see `gongwen templates list`',
    example: {},
  }),
  'see-templates.unreadable': entry<{ files: string[] }>({
    zh: (p) => `可运行 \`gongwen templates list\` 查看现有模板；以下模板文件无法读取：${p.files.join('、')}`,
    en: (p) => `see \`gongwen templates list\`; these template files could not be read: ${p.files.join(', ')}`,
    example: { files: ['gongwen-templates/broken.hbs'] },
  }),
  'template-kind': entry<{ name: string; templateKind: string; recordKind: string }>({
    zh: (p) => `模板“${p.name}”用于 ${p.templateKind} 记录，而本记录是 ${p.recordKind}`,
    en: (p) => `template "${p.name}" is for ${p.templateKind} records, this record is ${p.recordKind}`,
    example: { name: 'speech', templateKind: 'speech', recordKind: 'minutes' },
  }),
  'template-needs-key': entry<{ name: string; key: string }>({
    zh: (p) => `模板“${p.name}”需要项目${p.key}`,
    en: (p) => `template "${p.name}" needs the key ${p.key}`,
    example: { name: 'minutes-header', key: '发文字号 (docNumber)' },
  }),
  'template-needs-key.meeting': entry<{ meeting: string }>({
    zh: (p) => `会议名称是正文里称呼这次会议的名字，例如 会议名称: ${p.meeting}`,
    en: (p) => `the meeting's name is how the text calls the meeting, e.g. 会议名称: ${p.meeting}`,
    example: { meeting: '红星乡党委会议' },
  }),
  'template-needs-key.sections': entry({
    zh: () => '叙述式纪要的要点写在“章节”下，每节写明动词，例如 章节: - 动词: 议定 / 要点: …；要点以 1. 2. 编号列出的，用表头式模板（模板: minutes-header）',
    en: () => 'a narrative 纪要 has its points under 章节, each part with its verb (章节: - 动词: 议定 / 要点: …); for points numbered 1. 2., use the header form (模板: minutes-header)',
    example: {},
  }),
  'template-needs-key.body': entry({
    zh: () => '或者在这份 .md 记录的第二个“---”之后写出正文',
    en: () => 'or write the text after the second --- of this .md record',
    example: {},
  }),
  'unused-key': entry<{ name: string; key: string }>({
    zh: (p) => `模板“${p.name}”中没有${p.key}的位置，这一项不会出现在公文中`,
    en: (p) => `template "${p.name}" has no place for ${p.key}: it is left out of the document`,
    example: { name: 'minutes', key: '抄送 (copyTo)' },
  }),
  'unused-key.hint': entry({
    zh: () => '换用有这一项的模板（`gongwen templates list`），或删去这一项',
    en: () => 'choose a template that has it (`gongwen templates list`), or take the key out',
    example: {},
  }),
  'unused-key.closing-hint': entry({
    zh: () => '章节的结尾（写在阶段、小节之后的段落）由片段模板 section 在小节之后输出：在自己的 partials/section.hbs 里 {{#each sections}}…{{/each}} 之后加上 {{#each closing}}{{this}}（空一行）{{/each}}，或把这些段落写进上一个阶段、小节',
    en: () => "a section's closing paragraphs (typed after its phases and subsections) are printed by the section partial after the subsections: in your own partials/section.hbs, add {{#each closing}}{{this}} (and a blank line){{/each}} after {{#each sections}}…{{/each}}, or type these paragraphs under the last phase or subsection",
    example: {},
  }),
  'template-problem': entry<{ name: string; problem: string }>({
    zh: (p) => `模板 ${p.name}：${p.problem}`,
    en: (p) => `template ${p.name}: ${p.problem}`,
    example: { name: 'broken', problem: 'front matter is not valid YAML' },
  }),
  'template-unreadable.folder': entry({
    zh: () => '这是文件夹，不是模板文件（.hbs）',
    en: () => 'is a folder, not a template file (.hbs)',
    example: {},
  }),
  'template-unreadable.special': entry({
    zh: () => '不是普通文件',
    en: () => 'is not a regular file',
    example: {},
  }),
  'template-unreadable.size': entry<{ megabytes: string; limit: number }>({
    zh: (p) => `文件有 ${p.megabytes} MB，模板最大 ${p.limit} MB`,
    en: (p) => `is ${p.megabytes} MB; a template may be at most ${p.limit} MB`,
    example: { megabytes: '2.5', limit: 1 },
  }),
  'template-unreadable.read': entry<{ reason: string }>({
    zh: (p) => `无法读取：${p.reason}`,
    en: (p) => `cannot be read: ${p.reason}`,
    example: { reason: 'EACCES' },
  }),
  'template-front-matter.language': entry<{ language: string }>({
    zh: (p) => `前置信息“---${p.language}”不是 YAML：模板的前置信息只能是 YAML，绝不会作为代码运行`,
    en: (p) => `front matter "---${p.language}" is not YAML: a template's front matter is YAML only, and is never run as code`,
    example: { language: 'js' },
  }),
  'template-front-matter.expected': entry({
    zh: () => '写在两行“---”之间的前置信息，如 name: my-minutes',
    en: () => 'front matter between two "---" lines, such as name: my-minutes',
    example: {},
  }),
  'template-front-matter.yaml': entry<{ detail: string }>({
    zh: (p) => `前置信息不是有效的 YAML：${p.detail}`,
    en: (p) => `front matter is not valid YAML: ${p.detail}`,
    example: { detail: 'Implicit map keys need to be followed by map values' },
  }),
  'template-error': entry<{ name: string; problem: string }>({
    zh: (p) => `模板“${p.name}”：${p.problem}`,
    en: (p) => `template "${p.name}": ${p.problem}`,
    example: { name: 'minutes', problem: 'no partial "section"' },
  }),
  'template-error.record': entry<{ record: string }>({
    zh: (p) => `出错的记录：${p.record}（模板用到它的数据时出错）`,
    en: (p) => `the record it failed on: ${p.record} (the template failed on its data)`,
    example: { record: '纪要.yaml' },
  }),
  'template-error.partial': entry<{ partial: string; name: string; problem: string }>({
    zh: (p) => `片段模板“${p.partial}”（在模板“${p.name}”中）：${p.problem}`,
    en: (p) => `partial "${p.partial}" (in template "${p.name}"): ${p.problem}`,
    example: { partial: 'section', name: 'speech', problem: 'no partial "points"' },
  }),
  'template-error.passage': entry<{ partial: string; problem: string }>({
    zh: (p) => `片段模板“${p.partial}”：${p.problem}`,
    en: (p) => `partial "${p.partial}": ${p.problem}`,
    example: { partial: 'summary-petitions', problem: 'Parse error on line 2' },
  }),
  'handlebars.no-partial.passage': entry<{ partial: string }>({
    zh: (p) => `没有写这段文字所用的片段模板“${p.partial}”`,
    en: (p) => `no partial "${p.partial}" for the passage it writes`,
    example: { partial: 'summary-petitions' },
  }),
  'handlebars.no-partial.passage.expected': entry<{ partial: string }>({
    zh: (p) => `templates/partials/${p.partial}.hbs，或 gongwen-templates/partials 中的副本`,
    en: (p) => `templates/partials/${p.partial}.hbs, or a copy in gongwen-templates/partials`,
    example: { partial: 'summary-petitions' },
  }),
  'helper-needs': entry<{ helper: string; what: string; got: string }>({
    zh: (p) => `{{${p.helper}}} 需要${p.what}，实际是${p.got}`,
    en: (p) => `{{${p.helper}}} needs ${p.what}, got ${p.got}`,
    example: { helper: 'enumerate', what: 'a list', got: 'text "关于"' },
  }),
  'helper-needs.list': entry({ zh: () => '列表', en: () => 'a list', example: {} }),
  'helper-needs.list-or-number': entry({ zh: () => '列表或数字', en: () => 'a list or a number', example: {} }),
  'helper-needs.date': entry({ zh: () => '记录中的日期（如 date）', en: () => 'a date of the record (such as date)', example: {} }),
  'handlebars.expected.close': entry({
    zh: () => '用“}}”结束标签，如 {{title}}',
    en: () => '"}}" to close the tag, as in {{title}}',
    example: {},
  }),
  'handlebars.expected.end-block': entry({
    zh: () => '结束这个块，如 {{#each sections}} … {{/each}}',
    en: () => 'the block to be closed, as in {{#each sections}} … {{/each}}',
    example: {},
  }),
  'handlebars.syntax': entry({
    zh: () => 'Handlebars 语法错误',
    en: () => 'Handlebars syntax error',
    example: {},
  }),
  'handlebars.syntax.character': entry({
    zh: () => 'Handlebars 语法错误：此处不能有这个字符',
    en: () => 'Handlebars syntax error: a character that cannot stand here',
    example: {},
  }),
  'handlebars.syntax.end': entry({
    zh: () => 'Handlebars 语法错误：模板在标签或块的中间结束了',
    en: () => 'Handlebars syntax error: the template ends inside a tag or block',
    example: {},
  }),
  'handlebars.block-mismatch': entry<{ closes: string; opened: string }>({
    zh: (p) => `{{/${p.closes}}} 结束的块是以 {{#${p.opened}}} 开始的`,
    en: (p) => `{{/${p.closes}}} closes a block opened as {{#${p.opened}}}`,
    example: { closes: 'each', opened: 'if' },
  }),
  'handlebars.no-partial': entry<{ partial: string }>({
    zh: (p) => `没有名为“${p.partial}”的片段模板（partial）`,
    en: (p) => `no partial "${p.partial}"`,
    example: { partial: 'section' },
  }),
  'handlebars.no-helper': entry<{ helper: string }>({
    zh: (p) => `没有名为“${p.helper}”的辅助函数（helper）`,
    en: (p) => `no helper "${p.helper}"`,
    example: { helper: 'numeral' },
  }),
  'handlebars.no-helper.expected': entry<{ helpers: string[] }>({
    zh: (p) => `gongwen 的辅助函数之一：${p.helpers.join('、')}`,
    en: (p) => `one of gongwen's helpers: ${p.helpers.join(', ')}`,
    example: { helpers: ['join', 'sentence', 'cn'] },
  }),
  'handlebars.no-partial.expected': entry({
    zh: () => 'templates/partials 或项目模板文件夹中的片段模板（见 `gongwen templates list`）',
    en: () => 'a partial of templates/partials or the project templates folder (see `gongwen templates list`)',
    example: {},
  }),
  'template-output.front-matter': entry<{ name: string; detail: string }>({
    zh: (p) => `模板“${p.name}”生成的前置信息不是有效的 YAML：${p.detail}`,
    en: (p) => `the front matter rendered by template "${p.name}" is not valid YAML: ${p.detail}`,
    example: { name: 'minutes', detail: 'bad indentation' },
  }),
  'template-output.unclosed-block': entry<{ block: string }>({
    zh: (p) => `此处开始的“::: ${p.block}”块没有用“:::”结束`,
    en: (p) => `block "::: ${p.block}" opened here is never closed with ":::"`,
    example: { block: 'signature' },
  }),
  'template-output.stray-close': entry<{ line: string }>({
    zh: (p) => `“${p.line}”没有要结束的块，已略去`,
    en: (p) => `"${p.line}" closes no block: it is left out`,
    example: { line: ':::' },
  }),
  'template-output.nested-attachment': entry({
    zh: () => '附件不能放在另一个块中',
    en: () => 'an attachment cannot stand inside another block',
    example: {},
  }),
  'template-output.unknown-block': entry<{ block: string }>({
    zh: (p) => `无法识别的块“::: ${p.block}”：其内容按普通段落排版`,
    en: (p) => `unknown block "::: ${p.block}": its content is laid out as ordinary paragraphs`,
    example: { block: 'sidebar' },
  }),
  'too-deep.heading': entry<{ level: number }>({
    zh: (p) => `出现第 ${p.level} 级标题：公文结构层次只有四层（一、（一）1.（1））`,
    en: (p) => `a heading of level ${p.level}: documents have four levels (一、（一）1.（1）)`,
    example: { level: 5 },
  }),
} as const;
